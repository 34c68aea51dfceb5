"""A question of when a row was finished ('when was the X recommendation completed?', 'in
what month was the Y action closed?') about a row the record shows still open: no passage can
date an ending that has not happened, and the row's own state is the answer, not a refusal.

Only the row the question describes by what it is (its issue, title or action: see
:func:`described_record`) is corrected, and only when its own notes do not speak of the
asked ending: a step inside an open row may well have been finished ('the toolkit was
completed'), and that is no false premise."""

from __future__ import annotations

import re

from assistant.analysis import Claim, QueryAnalysis
from assistant.analysis.claimed import INTENDED_BEFORE
from assistant.answers.context import AnswerContext
from assistant.answers.support.premises import described_record, issue_text, record_premise
from assistant.answers.support.written_status import kind_of_status
from assistant.citations import CitationBuilder
from assistant.evidence import coverage, term_weights
from assistant.text import stem, stems
from ingest.model import ActionRecord

# verbs of ending a piece of work, in the past: the event whose date an open row cannot have
_FINISHING = re.compile(
    r"\b(?:complet(?:ed|e)|finish(?:ed)?|closed?|implement(?:ed)?|deliver(?:ed)?|"
    r"achiev(?:ed|e)|resolved?|met|done|conclud(?:ed|e)|discharged?|fulfill?(?:ed)?|"
    r"signed\s+off|wrapped\s+up)\b",
)  # in lower case: 'the Met' is a name, not the verb
# a thing reported done in the past: 'has been developed', 'was agreed' (not 'will have been')
_DONE_PASSIVE = re.compile(
    r"(?<!\bwill )(?<!\bwould )(?<!\bshould )\b(?:has|have|had)\s+been\s+[a-z]+(?:ed|en|t)\b|"
    r"\b(?:was|were)\s+[a-z]+(?:ed|en|t)\b",
    re.I,
)
# the ending asked as past: 'when was X completed', 'in what month did Y finish'
_PAST = re.compile(r"\b(?:was|were|did|had|has|have)\b", re.I)
_DESCRIBED_MIN = 0.5  # the share of the subject's weight the row's own issue text must hold
_OPEN = frozenset({"partial", "ongoing", "not_started"})


def unfinished_row(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    named: ActionRecord | None = None,
) -> str | None:
    """The correction of a question dating the finishing of a row that is still open, or was
    set aside ('Superseded', 'Withdrawn': closed, never carried out): that it is not shown as
    finished, with its state, deadline and telling sentence, cited; None when the asked event
    is no ending, no one row is described (or ``named`` by its ref), the row is finished or
    unknown, or its notes speak of the ending asked."""
    ending = _ending_asked(q.standalone or q.question)
    if not ending or (q.refs and named is None):
        return None
    record = named or described_record(q, context)
    if record is None:
        return None
    aside = kind_of_status(record) == "set_aside"
    if record.status not in _OPEN and not aside:
        return None
    if aside and ending.lower().startswith(("clos", "conclud", "discharg")):
        return None  # a row set aside was closed: only its being carried out is false
    weights = term_weights([t for t in q.terms if not _FINISHING.fullmatch(t)], context.stats)
    described_share = 1.0 if named else coverage(issue_text(record), weights)
    if described_share < _DESCRIBED_MIN:
        return None  # named only in its notes ('the toolkit'): a part, which may be done
    # the progress note, not the status value: 'Partially implemented' is the open state
    # itself, no word of the asked ending having happened
    notes = record.progress or ""
    ended = stem(ending.split()[0]) in stems(notes) or _FINISHING.search(notes)
    if not aside and (ended or _part_reported_done(notes, weights, described_share)):
        return None  # 'this survey was completed in …': a part of the row may be dated
    claimed = q.model_copy(update={"claims": [Claim(kind="complete", text=_past(ending.lower()))]})
    return record_premise(claimed, record, builder, context.record_chunk_id(record.id))


def _ending_asked(question: str) -> str | None:
    """The verb of ending the question dates in the past ('completed' in 'when was X
    completed?', 'finish' in 'when did Y finish?'); None when it asks none, or the ending is
    intended ('due to be completed', 'should it be finished')."""
    clause = re.split(r"[?;]|,\s*(?:and|but)\b", question, maxsplit=1)[0]
    for found in _FINISHING.finditer(clause):
        before = clause[: found.start()]
        if _PAST.search(before) and not INTENDED_BEFORE.search(before):
            return found.group(0)
    return None


def _past(verb: str) -> str:
    """The participle of a verb of ending ('finish' -> 'finished', 'close' -> 'closed')."""
    if verb.endswith(("ed", " off", " up")) or verb in ("met", "done"):
        return verb
    return verb + ("d" if verb.endswith("e") else "ed")


def _part_reported_done(notes: str, weights: dict[str, float], described_share: float) -> bool:
    """Whether a sentence of the row's notes names the asked subject as fully as the row's
    own issue does and reports something done ('A partnership toolkit has been developed'):
    then the question may ask of that part, not of the row's state."""
    return any(
        coverage(sentence, weights) >= described_share and _DONE_PASSIVE.search(sentence)
        for sentence in re.split(r"(?<=[.;!?])\s+", notes)
    )
