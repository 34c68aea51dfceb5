"""Whether a question word stands in verb position, so that it names no kind of thing.

A word the papers never use, right before a word they do use, is read as narrowing it ('the
police *pension* scheme'). In verb position it narrows nothing: an -ing form with no
determiner before it heads a verb phrase whose object follows ('to stop *putting* families
in …', 'tasked with *matching* fuel card spend'), and a word after make, keep or get is their
complement ('making *sure* staff can …'). Only the grammar of the words around it decides;
no word of any paper is named.

Usage::

    in_verb_position("with", "matching")  # True
    in_verb_position("the", "swimming")   # False: 'the swimming pool' names a kind
"""

from __future__ import annotations

# a word after these opens a noun phrase, so an -ing form after them modifies its noun
_DETERMINERS = frozenset(
    "the a an this that these those its their our his her your my any each every some no all "
    "both either neither another other many few several much more most what which whose "
    "s".split()  # 's' is the possessive ending split off a name ('Vale's *parking* policy')
)
# verbs that take an adjective or a clause as complement ('make sure', 'keep safe')
_LIGHT_VERBS = frozenset(
    "make makes making made keep keeps keeping kept get gets getting got".split()
)


def in_verb_position(before: str, word: str) -> bool:
    """True when ``word``, after ``before`` (both lower case), is a verb or a verb's
    complement rather than a modifier of the word after it."""
    if before in _LIGHT_VERBS:
        return True
    return len(word) > 5 and word.endswith("ing") and bool(before) and before not in _DETERMINERS
