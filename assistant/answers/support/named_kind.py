"""Named instances of a kind, asked where the record names the kind only: the typed refusal in
place of an answer that quotes the bare class.

'Which business groups were making patchy use of it?', 'which HR system are they going into?',
'how many of the local command units were weak?' ask for members of a kind (groups, systems,
units), named or counted ('what training …?', 'what guidance …?' ask what it is, which a
description answers: 'what' is no opener here). The answer about the row in focus quotes its
cells and sentences; when none of them writes the kind with a member (a proper name, a list
'X and Y' or a modifier the question did not give: 'the HR and Finance IT systems', 'the
training management system', 'systems such as SAP'; for 'how many', a number beside it: 'three
sites') the answer gives the class only ('guidance to business groups'), which answers nothing
asked.

The kind is the head noun of the wh-phrase ('which [document management] product'), read by
its form. A noun the register answers by itself is no kind asked here: a row noun, a column
('owner', 'deadline'), a noun of time, of papers or bodies the papers are titled by ('Service
2', 'Harbour Board 1'), of people (the owner and person answers), of amounts (typed values).

    unnamed_members(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.analysis import QueryAnalysis, answer_type, asks_responsibility, unquoted
from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.nouns import AUXILIARIES, NOUN_PHRASE_END, RECORD_NOUNS, joined_names
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.recordtext import doc_label, record_name
from assistant.text import split_sentences, stem_of, stems

# 'which [new] system', 'how many of the [local command] units'
_OPENING = re.compile(
    r"(?:^|[,;:\-–—]\s*|\b(?:and|so|but|then|ok|okay)\s+)"
    r"(?P<wh>which|how\s+many)\s+(?:(?:of\s+)?(?:the|these|those|their|its)\s+)?(?P<rest>.+)$",
    re.I,
)
_MAX_WORDS = 5  # the head noun ends the wh-phrase within this many words
# verbs that end the wh-phrase besides auxiliaries and prepositions ('which groups took part')
_VERB = re.compile(
    r"^(?:[a-z]+ed|took|take[sn]?|got|get|made|make|went|go|goes|use[sd]?|seem\w*|show\w*|"
    r"need\w*|lack\w*|cause\w*|mean\w*|remain\w*|exist\w*|appear\w*|work\w*|did|does|do|"
    r"can|could|will|would|should|may|might|must|be|been|being|came|come|comes|began|"
    r"run|ran|led|lead|held|hold|set|put|found|find|left|kept|keep|gave|give|paid|pay|sit|"
    r"sits|sat|serve\w*|attend\w*|chair\w*|belong\w*|cover\w*|include\w*|provide\w*|"
    r"deliver\w*|agree\w*|want\w*|plan\w*|expect\w*|hope\w*|intend\w*|support\w*|"
    r"receiv\w*|sign\w*|replac\w*|join\w*|form\w*|consult\w*|contact\w*|buy|bought)$"
)
# nouns the register, the paper or another typed answer answers by itself: no kind asked here
_NOT_KINDS = frozenset(
    stem_of(w)
    for w in (
        "owner lead leader officer manager director head team person people member staff post "
        "role job department deadline date day month year quarter week time period status "
        "progress priority update comment note target paper report document plan statement "
        "letter version section heading column page part table ref reference number one way "
        "kind type sort stage step thing else extent level grade rating reason change "
        "difference work problem risk weakness concern body committee board meeting panel "
        "cost amount sum budget figure total percentage proportion share rate score money "
        "funding fund value result outcome effect impact evidence progress date timescale "
        "recommendation action response reply answer question detail information word "
        "task state position situation point stage "
        "audit inspection review"
    ).split()
)
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve several both all each dozen".split()
)
_COUNTS = _NUMBER_WORDS - {"several", "both", "all", "each"}
_NAMING_AFTER = re.compile(
    r"^\s*(?:\(|:|[;–—-]\s*(?-i:[A-Z])|such\s+as|including|includ\w+|namely|like|called|"
    r"named|known\s+as|"
    r"(?:are|were|is|was)\s+(?:the\s+)?(?-i:[A-Z])|of\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}"
    r"(?-i:[A-Z]))",
    re.I,
)
# modifiers that tell no member apart ('the new system', 'all subcontractors')
_VAGUE = frozenset(
    "new old revised updated draft final current proposed existing relevant appropriate key "
    "main other some such several various certain specific particular individual different "
    "additional further wider each every all any no same whole".split()
)
_FUNCTION = frozenset(
    "within across among amongst into onto under over between through throughout via per "
    "against towards toward than like upon around beyond during including except without "
    "plus also not only just both either neither whether if when where while because so "
    "very more most less least yet".split()
)
_OPENERS = frozenset("the this that these those it its a an in on at of for to by".split())


class Kind(NamedTuple):
    """The head noun of the kind asked, its stem, and whether a count is asked."""

    noun: str
    stem: str
    counted: bool


def asked_kind(question: str) -> Kind | None:
    """The kind a question asks members of ('which business groups were …' -> groups), or
    None. The wh-phrase must end at a verb ('which [new] system are they waiting on'): 'which
    sit with X', 'which of the …' pick rows, not members of a kind."""
    text = joined_names(wh_unclitic(unquoted(question)))
    found = _OPENING.search(text)
    if found is None or re.match(r"of\b", found["rest"], re.I):
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'’&-]*|\d+", found["rest"])
    head = ""
    for word in words[: _MAX_WORDS + 3]:
        if word.lower() in AUXILIARIES:
            break
        if re.fullmatch(RECORD_NOUNS, word.lower()):
            return None  # rows asked for: the register lists them
    for word in words[: _MAX_WORDS + 1]:
        low = word.lower()
        if low in AUXILIARIES or (head and _VERB.match(low)):
            break
        if NOUN_PHRASE_END.match(low) or low in ("and", "or", "&", "/"):
            return None  # a preposition or a second noun: no plain wh-phrase
        if word[0].isupper() or word.isdigit() or re.search(r"['’]s?$", low):
            continue  # a name or an owner modifying the kind ('which Met business groups')
        head = low
    else:
        return None  # no verb ends it
    stem = stem_of(head)
    if not head or stem in _NOT_KINDS or head in _OPENERS:
        return None
    return Kind(head, stem, found["wh"].lower().startswith("how"))


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’&-]*|\d[\d,.]*", text)


def names_members(text: str, kind: Kind, asked: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` writes ``kind`` with a member: a name, a list or a modifier the
    question did not give (``asked``: its stems) in its noun phrase ('the *training
    management* system' for 'which system'; not 'the new system' for 'which new system'), or
    a naming after it ('systems such as SAP'); for a count, a number next to it ('two sites'
    counts the sites but names none). A count the question did not give ('two centres' for
    'which centres …?') tells part of what is asked, so it counts as naming."""
    for sentence in split_sentences(text):
        said = sentence.text
        words = re.findall(r"[A-Za-z][A-Za-z'’&-]*|\d[\d,.]*\d|\d|[,;:()–—]", said)
        for index, word in enumerate(words):
            if stem_of(word.lower()) != kind.stem:
                continue
            before: list[str] = []
            aside = False  # inside '( … )' before the noun: an abbreviation of the phrase
            for prior in reversed(words[max(0, index - _MAX_WORDS - 3) : index]):
                low = prior.lower()
                if prior in (")", "("):
                    aside = prior == ")"
                    continue
                if aside:
                    before.append(prior)
                    continue
                if not prior[0].isalnum():
                    break  # a clause or an aside ends the phrase
                if prior.isupper() and len(prior) > 1:
                    before.append(prior)  # an acronym ('IT'), not the pronoun
                    continue
                if (
                    low in _OPENERS | _FUNCTION
                    or NOUN_PHRASE_END.match(low)
                    or low in AUXILIARIES
                    or (prior.islower() and low.endswith(("ed", "ing", "ly")))
                ):
                    break  # a word of the clause, not of the noun phrase
                before.append(prior)
            first = index - len(before) == 0
            if kind.counted:  # a count asked: a number next to it ('312 cases')
                if any(w[0].isdigit() or w.lower() in _NUMBER_WORDS for w in before):
                    return True
                continue
            named = [  # a name the question did not give ('the HR system' for 'which HR system')
                w
                for k, w in enumerate(reversed(before))
                if w[0].isupper() and not (first and k == 0) and stem_of(w.lower()) not in asked
            ]
            if named or any(w.lower() in ("and", "or", "&", "following") for w in before):
                return True
            told = [
                w
                for w in before
                if w.islower()
                and w not in _VAGUE
                and w not in _NUMBER_WORDS
                and stem_of(w) not in asked
            ]
            if told:
                return True  # a kind of it the question did not name tells which one
            if any(
                (w[0].isdigit() or w.lower() in _COUNTS) and stem_of(w.lower()) not in asked
                for w in before
            ):
                return True  # a count the question did not give ('two centres') answers part
            # what follows this occurrence of the noun (not the first one of the sentence)
            seen = sum(1 for w in words[:index] if w.lower() == word.lower())
            spots = [m.end() for m in re.finditer(re.escape(word), said, re.I)]
            if seen < len(spots) and _NAMING_AFTER.match(said[spots[seen] :]):
                return True
    return False


def _titled(stem: str, context: AnswerContext) -> bool:
    """Whether a paper's title or body name holds the noun: papers are named by it ('Harbour
    Board 1', 'Archives Service 2'), so the paper answers it."""
    for document in context.documents:
        named = f"{document.title} {document.organisation or ''}"
        if stem in {stem_of(w.lower()) for w in _words(named)}:
            return True
    return False


def unnamed_members(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for an answer whose quotes write the kind asked, but never with a member;
    None when they name one, do not write the kind at all, or no kind is asked."""
    if answer.abstained or not answer.citations or q.claims or "premise-corrected" in answer.notes:
        return None  # nothing quoted, or a premise corrected first
    if q.fields or asks_responsibility(q.question):
        return None
    question = q.standalone or q.question
    kind = asked_kind(question)
    if kind is None or answer_type(question) is not None or _titled(kind.stem, context):
        return None
    if kind.noun.rstrip("s") in context.row_nouns() or kind.stem in context.row_nouns():
        return None  # what the papers call their rows: the register answers
    quotes = " \n".join(c.quote for c in answer.citations)
    if names_members(quotes, kind, frozenset(stems(question))):
        return None
    record = answer.records[0] if len(answer.records) == 1 else None
    where = f" for {record_name(record)} ({doc_label(None, record)})" if record else ""
    held = [w for w in _words(quotes) if stem_of(w.lower()) == kind.stem]
    if not held:
        return None  # the quotes lack the noun: a retrieval miss, not a bare kind
    said = f"What it would quote speaks of {held[0].lower()} only as a kind, " + (
        "with no number beside them." if kind.counted else "naming none of them."
    )
    refusal = abstain(
        q,
        context,
        f"{'how many' if kind.counted else 'which'} {kind.noun}{where}",
        said,
        kind="value_not_given",
    )
    refusal.records = answer.records[:1]  # the row it is about: a follow-up's 'it'
    refusal.notes.append("unnamed-members")
    return refusal
