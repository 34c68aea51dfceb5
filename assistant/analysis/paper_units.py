"""'Which services show X as not started?': the papers themselves asked by the noun their
bodies are named with ('Wendle Valley Joint Archives Service 3' -> 'services', 'Harbour Board
2' -> 'boards'), or by 'papers' / 'reports'; with a state read, the rows in that state are
listed, each under its paper."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.model import DocumentInfo

_ASKED = re.compile(r"\b(?:which|what)\s+(?:of\s+(?:the|these|those)\s+)?([a-z]+s)\b", re.I)
_PAPER_WORDS = frozenset({"paper", "report", "document", "update", "plan", "statement"})


def _unit_words(documents: list[DocumentInfo]) -> frozenset[str]:
    """The words (lower case, singular) that name two or more of the bodies, and the papers'
    own nouns."""
    return _bodies_words(tuple(document.organisation or "" for document in documents))


@lru_cache(maxsize=16)
def _bodies_words(bodies: tuple[str, ...]) -> frozenset[str]:
    """:func:`_unit_words` of papers of these bodies (kept: each question reads the same)."""
    counts: dict[str, int] = {}
    for body in bodies:
        for word in {w.lower() for w in re.findall(r"[A-Za-z]{4,}", body)}:
            counts[word] = counts.get(word, 0) + 1
    return frozenset({w for w, n in counts.items() if n >= 2} | _PAPER_WORDS)


def asked_paper_unit(question: str, documents: list[DocumentInfo]) -> str | None:
    """The plural noun by which ``question`` asks 'which <papers>' when it names the papers or
    their bodies ('which services', 'in which reports'), as written; None otherwise. The noun
    frames the answer (one entry a paper) and is no subject word."""
    units = _unit_words(documents)
    for found in _ASKED.finditer(question):
        word = found.group(1).lower()
        if word[:-1] in units or (word.endswith("es") and word[:-2] in units):
            return found.group(1)
    return None
