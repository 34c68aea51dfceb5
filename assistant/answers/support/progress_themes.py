"""A paper's records whose progress speaks of a question's themes, read once a generation.

A comparison or a recurrence over a body's papers tests the progress of every record of every
paper it asks about against each theme's patterns (a thousand papers of one year at 100k
chunks); the answer is the same for the same paper and themes until the register changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.register import Register
from ingest.model import ActionRecord
from ingest.themes import speaks_of


def progress_speaking(
    register: Register, document_id: str, themes: Iterable[str]
) -> list[ActionRecord]:
    """The document's records, in order, whose progress writes a word of one of ``themes``
    (:func:`ingest.themes.speaks_of`); kept per (document, themes) with the register."""
    wanted = frozenset(themes)
    said: dict[tuple[str, frozenset[str]], list[ActionRecord]] = register.memo(
        "progress speaking of themes", dict
    )
    found = said.get((document_id, wanted))
    if found is None:
        records = register.of_document(document_id)
        found = said[(document_id, wanted)] = [r for r in records if speaks_of(r.progress, wanted)]
    return list(found)
