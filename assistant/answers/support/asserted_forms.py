"""The forms a question asserts in: a statement put as a question, by its tag ('X kept its
deadline, didn't it?') or by its order alone ('X kept its deadline?'), asserts all it says; a
verb putting a deadline as kept or missed asserts, and does not describe the row."""

from __future__ import annotations

import re

from assistant.analysis import unquoted

# a statement put as a question by its tag ('X kept its deadline, didn't it?', '…, right?'):
# its whole clause is asserted, as a yes/no question's is
TAGGED = re.compile(
    r",\s*(?:(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)(?:n't|\s+not)?"
    r"\s+(?:it|they|he|she|that|there|we)|right|correct|true|yes|no)\s*\?\s*$",
    re.I,
)

# a question asking something: a wh-word anywhere, or an imperative at its start
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)
_IMPERATIVE = re.compile(
    r"^\W*(?:please\s+)?(?:list|show|give|tell|name|find|count|compare|describe|explain|"
    r"summari[sz]e|identify|confirm|check|say)\b",
    re.I,
)


def declarative(question: str) -> bool:
    """Whether ``question`` is a statement put as a question ('X kept its deadline?', its tag
    gone): no wh-word and no imperative, so all it says is asserted."""
    text = unquoted(question).strip()
    return (
        text.endswith("?")
        and _ASKING.search(text) is None
        and _IMPERATIVE.match(text) is None
        and len(text.split()) >= 4
    )


# a verb putting a deadline as kept or missed ('kept its November 2008 deadline', 'missed
# the target date', 'still on its original deadline'): it asserts, it does not describe
DUE_HELD = re.compile(
    r"\b(?:kept|keeps?|keeping|met|meets?|meeting|hit|hits|missed|miss(?:es|ing)?|stuck|"
    r"sticks?|sticking|held|holds?|still|remained|remains?|stayed|stays?|made|makes?)\b"
    r"(?=(?:\s+(?:on|to|within|at|by|its|the|their|original|first|initial|agreed|old|"
    r"[\w-]*\d[\w-]*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
    r"oct\w*|nov\w*|dec\w*|end|of)){0,6}\s+(?:deadline|target|due date|timescale)s?\b)",
    re.I,
)
