"""A paper named by the span of years its own title writes ('in the 2023/24 plan, …', 'the
2024/25 follow-up'): a financial year before a paper's noun is no window on the rows' dates
(:mod:`.periods` leaves a span alone: it may start a multi-year plan's name), but when a
paper's title writes that very span, the question names that paper, and what it asks or
asserts is read against that paper's rows only, not against another year's paper of the same
body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# a financial year or a span of years as papers and questions write it: '2023/24', '2023-24',
# '2023/2024', '2023–24'
_SPAN = r"(?P<start>(?:19|20)\d\d)\s*[/–-]\s*(?P<end>\d{2}|(?:19|20)\d\d)"
_SPAN_PLAIN = r"(?:19|20)\d\d\s*[/–-]\s*(?:\d{2}|(?:19|20)\d\d)"
# the span before a paper's noun, up to four words between ('the 2023/24 damp and mould plan')
_SPAN_PAPER = re.compile(
    rf"\b(?:the|its|their|that|this)\s+{_SPAN_PLAIN}\b\s+(?:[\w'’&-]+\s+){{0,4}}?"
    r"(?:plan|report|paper|statement|review|update|follow[- ]?up|tracker|log|register|AGS|"
    r"return|progress\s+report|action\s+plan|minutes)s?\b|"
    # one row of that paper: 'the 2023/24 action on vulnerable tenants' (the rows, plural, may
    # be spoken of in a later paper: 'five actions from the 2023/24 plan were closed')
    rf"\b(?:the|its|their|that|this)\s+{_SPAN_PLAIN}\b\s+(?:[\w'’&-]+\s+){{0,2}}?"
    r"(?:action|recommendation|item|issue|finding|area\s+for\s+improvement)\b(?!s)",
    re.I,
)


class _Titled(Protocol):
    id: str
    title: str


def _spans(text: str) -> set[tuple[int, int]]:
    """The spans of years ``text`` writes, as (first year, last year): '2023/24' -> (2023,
    2024); only a span of one year to the next (a financial year) or a few years."""
    found = set()
    for m in re.finditer(_SPAN, text):
        start, end = int(m["start"]), m["end"]
        last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if start < last <= start + 5:
            found.add((start, last))
    return found


def papers_titled_by_span(question: str, documents: Sequence[_Titled]) -> list[str]:
    """The ids of the papers whose title writes the span of years the question puts before a
    paper's noun ('in the 2023/24 plan' -> the paper titled '… Action Plan 2023/24'); [] when
    the question writes no such span or no title writes it.

    >>> class D:
    ...     def __init__(self, id, title): self.id, self.title = id, title
    >>> papers_titled_by_span("In the 2023/24 plan, who owns DM10?",
    ...     [D("a", "Action Plan 2023/24"), D("b", "Action Plan - 2024/25 Follow-up")])
    ['a']
    """
    asked: set[tuple[int, int]] = set()
    for m in _SPAN_PAPER.finditer(question):
        asked |= _spans(m.group(0))
    if not asked:
        return []
    return [d.id for d in documents if _spans(d.title or "") & asked]
