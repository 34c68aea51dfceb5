"""'Which of B1, B2 and C1 is still open?' answered with C1, then 'when is that one due?': a
pronoun after a narrowing points at the rows the answer kept, not at the first ref its question
named."""

from __future__ import annotations

import re

from assistant.antecedents import Previous

__all__ = ["kept_of_named", "that_one"]

# 'that one', 'this one': one pointing word, read as 'that'
_THAT_ONE = re.compile(r"\b(that|this)\s+one\b(?!\s+of\b)", re.I)


def kept_of_named(refs: list[str], previous: Previous | None) -> list[str] | None:
    """The names of the rows the last answer kept of the ``refs`` its question named, when it
    kept fewer than were named and every row it showed is one of them; else None."""
    if previous is None or previous.quoted or not previous.names:
        return None
    if len(previous.names) >= len(refs):
        return None
    named = {r.split(" in the ")[0].lower() for r in refs}
    kept = [n for n in previous.names if n.split(" in the ")[0].lower() in named]
    return kept if len(kept) == len(previous.names) else None


def that_one(question: str) -> str:
    """``question`` with 'that one' read as the pointing word alone ('when is that due?')."""
    return _THAT_ONE.sub(r"\1", question, count=1)
