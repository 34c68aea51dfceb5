"""The sentence that gives the kind of value a question asks for, first.

'When did the programme start?', 'how much were the reductions?': the answer is a value of a
type (a date, an amount, a percentage, a number of people …) in a sentence about the
question's subject. Ranking sentences by the question's words alone favours one that repeats
its verb ('… will start measuring from April 2009') over the one that answers it in other
words ('The … programme launched in July 2008'), and the answering sentence may sit in a
passage the first search ranked too low to read. :func:`typed_first` reads a wider search,
keeps the sentences holding a value of the asked type that share enough of the question's
subject, and puts the one nearest the question in meaning (its sentence vector) first.
"""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import (
    ANSWER_LABELS,
    ANSWER_SHAPES,
    QueryAnalysis,
    answer_type,
    counted_noun,
    unquoted,
)
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.appendix_access import access_first
from assistant.answers.support.asked_name import name_shape, new_name
from assistant.answers.support.corrections import FUTURE, PAST
from assistant.answers.support.events import dates_start
from assistant.answers.support.frame import asked_value_noun
from assistant.answers.support.gather import evidence_aliases, gather
from assistant.answers.support.obstacle import obstacle_first
from assistant.answers.support.quoted_detail import quoted_detail_first
from assistant.answers.support.sentences import previous_in_passage
from assistant.answers.support.wordlinks import linked_coverage, near_words, word_vectors
from assistant.evidence import Evidence, coverage
from assistant.text import stem

WIDER = 3  # times the usual number of passages read for a typed question
SUBJECT_SHARE = 0.4  # of the question's subject weight a candidate must hold (words linked)
CANDIDATES = 24  # sentences compared in meaning, best by words first
MEANING_MIN = 0.55  # cosine of the question and a sentence that restates what it asks
NAME_SHARE = 0.8  # of the subject's weight a sentence giving a name holds to be read so
NAME_MEANING = 0.4  # the cosine such a sentence needs
NAME_PAPERS = 3  # best passages whose papers a name found by its shape must be in


def typed_first(
    q: QueryAnalysis,
    context: AnswerContext,
    evidence: list[Evidence],
    weights: dict[str, float],
) -> list[Evidence]:
    """``evidence`` with the sentence that best gives the asked type of value about the
    question's subject first (from a wider search when needed); ``evidence`` unchanged when
    the question asks no typed value or no sentence gives one about its subject. 'What is
    holding X up?' asks an obstacle: :func:`.obstacle.obstacle_first` puts it first; 'can I
    see the plan itself?' its listed appendix (:func:`.appendix_access.access_first`)."""
    held_up = obstacle_first(q, context, evidence, weights)
    if held_up is not evidence:
        return held_up
    listed = access_first(q, context, evidence)  # 'can I see the plan itself?': its appendix
    if listed is not evidence:
        return listed
    detail = quoted_detail_first(q, context, evidence)  # '… for “<a row's words>”?'
    if detail is not evidence:
        return detail
    asked = answer_type(q.question)
    said = q.standalone or q.question
    # a name asked ('which board …?', 'the name of the system …'): a name the question lacks
    shape = ANSWER_SHAPES[asked] if asked else name_shape(unquoted(said))
    if shape is None or q.intent not in ("lookup", "explain") or not weights:
        return evidence
    wider, _ = gather(q, context, k=WIDER * context.top_k)
    # searched by its subject words too: the wh-phrase ('what month and year did …') would
    # steer the search to any sentence with a date
    subject, _ = gather(q, context, k=WIDER * context.top_k, text=" ".join(q.terms))
    seen = {(e.chunk_id, e.start) for e in evidence}
    pool = list(evidence)
    for item in [*wider, *subject]:
        if (item.chunk_id, item.start) not in seen:
            seen.add((item.chunk_id, item.start))
            pool.append(item)
    typed = [
        e
        for e in pool
        if len(e.text.split()) >= 5
        and (new_name(shape, e.text, said) if asked is None else shape.search(e.text))
    ]
    # a sentence opening on what the one before named ('These are monitored quarterly') is
    # about that one's subject: read together; and a value of the kind asked speaks to the
    # noun asking it ('15 members' to the 'people' of 'how many people …?')
    read = {id(e): " ".join([_read_back(e, pool), *value_words(q, e.text)]) for e in typed}
    typed.sort(key=lambda e: -coverage(read[id(e)], weights))  # best by words first
    aliases = evidence_aliases(typed[:CANDIDATES], context, q.question)  # 'the ILAU' names the unit
    shares = {
        id(e): linked_coverage(with_aliases(read[id(e)], aliases), weights, q, context)
        for e in typed[:CANDIDATES]
    }
    candidates = [e for e in typed[:CANDIDATES] if shares[id(e)] >= SUBJECT_SHARE]
    if asked is None:  # a name found by its shape alone: in a paper the search found first
        found = {e.document.id for e in evidence[:NAME_PAPERS]}
        candidates = [e for e in candidates if e.document.id in found]
    if not candidates:
        return evidence
    question = q.standalone or q.question
    vectors = word_vectors([question, *(read[id(e)] for e in candidates)], context)
    if question.lower() not in vectors:
        return evidence
    target = vectors[question.lower()]
    meaning = {
        id(e): float(np.dot(vectors.get(read[id(e)].lower(), np.zeros_like(target)), target))
        for e in candidates
    }
    best = max(candidates, key=lambda e: (meaning[id(e)] + shares[id(e)] / 4, -e.rank))
    # a name is a short span in a long sentence, which restates the question less closely:
    # one holding all of its subject, nearest it in meaning of those that do, is the answer
    floor = NAME_MEANING if asked is None and shares[id(best)] >= NAME_SHARE else MEANING_MIN
    if (evidence and best is evidence[0]) or meaning[id(best)] < floor:
        return evidence  # no sentence says what was asked in other words well enough
    best.score = max((e.score for e in evidence), default=0.0) + 0.01
    return [best, *(e for e in pool if e is not best)]


# a sentence whose subject is the one the sentence before it names
_POINTS_BACK = re.compile(r"^\W*(?:these|those|they|it|this|its|their)\b", re.I)


def _read_back(item: Evidence, pool: list[Evidence]) -> str:
    """``item`` read after the sentence before it in its passage when it opens by pointing
    back to it ('These are monitored quarterly …'); else ``item`` alone."""
    before = previous_in_passage(item, pool) if _POINTS_BACK.match(item.text) else None
    return f"{before.text} {item.text}" if before is not None else item.text


def typed_unsaid(q: QueryAnalysis, evidence: list[Evidence]) -> str | None:
    """The kind of value the question asks ('how much has it cost?': an amount) when none of
    the best sentences holds one: what a borne-out premise still leaves unsaid; else None (a
    date is what a date premise bears out)."""
    asked = answer_type(q.question)
    if asked in (None, "year") or q.intent not in ("lookup", "explain"):
        return None
    shape = ANSWER_SHAPES[asked]
    if any(shape.search(e.text) for e in evidence[:12]):
        return None
    return ANSWER_LABELS[asked]


# kinds whose counted noun names the value asked, not the subject: 'how many *people* sit on
# the committee?' is answered by '15 members', 'over how many *months*' by '6-9 months'
_COUNTED_KINDS = frozenset({"headcount", "duration"})


def value_noun(q: QueryAnalysis) -> str | None:
    """The noun of the question naming the kind of value it asks ('people' of 'how many
    people sit on X?', 'months' of 'over how many months'): it frames the question, and no
    paper need use it; None when the question asks no such kind."""
    asked = answer_type(q.question)
    if asked in _COUNTED_KINDS:
        return counted_noun(q.question)
    return asked_value_noun(q.question) if asked else None  # 'what *threshold* …'


def value_words(q: QueryAnalysis, text: str) -> list[str]:
    """The question's words that name the kind of value it asks ('people' of 'how many
    people …?'), when ``text`` holds a value of that kind: a passage giving such a value
    speaks to them, whatever noun it counts with."""
    asked = answer_type(q.question)
    if asked not in _COUNTED_KINDS or not ANSWER_SHAPES[asked].search(text):
        return []
    noun = counted_noun(q.question)
    return [noun] if noun and noun in q.terms else []


def without_value_noun(q: QueryAnalysis, weights: dict[str, float]) -> dict[str, float]:
    """``weights`` less the noun naming the kind of value asked ('people' of 'how many
    people …?'): a sentence giving such a value need not write it; ``weights`` itself when
    nothing else is left."""
    noun = value_noun(q)
    kept = {t: w for t, w in weights.items() if not noun or t != stem(noun)}
    return kept or weights


def unsaid_event(q: QueryAnalysis, context: AnswerContext, text: str) -> str | None:
    """'When was the X disbanded?': the event whose date is asked, written last, is a word no
    paper uses and no word of ``text`` (the passages found) comes near in meaning. The record
    speaks of X, but never of that event, so no date it gives is the one asked: the word;
    else None."""
    if answer_type(q.question) != "year":
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", unquoted(q.question))
    last = words[-1].lower() if words else ""
    if not last or last not in q.terms or context.stats.df(last) > 0:
        return None
    if dates_start(last, text):  # 'when did X start?': 'in post since August' says so
        return None
    return None if near_words([last], text, context) else last


def only_announced(evidence: list[Evidence], weights: dict[str, float]) -> bool:
    """The passage that best matches the question speaks of the thing as still to come, or
    as under way: a process the question names ('the review of …') 'is being reviewed'."""
    if not evidence:
        return False
    best = max(evidence, key=lambda e: (coverage(e.text, weights), -e.rank))
    under_way = any(
        stem(verb)[:5] == stem(term)[:5] and len(stem(term)) >= 5
        for found in _BEING.finditer(best.text)
        for verb in found.groups()
        if verb
        for term in weights
    )
    return under_way or (bool(FUTURE.search(best.text)) and not PAST.search(best.text))


# a process still going on: 'registers are currently being reviewed', 'in the process of
# evaluating' (its verb, to match the process the question names: review, evaluation)
_BEING = re.compile(
    r"\b(?:is|are|was|were|still|currently)\s+(?:still\s+|currently\s+)?being\s+([a-z]+)|"
    r"\bin the process of (?:being\s+)?([a-z]+)",
    re.I,
)


# 'who is the <post> …' / 'who got the <post> job': the post is given, a holder's name is asked
_POSTS = (
    r"(?P<role>(?:[\w&'-]+\s+){0,4}?(?:officer|manager|sergeant|inspector|analyst|adviser|"
    r"advisor|co-?ordinator|champion|administrator|lead|leader|chair|director|head|member|"
    r"programme manager|controller|accountant|consultant|supervisor)s?"
    # and what it heads: 'Head of Engineering', 'Director of Finance and Resources'
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w&'-]*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w&'-]*){0,3})?)"
)
_POST_NOUN = re.compile(
    r"\b(?:officer|manager|sergeant|inspector|analyst|adviser|advisor|co-?ordinator|champion|"
    r"administrator|lead|leader|chair|director|head|member|controller|accountant|consultant|"
    r"supervisor)s?\b",
    re.I,
)
_ROLE_ASKED = re.compile(
    # not a post asked by what it answers for ('who is the lead in charge of R3?')
    r"\bwho(?![^?]*\b(?:responsib|accountab|in charge|owns?\b|leads\b))\s+"
    r"(?:(?:is|was|are|were|got|took|became|has been|had been)\s+(?:the|a|an|its|"
    rf"their)\s+{_POSTS}"
    # described by where or how the post was filled, not by what it answers for
    r"\s+(?:appointed|named|recruited|hired|employed|newly|who|that|in|at|within|based)\b|"
    # or the filling itself: 'who was appointed (as) the joint programme manager?'
    r"(?:was|were|has been|had been|is being|will be)\s+(?:appointed|named|recruited|hired|"
    r"selected|chosen)\s+(?:as\s+|to be\s+)?(?:the\s+|a\s+|an\s+|its\s+)?"
    rf"{_POSTS.replace('role', 'filled')})",
    re.I,
)
# a person's name: an honorific and a name, or two or three capitalised words, none of them a
# post or a body word ('Siobhan Peters', 'Ms Peters'; not 'Corporate Risk Manager')
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Cllr|Councillor|Professor|Prof|DCI|DAC|AC|"
    r"Commander|Superintendent|Inspector|Sergeant|Sgt|PC|DS|DI)\.?\s+[A-Z][a-z]+"
)
_NAME_RUN = re.compile(r"\b[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)*")  # a name is two or three
_NOT_A_NAME = re.compile(
    rf"\b(?:{'|'.join(['officer', 'manager', 'director', 'head', 'board', 'panel', 'group'])}|"
    r"unit|team|committee|service|police|authority|office|plan|report|strategy|programme|"
    r"department|directorate|division|forum|council|agency|commission|inspectorate|network|"
    r"framework|risk|chief|deputy|assistant|commissioner|corporate|business|finance|"
    r"financial|performance|the|this|that|these|where|when|what|who|it|in|on|at)s?\b",
    re.I,
)


def unnamed_holder(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence]
) -> str | None:
    """The post a 'who is the <post> …?' question names, when none of the best passages
    names a person holding it (they speak of the post, or of an appointment to come): the
    record does not say who. None when one does, or the question asks no such thing
    ('who leads R3?' asks for the owning post)."""
    found = _ROLE_ASKED.search(unquoted(q.question))
    if found is None or q.refs:
        return None
    asked = set(re.findall(r"[a-z]+", q.question.lower()))
    role = found.group("role") or found.group("filled")
    nouns = _POST_NOUN.findall(role)
    head = stem((nouns[0] if nouns else role.split()[-1]).lower())
    about = [
        e for e in evidence[:5] if head in {stem(w) for w in re.findall(r"[a-z]+", e.text.lower())}
    ]
    if not about:  # no passage speaks of the post: the other guards judge
        return None
    for item in about:  # a holder's name is written with the post
        if _HONORIFIC.search(item.text):
            return None
        # words its paper also writes in lower case are common words, not a name's
        common = set(re.findall(r"\b[a-z]+\b", context.document_text(item.document.id)))
        for run in _NAME_RUN.finditer(item.text):
            if not 2 <= len(run.group(0).split()) <= 3:
                continue
            if re.search(r"\b(?:the|a|an|of|for)\s+$", item.text[: run.start()], re.I):
                continue  # 'the Blue Light Collaboration': an article names a thing, not a
                # person; 'Head of Marine Operations': what a post heads
            # a word its paper also writes in lower case makes it a thing's name ('Corporate
            # Risk'), not a person's
            words = {w.lower() for w in run.group(0).split()}
            if not _NOT_A_NAME.search(run.group(0)) and not words & common and not words <= asked:
                return None
    return role
