"""'That' after an answer listing several rows, bound by the words only one of them holds.

'Which actions slipped?' lists five rows; 'what is the compliance rate on that?' points at
the one row whose own cells write 'compliance' (its update: 'data integrity compliance is
89%'), not at the first row listed. A word of the question binds the pointer when exactly one
of the rows the last answer showed holds it in a cell's value; a word a column is headed by
('status', 'risk rating', 'update') names a field to read, not a row, and a word the question
only frames with ('what', 'figure') names neither. No word held by one row alone: None, and
the pointer is read as before.

    bound_by_cells("what is the compliance rate on that?", previous) -> 'JAC/24/10' | None
    listed_one(question, previous) -> that name, else the first of 'which one …?', else None
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous, asked_for_one
from assistant.referring import SINGULAR
from assistant.text import stem, stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

__all__ = ["bound_by_cells", "listed_one"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
MIN_WORD = 4  # letters: shorter words are function words or codes, not a row's subject
MAX_ROWS = 12  # a longer list is browsed, not pointed into
# words that ask for a kind of value or frame the ask, whatever the rows hold
_ASKING = frozenset(
    "what which when where who whom whose why how much many figure figures number numbers "
    "amount amounts value level total rate percentage share latest current currently now still "
    "says said say tell show shown give given about there their them they this that those these "
    "does did done have been being".split()
)


def _cells(record: ActionRecord) -> str:
    """The row's own values: its cells as the paper wrote them, with the fields read from them."""
    values = [*record.columns.values(), record.title, record.finding, record.action]
    values += [record.progress, record.owner, record.status_text]
    return " ".join(v for v in values if v)


def _headers(records: list[ActionRecord]) -> set[str]:
    """The stems of the words the rows' columns are headed by: words naming a field."""
    return stems(" ".join(h for r in records for h in r.columns))


def _asked_stems(question: str, pointer: re.Match[str], headers: set[str]) -> set[str]:
    """The stems of the question's content words, outside the pointer, that name no field."""
    said = question[: pointer.start()] + " " + question[pointer.end() :]
    words = [w.lower() for w in _WORD.findall(said)]
    kept = {
        stem(w)
        for w in words
        if len(w) >= MIN_WORD and w not in STOPWORDS and w not in _ASKING and "'" not in w
    }
    return {s for s in kept if s not in headers}


def bound_by_cells(question: str, previous: Previous | None) -> str | None:
    """The name of the one row of the last answer's several whose cells alone hold a content
    word of ``question`` (outside its pointing 'it'/'that'); None when the answer showed one
    row or none, or no word is held by exactly one of them."""
    if previous is None or previous.quoted or not previous.names:
        return None
    rows: list[tuple[ActionRecord, str]] = []
    for row, name in zip(previous.records, previous.names, strict=False):
        if all(row.id != seen.id for seen, _ in rows):
            rows.append((row, name))
    if len(rows) < 2 or len(rows) > MAX_ROWS:
        return None
    pointer = SINGULAR.search(question)
    if pointer is None:
        return None
    asked = _asked_stems(question, pointer, _headers([r for r, _ in rows]))
    if not asked:
        return None
    holding: dict[str, set[str]] = {}
    for row, name in rows:
        for word in asked & stems(_cells(row)):
            holding.setdefault(word, set()).add(name)
    alone = {next(iter(names)) for names in holding.values() if len(names) == 1}
    return alone.pop() if len(alone) == 1 else None


def listed_one(question: str, previous: Previous | None) -> str | None:
    """The name of the one row a singular pointer in ``question`` means among the several the
    last answer listed: the row :func:`bound_by_cells` binds, else the first found when the
    last question asked for one ('which one slipped?' then 'when is it due?'; '' when that
    answer named none); None when neither holds."""
    if previous is None:
        return None
    bound = bound_by_cells(question, previous)
    if bound:
        return bound
    if SINGULAR.search(question) and asked_for_one(previous.standalone):
        return previous.names[0] if previous.names else ""
    return None
