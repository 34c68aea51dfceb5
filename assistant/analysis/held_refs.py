"""Refs the register holds with a space inside ('ILR 1.3', 'APP 2.2', 'EST 4.1'), found as
written in a question: no pattern of ref shapes splits them ('EST 4' and '1')."""

from __future__ import annotations

import re


def spaced_refs_written(question: str, refs: dict[str, str]) -> list[str]:
    """The held refs (``refs``: lower -> as held) with a space in them that the question
    writes whole, spaces and case aside, longest first."""
    lowered = " ".join(question.lower().split())
    found: list[str] = []
    for low in sorted((r for r in refs if " " in r), key=len, reverse=True):
        spelt = r"\s+".join(re.escape(p) for p in low.split())
        if re.search(rf"(?<![\w./-]){spelt}(?![\w/-]|\.\d)", lowered) and not any(
            low in f.lower() for f in found
        ):
            found.append(refs[low])
    return found
