"""Whether a question word stands in verb position, so that it names no kind of thing.

A word the papers never use, right before a word they do use, is read as narrowing it ('the
police *pension* scheme'). In verb position it narrows nothing: after make, keep or get it is
their complement ('making *sure* staff can check in'), and an -ing form with no determiner
before it may head a verb phrase ('to stop *putting* families in …', 'tasked with *matching*
fuel card spend'). Either is read so only when the words after it name a row
(:func:`object_of_a_row`): the row holds the first of its known words after it and most of
their weight, two words at least. 'Responsible for *skateboarding* patrols' names no row by
one word, and stays a kind the record may not hold. Only the grammar of the words around it
and the register decide; no word of any paper is named.

Usage::

    complement_of("making")  # True: 'making sure'
    complement_of("the")     # False: 'the *pension* scheme' names a kind
    gerund_of("with", "matching")  # True; gerund_of("the", "swimming") is False
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.text import may_have_stem, stem, stems
from ingest.model import ActionRecord

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
# known words after a light verb's complement that must name a row for it to be read so: at least
# this many, and this share of them in one row's own words
OBJECT_WORDS = 2
OBJECT_SHARE = 0.6


def complement_of(before: str) -> bool:
    """True when a word right after ``before`` (lower case) is a light verb's complement."""
    return before in _LIGHT_VERBS


def gerund_of(before: str, word: str) -> bool:
    """True when ``word``, after ``before`` (both lower case), is an -ing form with no
    determiner before it ('stop *putting* families', 'tasked with *matching* fuel spend'): it
    may be a verb taking the words after it as its object."""
    return len(word) > 5 and word.endswith("ing") and bool(before) and before not in _DETERMINERS


def object_of_a_row(
    words: list[str], records: list[ActionRecord], idf: Callable[[str], float]
) -> bool:
    """True when at least :data:`OBJECT_WORDS` of ``words`` (the known words after a verb) are
    given and one row's title, finding, action or progress holds :data:`OBJECT_SHARE` of their
    weight (``idf``: a rare word weighs more than 'new'): the verb's object names that row."""
    wanted = {stem(w): idf(w) for w in words}
    total = sum(wanted.values())
    if len(wanted) < OBJECT_WORDS or total <= 0:
        return False
    head = stem(words[0])  # the object's first word: the row must hold it
    for record in records:
        fields = (record.title, record.finding, record.action, record.progress)
        text = " ".join(v for v in fields if v)
        if not may_have_stem(text.lower(), head):
            continue  # no word of the row can be the head's: not stemmed
        held = stems(text)
        if head not in held:
            continue
        if sum(weight for word, weight in wanted.items() if word in held) >= OBJECT_SHARE * total:
            return True
    return False
