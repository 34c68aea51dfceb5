"""A date asked of one row that holds none: the record has the row, not the date.

'On what date was R3 signed off as complete?', 'when exactly was item 4 finished?' ask when
something happened to a row. A row whose cells write no date at all (its date column says
'Complete' or 'Ongoing', its progress gives no month or year) cannot answer: describing the
row answers another question. The test reads the value's type (a date) against every cell of
the row, not the words of the question; a deadline asked ('when is R3 due?') is the date
column's own question and is left to it.

    undated_row(q, record)  # 'Complete', when q asks when R3 was completed and no cell dates it
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type
from assistant.analysis.intent import ASKS_WHEN
from assistant.text import every_cell_text
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# any way a cell may write a date or a period: a month, a year, a numeric date, a quarter,
# a season, a financial year
_A_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\b|"
    r"\bQ[1-4]\b|\b(?:spring|summer|autumn|winter)\b|\b\d\d\s*/\s*\d\d\b",
    re.I,
)
# a year or a span of years before a noun names the period a thing is of ('the 2009-12
# process', 'the 2008/09 report'), not when anything happened; before a function word it
# dates ('in place for 2017/18 to support …')
_MODIFIER = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?(?=\s+([a-z]+))")
# 'when …', 'on what date …', 'what date was …', 'by what date …'
_WHEN = re.compile(
    r"^\s*(?:(?:and|so|but|then)[\s,]+)?(?:when\b|(?:on|by|at)\s+what\s+(?:exact\s+)?date\b|"
    r"what\s+(?:exact\s+)?date\b)",
    re.I,
)


def asks_event_date(q: QueryAnalysis) -> bool:
    """Whether the question asks when something happened to its row, not its deadline."""
    if "due" in q.fields:
        return False  # 'when is R3 due?': the date column's question
    question = q.question
    return bool(_WHEN.search(question) or ASKS_WHEN.match(question)) or (
        answer_type(question) == "year"
    )


def undated_row(q: QueryAnalysis, record: ActionRecord) -> str | None:
    """The row's date cell as written ('Complete', or '' when blank) when the question asks when
    something happened to it and no cell of the row writes any date; None otherwise."""
    if not asks_event_date(q):
        return None
    cells = " ".join([every_cell_text(record), record.due_text or ""])
    kept = _MODIFIER.sub(lambda m: m.group(0) if m.group(1) in STOPWORDS else " ", cells)
    if _A_DATE.search(kept):
        return None
    return record.due_text or ""
