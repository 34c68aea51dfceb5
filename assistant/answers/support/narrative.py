"""A row's own account, for a question about it that no column answers.

'What's holding it up?', 'why the delay?', 'what was wrong in the first place?' asked of one
row: the question names no column (owner, due date, status …) and none of the row's sentences
holds its words, yet the row answers it in its own text: what went wrong is its finding, why
it is late or what is left is its progress note. Read by role, not by the question's words:
when the asked part of the question meets nothing in the row (or it asks nothing beyond
the row: 'what happened to X?'), the row's finding (when the
answer has not shown it) and its whole progress note are quoted.

    narrative(record, shown, missing, asks_reason=True) -> [(sentence, offset), …]
"""

from __future__ import annotations

from assistant.answers.support.recordtext import progress_quotes
from assistant.evidence import coverage, record_evidence
from ingest.model import ActionRecord

NOTE_SENTENCES = 5  # sentences of a progress note quoted as the row's account
MATCHED = 0.45  # a sentence holding this share of the asked words answers them itself


def unmatched(record: ActionRecord, missing: dict[str, float]) -> bool:
    """Whether no sentence of ``record`` holds the question's words the answer lacks
    (``missing``): then none of them would answer it, and the row's account does."""
    return not any(coverage(e.text, missing) >= MATCHED for e in record_evidence(record, "", 0))


def narrative(
    record: ActionRecord, shown: str, missing: dict[str, float], asks_reason: bool
) -> list[tuple[str, int]]:
    """The sentences of ``record``'s finding not in ``shown``, then those of its progress note,
    when the question asks a reason (``asks_reason``: 'why …'), nothing beyond the row ('what
    happened to X?'), or words neither the answer nor the row holds (``missing``); else none
    (a sentence of the row holding the asked words answers instead)."""
    if missing and not asks_reason and not unmatched(record, missing):
        return []
    out: list[tuple[str, int]] = []
    finding = record.finding or ""
    if finding and finding not in shown:
        out += [
            (e.text, e.start)
            for e in record_evidence(record, "", 0)
            if e.text in finding and e.text not in shown and len(e.text.split()) >= 4
        ]
    out += [q for q in progress_quotes(record, NOTE_SENTENCES) if q[0] not in shown]
    first: dict[str, int] = {}  # each sentence once, where it first stands
    for text, start in out:
        first.setdefault(text, start)
    return list(first.items())
