"""A row picked from the list shown, asked in another paper the turn names: 'the fourth one in
the 2024 report?', 'and in last year's tracker, who led the first two?'.

The pick ('the fourth one', 'the latter', 'the first two') counts in the rows the member was
shown, in the order shown; the paper the turn names is where it is asked. So the picked rows
are named by their refs alone, and the paper named in the turn stays as written: the ref is
read in that paper, not in the paper of the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.antecedents import Previous
from assistant.counted_pick import Pick, counted_pick
from assistant.list_pick import picked
from assistant.year_shift import paper_of_year
from ingest.model import DocumentInfo

# 'the same ones', 'the same refs', 'those same recommendations': every row shown
_SAME = re.compile(
    r"\b(?:the|those|these)\s+same\s+(?:ones|refs|references|numbers|items|actions|"
    r"recommendations|records|rows|entries)\b",
    re.I,
)


def _same(question: str, previous: Previous) -> Pick | None:
    """'the same ones': all the rows the last answer showed, in the order shown."""
    found = _SAME.search(question)
    if found is None or not previous.names:
        return None
    records = previous.records[: len(previous.names)]
    return found.start(), found.end(), records, list(previous.names)


def picked_elsewhere(question: str, previous: Previous | None) -> str | None:
    """``question`` with its pick of the shown rows replaced by their refs, for a turn that
    names a paper other than theirs (the caller's test); None when nothing is picked or a
    picked row has no ref to be found by in another paper."""
    if previous is None:
        return None
    pick = (
        counted_pick(question, previous) or picked(question, previous) or _same(question, previous)
    )
    if pick is None:
        return None
    start, end, records, _ = pick
    refs = [str(r.ref) for r in records if r.ref]
    if not refs or len(refs) != len(records):
        return None
    named = refs[0] if len(refs) == 1 else ", ".join(refs[:-1]) + " and " + refs[-1]
    return question[:start] + named + question[end:]


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def picked_in_year(
    question: str, previous: Previous | None, documents: Sequence[DocumentInfo]
) -> str | None:
    """'and in the 2024 report, who leads the fourth one?': the pick of the shown rows named
    by their refs, when the turn names a year that is another paper of the same body (see
    :func:`paper_of_year`); the year stays in the question and scopes it. None otherwise."""
    if previous is None or not previous.records:
        return None
    years = {int(y) for y in _YEAR.findall(question)}
    if len(years) != 1 or paper_of_year(years.pop(), previous, documents) is None:
        return None
    return picked_elsewhere(question, previous)
