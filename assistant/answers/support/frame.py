"""The words of a question that frame it rather than name its subject, read by their role.

:func:`~assistant.analysis.framing_words` finds the question's own verbs ('labelled',
'asking'). A question also frames its subject with words of other roles, never the thing
asked about, which a guard must not count against a passage that lacks them ('no document
uses those words', 'the closest passages are about something else'):

- the degree word of a 'how' question ('how *high* a priority', 'how *far* along');
- an adverb in -ly ('*actually* met', '*originally* due', '*currently* listed');
- a superlative or ordinal of the question's frame ('the *earliest* date', 'the *biggest*
  sum', 'the *last* one');
- the noun of a wh-phrase that names the kind of value asked ('what *sum*', 'what's the
  biggest *figure*'): the answer's type, not its subject;
- a verb that shows or reports the row, in any participle form ('*shown* as', '*set* down',
  '*flagged* up'): a participle before a particle, after 'is'/'as'/'been', or irregular;
- the verb a 'did X …' question asks about an activity with ('did the plan *give* to
  reviewing …', 'did it *rank* replacing …');
- a manner adverbial ('on an *ongoing basis*', 'in a *timely manner*');
- 'else', 'one(s)' after a possessive ('the board's one'), a time filler ('these *days*').

Framing words count for a passage that holds them, never against one that does not.
"""

from __future__ import annotations

import re

from assistant.analysis import framing_words

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\w/.-]*")
_DETERMINERS = frozenset("the a an its their this that these those our his her any each".split())
_BE = frozenset("is was are were be been being as having has have had".split())
_PARTICLES = frozenset("up down out back off".split())
_DO = frozenset("do does did".split())
_MANNER = frozenset("basis footing manner fashion way".split())  # 'on a regular basis'
_IN = frozenset(("on", "in"))
_ORDINALS = frozenset("first second third fourth fifth last next final".split())
# participles not in -ed: the irregular verbs of English (a closed class of the grammar)
_IRREGULAR_PARTICIPLES = frozenset(
    """shown given set put laid held kept made paid sent spent told found left met brought
    thought taught bought built meant read said seen done won taken written drawn known
    chosen begun run cut let shut struck stood sought""".split()
)
# nouns ending like an adverb or a superlative: 'assembly', 'supply'; 'interest', 'request'
_NOT_ADVERB = ("ply", "mbly", "mily", "aly", "oly")
_NOT_SUPERLATIVE = (
    "quest",
    "erest",
    "rrest",
    "vest",
    "ntest",
    "otest",
    "ggest",
    "igest",
    "fest",
    "orest",
)


# how often a thing is done is a subject of its own ('reconciled monthly')
_FREQUENCY = re.compile(r"(?:dai|week|month|year|quarter|annual|fortnight|hour)ly$")


def _adverb(word: str) -> bool:
    return (
        len(word) >= 6
        and word.endswith("ly")
        and not word.endswith(_NOT_ADVERB)
        and not _FREQUENCY.search(word)
    )


def _superlative(word: str, before: str = "") -> bool:
    """'earliest', 'largest'; after a determiner also a doubled consonant ('the biggest')."""
    doubled = before in _DETERMINERS and len(word) >= 6 and word[-4] == word[-5] not in "aeiou"
    return (
        len(word) >= 6 and word.endswith("est") and (doubled or not word.endswith(_NOT_SUPERLATIVE))
    )


# the nouns naming a kind of value, not a thing: 'what sum', 'what figure', 'what total'
_VALUE_NOUNS = frozenset("sum amount figure total number value quantity".split())
_WH = frozenset(("what", "which", "what's", "whats"))
_WH_FILLER = _DETERMINERS | _BE | frozenset(("exact", "precise", "overall", "actual"))


def _value_noun(tokens: list[str]) -> str | None:
    """The noun naming the kind of value a wh-phrase asks ('what's the biggest *sum*')."""
    for i, word in enumerate(tokens):
        if word not in _WH:
            continue
        for next_word in tokens[i + 1 : i + 5]:
            if next_word in _VALUE_NOUNS:
                return next_word
            if next_word not in _WH_FILLER and not _superlative(next_word, "the"):
                break
        break
    return None


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (len(word) >= 5 and word.endswith("ed"))


def _frames_by_form(word: str, before: str, after: str) -> bool:
    """Whether ``word``, between ``before`` and ``after``, frames the question by its form."""
    return (
        before == "how"  # 'how far', 'how high'
        or word == "else"
        or word in _ORDINALS
        or (_adverb(word) and before not in _DETERMINERS)
        or (_superlative(word, before) and before not in ("a", "an"))
        or (_participle(word) and (after in _PARTICLES or before in _BE))
        or (word in ("one", "ones") and before.endswith("'s"))  # 'the board's one'
        or (word == "days" and before in ("these", "those"))
    )


def _role_frames(tokens: list[str]) -> set[str]:
    """The words of ``tokens`` (lower case) whose role frames the question (module doc)."""
    found: set[str] = set()
    value_noun = _value_noun(tokens)
    if value_noun:
        found.add(value_noun)
    do_at = next((i for i, t in enumerate(tokens[:6]) if t in _DO), None)
    for i, word in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        following = tokens[i + 2] if i + 2 < len(tokens) else ""
        asking_verb = (  # 'did the plan give to reviewing …': the verb of the asking
            do_at is not None
            and i > do_at + 1
            and before not in _DETERMINERS
            and (after.endswith("ing") or (after == "to" and following.endswith("ing")))
        )
        if asking_verb or _frames_by_form(word, before, after):
            found.add(word)
        if word in _MANNER and i >= 3 and tokens[i - 2] in ("a", "an") and tokens[i - 3] in _IN:
            found.update((tokens[i - 1], word))  # 'on an ongoing basis': how, not what
    return found


def frame_words(question: str) -> set[str]:
    """The words of ``question`` (lower case) that frame it rather than name its subject: its
    own verbs (:func:`~assistant.analysis.framing_words`) and the words of the roles above."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    return framing_words(question) | _role_frames(tokens)
