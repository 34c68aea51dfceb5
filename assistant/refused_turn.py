"""A follow-up refused for lack of words, asked again of the row(s) in focus.

A turn such as 'what's actually been done on it so far?' may pass every rewrite rule untouched
(its pronoun sits where no form rule looks) or be rewritten into words no passage holds; asked
as written it finds nothing. When the conversation has a row in focus (or a few), and the turn
asks something a row holds (a column, a date, a state, its progress or a reason; see
:func:`assistant.carried_row.asks_of_row`) and names no subject of its own (a ref, a paper, an
owner, a theme, or words other rows are about and the rows in focus are not), the turn is asked
of those rows: its pointing word replaced by their names, or their names added. A turn naming a
new subject is still refused, and so is one asking what the rows do not hold (a figure their
account does not give, an owner they lack).

    refused_of_focus("what's been done on it so far?", previous, answers, register)
        -> "what's been done on R18 so far?"
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, join_names
from assistant.carried_row import asks_of_row, framing, names_own_subject, row_holds
from assistant.followup_forms import refs_in
from assistant.own_noun import states_new_subject
from assistant.referring import PLURAL, SINGULAR, refer
from assistant.register import Register
from assistant.turn_answers import TurnAnswers
from ingest.errors import GovragError

__all__ = ["refused_of_focus"]

MAX_WORDS = 16  # a longer turn carries a subject of its own
# 'is it true that …', 'it is said that …': a dummy 'it', no row pointed at
_EXPLETIVE = re.compile(
    r"\bit\s+(?:is|was|'s)\s+(?:true|said|the\s+case|possible|likely|clear|expected)\b|"
    r"\bis\s+it\s+(?:true|the\s+case|possible|likely|clear)\b",
    re.I,
)


def _rows(previous: Previous) -> tuple[list[str], list[str]]:
    """The ids and names of the distinct rows in focus, in the order shown."""
    ids: list[str] = []
    names: list[str] = []
    for record, name in zip(previous.records, previous.names, strict=False):
        if record.id not in ids:
            ids.append(record.id)
            names.append(name)
    return ids, names


def refused_of_focus(
    question: str,
    previous: Previous | None,
    answers: TurnAnswers,
    register: Register,
) -> str | None:
    """``question`` asked of the rows ``previous`` rested on (at most :data:`MAX_NAMED`), when
    it asks something such a row holds and names no subject of its own; None otherwise. The
    caller asks it only after the turn was refused for lack of words."""
    q = question.strip()
    if previous is None or not previous.records or not q or len(q.split()) > MAX_WORDS:
        return None
    if refs_in(q) or _EXPLETIVE.search(q):
        return None
    ids, names = _rows(previous)
    if not ids or len(ids) > MAX_NAMED or len(names) < len(ids):
        return None
    records = {r.id: r for r in previous.records}
    rows = [records[i] for i in ids]
    try:
        analysis = answers.analyse(q)
    except GovragError:
        return None
    if not asks_of_row(q, analysis):
        return None
    if not all(row_holds(q, analysis, row) for row in rows):
        return None
    if any(names_own_subject(q, analysis, row, register) for row in rows):
        return None
    if states_new_subject(q, rows, framing(q)):
        return None
    if len(rows) == 1:
        if SINGULAR.search(q):
            return SINGULAR.sub(lambda m: refer(m, names[0]), q, count=1)
        return f"{q.rstrip(' ?.!')} for {names[0]}?"
    named = join_names(rows, names)
    if PLURAL.search(q):
        return PLURAL.sub(lambda m: refer(m, named), q, count=1)
    if SINGULAR.search(q):
        return None  # 'it' of several rows: which one is not clear
    return f"{q.rstrip(' ?.!')} for {named}?"
