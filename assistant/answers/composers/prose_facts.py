"""A date the paper's prose gives for an event its action rows do not speak of.

'When is the market hall now expected to open?': the record the question describes (the row
on the hall's overspend) has a deadline, but for its own action (value engineering), not for
the opening. When the described row's cells never speak of the asked event and a sentence of
the same paper's prose dates that event of the same subject ('The opening of the hall has moved
from September 2024 to March 2025'), the sentence answers, its date first; else the row's
deadline stays the answer (the field composers run next). Events of doing the action itself
('done', 'completed', 'implemented') are the row's deadline and are never read here.

A paper with no action table holds no deadline in a row at all: a deadline asked of it is read
from its prose the same way (:func:`dated_in_tableless`).
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.dated import DUE_WORDS
from assistant.answers.support.events import (
    event_class,
    event_words,
    speaks_of,
    without_event,
    without_light_verbs,
)
from assistant.answers.support.figures import MONTH_NAMES
from assistant.answers.support.gather import gather
from assistant.answers.support.premises import described_record, subject_of
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.values import gives
from assistant.evidence import Evidence
from assistant.text import every_cell_text, stem

# verbs of finishing the action itself, which its row's deadline dates ('due to finish')
_DOING = frozenset(stem(w) for w in "finish close end conclude fix resolve deliver meet".split())
_MONTHS = rf"{MONTH_NAMES}\.?"
# a date as a sentence writes it: a day and a month, a month, a quarter, each with its year if
# written; a year or a span of years ('16 January', 'March 2025', 'Q2 2009', '2018-19')
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s+(?:19|20)\d\d)?|"
    rf"{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+(?:19|20)\d\d)?|"
    r"Q[1-4](?:\s+(?:19|20)\d\d(?:[/-]\d\d)?)?|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)\b"
)
# a question of when: 'when is X now expected to open?' (any tense)
_WHEN = re.compile(r"^\s*(?:(?:and|so|then)\s+)?when\b", re.I)
# the words putting the date that now holds after an earlier one: 'moved from A to B', 'now B'
_NOW_DATE = re.compile(r"\b(?:to|now|until|till)\s+$", re.I)


def _stated_date(sentence: str) -> str | None:
    """The date ``sentence`` gives as the one that holds: the one after 'to' or 'now' when the
    sentence moves a date ('from September 2024 to March 2025'), else its first."""
    found = list(_DATE.finditer(sentence))
    if not found:
        return None
    for written in reversed(found):
        if _NOW_DATE.search(sentence[: written.start()]):
            return written.group(0)
    return found[0].group(0)


def _asks_when(q: QueryAnalysis) -> bool:
    return (
        q.intent == "lookup"
        and not q.refs
        and (answer_type(q.question) == "year" or bool(_WHEN.match(q.question)))
    )


def _answer(q: QueryAnalysis, context: AnswerContext, giver: Evidence, why: str) -> Answer | None:
    """The date ``giver`` states, first, then the sentence quoted and cited."""
    builder = context.citations()
    n = builder.add_evidence(giver)
    date = _stated_date(giver.text)
    if n is None or date is None:
        return None
    body = f"**{safe_text(date)}**: “{safe_text(giver.text)}” [{n}] — *{giver.document.title}*"
    searched = context.searched()
    return finish(
        q,
        context,
        body=body,
        line=f"{why}; searched {len(searched)} documents ({context.span(searched)}).",
        matched=1,
        citations=builder.citations(),
        route="passages",
    )


def _dated_sentence(
    q: QueryAnalysis, context: AnswerContext, documents: list[str], event: list[str]
) -> Evidence | None:
    """The first prose sentence of ``documents`` that dates ``event`` (any event when none is
    given) of the question's subject, else None."""
    evidence, weights = gather(q, context, documents=documents)
    subject = without_event(without_light_verbs(weights), event)
    subject = {t: w for t, w in subject.items() if t not in DUE_WORDS} or subject
    prose = [
        e
        for e in evidence
        if e.record_id is None and _stated_date(e.text) and speaks_of(e.text, event, context)
    ]
    return gives("year", prose, subject, pool=evidence) if prose else None


def dated_in_text(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A date asked that the papers' prose gives and no row does: a deadline of a paper with
    no action table (:func:`dated_in_tableless`), or an event the described row does not speak
    of (:func:`dated_in_prose`); None when neither."""
    found = dated_in_tableless(q, context) or dated_in_prose(q, context)
    if found is None and _deadline_asked_of_prose(q, context):
        # a deadline asked of papers with no rows, and no sentence of theirs dates the subject:
        # the record sets none, which another sentence about the subject must not stand for
        return abstain(
            q,
            context,
            f"a deadline for {subject_of(q)}",
            "The papers named have no action table, and no sentence about it sets a date.",
            kind="value_not_given",
        )
    return found


def _deadline_asked_of_prose(q: QueryAnalysis, context: AnswerContext) -> bool:
    """Whether ``q`` asks the deadline ('what deadline does the plan set for X?') of a subject
    in named papers that have no action table."""
    named = context.documents_of(q.documents)
    return (
        "due" in q.fields
        and q.intent == "lookup"
        and not q.refs
        and bool(q.terms)
        and bool(named)
        and not any(d.records for d in named)
    )


def dated_in_prose(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The date of the asked event from the prose of the described record's paper, when the
    record itself does not speak of that event (of the papers in scope, when no record is
    described); None otherwise."""
    if not _asks_when(q):
        return None
    event = event_words(q)
    if not event or any(event_class(w) or stem(w) in _DOING for w in event):
        return None  # no event, or the doing of the action: its deadline is the row's
    record = described_record(q, context)  # none: no row is about it, the prose may be
    if record is not None and speaks_of(every_cell_text(record), event, context):
        return None
    documents = [record.document.id] if record is not None else list(q.documents)
    giver = _dated_sentence(q, context, documents, event)
    if giver is None:
        return None
    return _answer(
        q, context, giver, "Answer drawn from the paper's text, not an action's deadline"
    )


def dated_in_tableless(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When is the data protection deadline in the December 2017 paper?' of papers with no
    action table: no row holds a deadline, but their prose may date the subject; the sentence
    that does, its date first. None when a named paper has rows, or no sentence dates it."""
    if not _asks_when(q) and not ("due" in q.fields and q.intent == "lookup" and not q.refs):
        return None
    named = context.documents_of(q.documents)
    if not named or any(d.records for d in named):
        return None
    giver = _dated_sentence(q, context, [d.id for d in named], [])
    if giver is None:
        return None
    return _answer(q, context, giver, "Answer drawn from the paper's text: it has no action table")
