"""Follow-ups with no clause of their own, read against what the last answer was about.

Two forms of such a turn:

* a bare question word ('by when?', 'why?', 'how much?') after an answer built from the
  papers' sentences. The turn asks the last question again with its own question word in
  place of the old one (sluicing: 'how many files will the team have scanned?' then 'by
  when?' asks by when the team will have scanned them), so the sentence that answered the
  last turn is found again by its words. When the one row those sentences came from holds
  the asked field itself (a dated deadline for 'by when?'), the row answers as before;
* a bare noun phrase that names a field ('and the accountable manager?', 'the commentary?'):
  that field of the one row the last answer rested on. Whether the phrase names a field is
  read by meaning (the analyser maps it to one; words of the row's own headers only frame it:
  see :func:`carried_row`), not by a list of phrasings. A phrase that also names a value to
  filter by (a rating, a state, an owner, a paper, a year) is a new question, not a field.

    bare_follow_up("by when?", previous, answers, register)
        -> 'by when will the team have scanned files?'   (after a passage answer)
    bare_follow_up("and the accountable manager?", previous, answers, register)
        -> 'and the accountable manager for W2?'        (after an answer about one row)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.antecedents import Previous
from assistant.carried_row import carried_row
from assistant.followup_forms import singular_noun
from assistant.register import Register
from assistant.sentence_subject import subject_pronoun
from assistant.turn_answers import TurnAnswers
from ingest.errors import GovragError

__all__ = ["bare_follow_up"]

_OPENER = r"^\s*(?:(?:and|so|but|then|ok|okay|also)[\s,]+)?"
# a question word standing alone: a closed class of English, whatever the papers
_SLUICE = re.compile(
    _OPENER + r"(?P<wh>(?:by|until|till|since|from)\s+when|when|why|how\s+(?:much|long)|where)"
    r"(?:\s+(?:exactly|then|now|so\s+far))?\s*[?.!]*\s*$",
    re.I,
)
# the question word (with a 'how many'/'how much' quantifier) a question opens with
_WH_HEAD = re.compile(
    _OPENER + r"(?:how\s+(?:many|much|long|far|often)|what|which|who|whom|whose|when|where|"
    r"why|how)\b\s*",
    re.I,
)
# a noun phrase asked alone: no question word, no verb of its own
_NP = re.compile(
    r"^\s*(?:(?:and|so|but|then|also|plus|what\s+about|how\s+about)[\s,]+)*"
    r"(?:(?:the|its|their|his|her)\s+)?(?P<np>[a-z][\w.'/-]*(?:\s+[a-z][\w.'/-]*){0,3})"
    r"\s*[?.!]*\s*$",
    re.I,
)
_NOT_NP = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|be|been|do|does|did|"
    r"has|have|had|will|would|can|could|should|it|they|them|that|this|those|these|one|ones|"
    r"other|others|else|first|second|third|last|latter|former|next|same|any|all|both)\b",
    re.I,
)
# the row's value of each field a bare noun phrase may ask: the cell it was read from is found
# by that value, and that cell's header names the field in the words of its paper
_FIELD_VALUE = {
    "owner": "owner",
    "due": "due_text",
    "priority": "priority",
    "status": "status_text",
    "progress": "progress",
}
_WORD = re.compile(r"[A-Za-z]{3,}")
# prose routes: the answer was built from the papers' sentences, not read from a row's fields
_PROSE = ("passages",)


def _sluiced(question: str, previous: Previous) -> str | None:
    """The last question asked again with the question word of ``question`` ('by when?') in
    place of its own; None when ``question`` is not a bare question word, the last answer was
    not built from sentences, or the last question opens with the same question word."""
    bare = _SLUICE.match(question)
    if bare is None or not previous.route.startswith(_PROSE):
        return None
    last = previous.standalone.strip().rstrip(" ?.!")
    head = _WH_HEAD.match(last)
    if head is None or not last[head.end() :].strip():
        return None
    wh = re.sub(r"\s+", " ", bare.group("wh").lower())
    if head.group(0).strip().lower().split()[-1] == wh.split()[-1]:
        return None  # 'when …?' then 'when?': nothing new is asked
    return f"{wh[:1].upper()}{wh[1:]} {last[head.end() :]}?"


def _names_field(question: str, answers: TurnAnswers) -> bool:
    """Whether ``question`` is a bare noun phrase the analyser reads as a field of a row, and
    names no value to filter by."""
    np = _NP.match(question)
    if np is None or _NOT_NP.search(np.group("np")):
        return False
    try:
        asked = answers.analyse(question)
    except GovragError:
        return False
    filters = (
        asked.priority,
        asked.statuses,
        asked.owner,
        asked.documents,
        asked.refs,
        asked.degree,
        asked.category,
        asked.years,
        asked.since,
        asked.until,
        asked.themes,
        asked.slipped,
    )
    return bool(asked.fields) and not any(filters)


def _header_words(register: Register, fields: Sequence[str]) -> frozenset[str]:
    """The words of every header, in any paper of the record, whose cells hold one of
    ``fields`` ('Accountable manager', 'Resp. officer' for the owner): what the papers
    themselves call the field."""
    attrs = [_FIELD_VALUE[f] for f in fields if f in _FIELD_VALUE]
    words: set[str] = set()
    for row in register.all():
        values = {str(getattr(row, a)).strip() for a in attrs if getattr(row, a)}
        for header, cell in row.columns.items():
            if cell and cell.strip() in values:
                words |= {singular_noun(w) for w in _WORD.findall(header)}
    return frozenset(words)


def _as_header(
    question: str, previous: Previous, answers: TurnAnswers, register: Register
) -> str | None:
    """``question`` asked of the one row in focus when every word of its noun phrase is a word
    of a header that holds the asked field in some paper of the record ('and the accountable
    manager?' of a row whose own paper heads that column 'Owner'); else None."""
    if len({r.id for r in previous.records}) != 1 or not previous.names:
        return None
    np = _NP.match(question)
    if np is None or not _names_field(question, answers):
        return None
    words = {singular_noun(w) for w in _WORD.findall(np.group("np"))}
    fields = list(answers.analyse(question).fields)
    if not words or not words <= _header_words(register, fields):
        return None
    return f"{question.strip().rstrip(' ?.!')} for {previous.names[0]}?"


def bare_follow_up(
    question: str, previous: Previous | None, answers: TurnAnswers, register: Register
) -> str | None:
    """``question`` made to stand alone when it is a bare question word after an answer built
    from sentences, or a bare noun phrase naming a field of the one row in focus; else None."""
    if previous is None:
        return None
    about = subject_pronoun(question, previous, answers)
    if about:
        return about
    carried = carried_row(question, previous, answers, register)
    if _SLUICE.match(question):
        return None if carried else _sluiced(question, previous)
    if carried and _names_field(question, answers):
        return carried
    return _as_header(question, previous, answers, register)
