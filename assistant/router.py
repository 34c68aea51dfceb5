"""Which composer answers a question.

List, count and date questions go to the action register (filters first, the complete set);
questions naming refs go to those records; narrative questions go to hybrid retrieval.
"""

from __future__ import annotations

from typing import Literal

from assistant.analysis import QueryAnalysis

Route = Literal["refs", "register", "recurring", "compare", "field", "passages"]


def choose_route(q: QueryAnalysis) -> Route:
    if q.refs and q.intent in ("lookup", "explain", "compare"):
        return "refs"
    if q.intent in ("list", "count"):
        return "register"
    if q.intent == "recurring":
        return "recurring"
    if q.intent == "compare":
        return "compare"
    if q.intent == "lookup" and (q.slipped or q.revised) and not q.claims:
        return "register"  # 'did any partnership deadlines slip?' is a question about the set
    if q.intent == "lookup" and q.field in ("due", "owner", "status", "priority"):
        return "field"
    return "passages"
