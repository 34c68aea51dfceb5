"""A date that says when the asked things were made, not when they fall due.

'The actions agreed in 2023', 'the recommendations the auditors raised in 2024', 'what did the
board sign off in 2023': the year is attached to a verb of making (agreeing, raising, issuing,
reporting, approving …), so it dates the paper that made the rows, not their deadlines. The
rows hold no date of their making; the paper of that year does. Read as a window on each
row's deadline, the year kept only the rows due that year and dropped the rest of the paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# a verb of making or putting on record, in any form: what was done to the rows when their
# paper was written ('agreed', 'raise', 'signed off', 'put forward', 'drew up')
_MAKING = (
    r"(?:agree[sd]?|agreeing|made|make[s]?|making|raised?|raises|raising|reported|report[s]?|"
    r"publish(?:ed|es)?|approved?|approves|issued?|issues|identif(?:y|ied|ies)|adopted|adopt|"
    r"produced?|presented|present|proposed?|recommended|recommend|tabled|submitted|submit|"
    r"found|find|gave|given|give|logged|log|accepted|accept|set out|wrote|written|write|"
    r"sign(?:ed|s)?\s+off|put\s+forward|drawn\s+up|drew\s+up|draw\s+up|came\s+out|"
    r"brought\s+forward|endorsed?|agreed\s+to)"
)
# the verb, then at most four words that set no deadline, then the window's words
_MADE_BEFORE = re.compile(
    rf"\b{_MAKING}\s+(?:(?!(?:due|deadlines?|complete[ds]?|completion|"
    r"finish(?:ed)?|deliver(?:ed)?|implement(?:ed)?|target(?:ed|s)?|close[ds]?|"
    r"done|end)\b)[\w'’&-]+\s+){0,4}$",
    re.I,
)
# a window on the rows that follows a paper ('after the 2008 inspection'): the paper's rows
_AFTER_PAPER = re.compile(
    r"^(?:\s+[\w'’&-]+){0,2}?\s+(?:inspection|report|review|audit|visit|letter|paper|plan|"
    r"statement|assessment|survey)s?\b",
    re.I,
)


class _Dated(Protocol):
    id: str
    year: int | None


def made_window(question: str, period: str | None) -> bool:
    """Whether the window ``period`` (its words as written: 'in 2023', 'during 2024', 'after
    the 2008') dates the making of the asked things: a verb of making comes right before it."""
    if not period:
        return False
    at = question.lower().find(period.lower())
    return at >= 0 and _MADE_BEFORE.search(question[:at]) is not None


def made_span(
    question: str, period: str, since: int | None, until: int | None
) -> tuple[int | None, int | None]:
    """The years of the papers a making window names: the window itself, or the one year of
    the paper a window follows ('made after the 2008 inspection' were made by that
    inspection, not after it)."""
    at = question.lower().find(period.lower())
    years = re.findall(r"(?:19|20)\d\d", period)
    after = re.match(r"\s*(?:after|following|since)\b", period, re.I)
    if years and after and _AFTER_PAPER.match(question[at + len(period) :]):
        return int(years[-1]), int(years[-1])
    return since, until


def papers_made(
    since: int | None, until: int | None, named: Sequence[str], documents: Sequence[_Dated]
) -> list[str]:
    """The papers, of ``named`` when the question names any, whose year is in the window."""
    pool = [d for d in documents if not named or d.id in named]
    return [
        d.id
        for d in pool
        if d.year is not None
        and (since is None or d.year >= since)
        and (until is None or d.year <= until)
    ]
