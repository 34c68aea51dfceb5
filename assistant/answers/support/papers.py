"""A year that names a paper ('in the 2002 report, who …', 'who, in the 2008 plan, owns …').

The analysis reads a lone year as a window (``since`` = ``until``). For a lookup that window
is read against each record's year, which is its deadline's year when it has one: 'the 2008
plan' would then keep only the actions due in 2008 and drop the ones that plan set for 2009,
and a deadline in another year would read as a contradiction. When the year is the year of
papers in the record and is not written as a deadline ('due in 2008', 'by 2008'), it names
those papers: it becomes a filter on them, and no window on deadlines.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext

# words before the year that make it a deadline's, not a paper's
_AS_DEADLINE = re.compile(
    r"\b(?:due|deadlines?|by|before|after|until|till|timescales?|targets?|targeted|"
    r"scheduled|expected|complete[d]?|finish(?:ed)?|end(?:ed|s)?|revised|moved|slipped)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def paper_of_year(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` with a lone year that names papers read as those papers (``documents``) rather
    than a window on deadlines; ``q`` itself when the year is a deadline's, is a range, names
    no paper of the record, or the question already names its documents or is no lookup."""
    year = q.since
    if (
        q.intent not in ("lookup", "explain")
        or year is None
        or q.until != year
        or q.documents
        or q.unknown_periods
    ):
        return q
    at = _year_at(q.question, year)
    if at is None or _AS_DEADLINE.search(q.question[:at]):
        return q
    papers = [d.id for d in context.documents if d.year == year]
    if not papers:
        return q
    return q.model_copy(update={"documents": papers, "since": None, "until": None})


def _year_at(question: str, year: int) -> int | None:
    found = re.search(rf"(?<![\d/-]){year}(?![\d/-])", question)
    return found.start() if found else None
