"""What a named body made of a paper or event the row in focus mentions: answered only by a
clause stating its outcome, else the typed refusal in place of the row card.

'Did it actually go to the Management Board, and what did they decide?', 'what did the report
to the Board on those declarations conclude?', 'did the Board approve the final outturn cost?'
of a row whose note says 'A report to the Management Board is due shortly', or whose finding
says 'without Board approval of the variation': the row mentions the body, never what it
decided. The asked body is read from the question's own frame (the subject of 'what did …
decide / conclude', of 'did … approve / sign off', the place of 'did it go to …'); its words,
less the frame's (:data:`.event_bound.FRAME`), must be in a clause of the answer's quotes or
the row's notes (else this is not the class, and None). Such a clause answers when it states
an outcome in the past — a verb of deciding ('approved', 'agreed', 'noted'), or for 'did it
go to …' one of being taken there ('presented', 'reported', 'considered') — not negated or
still to come ('without', 'not', 'yet to be', 'due', 'will', 'shortly'). A yes or no ('did
the Board approve it?', 'did it go to …') is also answered by the row when its own action is
to take the thing asked before the body (or have it decided there) and its status is stated
(:func:`.event_evidence.status_answers`), or when a clause of the thing asked says it was not
('was not approved'). Otherwise the refusal, without citations, says what the mention says.

    unstated_outcome(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.clitics import wh_unclitic
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.event_bound import (
    FRAME,
    asked_kind,
    clauses,
    event_words,
    initials,
    own_cells,
    quoted,
    shares,
)
from assistant.answers.support.event_evidence import UNSTATED, status_answers
from assistant.answers.support.event_refusal import CLAUSE_HEAD, clipped, in_row, row_refusal
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.row_paper import paper_names
from assistant.answers.support.unheld import cited_record, refs_as_it
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

_DECIDE = (
    r"approve|agree|endorse|accept|ratify|sign\s+(?:it\s+|them\s+|this\s+|that\s+)?off|reject|"
    r"decide|adopt|sanction|authori[sz]e|resolve"
)
_ADVERB = r"(?:(?:actually|ever|formally|finally|then|already|eventually|really)\s+)?"
# the question's frame: what a body decided, whether it approved, whether it went before one
_ASKED = re.compile(
    rf"\bwhat\s+(?:did|has|have|had)\s+(?P<who>[^?]{{2,90}}?)\s+{_ADVERB}"
    r"(?:decide|conclude|agree|resolve|determine|rule)\b(?!\s+(?:to|on\s+doing)\b)|"
    r"\bwhat\s+(?:was|were|is)\s+(?:the\s+)?(?:outcome|decision|conclusion|verdict|result)s?\s+"
    r"(?:of|from|at|by)\s+(?P<of>[^?]{2,90})|"
    rf"{CLAUSE_HEAD}(?:did|has|have|had)\s+(?P<by>[^?]{{2,60}}?)\s+{_ADVERB}(?:{_DECIDE})\b|"
    rf"{CLAUSE_HEAD}(?:did|has|have|had|was|were)\s+(?:it|this|that|they|these|those|[^?]{{2,60}}?)\s+"
    rf"{_ADVERB}(?P<go>go|gone|went|been|get|got|taken|presented|reported|submitted|put)\s+"
    r"(?:to|before|in\s+front\s+of)\s+(?P<to>[^?]{2,60})",
    re.I,
)
# an outcome stated in the past: a verb of deciding, or a decision noun
_DECIDED = re.compile(
    r"\b(?:approved|agreed|decided|concluded|endorsed|accepted|rejected|noted|resolved|"
    r"ratified|signed\s+off|adopted|supported|deferred|sanctioned|authori[sz]ed|declined|"
    r"refused|determined|approval|decision|endorsement|resolution|found|reported|assurance|"
    r"rated|graded|confirmed|showed|identified|conclusions?|findings?)\b",
    re.I,
)
# being taken before a body, in the past
_TAKEN = re.compile(
    r"\b(?:presented|reported|considered|discussed|submitted|taken|went|received|tabled|"
    r"reviewed|scrutinised|scrutinized|heard)\b",
    re.I,
)


def asked_body(question: str, refs: list[str]) -> tuple[list[str], bool, bool] | None:
    """The stems naming the body (or paper) whose outcome ``question`` asks, whether it asks
    only that the paper went before it, and whether it asks yes or no ('did the Board approve
    it?', not 'what did the Board decide?'); None when it asks no outcome or names no body."""
    text, ref_words = refs_as_it(wh_unclitic(unquoted(question)), refs)
    found = _ASKED.search(text)
    if found is None:
        return None
    named = found["who"] or found["of"] or found["by"] or found["to"] or ""
    words = [
        stem_of(w.lower())
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", named)
        if len(w) > 2 and w.lower() not in FRAME and w.lower() not in ref_words
    ]
    words = list(dict.fromkeys(words))
    yes_no = found["by"] is not None or found["to"] is not None
    return (words, found["to"] is not None, yes_no) if words else None


def _stated(clause: str, went: bool) -> bool:
    """Whether ``clause`` states an outcome (or, for 'did it go to …', that it went) in the
    past, neither negated nor still to come."""
    if UNSTATED.search(clause):
        return False
    return _DECIDED.search(clause) is not None or (went and _TAKEN.search(clause) is not None)


# a plain 'no': the outcome negated ('was not approved', 'has not yet gone to the Board')
_NEGATED = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)


def _answers_no(clause: str, went: bool, objects: list[str]) -> bool:
    """Whether ``clause`` says the asked outcome did not happen, of the thing asked about (a
    clause of another thing, 'without Board approval of the variation', says nothing of it)."""
    if not _NEGATED.search(clause):
        return False
    if not (_DECIDED.search(clause) or (went and (_TAKEN.search(clause) or "gone" in clause))):
        return False
    held = {stem_of(w.lower()) for w in re.findall(r"[A-Za-z]+", clause)}
    return not objects or shares(objects, held)


def unstated_outcome(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for a body's decision on something the answer's quotes mention but never
    say it decided; None when no body's outcome is asked, no quote mentions the body, or a
    clause states the outcome."""
    if answer.abstained or not answer.citations or "premise-corrected" in answer.notes:
        return None
    asked = asked_body(q.question, q.refs)
    if asked is None or asked_kind(q.question) is not None:
        return None  # 'when did it go to the Board?' asks a time: ``event_bound``'s
    words, went, yes_no = asked
    record = cited_record(answer, context)
    # the row's action says what is to be done before a body, never what the body made of it
    to_do = (record.action or "") if record is not None else ""
    if went and shares(words, {stem_of(w.lower()) for w in re.findall(r"[A-Za-z]+", to_do)}):
        return None  # taking it to the body is the row's own action: its status answers
    objects = _object_words(q, words, record, context)
    if yes_no and record is not None and status_answers(record, words, objects, _own(record)):
        return None  # having it decided there is the row's own action: its status answers
    mentions = [
        (sentence, clause)
        for sentence, clause in clauses(quoted(answer, record))
        if shares(words, {stem_of(w.lower()) for w in re.findall(r"[A-Za-z]+", clause)})
        and not (to_do and sentence in to_do)
    ]
    if not mentions:
        return None  # the answer never speaks of the body: not this mechanism's to refuse
    if any(_stated(clause, went) for _, clause in mentions):
        return None
    if yes_no and any(_answers_no(clause, went, objects) for _, clause in mentions):
        return None  # 'not approved': the row answers no
    return row_refusal(
        q,
        context,
        record,
        f"what was decided{in_row(record)}",
        f"It says “{safe_text(clipped(mentions[0][0]))}”, and states no outcome of that.",
        "unstated-outcome",
    )


def _object_words(
    q: QueryAnalysis, body: list[str], record: ActionRecord | None, context: AnswerContext
) -> list[str]:
    """The question's words of what was decided or taken (not the body, its frame or the row's
    paper): 'final', 'outturn', 'cost' of 'did the Board approve the final outturn cost?'."""
    named = paper_names(record, context) if record is not None else ""
    found = event_words(q.question, q.refs, stems(named), frozenset(initials(named)))
    return [w for w in found if w not in body and not _DECIDE_STEM.match(w)]


# the stems of deciding or of going before a body: the frame of the outcome, not its object
_DECIDE_STEM = re.compile(
    r"(?:approv|agre|endors|accept|ratif|sign|off$|reject|decid|adopt|sanction|authori|resolv|"
    r"go$|gone|went|tak|present|report|submit|put$|conclud|determin|rul)"
)


def _own(record: ActionRecord) -> set[str]:
    return stems(" ".join(own_cells(record)))
