"""One year among the papers a lookup names: 'the gardens' 2023 tracker' names the body's
papers by the body and one of them by its year.

A body that reports every year has a row of the same ref in each of its papers; 'what was the
status of the lone working recommendation in the gardens' 2023 tracker?' names both papers
by the body, and the year picks the one of that year. The year narrows the named papers only
when it is some of them's year and not all of theirs, is the only year the question names, is
written beside a paper's noun ('2023 tracker', 'the log of 2023'), and not as a deadline's
('due in 2023') or a date's ('March 2024'); a year beside no paper noun dates an event ('closed
back in 2023'). Otherwise the papers stay as named.

    year_of_named(q, documents) -> q with documents narrowed, or q itself
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.analysis.model import QueryAnalysis
from assistant.analysis.patterns import PAPER_NOUN

__all__ = ["year_of_named"]

# a year written as a deadline's or a window's, not as a paper's: 'due in 2023', 'by 2023'
_AS_DEADLINE = re.compile(
    r"\b(?:due|deadlines?|by|before|after|until|till|since|from|to|between|timescales?|targets?|"
    r"targeted|scheduled|expected|complete[d]?|finish(?:ed)?|end(?:ed|s)?|revised|moved|"
    r"slip(?:ped|s)?|delayed|during|over)\s+(?:\w+\s+){0,2}$"
    # a month before it: a date ('March 2024'), which dates an event or a deadline
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$",
    re.I,
)


# the nouns a paper goes by, after its year ('the 2023 tracker', 'its 2024 scrutiny report')
# or before it ('the log of 2023'): a year beside none dates an event ('closed back in 2023')
_PAPER_NOUNS = (
    rf"(?:{PAPER_NOUN}|trackers?|logs?|registers?|follow[- ]?ups?|minutes|letters?|returns?)"
)
_NOUN_AFTER = re.compile(rf"^(?:\s+[\w'’&/-]+){{0,3}}?\s+{_PAPER_NOUNS}\b", re.I)
_NOUN_BEFORE = re.compile(rf"\b{_PAPER_NOUNS}\s+(?:of|for|from|dated)\s+$", re.I)


def _names_paper(question: str, found: re.Match[str]) -> bool:
    """Whether the year ``found`` in ``question`` is written as a paper's: a paper noun right
    after it or before it, and no deadline's or date's word before it."""
    before, after = question[: found.start()], question[found.end() :]
    if _AS_DEADLINE.search(before):
        return False
    return bool(_NOUN_AFTER.match(after) or _NOUN_BEFORE.search(before))


class _Dated(Protocol):
    id: str
    year: int | None


def year_of_named(q: QueryAnalysis, documents: Sequence[_Dated]) -> QueryAnalysis:
    """``q`` with its named papers narrowed to those of the one year it names, when that year
    is the year of some of them and not of all; ``q`` itself otherwise."""
    if q.intent not in ("lookup", "explain") or len(q.documents) < 2:
        return q
    years = set(q.years)
    if len(years) != 1 or q.due_from or q.due_to:
        return q
    year = years.pop()
    found = list(re.finditer(rf"(?<![\d/-]){year}(?![\d/])", q.question))
    if len(found) != 1 or not _names_paper(q.question, found[0]):
        return q
    named = set(q.documents)
    kept = [d.id for d in documents if d.id in named and d.year == year]
    if not kept or len(kept) == len(named):
        return q
    return q.model_copy(update={"documents": kept, "since": None, "until": None, "period": None})
