"""Claims a question makes that are not a field of a record: that something exists which a
passage says is missing ('who is the new lead?' against 'without a working lead'), and who
wrote or presented a paper (against the paper's own author lines)."""

from __future__ import annotations

import functools
import re

from assistant.analysis import asks_responsibility, unquoted
from assistant.analysis.reading import PENDING_VERB
from assistant.text import stem, stems

# -- something the question takes to exist that the record says is missing ----------------------
# 'without a working lead', 'no clear Met lead', 'no formal plan', 'lacks a …': a negation and
# the (up to three) words of the noun phrase it denies, which stops at a grammar word
_NEGATED = re.compile(
    r"\b(?:no|without|lacks?|lacking|absence of|nor)\s+(?:an?\s+|any\s+)?"
    r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})",
    re.I,
)
_PHRASE_END = frozenset(
    "for of to and the a an in on at by with from as that which who is are was were has have "
    "had be been will would can could some any its their this these those".split()
)


def _noun_key(word: str) -> str:
    """A noun's form for matching, singular ('leads' -> 'lead'); no stemming, so a verb
    ('governed') is never its noun ('governance')."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low


_NOT_ASKED = frozenset(_noun_key(w) for w in (*_PHRASE_END, "or", "no", "not"))


@functools.lru_cache(maxsize=16)
def _name_keys(names: str) -> frozenset[str]:
    """The noun keys of the words of papers' titles, kept per titles: one question checks
    many passages against the same titles (thousands of them in a large record)."""
    return frozenset(_noun_key(w) for w in re.findall(r"[A-Za-z]+", names))


def denied_phrase(question: str, text: str, names: str = "") -> str | None:
    """The phrase of ``text`` that says a thing the question asks about does not exist
    ('without a working lead' for 'who is the new lead?'): a negation whose noun phrase has as
    its head (the last word of each part joined by 'or') a noun the question uses; None when
    the text denies nothing the question names. Words of ``names`` (the titles of the papers
    the question names) name a paper, not the thing asked about."""
    asked = {_noun_key(w) for w in re.findall(r"[A-Za-z]+", unquoted(question))}
    asked -= _name_keys(names)
    asked -= _NOT_ASKED
    for match in _NEGATED.finditer(text):
        words: list[str] = []
        run = 0  # words since the last 'or': up to three a noun phrase
        for word in match.group("words").split():  # 'no clear governance or formal plan'
            if word.lower() in _PHRASE_END or run >= 3:
                break
            words.append(word)
            run = 0 if word.lower() == "or" else run + 1
        while words and words[-1].lower() == "or":
            words.pop()
        heads = [w for i, w in enumerate(words) if i == len(words) - 1 or words[i + 1] == "or"]
        if any(_noun_key(re.sub(r"\W+$", "", h)) in asked for h in heads):
            end = match.start("words") + len(" ".join(words))
            phrase = text[match.start() : end]
            if _said_in(phrase, question):
                continue  # 'renewed without quotes, where has that got to?': no premise
            return phrase
    return None


def _said_in(phrase: str, question: str) -> bool:
    """Whether the question writes the denial itself: it names the lack, takes nothing to
    exist."""
    words = r"\W+".join(re.escape(w) for w in re.findall(r"[A-Za-z]+", phrase))
    return bool(words) and re.search(rf"\b{words}\b", question, re.I) is not None


# -- something the question takes to have happened that the record says is still to happen ------
# 'is yet to be approved', 'has not yet been signed off', 'awaiting approval', 'pending
# sign-off', 'still to be agreed', 'remains to be finalised': the cue, then the verb (or its noun),
# read by :data:`~assistant.analysis.reading.PENDING_VERB`.

# a question asking when or whether a thing was done ('when was X approved?', 'has X been
# signed off?', 'who approved X?'), not what will be done
_ASKS_DONE = re.compile(
    r"^\s*(?:when|on what date|by what date|what date|in which (?:month|year)|who|has|have|had|"
    r"was|were|is|are|did)\b",
    re.I,
)


def pending_phrase(question: str, text: str) -> str | None:
    """The phrase of ``text`` that says the thing a question asks was done ('when was X
    approved?', 'has X been signed off?') is still to be done ('has not yet been approved',
    'awaiting approval'): a pending cue whose verb (or its noun: 'approval') is a verb of the
    question; None when it says no such thing."""
    asked = unquoted(question)
    if not _ASKS_DONE.match(asked) or asks_responsibility(asked):
        return None  # 'who is responsible for reporting X?' asks the owner, not whether it was
    verbs = {_verb_class(w) for w in re.findall(r"[A-Za-z]+", asked) if len(w) > 3}
    for match in PENDING_VERB.finditer(text):
        if _verb_class(match.group("verb")) in verbs:
            return text[match.start() : match.end()]
    return None


# verbs of giving assent, one event however it is written ('approved', 'signed off', 'agreed')
_ASSENT = frozenset(
    stem(w) for w in "approve sign agree ratify endorse adopt authorise accept".split()
)


def verb_classes(text: str) -> set[str]:
    """The stems of the words of ``text``, the verbs of giving assent as one."""
    return {_verb_class(w) for w in re.findall(r"[A-Za-z]+", text)}


def _verb_class(word: str) -> str:
    """A verb's stem, the verbs of giving assent as one."""
    stemmed = stem(word.lower())
    return "assent" if stemmed in _ASSENT else stemmed


# -- who wrote or presented a paper --------------------------------------------------------------
_AUTHORING = r"(?:present|write|wrote|written|author|prepar|sign|submit)\w*"
# who the premise says wrote or presented it: '<who> [personally] presented …', '… presented
# by <who>', 'did <who> [personally] present …'
_CLAIMED_AUTHOR = [
    re.compile(
        rf"\b(?:did|does|do|has|had|have)\s+(?P<who>.+?)\s+(?:\w+ly\s+)?{_AUTHORING}\b", re.I
    ),
    re.compile(rf"\b{_AUTHORING}\s+by\s+(?P<who>[^,;?.—–]+)", re.I),
    re.compile(rf"^(?P<who>[^,;?.—–]+?)\s+(?:\w+ly\s+)?{_AUTHORING}\b", re.I),
]


# who a question makes the speaker of a paper it names: 'what did <who> tell the panel in …',
# 'what has <who> reported in …'
_REPORTING = (
    r"(?:tell|told|explain|report|say|said|set out|present|describe|inform|advise|brief|"
    r"outline|highlight|propose|recommend|warn|write|wrote|written|submit)"
    r"(?:s|es|d|ed|ing|ted|ting)?"  # a verb's forms: 'recommendation' is a noun
)
_CLAIMED_SPEAKER = re.compile(
    r"^\s*(?:what|how|why|when|in what way|which \w+)\s+(?:did|does|do|has|had|have)\s+"
    # the verb in lower case: 'the Audit Panel receive the X Report' names a paper, not a verb
    rf"(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;:?]{{1,60}}?)\s+(?:\w+ly\s+)?(?-i:{_REPORTING})\b",
    re.I,
)


# a paper named by its kind ('the 2008 plan', 'the Met report'): the paper, not a speaker
_PAPER_END = re.compile(
    r"\b(?:report|plan|paper|statement|summary|document|update|letter|minutes|review)s?$", re.I
)


def claimed_speaker(question: str) -> str | None:
    """Who a question asking what was said in a paper makes its speaker ('what did the Head
    of Estates explain to the committee in …?'), as written; None when it names none."""
    match = _CLAIMED_SPEAKER.search(unquoted(question))
    if match is None:
        return None
    who = match.group("who").strip()
    if not re.search(r"\b[A-Z][A-Za-z]{2,}", who) or len(who.split()) > 8:
        return None  # 'what did they say', 'what did it report': no one named
    rest = unquoted(question)[match.end() :]
    if _PAPER_END.search(who) or re.match(rf"\s+(?:\w+ly\s+)?{_REPORTING}\b", rest, re.I):
        return None  # 'what does the March 2017 Met report say': the paper speaks, no person
    return who


def claimed_author(scope: str) -> str | None:
    """Who the words ``scope`` (a premise) say wrote or presented a paper, as written."""
    for pattern in _CLAIMED_AUTHOR:
        match = pattern.search(scope)
        if match:
            who = match.group("who").strip()
            if re.search(r"[A-Za-z]{3,}", who) and len(who.split()) <= 8:
                return who
    return None


def author_contradicted(claimed: str, lines: list[str]) -> bool:
    """Whether a paper's author lines name someone else: fewer than half the content words of
    the claimed author are in them ('the Chief Executive' against 'The Chief Financial
    Officer, MOPAC')."""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", claimed) if w.lower() not in _PHRASE_END]
    if not words or not lines:
        return False
    said = stems(" ".join(lines))
    present = sum(1 for w in words if stem(w.lower()) in said)
    return present * 2 < len(words) or (present < len(words) and len(words) <= 2)
