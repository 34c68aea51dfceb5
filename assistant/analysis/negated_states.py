"""A status asked for beside one set aside: 'implemented, not partially', 'fully met rather
than partly', 'in progress but not overdue'. The negated word names the rows left out, the
other the rows asked for; read alone, the first status word found would decide both."""

from __future__ import annotations

import re

from assistant.text import degree_root

# a negation whose scope is the next word or two: a closed class of particles and conjunctions
_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bnor|\brather than|\bother than|\binstead of|\bbut not|\bexcept|"
    r"\bexcluding)\s*[,(]?\s*(?:(?:only|just|yet|even|been|being|merely)\s+)?$",
    re.I,
)


def states_beside_negated(
    question: str, table: list[tuple[re.Pattern[str], list[str]]], degree: str | None
) -> tuple[list[str], str | None] | None:
    """The statuses asked for and the degree kept, when the question names one status and sets
    another aside (``table``: the status words and their statuses); None unless it does both."""
    found: list[tuple[int, int, list[str]]] = []
    for pattern, values in table:
        found += [(m.start(), m.end(), values) for m in pattern.finditer(question)]
    # a word inside a longer status phrase ('complete' of 'not complete') is that phrase's
    found = [
        (s, e, v)
        for s, e, v in found
        if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in found)
    ]
    negated = [f for f in found if _NEGATED.search(question[max(0, f[0] - 30) : f[0]])]
    positive = [f for f in found if f not in negated]
    if not negated or not positive:
        return None
    left_out = {v for _, _, values in negated for v in values}
    asked = [v for _, _, values in positive for v in values if v not in left_out]
    if not asked:
        return None
    if degree is not None and any(
        degree_root(w) == degree_root(degree)
        for s, e, _ in negated
        for w in re.findall(r"[A-Za-z]+", question[s:e])
    ):
        degree = None  # 'not partially': the degree is the one set aside
    return list(dict.fromkeys(asked)), degree
