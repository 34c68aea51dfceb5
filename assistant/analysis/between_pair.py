"""The two sides of 'between A and B' when a side holds an 'and' of its own ('between making
the audit letter and reports available online and improving the annual report'): the sides
are coordinated alike, so the 'and' after which the second side opens as the first one does
(a gerund, the same determiner) splits them, not the first 'and'."""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>[^,;:?]+)", re.I)
_AND = re.compile(r"\s+and\s+", re.I)
_DETERMINERS = frozenset("the its their this that his her our".split())


def _opening(text: str) -> str | None:
    """How a side opens: 'ing' for a gerund ('making …'), its determiner ('the …'), else None."""
    word = re.match(r"[\w'’-]+", text.strip())
    if word is None:
        return None
    head = word.group().lower()
    if head.endswith("ing") and len(head) > 5:
        return "ing"
    return head if head in _DETERMINERS else None


def between_sides(text: str) -> dict[str, str] | None:
    """The two sides 'between A and B' names, split at the first 'and' unless the second side
    so split opens unlike the first and a later 'and' opens like it; None without 'between'."""
    found = _BETWEEN.search(text)
    if found is None:
        return None
    a, b = found["a"], found["b"]
    lead = _opening(a)
    if lead is not None and _opening(b) != lead:
        for joint in _AND.finditer(b):
            if _opening(b[joint.end() :]) == lead:
                return {"a": f"{a} and {b[: joint.start()]}", "b": b[joint.end() :]}
    return {"a": a, "b": b}
