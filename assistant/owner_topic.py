"""'their phishing training action': the row of the owner in focus that the words before the
row noun describe. After a turn whose rows have one owner, a possessive ('their', 'his',
'her') with describing words before 'action', 'recommendation', 'item' … picks, among that
owner's rows in the papers in focus (else in any paper), the one row whose text holds every
describing word; the phrase is put as that row's name. The owner's rows shown are not the
only candidates: the member may name another row the owner holds.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous, record_names
from assistant.register import RecordQuery, Register
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

_DESCRIBED = re.compile(
    r"\b(?:their|his|her)\s+(?P<words>(?:[\w'-]+\s+){1,4}?)"
    r"(?:action|recommendation|item|finding|issue|task|point|one)s?\b",
    re.I,
)
_NOT_DESCRIBING = frozenset("other another next last first second third only own open".split())


def _rows_described(rows: list[ActionRecord], wanted: set[str]) -> list[ActionRecord]:
    return [r for r in rows if wanted <= stems(f"{r.title} {r.action or ''}")]


def owners_row(question: str, previous: Previous | None, register: Register) -> str | None:
    """``question`` with 'their <words> action' put as the name of the one row of the owner in
    focus whose text holds all the words; None when there is no such phrase, no one owner,
    or not exactly one such row."""
    found = _DESCRIBED.search(question)
    if found is None or previous is None or not previous.records:
        return None
    words = [w for w in found.group("words").split() if w.lower() not in STOPWORDS]
    if not words or any(w.lower() in _NOT_DESCRIBING for w in words):
        return None  # 'their other action' is for the rules of others, not a description
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1:
        return None
    held = register.query(RecordQuery(owner=owners.pop()))
    wanted = stems(" ".join(words))
    papers = {r.document.id for r in previous.records}
    rows = _rows_described([r for r in held if r.document.id in papers], wanted)
    rows = rows or _rows_described(held, wanted)
    if len(rows) != 1:
        return None
    name = record_names(register, rows)[0]
    return question[: found.start()] + name + question[found.end() :]
