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
- 'else', 'one(s)' after a possessive ('the board's one'), a time filler ('these *days*');
- a comparative ('*bigger* than', 'much *later*', 'the *earlier* one', 'more *recent*'), a
  degree or quantity word ('*quite* late', 'more or *less*'), an aspect adverb ('*already*',
  '*yet*', '*still*', '*ever*');
- 'one' as a pronoun ('which *one*', 'the tree *one*', 'the *one* about …'), not a numeral
  ('one action');
- the words of an aside at either edge of the question (:func:`aside_words`): a tag question
  ('…, *isn't* it?', '…, do you *know*?') or a short phrase set off by a comma ('…, out of
  *interest*?', 'Just *wondering*, …').

Framing words count for a passage that holds them, never against one that does not.
"""

from __future__ import annotations

import re

from assistant.analysis import framing_words
from assistant.analysis.reading import lead_in_words
from assistant.answers.support.appendix_access import access_words
from assistant.answers.support.frame_roles import EVALUATION, role_words, stance_roles
from assistant.answers.support.obstacle_asked import obstacle_words
from assistant.evidence import split_compound
from assistant.text import TermStats, stem_of

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
IRREGULAR_PARTICIPLES = _IRREGULAR_PARTICIPLES  # 'put', 'held': verbs by their form
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


# the comparative's markers: 'bigger *than*', '*much* later', 'the earlier *one*'
_DEGREE = frozenset("much far even any no slightly lot bit little way somewhat".split())
_COMPARED = frozenset(("than", "one", "ones", "of"))
_MORE = frozenset("more less most least".split())
_ADJECTIVE_ENDS = ("ent", "ant", "ive", "ful", "ous", "able", "ible", "ical", "ic", "ly")
# degree, quantity and aspect words: closed classes of the grammar, never a subject
_DEGREE_WORDS = frozenset("quite rather fairly pretty somewhat enough less fewer".split())
_ASPECT_WORDS = frozenset("already yet still ever anymore thus".split())
# the comparatives of the time adverbs 'early', 'late', 'soon': 'the earlier date'
_TIME_COMPARATIVES = frozenset("earlier later sooner".split())
# a numeral 'one' is followed by its noun; a pronoun by the clause's end or a function word
_AFTER_PRONOUN = frozenset(
    "about on for with that which who whose is was are were of in at from by to and or has had "
    "does did do will would should could the a".split()
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
_VALUE_NOUNS = frozenset(
    "sum amount figure total number value quantity threshold limit ceiling rate percentage".split()
)
_WH = frozenset(("what", "which", "what's", "whats"))
_WH_FILLER = _DETERMINERS | _BE | EVALUATION | frozenset(("exact", "precise", "overall", "actual"))


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


def asked_value_noun(question: str) -> str | None:
    """The noun naming the kind of value ``question`` asks for in a wh-phrase ('what is the
    headline *figure* for …', 'what *sum* …'): a number must answer it; None when none."""
    return _value_noun([t.lower() for t in _TOKEN.findall(question)])


def _comparative(word: str, before: str, after: str) -> bool:
    """'bigger than', 'much later', 'the earlier one', 'more recent': a comparison's word."""
    if before in _MORE:
        return word.endswith(_ADJECTIVE_ENDS) and len(word) >= 5
    return len(word) >= 5 and word.endswith("er") and (after in _COMPARED or before in _DEGREE)


def _pronoun_one(word: str, before: str, after: str) -> bool:
    """'which one', 'the tree one', 'the one about …': 'one' standing for a noun."""
    return word in ("one", "ones") and (
        before in _WH or not after or after in _AFTER_PRONOUN or before in _DETERMINERS
    )


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
        or word in _DEGREE_WORDS
        or word in _ASPECT_WORDS
        or word in _TIME_COMPARATIVES
        or _comparative(word, before, after)
        or _pronoun_one(word, before, after)
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


# an aside's first word: an auxiliary or modal of a tag ('isn't it', 'do you know'), a
# personal pronoun ('I wonder', 'you know'), a preposition or 'if' ('out of interest', 'if
# possible'), 'just' ('just wondering')
_TAG_START = frozenset(
    """is isn't was wasn't are aren't were weren't do don't does doesn't did didn't has hasn't
    have haven't had hadn't can can't could couldn't will won't would wouldn't should shouldn't
    i you we just if out by for in at as""".split()
)
_PRONOUNS = frozenset("i you we it they he she that this there".split())
_SEGMENT = re.compile(r"\s*(?:,|;|:|\s-\s|\s–\s|—)\s*")
_QUESTION_START = _WH | frozenset(
    "who whom whose when where why how is are was were do does did has have had can could will "
    "would should".split()
)
ASIDE_MAX = 3  # words of an aside
_PARENTHESIS = frozenset("out by for in at as if just".split())  # 'out of interest', 'if so'
_DO_OR_MODAL = ("do", "did", "can", "could", "would", "will", "should")
_SPEAKERS = frozenset(("i", "you", "we"))
_ARTICLES = frozenset("the a an its their his her our my".split())


def aside_words(question: str) -> set[str]:
    """The words (lower case) of an aside at the question's end or start: a segment set off
    by a comma, a dash or a colon, of at most ``ASIDE_MAX`` words, naming nothing (no article,
    no capital after its first word, no number): a tag (:func:`_tag`: '…, isn't it?'), the
    speaker's own words ('I wonder', 'you know'), or a parenthesis opened by a preposition,
    'if' or 'just' beside a question ('who chairs it, out of interest?')."""
    segments = [s for s in _SEGMENT.split(question.strip().rstrip("?.! ")) if s]
    if len(segments) < 2:
        return set()
    found: set[str] = set()
    for aside, rest in ((segments[-1], segments[:-1]), (segments[0], segments[1:])):
        words = _TOKEN.findall(aside)
        rest_words = [t.lower() for r in rest for t in _TOKEN.findall(r)]
        if (
            not words
            or len(words) > ASIDE_MAX
            or words[0].lower() not in _TAG_START
            or any(w[0].isdigit() or w[0].isupper() for w in words[1:] if w.lower() != "i")
            or {w.lower() for w in words} & _ARTICLES  # 'at the canteen' names a thing
        ):
            continue
        first = words[0].lower()
        said = first in _SPEAKERS and len(words) == 2  # 'I wonder', 'you know'
        parenthesis = first in _PARENTHESIS and set(rest_words) & _QUESTION_START
        if _tag(words) or said or parenthesis:
            found.update(w.lower() for w in words)
    return found


def _tag(words: list[str]) -> bool:
    """'isn't it', 'was it', 'do you know', 'would you say': an auxiliary and a pronoun, a
    verb after them only with 'do' or a modal ('is it overdue' asks a question of its own)."""
    lowered = [w.lower() for w in words]
    head = lowered[0]
    if head in _PARENTHESIS or len(lowered) < 2 or lowered[1] not in _PRONOUNS:
        return False
    return len(lowered) == 2 or (len(lowered) == 3 and head.startswith(_DO_OR_MODAL))


def frame_words(question: str) -> set[str]:
    """The words of ``question`` (lower case) that frame it rather than name its subject: its
    own verbs (:func:`~assistant.analysis.framing_words`), the words of the roles above, of
    the roles of :mod:`.frame_roles` (time, evaluation, hedge, relation, kind of answer) and
    of an aside (:func:`aside_words`), and of an obstacle's or an access frame ('what is
    *holding* X *up*?', '*can I see* the plan *itself*?')."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    asked = obstacle_words(question) | access_words(question)
    return (
        framing_words(question)
        | _role_frames(tokens)
        | role_words(tokens)
        | aside_words(question)
        | lead_in_words(question)
        | asked
    )


def form_words(question: str) -> set[str]:
    """The words of ``question`` (lower case) that frame it by their form or place (module
    doc) or stand in an aside, without the question's own verbs: a list's framing words."""
    return _role_frames([t.lower() for t in _TOKEN.findall(question)]) | aside_words(question)


def stance_words(question: str) -> set[str]:
    """The framing words of ``question`` (lower case) that say when, how sure or how much it
    matters ('*originally*', '*at the outset*', 'the *key* one', '*roughly*', '*still*'),
    with an aside's words and an obstacle's frame ('what is *holding* X *up*?'): never its
    subject nor the event it asks about (a verb of the question is not one), so a sentence
    giving its answer need not hold them."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    found = stance_roles(tokens) | aside_words(question)
    found |= obstacle_words(question) | access_words(question)
    for i, word in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        if (
            (_adverb(word) and before not in _DETERMINERS)
            or word in _DEGREE_WORDS
            or word in _ASPECT_WORDS
            or word == "else"
        ):
            found.add(word)
    return found


def word_stems(question: str, words: set[str], stats: TermStats | None = None) -> set[str]:
    """The stems of ``words`` of ``question`` and, with ``stats``, of the parts the search
    cuts one into ('headline' -> 'head', 'line') that the question does not say apart."""
    found = {stem_of(w) for w in words}
    if stats is None:
        return found
    said = {stem_of(w.lower()) for w in _TOKEN.findall(question)} - found
    parts = {stem_of(part) for w in words for part in split_compound(w, stats)}
    return found | (parts - said)


def without_stance(
    question: str, weights: dict[str, float], stats: TermStats | None = None
) -> dict[str, float]:
    """``weights`` (stem -> weight) less the stems of the question's :func:`stance_words`
    (see :func:`word_stems`); ``weights`` when nothing else is left, but for an obstacle's
    or an access frame ('can I see the plan itself?'), whose words are never its subject."""
    dropped = word_stems(question, stance_words(question), stats)
    kept = {t: w for t, w in weights.items() if t not in dropped}
    # 'can I see the plan itself?' of a paper it names: its frame is all its words, no subject
    framed_only = bool(obstacle_words(question) or access_words(question))
    return kept or ({} if framed_only else weights)
