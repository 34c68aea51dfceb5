"""An owner the register holds, named as the one a row was given to, then asked about ('the
Treasurer was assigned an action by the auditor. What was it?', 'an observation was handed to
the Clerk — which?'): the question asks for the rows that owner holds, not for a passage about
the owner.

The owner is read from the register's own owners (:func:`.names.owner_named`); the row by the
nouns the papers call their rows (:attr:`.names.NameIndex.item_nouns`) and the general ones; the
relation by a verb of giving in the passive, whichever of the two is its subject."""

from __future__ import annotations

import re

from assistant.analysis.names import NameIndex, owner_named, owner_span

# the general nouns of a register's row, besides what the papers call theirs
_ROW_NOUNS = frozenset("recommendation action item task point finding issue".split())
_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|got|get|gets|been)"
_GIVEN = (
    r"(?:given|assigned|allocated|handed|set|issued|tasked\s+with|charged\s+with|"
    r"made\s+responsible\s+for|left\s+with)"
)
_COUNT = r"(?:a|an|one|two|three|four|five|some|several|the|\d+)"
# 'what was it', 'which was it', 'what were they', 'which one': the wh-word asks of the row
_ASKS = re.compile(r"\b(?:what|which)\b", re.I)


def _row_pattern(nouns: set[str]) -> str:
    words = sorted({*_ROW_NOUNS, *(n.lower() for n in nouns if n.isalpha())}, key=len)
    return r"(?:" + "|".join(re.escape(w) for w in reversed(words)) + r")s?"


def owner_given_rows(question: str, idx: NameIndex) -> bool:
    """Whether ``question`` names an owner of the register as the one a row was given to,
    and asks which ('The Chair of Finance was given a recommendation. What was it?')."""
    if not _ASKS.search(question):
        return False
    owner = owner_named(question, idx)
    span = owner_span(question.lower(), owner) if owner else None
    if span is None:
        return False
    rows = _row_pattern(idx.item_nouns)
    after = question[span[1] :]
    before = question[: span[0]]
    # '<owner> was given a recommendation', '<owner> has been assigned two actions'
    given_to = re.match(
        rf"\s*(?:\([^)]*\)\s*)?{_BE}\s+(?:\w+\s+)?{_GIVEN}\s+{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{rows}\b",
        after,
        re.I,
    )
    # 'a recommendation was given to the <owner>', 'an action assigned to the <owner>'
    given_by = re.search(
        rf"\b{rows}\s+(?:\w+\s+){{0,3}}?(?:{_BE}\s+)?{_GIVEN}\s+(?:to\s+)?(?:the\s+)?$",
        before,
        re.I,
    )
    return bool(given_to or given_by)
