"""The order in which an answer shows its records: 'the second one' is the second row the
member read, whatever order the records were ranked in."""

from __future__ import annotations

import re

from assistant.answers.model import Answer
from ingest.model import ActionRecord


def shown_order(answer: Answer) -> list[ActionRecord]:
    """The answer's records in the order its text shows them (by where each record's first
    citation marker stands): 'the second one' is the second the member read, whatever order
    the records were ranked in (a list grouped by paper shows them paper by paper). Records
    the text never cites keep their order, after the rest."""
    records = list(answer.records)
    if len(records) < 2 or not answer.citations:
        return records
    first: dict[int, int] = {}
    by_document: dict[str, list[tuple[int, ActionRecord]]] = {}
    by_ref: dict[tuple[str, str], list[int]] = {}  # (document, ref lower) -> record positions
    cited = {citation.document.id for citation in answer.citations}
    for i, record in enumerate(records):  # a citation reads its paper's records only
        if record.document.id not in cited:  # (a list over the record has thousands)
            continue
        by_document.setdefault(record.document.id, []).append((i, record))
        if record.ref:
            by_ref.setdefault((record.document.id, str(record.ref).lower()), []).append(i)
    marked: dict[int, int] = {}  # citation number -> where its first marker stands
    for marker in re.finditer(r"\[(\d+)\]", answer.answer):
        marked.setdefault(int(marker.group(1)), marker.start())
    for citation in answer.citations:
        at = marked.get(citation.n, -1)
        if at < 0:
            continue
        if citation.ref:
            hits = by_ref.get((citation.document.id, str(citation.ref).lower()), [])
        elif citation.start is not None:
            start = citation.start
            hits = [
                i
                for i, record in by_document.get(citation.document.id, [])
                if record.source_start <= start < record.source_end
            ]
        else:
            hits = []
        for i in hits:
            first[i] = min(first.get(i, at), at)
    # the cited records by where they are first cited, then the others in their order
    order = sorted(first, key=lambda i: (first[i], i))
    return [records[i] for i in order] + [r for i, r in enumerate(records) if i not in first]
