"""Which two words stand next to each other anywhere in the papers: every pair of adjacent words
of every document's text (hashed, any case), read once a generation, so that a search of every
paper for 'X … Y' (thousands of texts at 100k chunks) runs only when some text may hold it."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from assistant.answers.context import AnswerContext

_WORD = re.compile(r"\w+")
# the letters that match an ASCII letter in a case-blind pattern without lowering to it
_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def fold(word: str) -> str:
    """The word in lower case, with the few letters a case-blind pattern reads as an ASCII
    letter ('ſ' as 's', the Kelvin sign as 'k', dotted and dotless 'i') as that letter."""
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


def adjacent_pairs(texts: Iterable[str]) -> npt.NDArray[np.int64]:
    """The hashes of every pair of adjacent words (:func:`fold`-ed) of ``texts``, sorted."""
    seen: set[bytes] = set()
    found: list[npt.NDArray[np.int64]] = []
    for text in texts:
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if key in seen:  # a text read already (copies of one paper)
            continue
        seen.add(key)
        words = [fold(w) for w in _WORD.findall(text)]
        pairs = {hash(pair) for pair in itertools.pairwise(words)}
        found.append(np.fromiter(pairs, dtype=np.int64, count=len(pairs)))
        if len(found) > 256:  # bounded: merge as it goes
            found = [np.unique(np.concatenate(found))]
    return np.unique(np.concatenate(found)) if found else np.empty(0, np.int64)


def paper_pairs(context: AnswerContext) -> npt.NDArray[np.int64]:
    """:func:`adjacent_pairs` of every document's text, kept per generation."""
    register = context.register
    catalog = register.catalog
    return register.memo(
        "adjacent word pairs",
        lambda: adjacent_pairs(catalog.document_text(d.id) for d in catalog.documents()),
    )


def may_adjoin(context: AnswerContext, first: str, second: str) -> bool:
    """Whether some paper may hold ``first`` then ``second`` with only non-word characters
    between them (``\\bfirst\\W+second\\b``, any case): False only when no paper holds the
    last word of ``first`` right before the first word of ``second``. True when either is not
    plain ASCII at that end, which the pairs do not decide."""
    ends, starts = _WORD.findall(first), _WORD.findall(second)
    if not ends or not starts or not (ends[-1].isascii() and starts[0].isascii()):
        return True
    pairs = paper_pairs(context)
    key = hash((ends[-1].lower(), starts[0].lower()))
    at = int(np.searchsorted(pairs, key))
    return at < len(pairs) and int(pairs[at]) == key
