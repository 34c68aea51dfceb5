"""A paper asked for by a year no paper of the record is from ('who owned R5 in the 2012
report?', 'what did the board's 2019 tracker say about X?'): the question takes the paper for
granted, and the record holds none of that year. The answer says so first and names the years
its papers are from; any row or passage of another year answers another question.

A year names a paper when a paper noun follows it ('the 2012 report', "the Trust's 2019 action
plan"); a year before other words ('due in 2012', 'the 2012 deadline') is a date, not a paper.
A year some paper is from, covers (its period '2022/23'), carries in its title, or whose text
writes it before a paper noun ('the 2018 plan', a plan the papers name) is held."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain

_NOUN = (
    r"(?:reports?|papers?|plans?|action\s+plans?|trackers?|logs?|updates?|statements?|"
    r"follow[- ]?ups?|editions?|versions?|progress\s+reports?|registers?)"
)
# 'the 2012 report', "the board's 2019 tracker", 'the 2012 MPA report'
_PAPER_OF_YEAR = re.compile(
    rf"\b(?:the|its|their|this|that|[\w'’-]+['’]s?)\s+(?P<year>(?:19|20)\d\d)(?![\d/–-])\s+"
    rf"(?:[A-Za-z][\w'’&-]*\s+){{0,2}}?{_NOUN}\b",
    re.I,
)


def _held_years(context: AnswerContext) -> set[int]:
    """The years the record's papers are from, cover or name in their titles."""
    held: set[int] = set()
    for d in context.documents:
        if d.year:
            held.add(d.year)
        if d.date:
            held.add(int(d.date[:4]))
        for text in (d.period or "", d.title or ""):
            for found in re.finditer(r"\b((?:19|20)\d\d)(?:\s*[/–-]\s*(\d{2,4}))?", text):
                start = int(found.group(1))
                held.add(start)
                if found.group(2):
                    end = found.group(2)
                    held.add(int(end) if len(end) == 4 else start // 100 * 100 + int(end))
    return held


def _written(context: AnswerContext, year: str) -> bool:
    """Whether a paper's text writes the year before a paper noun ('the 2018 plan')."""
    pattern = re.compile(rf"\b{year}\s+(?:[A-Za-z][\w'’&-]*\s+){{0,2}}?{_NOUN}\b", re.I)

    def search() -> bool:
        return any(
            year in text and pattern.search(text)
            for text in (context.document_text(d.id) for d in context.documents)
        )

    return context.register.memo(f"paper-of-year-written:{year}", search)


def unheld_paper_year(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Who owned R5 in the 2012 report?' when no paper is of 2012: an abstention naming the
    years the papers are from; None when the question names no paper by a year, or the year
    is held."""
    if q.unknown_periods:
        return None  # a financial year no paper covers: its own answer says so
    held = _held_years(context)
    if not held:
        return None
    for found in _PAPER_OF_YEAR.finditer(q.question):
        year = found["year"]
        if int(year) in held or _written(context, year):
            continue
        years = ", ".join(sorted({d.period or str(d.year) for d in context.documents if d.year}))
        return abstain(
            q,
            context,
            f"a paper from {year}: no paper it holds is from that year",
            f"Its papers are from {years}." if years else "",
            kind="out_of_record",
        )
    return None
