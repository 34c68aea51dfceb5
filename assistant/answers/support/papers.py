"""A year that names a paper ('in the 2002 report, who …', 'who, in the 2008 plan, owns …').

The analysis reads a lone year as a window (``since`` = ``until``). For a lookup that window
is read against each record's year, which is its deadline's year when it has one: 'the 2008
plan' would then keep only the actions due in 2008 and drop the ones that plan set for 2009,
and a deadline in another year would read as a contradiction. When the year is the year of
papers in the record and is not written as a deadline ('due in 2008', 'by 2008'), it names
those papers: it becomes a filter on them, and no window on deadlines. A year that starts a
span ('in the 2011-14 budget') names a multi-year plan, part of the subject: no window at all
(the paper that discusses it is dated before its years).
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
    if at is None:
        return q
    if _SPAN_AFTER.match(q.question, at + 4):  # 'the 2011-14 estates plan': its subject
        return q.model_copy(update={"since": None, "until": None, "period": None})
    if _AS_DEADLINE.search(q.question[:at]):
        return q
    papers = [d.id for d in context.documents if d.year == year]
    if not papers:
        return q
    return q.model_copy(update={"documents": papers, "since": None, "until": None})


# a year starting a span of years ('2011-14', '2011–2014'): a multi-year plan or budget named
_SPAN_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)?\d\d\b")


def _year_at(question: str, year: int) -> int | None:
    found = re.search(rf"(?<![\d/-]){year}(?![\d/])", question)
    return found.start() if found else None
