"""Whether one described row was overdue ('Is the X action still overdue in the follow-up
plan?', 'the Y one was overdue there, right?'): a yes/no asked of a row, not a list of the
overdue ones. The answer is worked out from the row's own values: its status, its current
deadline and its paper's date (overdue = not complete and past the current deadline at the
paper's date, or stated overdue). The row is the one the question describes, in the paper the
question names by words of its title, or by its year; else in the latest paper that lists it.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import (
    doc_label,
    due_words,
    long_date,
    record_name,
    safe_text,
)
from assistant.text import stems
from ingest.model import ActionRecord

# 'overdue' is narrower than 'slipped': not complete and past its (revised) deadline at the
# paper's date, or stated as overdue; a deadline that was moved but has not yet passed is not.
OVERDUE = re.compile(r"\boverdue\b|\bpast (?:its|their|the) (?:deadline|due date)\b", re.I)
_LEAD = r"^\s*(?:(?:and|so|but|then|ok|okay)\s*,?\s+)?"
# a question that asks for things, not whether one thing holds
_ASKS_FOR = re.compile(
    _LEAD + r"(?:which|what|who|whom|whose|how|when|where|why|list|show|name|give|tell|count|"
    r"are\s+there|were\s+there|is\s+there|was\s+there)\b",
    re.I,
)
# a question over a set of rows: quantifiers, or the rows named in the plural
_OVER_SET = re.compile(rf"\b(?:any|anything|all|every|none|each|ones|{RECORD_NOUNS}s)\b", re.I)
# where the question places the row: 'in the follow-up plan', 'by the closure report'
_PAPER_PHRASE = re.compile(
    r"\b(?:in|at|by|from|according\s+to|as\s+of)\s+(?:the|that|this|its|their)\s+([^,?;]{2,60})",
    re.I,
)
_LATEST = re.compile(r"\b(?:still|now|yet|latest|currently|current|last)\b", re.I)


def is_overdue(record: ActionRecord) -> bool:
    """Not complete, and its current deadline passed by its paper's date, or its status says
    overdue."""
    if record.status == "complete":
        return False
    if stated_overdue(record):
        return True
    return bool(record.due_date and record.report_date and record.due_date < record.report_date)


def stated_overdue(record: ActionRecord) -> bool:
    return re.search(r"\boverdue\b", record.status_text or "", re.I) is not None


def asks_whether_overdue(question: str) -> bool:
    """Whether ``question`` asks if one row is (or was) overdue: 'overdue' said of a subject in
    a yes/no question or a statement asked by its tag, not a request for the overdue rows."""
    if not OVERDUE.search(question) or _ASKS_FOR.search(question):
        return False
    return not _OVER_SET.search(question)


def _same_row(a: ActionRecord, b: ActionRecord) -> bool:
    """The same row listed again in another paper: its ref, and most of its issue's words."""
    if not a.ref or a.ref.lower() != (b.ref or "").lower():
        return False
    mine, theirs = stems(a.title or ""), stems(b.title or "")
    return len(mine & theirs) >= 0.5 * max(len(mine | theirs), 1)


def row_in_paper(q: QueryAnalysis, row: ActionRecord, context: AnswerContext) -> ActionRecord:
    """Of ``row`` and its listings in other papers, the one in the paper the question places
    it in: a paper it names, a paper whose title holds words of the question's paper phrase,
    a paper of the year it names; else the latest listing ('still overdue?')."""
    listings = [row] + [
        r for r in context.register.all() if r.document.id != row.document.id and _same_row(r, row)
    ]
    if len(listings) == 1:
        return row
    named = [r for r in listings if r.document.id in q.documents]
    if named:
        return named[0]
    phrase = " ".join(m.group(1) for m in _PAPER_PHRASE.finditer(q.question))
    said = stems(phrase) - stems(row.title or "")
    if said:
        scored = [(len(said & stems(r.document.title)), r) for r in listings]
        best = max(score for score, _ in scored)
        placed = [r for score, r in scored if score == best]
        if best and len(placed) < len(listings):
            listings = placed
    if q.since or q.until:
        low, high = q.since or 0, q.until or 9999
        dated = [r for r in listings if r.year and low <= r.year <= high]
        listings = dated or listings
    if len(listings) == 1 or not _LATEST.search(q.question):
        return row if row in listings else listings[0]
    return max(listings, key=lambda r: r.report_date or "")


def overdue_verdict(record: ActionRecord) -> str:
    """The yes or no, and why, from the row's values: its status, its current deadline and
    its paper's date."""
    name = record_name(record)
    paper = doc_label(None, record)
    when = f" ({long_date(record.report_date)})" if record.report_date else ""
    status = record.status.replace("_", " ")
    shown = safe_text(record.status_text or "")
    written = f" (“{shown}”)" if shown and len(shown) <= 40 else ""
    due = (
        f"due {due_words(record)}"
        if record.due_date
        else f"its deadline is given as “{safe_text(record.due_text)}”"
        if record.due_text
        else "no deadline is given"
    )
    if is_overdue(record):
        why = (
            f"its status is given as “{shown}”"
            if stated_overdue(record)
            else f"it was {status}{written} and its deadline, {long_date(record.due_date or '')}, "
            "had passed"
        )
        return f"Yes — {name} ({paper}) was overdue at the paper's date{when}: {why}; {due}."
    if record.status == "complete":
        why = f"it is complete{written}"
    elif not record.due_date:
        why = f"it is {status}{written} and the record gives it no dated deadline to be past"
    elif record.report_date:
        deadline = long_date(record.due_date)
        why = f"it is {status}{written} and its deadline, {deadline}, had not yet passed"
    elif record.year and int(record.due_date[:4]) > record.year:
        deadline = long_date(record.due_date)
        why = (
            f"it is {status}{written} and its deadline, {deadline}, falls after the paper's "
            f"year ({record.year})"
        )
    else:
        return (
            f"The record does not say {name} ({paper}) was overdue: it is {status}{written}, "
            f"{due}, and the paper gives no date of its own to measure the deadline against."
        )
    return f"No — {name} ({paper}) was not overdue at the paper's date{when}: {why}; {due}."
