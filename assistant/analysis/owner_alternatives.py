"""Owners joined by 'or' to the owner a list or count filters on ('owned by the Finance
Officer or the Clerk', 'either the Treasurer's or the Engineer's'): rows held by any of them.
The other owner is linked to the owners the papers in scope hold, in the cells' spelling,
whether or not its words alone are specific enough to name it: the joint to a named owner
says it is one."""

from __future__ import annotations

import re

from assistant.analysis.model import Intent
from assistant.analysis.names import owner_pattern, owner_span
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import Reading, negation_before

# the joint between two owners, and the little words that may open the second ('or by the')
_OR_AFTER = re.compile(
    r"^(?:['’]s?)?\s*,?\s*(?:or|and/or|or\s+else)\s+(?:(?:by|with|to|for|under)\s+)?"
    r"(?:(?:the|its|their)\s+)?",
    re.I,
)
_OR_BEFORE = re.compile(
    r"(?:['’]s?)?\s*,?\s*(?:or|and/or)\s+(?:(?:by|with|to|for|under)\s+)?(?:(?:the|its|their)\s+)?$",
    re.I,
)
# a comparison of holders is two sides, not one set ('does X or Y have more')
_COMPARED = re.compile(r"\b(?:more|fewer|less|most|fewest|least)\b", re.I)


def owners_or(
    reading: Reading, intent: Intent, owner: str | None, held: list[str]
) -> tuple[list[str], bool]:
    """The owners of ``held`` joined by 'or' to ``owner`` in a list or count (besides it), and
    whether the joined owners stand under one negation or complement ('not owned by X or Y',
    'other than X or Y': rows of neither); their words are consumed and blanked."""
    if not owner or intent not in ("list", "count") or _COMPARED.search(reading.plain):
        return [], False
    text = reading.plain
    span = owner_span(text.lower(), owner)
    if span is None:
        return [], False
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    at = span[1]
    while (joint := _OR_AFTER.match(text[at:])) is not None:  # 'X or Y (or Z)'
        other = _owner_at(text, at + joint.end(), held, exclude=[owner, *found])
        if other is None:
            break
        found.append(other[0])
        spans.append((at + joint.end(), other[1]))
        at = other[1]
    joint_before = _OR_BEFORE.search(text[: span[0]])
    if joint_before is not None:  # 'Y or X': the owner read is the second
        before = _owner_ending(text, joint_before.start(), held, exclude=[owner, *found])
        if before is not None:
            found.append(before[0])
            spans.append((before[1], joint_before.start()))
    for start, end in spans:
        reading.consume(text[start:end])
    reading.blank(spans)
    first = min([span[0], *(start for start, _ in spans)])
    scope = negation_before(text, first) or excluding_cue(text, first) if found else None
    if scope:
        reading.consume(scope)
    return found, bool(scope)


def _owner_at(text: str, start: int, held: list[str], exclude: list[str]) -> tuple[str, int] | None:
    """The longest owner of ``held`` the text writes from ``start`` on: (owner, its end)."""
    best: tuple[str, int] | None = None
    low = text.lower()
    for owner in held:
        if owner in exclude:
            continue
        span = owner_span(low[start:], owner)
        if span is not None and span[0] == 0 and (best is None or len(owner) > len(best[0])):
            best = (owner, start + span[1])
    return best


def _owner_ending(
    text: str, end: int, held: list[str], exclude: list[str]
) -> tuple[str, int] | None:
    """The longest owner of ``held`` the text writes ending at ``end``: (owner, its start)."""
    best: tuple[str, int] | None = None
    low = text.lower()[:end].rstrip()
    for owner in held:
        if owner in exclude:
            continue
        for found in owner_pattern(owner).finditer(low):
            if found.end() == len(low) and (best is None or len(owner) > len(best[0])):
                best = (owner, found.start())
    return best
