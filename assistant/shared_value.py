"""A later part asking for the rows that share the value the part before found: 'what was the
new date, and which other items share it?', 'what priority is DW-3 given — which others have
the same priority?', 'when is it due, and is anything else due then?'.

The value of the field the part before asked for (its rows' deadline, priority or status, when
all of them hold the same one) is the bridge: the part is asked as the list of the rows of the
same paper holding that value, less the rows found when it asks for 'other' ones. The list
gives each row's owner, deadline and state. Nothing here knows a paper: the words are those of
questions about a register's columns.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.answers.support.recordtext import long_date
from assistant.antecedents import Previous
from ingest.model import ActionRecord

Field = str  # 'due', 'priority' or 'status'

_FIELD_NOUN = (
    r"(?:date|deadline|due\s+date|target\s+date|month|day|priority|priority\s+rating|"
    r"rating|grade|status|state|position)"
)
# the part asks for rows sharing a value: 'share it', 'have the same date', 'due then too'
_SHARES = re.compile(
    rf"\b(?:shar(?:e|es|ed|ing)|ha(?:ve|s|d)|hold(?:s)?|carr(?:y|ies|ied))\s+"
    rf"(?:it|that|this|(?:the\s+same|that|this)\s+(?P<noun>{_FIELD_NOUN}))\b"
    rf"|\b(?:the\s+same|that\s+same|an?\s+identical)\s+(?P<same>{_FIELD_NOUN})\b"
    r"|\bdue\s+(?:then|on\s+(?:that|the\s+same)\s+(?:date|day)|at\s+the\s+same\s+time)\b",
    re.I,
)
# the field the part before asked for, read from its words
_ASKED = (
    ("due", re.compile(r"\b(?:dates?|deadlines?|due|when|timescales?|target\s+dates?)\b", re.I)),
    ("priority", re.compile(r"\b(?:priorit\w*|rat(?:ed|ing|ings)|grade[ds]?)\b", re.I)),
    ("status", re.compile(r"\b(?:status|state|stand(?:s|ing)?|position)\b", re.I)),
)
_BY_NOUN = {
    "date": "due", "deadline": "due", "month": "due", "day": "due", "priority": "priority",
    "rating": "priority", "grade": "priority", "status": "status", "state": "status",
    "position": "status",
}  # fmt: skip
_ROWS = re.compile(
    r"\b(?P<rows>actions?|recommendations?|items?|rows?|issues?|points?|findings?|entries|"
    r"tasks?|areas?)\b",
    re.I,
)
_OTHER = re.compile(r"\b(?:other|others|else|besides|apart)\b", re.I)


def _field(part: str, prior_question: str) -> Field | None:
    """The field whose value is shared: named in the part ('the same priority'), else the one
    the part before asked for."""
    found = _SHARES.search(part)
    if found is None:
        return None
    noun = (found.group("noun") or found.group("same") or "").lower().split()
    if noun:
        return _BY_NOUN.get(noun[-1])
    for name, pattern in _ASKED:
        if pattern.search(prior_question):
            return name
    return None


def _value(record: ActionRecord, field: Field) -> str | None:
    if field == "due":
        return record.due_date
    if field == "priority":
        return (record.priority or "").strip() or None
    return record.status if record.status != "unknown" else None


def _due_words(iso: str) -> str:
    """'in March 2009' for a month's last day (how a deadline given as a month is held), else
    'on 5 March 2009'."""
    day = date.fromisoformat(iso)
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    said = long_date(iso)  # '5 March 2009'
    return f"in {said.split(' ', 1)[1]}" if (following - day).days == 1 else f"on {said}"


def sharing_rows(part: str, prior_question: str, previous: Previous | None) -> str | None:
    """``part`` asked as the rows of the found rows' paper holding the value they share; None
    unless it asks for rows sharing a value and the rows the part before found (all in one
    paper) hold one value of that field."""
    if previous is None or not previous.records:
        return None
    field = _field(part, prior_question)
    if field is None:
        return None
    records = previous.records
    values = {_value(r, field) for r in records}
    papers = {r.document.id for r in records}
    if len(values) != 1 or None in values or len(papers) != 1:
        return None
    value = values.pop()
    assert value is not None
    asked = _ROWS.search(part)
    rows = asked.group("rows").lower() if asked else "actions"
    if not rows.endswith("s"):
        rows = "entries" if rows == "entry" else rows + "s"
    where = f"in the {records[0].document.title}"
    refs = [f"item {r.ref}" if r.ref[0].isdigit() else r.ref for r in records if r.ref]
    others = ""
    if _OTHER.search(part) and len(refs) == len(records):
        listed = ", ".join(refs[:-1]) + f" and {refs[-1]}" if len(refs) > 1 else refs[0]
        others = f", other than {listed}"
    if field == "due":
        return f"Which {rows} {where} are due {_due_words(value)}{others}?"
    if field == "priority":
        return f"Which {value.lower()}-priority {rows} are {where}{others}?"
    return f"Which {rows} {where} are {value.replace('_', ' ')}{others}?"
