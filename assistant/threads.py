"""Follow one issue across reports: link records that are the same issue in later documents.

Records are linked when they share a ref in a re-reported plan, or when they share a theme and
their words overlap enough (issue, title and action, stemmed). ``later(record)`` gives the best
match in each later document, oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from assistant.text import stems
from ingest.model import ActionRecord

MIN_OVERLAP = 0.08


def _key_text(record: ActionRecord) -> str:
    return " ".join(t for t in (record.title, record.finding, record.action, record.category) if t)


@lru_cache(maxsize=4096)
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(s for s in stems(text) if len(s) > 2)


def when(record: ActionRecord) -> str:
    """Sort key for a record's document: report date, else inferred year."""
    return record.report_date or (f"{record.year}-06-30" if record.year else "0000")


def similarity(a: ActionRecord, b: ActionRecord) -> float:
    left, right = _stems_of(_key_text(a)), _stems_of(_key_text(b))
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


class Linker:
    """Links over a fixed list of records (rebuild it when the register changes)."""

    def __init__(self, records: Sequence[ActionRecord]) -> None:
        self.records = list(records)

    def later(
        self, record: ActionRecord, themes: Sequence[str] | None = None
    ) -> list[ActionRecord]:
        """The best-matching record in each later document.

        Same ref in the same section always links. Otherwise the records must share a theme and
        overlap in wording; when the caller names the theme (the question asked about it), the
        shared theme is enough and wording only ranks the candidates.
        """
        wanted = set(themes or record.themes)
        best: dict[str, tuple[float, ActionRecord]] = {}
        for other in self.records:
            if other.document.id == record.document.id or when(other) <= when(record):
                continue
            same_ref = bool(
                record.ref and other.ref == record.ref and record.section == other.section
            )
            shared = wanted & set(other.themes)
            score = 1.0 if same_ref else similarity(record, other) if shared else 0.0
            if not same_ref and not (shared and (themes or score >= MIN_OVERLAP)):
                continue
            current = best.get(other.document.id)
            if current is None or score > current[0]:
                best[other.document.id] = (score, other)
        return sorted((r for _, r in best.values()), key=when)
