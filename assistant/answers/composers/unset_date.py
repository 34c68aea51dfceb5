"""'When is the re-tendered contract due to be let?', 'by what date is the tender due to be
awarded?': a date asked for a step of the work (letting a contract, awarding a tender) that
the row describing the work never speaks of. The row's deadline is set for its own action
('Complete the spillway works'), not for that step, and no sentence about the subject dates
the step: the record sets no date for it. The answer says so and shows what the row does set,
rather than give the action's deadline as the step's.

A step the row does name ('Publish a new policy' for 'when is the policy due to be
published?'), a step of finishing the work itself ('completed', 'implemented', 'in place'),
and a step some sentence dates ('Tender to be issued in April 2025' for 'when is the tender due
to be issued?') are left to the other answers.
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.gather import gather
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import record_name, safe_text
from assistant.evidence import Evidence
from assistant.register import record_text
from assistant.text import split_sentences, stem_of, stems
from ingest.model import ActionRecord

# a time asked for a step still to come: 'due to be let', 'expected to be awarded', 'when will
# the contract be signed?'
_STEP_ASKED = re.compile(
    r"\b(?:due|expected|scheduled|planned|set|meant|supposed|going|intended|likely)\s+to\s+be\s+"
    r"(?P<verb>[a-z]+)\b|\bwhen\s+(?:will|would|is|are)\s+[^?]{3,80}?\s+(?:be|get)\s+"
    r"(?P<verb2>[a-z]+)\b",
    re.I,
)
# steps that finish the work itself, in any paper's words: the row's deadline is for these
_FINISHING = frozenset(
    stem_of(w)
    for w in (
        "complete completed finish finished done implement implemented deliver delivered "
        "achieve achieved close closed meet met resolve resolved fix fixed address addressed "
        "sign signed conclude concluded carry carried undertake undertaken roll rolled action "
        "actioned put in place fulfil fulfilled satisfy satisfied discharge discharged ready "
        "operational live embedded established ended over sort sorted repair repaired mend "
        "mended rectify rectified remedy remedied correct corrected clear cleared settle "
        "settled tackle tackled"
    ).split()
)
# a participle or adjective form a step is asked by ('let', 'awarded', 'chosen', 'paid')
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|t|wn|id|ne)$")
_DATE = ANSWER_SHAPES["year"]
# the thing the step is asked of: 'is [the re-tendered contract] due to be let?'
_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|will)\s+(?P<np>the\s+[^?]{3,80}?)\s+(?:due|expected|scheduled|"
    r"planned|set|meant|supposed|going|intended|likely|be|get)\b",
    re.I,
)
_READ = 8  # passages read for a sentence dating the step
# words of a subject that describe it without naming it ('the new policy', 'the revised plan')
_VAGUE = {stem_of(w) for w in "new revised updated draft final current proposed".split()}


def _step(question: str) -> str | None:
    """The step whose date is asked ('let' of 'due to be let'), when it is a participle and
    not a step of finishing the work; else None."""
    found = _STEP_ASKED.search(question)
    verb = (found["verb"] or found["verb2"]).lower() if found else ""
    if not verb or not _PARTICIPLE.match(verb) or stem_of(verb) in _FINISHING:
        return None
    return verb


def _stem_forms(verb: str) -> set[str]:
    """The stems a sentence may write the step by: the participle's, and its base form's
    ('awarded' -> 'award'; 'let' stays 'let')."""
    forms = {stem_of(verb)}
    for ending in ("ed", "d", "en", "n"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            forms.add(stem_of(verb[: -len(ending)]))
    return forms


def _first_row(
    evidence: list[Evidence], subject: str, context: AnswerContext
) -> ActionRecord | None:
    """The first row found whose text holds at least half of the subject's words ('the
    contract for the spillway works'): the row the question describes, when none is described
    more clearly; else None."""
    wanted = {stem_of(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", subject)}
    for item in evidence[:_READ]:
        record = context.register.get(item.record_id) if item.record_id else None
        if (
            record is not None
            and wanted
            and len(wanted & stems(record_text(record))) * 2 >= len(wanted)
        ):
            return record
    return None


def _is_own_action(subject: str, record: ActionRecord) -> bool:
    """Whether the thing the step is asked of is what the row's own action acts on (every
    content word of 'the new loan agreement' in 'Put a loan agreement in place'): the step is
    then the row's action in other words, and the row's deadline dates it."""
    wanted = {stem_of(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", subject)} - _VAGUE
    action = record.action or record.title or ""
    return bool(wanted) and wanted <= stems(action)


def unset_step_date(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when the date asked is of a step the described row never names and no
    sentence about it dates; None otherwise."""
    question = unquoted(q.standalone or q.question)
    if q.claims or q.refs:
        return None  # a premise to check first; a row named by ref: its own answers
    verb = _step(question)
    if verb is None:
        return None
    subject = _SUBJECT.search(question)
    evidence, _ = gather(q, context)
    record = described_record(q, context) or _first_row(
        evidence, subject["np"] if subject else "", context
    )
    if record is None:
        return None
    forms = _stem_forms(verb)
    if forms & stems(record_text(record)):
        return None  # the row names the step: its deadline, or its note, dates it
    if subject and _is_own_action(subject["np"], record):
        return None  # 'when is the loan agreement due to be signed?': 'Agree a loan agreement'
    for item in evidence[:_READ]:
        for sentence in split_sentences(item.text):
            if forms & stems(sentence.text) and _DATE.search(sentence.text):
                return None  # a sentence dates the step: the passages answer
    name = f"{record_name(record)} ({safe_text(record.document.title)})"
    action = record.action or record.title
    due = f" is due {safe_text(record.due_text)}" if record.due_text else " has no deadline"
    note = f" Its latest note: “{safe_text(record.progress)}”" if record.progress else ""
    return abstain(
        q,
        context,
        f"a date for {safe_text(subject['np']) if subject else 'it'} to be {verb}",
        f"No row or passage dates that step. The row it describes, {name},{due} for its own "
        f"action (“{safe_text(action)}”).{note}",
        kind="value_not_given",
    )
