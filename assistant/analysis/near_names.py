"""Names read through a slip of one or two letters: a body or title the question writes right
and the paper's scan wrote wrong ('Ravensgill' for the OCR'd 'Ravensglill'), or the other way.

A word of the question is read as a name word only when the record holds it nowhere, the
language does not know it, and exactly one word of the names held is that close to it. Numbers
never bend: 'Board 1' and 'Board 10' are two names, so any digit in a word must be the same."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.cleaning import edit_distance
from ingest.wordlist import is_common_word

_SHORTEST = 6  # a shorter word with one letter changed is too often another word


def slips(word: str) -> int:
    """How many letters of a name of this length a slip may change: one below eight letters,
    two from there, none below :data:`_SHORTEST`."""
    return 0 if len(word) < _SHORTEST else 1 if len(word) < 8 else 2


def near_word(word: str, held: Iterable[str]) -> str | None:
    """The one held name word ``word`` is a slip of (see :func:`slips`), else None; a word
    with a digit, or one the language knows, is a slip of nothing."""
    if re.search(r"\d", word) or not word.isalpha() or is_common_word(word):
        return None
    limit = slips(word)
    if not limit:
        return None
    close = {
        w
        for w in held
        if w[:1] == word[:1] and w != word and edit_distance(word, w, limit) <= limit
    }
    if len(close) != 1:
        close = {w for w in close if edit_distance(word, w, 1) <= 1}  # the nearest, if it is one
    return next(iter(close)) if len(close) == 1 else None


def near_text(asked: str, held: str) -> bool:
    """Whether two names (already folded: lower case, words by single spaces) are one with a
    slip: the same numbers in the same order, and an edit distance of at most one letter in
    twelve of the whole, three at most."""
    if asked == held:
        return True
    if re.findall(r"\d+", asked) != re.findall(r"\d+", held):
        return False
    limit = min(len(held) // 12, 3)
    return limit > 0 and edit_distance(asked, held, limit) <= limit
