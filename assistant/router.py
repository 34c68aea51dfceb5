"""Which composer answers a question.

List, count and date questions go to the action register (filters first, the complete set);
questions naming refs go to those records; questions about a document itself (its date, its
author) to its metadata; questions asking for a figure, and narrative questions, go to hybrid
retrieval.
"""

from __future__ import annotations

from typing import Literal

from assistant.analysis import QueryAnalysis

Route = Literal[
    "unknown_period",
    "document",
    "refs",
    "register",
    "select",
    "recurring",
    "compare",
    "field",
    "passages",
]


def choose_route(q: QueryAnalysis) -> Route:
    if q.unknown_periods:
        return "unknown_period"
    if q.doc_field and (q.documents or q.section) and not q.refs:
        return "document"
    if q.refs and q.intent in ("lookup", "explain", "compare") and not q.quantity:
        return "refs"
    if q.intent in ("list", "count"):
        return "register"
    if q.intent == "recurring":
        return "recurring"
    if q.intent == "compare":
        return "compare"
    if q.quantity:
        return "passages"
    if q.intent == "lookup" and (q.slipped or q.revised) and not q.claims and not q.fields:
        return "register"  # 'did any partnership deadlines slip?' is a question about the set
    if q.intent == "lookup" and (
        q.due_from or q.due_to or q.revised_from or q.no_due or q.category
    ):
        return "select"  # 'the HMIC area for improvement due in March 2009 — who owns it?'
    if (
        q.intent == "lookup"
        and set(q.fields) & {"due", "owner", "status", "priority"}
        and not q.claims
    ):
        return "field"
    return "passages"
