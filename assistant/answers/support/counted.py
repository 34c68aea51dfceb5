"""Whether a sentence's number counts what a 'how many X …?' question asks (issue 14, class 2
and 7).

A number counts the noun it is written with: in 'serious incidents not declared within two
working days' the two counts days, not incidents; in '23 homes bought' it counts homes. So a
sentence answers 'how many X' only with a number whose own noun is X, or a word near X in
meaning ('15 members' for 'how many people'), or a number written after X with no noun of its
own ('Checks at stations: 14', 'the total of complaints rose to 312'). A percentage or a sum is
no count. The noun's test is by stem first, then by the index's word vectors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from assistant.analysis import (
    ANSWER_SHAPES,
    WRITTEN_KINDS,
    QueryAnalysis,
    answer_type,
    counted_noun,
)
from assistant.answers.context import AnswerContext
from assistant.answers.support.figures import (
    counted_heads,
    figures,
    in_digits,
    noun_phrase,
    quantities,
    read_on,
)
from assistant.answers.support.sentences import COUNTS_BACK, previous_in_passage
from assistant.answers.support.wordlinks import word_vectors
from assistant.evidence import Evidence
from assistant.text import stem, stems

COUNT_NEAR = 0.5  # cosine of a number's own noun and the asked noun for one to count the other

# a number with no noun of its own: at a clause's end or before a verb or a preposition ('rose
# to 312.', '… closed: 14', 'now 90 in post') — not a percentage, a sum, a year or a date
_BARE = re.compile(
    r"(?<![\w£$€.,/-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|per ?cent|[.,/-]\d))"
    r"(?=\s*(?:[.;:,)]|$|\b(?:in|at|by|so|to|were|was|are|is|have|has|had|now|since|"
    r"this|last|of\s+the|of\s+them|of\s+these|out\s+of)\b))",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATE_NEAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$",
    re.I,
)
_CLAUSE = re.compile(r"[.;!?]\s|—|–\s")  # a colon introduces the value


def counted_nouns(text: str, given: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the nouns ``text``'s numbers count ('23 homes bought; 9 more under
    offer' -> {'home'}; 'nine academies' -> {'academi'}), the head of a longer phrase too;
    not by a number of ``given`` (the question's own: 'how many 999 calls' names the calls by
    their number, which counts nothing)."""
    return {
        f.kind[len("count of ") :]
        for f in figures(in_digits(text), heads=True)
        if f.kind.startswith("count of ") and f.text.split()[0] not in given
    }


def counts_after(nouns: Iterable[str], text: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` writes a number with no noun of its own after one of ``nouns`` (stems)
    in the same clause ('complaints closed this year: 312'), not one of ``given``."""
    digits = in_digits(text)
    wanted = set(nouns)
    for found in _BARE.finditer(digits):
        number = found.group("n")
        if number in given or _YEAR.match(number) or _DATE_NEAR.search(digits[: found.start()]):
            continue
        clause = _CLAUSE.split(digits[: found.start()])[-1]
        if wanted & {stem(w) for w in re.findall(r"[a-z]+", clause.lower())}:
            return True
    return False


def counts_asked(
    asked: Iterable[str],
    text: str,
    context: AnswerContext | None = None,
    before: str = "",
    given: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text`` (read after ``before``, the sentence its 'these' points back to)
    gives a count of one of the ``asked`` nouns (words as the question writes them): a number
    whose own noun has the same stem or is near in meaning, or a number with no noun after
    one of them; never a number of ``given``, which the question writes itself."""
    words = [w.lower() for w in asked if w]
    stems_asked = {stem(w) for w in words}
    if not stems_asked:
        return False
    own = counted_nouns(text, given)
    if stems_asked & own or counts_after(stems_asked, f"{before} {text}".strip(), given):
        return True
    if context is None or not own:
        return False
    spelled = _spelled(own, text)
    vectors = word_vectors([*words, *spelled], context)
    for word in words:
        if word not in vectors:
            continue
        for noun in spelled:
            if _other_role(word, noun):
                continue  # a body's members are not its staff, however near the words
            if noun in vectors and float(np.dot(vectors[word], vectors[noun])) >= COUNT_NEAR:
                return True
    return False


# the people of a body, by role: those who sit on it and those it employs
_SITTING = frozenset(
    "member members councillor councillors trustee trustees governor governors "
    "non-executives".split()
)
_EMPLOYED = frozenset("staff employee employees officer officers workforce personnel".split())


def _other_role(word: str, noun: str) -> bool:
    """Whether two nouns of people name the two sides of a body: who sits on it and who works
    for it ('members' against '4,000 staff')."""
    pair = {word.lower(), noun.lower()}
    return bool(pair & _SITTING) and bool(pair & _EMPLOYED)


def _spelled(counted: set[str], text: str) -> list[str]:
    """The words of ``text`` as written whose stems are ``counted``: the vectors are of words,
    not stems."""
    return list(dict.fromkeys(w for w in re.findall(r"[a-z]+", text.lower()) if stem(w) in counted))


def asked_phrase(question: str, noun: str) -> list[str]:
    """The words of the counted noun phrase, from the counted word to the plural noun heading
    it ('free parking passes', 'licence renewals'); the counted word alone when no plural
    follows it. '-ing' words head noun phrases too ('parking passes', 'training days')."""
    return noun_phrase(question, noun, ("ed",))


def head_counted(phrase: list[str], text: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` counts the head of the asked phrase and names one of its modifiers too
    ('275 courtesy parking passes' for 'free parking passes', 'the helpline answered 730 calls'
    for 'helpline calls'): the head alone would let a number of other passes answer."""
    if len(phrase) < 2:
        return False
    head, modifiers = phrase[-1], phrase[:-1]
    if stem(head) not in counted_nouns(text, given):
        return False
    held = stems(text)
    return any(stem(m) in held for m in modifiers)


_HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I)


# a count asked of part of a whole the question states ('how many of the 47 applications came
# from the unit?'): the whole, by its number, then the verb that starts what picks the part out
_PARTITIVE = re.compile(
    r"\bhow many of (?:the|these|those|its|their|all)\s+(?:\d[\d,]*|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?P<whole>(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)\s+(?:at|in|of|for|from)?\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:were|was|are|is|had|have|has|came|come|did|do|does|got|went|related|relate|concerned|"
    r"concern|work|works|worked|belong|belonged|fell|fall|involved|involve|lay|lie)\b"
    r"(?P<part>[^?]*)",
    re.I,
)


def partitive_qualifier(q: QueryAnalysis) -> set[str]:
    """The stems that pick the part out of a stated whole ('how many of the 47 applications
    came from the segregation unit?' -> {'segreg', 'unit'}); empty for any other question."""
    found = _PARTITIVE.search(q.question)
    if found is None:
        return set()
    part = stems(found.group("part"))
    return {stem(t) for t in q.terms if stem(t) in part} - stems(found.group("whole"))


def has_figure(
    q: QueryAnalysis, evidence: Sequence[Evidence], context: AnswerContext | None = None
) -> bool:
    """Whether a sentence gives the figure asked: a value of the asked kind when it may be
    written in words ('how often', 'over how many months'); for 'how many X', a count of X
    (:func:`counts_asked`); for 'how much X', a quantity (:func:`.figures.quantities`) in a
    sentence naming X. With no counted noun among the question's words ('how much VAT …',
    'how many open defects'), a quantity in a sentence (read on from the one before it) that
    shares a word with the question's subject: any number in the nearest six sentences
    answered unasked questions."""
    asked = answer_type(q.question)
    if asked in WRITTEN_KINDS:
        shape = ANSWER_SHAPES[asked]
        return any(shape.search(item.text) for item in evidence)
    # the first word of the counted phrase ('how many *data* protection breaches'): its last
    # word alone ('breaches') let a number about other breaches answer (held-out E, one
    # unanswerable question answered; reverted)
    noun = counted_noun(q.question) or ""
    terms = set(q.terms)  # 'call-outs' is a term as its parts
    heads = [
        n
        for n in counted_heads(q.question, noun)
        if n in terms or set(re.split("[-/]", n)) <= terms
    ]
    noun_stems = {stem(n) for n in heads}
    subject = {stem(t) for t in q.terms}
    counts = _HOW_MANY.search(q.question) is not None
    given = frozenset(re.findall(r"\d[\d,.]*\d|\d", q.question))  # 'how many 999 calls'

    items = list(evidence)
    qualifier = partitive_qualifier(q)
    for item in items:
        if qualifier and not qualifier & stems(item.text):
            continue  # 'how many of the 47 … came from X?': a count of the 47 says nothing of X
        if noun_stems and counts:  # the number must count what is asked, not its days
            before = previous_in_passage(item, items) if COUNTS_BACK.search(item.text) else None
            said = before.text if before is not None else ""
            if (
                counts_asked(heads, item.text, context, said, given)
                or (asked == "headcount" and ANSWER_SHAPES[asked].search(item.text))
                or head_counted(asked_phrase(q.question, noun), item.text, given)
            ):
                return True
        elif not quantities(in_digits(item.text)):
            continue
        elif noun_stems:
            if noun_stems & stems(item.text) or _share_of(
                q.question, item.text, subject - noun_stems
            ):
                return True
        elif not subject or subject & stems(read_on(item, items)):
            return True
    return False


# 'how much of X …?', 'how many of the Y …?': a share of a whole the question names
_SHARE_ASKED = re.compile(r"\bhow (?:much|many) of\b", re.I)
# a share of a whole, written as a percentage or a fraction ('less than 9%', 'under a fifth')
_SHARE = re.compile(
    ANSWER_SHAPES["percentage"].pattern
    + r"|\b(?:a|one|two|three)\s+(?:half|third|quarter|fifth|tenth)s?\b|\bhalf\b",
    re.I,
)
SHARE_WORDS = 2  # of the rest of the subject a sentence giving a share must hold (or all)


def _share_of(question: str, text: str, rest: set[str]) -> bool:
    """Whether ``text`` gives the share a partitive question asks ('how much of the cuts hit
    public-facing services?' of 'Less than 9% relate to public-facing services'): a share
    refers back to its whole, so the sentence need not name it, but it must hold the rest of
    the subject (``rest``: the question's stems other than the whole's noun)."""
    if not _SHARE_ASKED.search(question) or not _SHARE.search(text):
        return False
    held = len(rest & stems(text))
    return held >= min(SHARE_WORDS, len(rest)) and held > 0
