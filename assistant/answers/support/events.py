"""The event a typed question asks the value of, and whether a sentence speaks of it.

'When was the code approved?', 'what year was the unit disbanded?', 'how much was spent on the
pilot?': the answer is a value of a type (a date, an amount) *of an event* (the approval, the
disbanding, the spending) of a subject. A sentence about the subject that gives a value of the
type for another event of it ('… will be supported by a code and published in May') does not
answer: the record speaks of the subject, not of the thing asked about it. The event is read
from the question's form (a participle of its main clause, or the bare verb after 'did'), never
from a list of content words; a sentence speaks of it when it holds the word's stem, or a word
near it in meaning.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type, framing_words, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.values import gives
from assistant.answers.support.wordlinks import near_words
from assistant.evidence import Evidence
from assistant.text import stem, stems

# the value types that belong to an event: a date, an amount, a share, a number of people
EVENT_TYPES: frozenset[str] = frozenset({"year", "amount", "percentage", "headcount"})
EVENT_NEAR = 0.62  # cosine of the question's event word and a sentence's word standing for it
EVENT_DEPTH = 12  # best sentences read for one that dates (or prices) the asked event
_PREFIX = 5  # letters of two stems that make them one word ('approv-al', 'approv-ed')

# light verbs: they name no event of their own ('what happened', 'when was it done')
_LIGHT = frozenset(
    """happened done made taken given gotten gone come become been occurred undertaken
    carried conducted held put set got""".split()
)
_DO = re.compile(r"\b(?:did|does|do|will|would|could|can|should)\b", re.I)
_OBJECT_START = frozenset("the a an its their this that these those his her our".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def asked_event(q: QueryAnalysis) -> list[str]:
    """The question's words naming the event whose value it asks ('approved' in 'when was the
    code approved by the board?', 'approve' in 'when did the board approve the code?'); none
    when it asks no value of an event type, or its verb is a light one."""
    asked = answer_type(q.question)
    if asked not in EVENT_TYPES or q.refs:
        return []
    text = unquoted(q.standalone or q.question)
    terms = {stem(t) for t in q.terms}
    words = [
        w
        for w in framing_words(text)
        if w.endswith(("ed", "en")) and w not in _LIGHT and stem(w) in terms
    ]
    found = _DO.search(text)
    if found:  # 'when did <subject> <verb> (its/the …|?)': the bare verb after the subject
        tokens = [t.lower() for t in _WORD.findall(text[found.end() :])]
        for i, token in enumerate(tokens[1:], start=1):
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (
                (after in _OBJECT_START or not after)
                and tokens[i - 1] not in _OBJECT_START
                and token not in _LIGHT
                and stem(token) in terms
                and not token.endswith("s")
            ):
                words.append(token)
                break
    return list(dict.fromkeys(words))


def speaks_of(text: str, event: list[str], context: AnswerContext) -> bool:
    """Whether ``text`` speaks of every word of ``event``: its stem (or one sharing its first
    letters: 'approval' for 'approved'), or a word near it in meaning ('launched' for
    'started')."""
    if not event:
        return True
    held = stems(text)
    missing = [
        w for w in event if not any(s[:_PREFIX] == stem(w)[:_PREFIX] for s in held if len(s) >= 3)
    ]
    if not missing:
        return True
    near = near_words(missing, text, context, floor=EVENT_NEAR)
    return all(w in near for w in missing)


def event_giver(
    asked: str,
    evidence: list[Evidence],
    event: list[str],
    weights: dict[str, float],
    context: AnswerContext,
) -> Evidence | None:
    """Among the best sentences, the first that gives a value of the ``asked`` type about the
    question's subject (:func:`gives`) and speaks of the asked ``event``; else None."""
    said = [e for e in evidence[:EVENT_DEPTH] if speaks_of(e.text, event, context)]
    return gives(asked, said, weights, pool=evidence) if said else None
