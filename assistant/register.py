"""The action register: every record, filtered exactly (never top-k), and the slipped rule.

An action has *slipped* when, from the records themselves:

* its deadline was revised ('Original deadline of December 2008 now revised to March 2009'); or
* its due date had passed by the report date and it was not complete; or
* a later report shows the same action with a later due date or a worse status (see threads).
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field

from assistant.memory import release_free_memory
from assistant.text import stems
from assistant.threads import Slippage, ThreadIndex
from ingest.errors import InvalidRequest, UnknownDocument
from ingest.model import STATUSES, ActionRecord
from ingest.themes import resolve_theme
from vectorstore.catalog import Catalog

SLIPPED_RULE = (
    "slipped = deadline revised, or due date passed by the report date while not complete, "
    "or a later report shows a later deadline or a worse status"
)
STATUS_ORDER = {"complete": 4, "partial": 3, "ongoing": 2, "not_started": 1, "unknown": 0}


@dataclass
class RecordQuery:
    """Exact filters over the register. Years apply to the record's date (due date, else report)."""

    document: list[str] | None = None
    status: list[str] | None = None
    theme: list[str] | None = None
    since: int | None = None
    until: int | None = None
    slipped: bool = False
    revised: bool | None = None
    owner: str | None = None
    ref: list[str] | None = None
    priority: str | None = None
    section: str | None = None
    due_from: str | None = None  # ISO dates: a window on the (current) due date
    due_to: str | None = None
    revised_from: str | None = None  # a window on the original (revised-from) deadline
    revised_to: str | None = None
    no_due: bool = False
    degree: str | None = None  # 'significantly' in 'Recommendation met: significantly'
    category: str | None = None
    min_extensions: int | None = None  # 'slipped more than once' = 2

    def validate(self) -> RecordQuery:
        if self.status:
            bad = [s for s in self.status if s not in STATUSES]
            if bad:
                raise InvalidRequest(f"unknown status {bad[0]!r}; use one of {', '.join(STATUSES)}")
        if self.theme:
            resolved = []
            for name in self.theme:
                theme = resolve_theme(name)
                if theme is None:
                    raise InvalidRequest(f"unknown theme {name!r}")
                resolved.append(theme)
            self.theme = resolved
        if self.since and self.until and self.since > self.until:
            raise InvalidRequest(f"since ({self.since}) is after until ({self.until})")
        return self


@dataclass
class Slip:
    record_id: str
    reasons: list[str] = field(default_factory=list)


# each record's distinct stems, keyed by the record object (its id() and its record id);
# emptied whenever a register loads records, so an id() reused by a new object never matches
_STEMS: dict[int, tuple[str, str]] = {}


def record_text(record: ActionRecord) -> str:
    """The words a record is about: title, finding, action, progress, category and owner."""
    parts = (
        record.title,
        record.finding,
        record.action,
        record.progress,
        record.category,
        record.owner,
    )
    return " ".join(v for v in parts if v)


def stemmed_text(record: ActionRecord) -> str:
    """The record's distinct stems as one string, ' a b c ' (a string per record costs a
    fraction of a set's memory, and `in` on it runs in C); computed once per loaded record."""
    found = _STEMS.get(id(record))
    if found is None or found[0] != record.id:
        found = _STEMS[id(record)] = (
            record.id,
            " " + " ".join(sorted(stems(record_text(record)))) + " ",
        )
    return found[1]


def record_year(record: ActionRecord) -> int | None:
    if record.due_date:
        return int(record.due_date[:4])
    return record.year


_INDEXED = ("status", "theme", "section", "document", "ref")


def _indexed_values(record: ActionRecord) -> dict[str, list[str | None]]:
    return {
        "status": [record.status],
        "theme": list(record.themes),
        "section": [record.section],
        "document": [record.document.id, record.document.filename],
        "ref": [record.ref.lower()] if record.ref else [],
    }


class Register:
    """All records, cached until the catalog changes (in this or any other process)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._records: list[ActionRecord] = []
        self._by_id: dict[str, ActionRecord] = {}
        self._by_document: dict[str, list[ActionRecord]] = {}
        self._positions: dict[str, dict[str | None, list[int]]] = {}
        self._themed: dict[tuple[str, ...], tuple[int, dict[str, list[ActionRecord]]]] = {}
        self._generation = -1
        self._lock = threading.Lock()
        self._threads: ThreadIndex | None = None
        self._threads_generation = -1

    def all(self) -> list[ActionRecord]:
        generation = self.catalog.generation()
        with self._lock:
            if generation != self._generation:
                self._records = []  # let the old records go before the new ones load
                _STEMS.clear()
                self._records = self.catalog.records()
                self._by_id = {r.id: r for r in self._records}
                self._by_document = {}
                self._positions = {name: {} for name in _INDEXED}
                for position, record in enumerate(self._records):
                    self._by_document.setdefault(record.document.id, []).append(record)
                    for name, values in _indexed_values(record).items():
                        index = self._positions[name]
                        for value in values:
                            index.setdefault(value, []).append(position)
                self._generation = generation
                release_free_memory()  # the JSON parsed on the way
                # long-lived: keep the cyclic collector from walking every record again and
                # again (on 80k records a full collection pauses a query for ~0.5 s)
                gc.freeze()
            return self._records

    def by_id(self) -> dict[str, ActionRecord]:
        """The same records keyed by id (do not modify)."""
        self.all()
        return self._by_id

    def of_document(self, document_id: str) -> list[ActionRecord]:
        """The document's records, in order (do not modify)."""
        self.all()
        return self._by_document.get(document_id, [])

    def with_refs(self, refs: list[str]) -> list[ActionRecord]:
        """Records whose ref is one of ``refs`` (any case), in order."""
        self.all()
        with self._lock:  # one generation's records and index together
            records, index = self._records, self._positions.get("ref", {})
        wanted = {ref.lower() for ref in refs}
        return [records[p] for p in sorted({p for ref in wanted for p in index.get(ref, ())})]

    def with_themes(self, themes: list[str]) -> dict[str, list[ActionRecord]]:
        """Records with any of ``themes``, by document id, each document's in order (do not
        modify); kept until the index changes."""
        self.all()
        key = tuple(sorted(themes))
        with self._lock:  # one generation's records and index together
            cached = self._themed.get(key)
            if cached is not None and cached[0] == self._generation:
                return cached[1]
            records, generation = self._records, self._generation
            index = self._positions.get("theme", {})
        grouped: dict[str, list[ActionRecord]] = {}
        for position in sorted({p for theme in key for p in index.get(theme, ())}):
            grouped.setdefault(records[position].document.id, []).append(records[position])
        with self._lock:
            if len(self._themed) > 64:
                self._themed.clear()
            self._themed[key] = (generation, grouped)
        return grouped

    def get(self, record_id: str | None) -> ActionRecord | None:
        return self.by_id().get(record_id) if record_id else None

    def matches(self, record: ActionRecord, query: RecordQuery) -> bool:
        if query.document and not any(
            key in (record.document.id, record.document.filename) for key in query.document
        ):
            return False
        if query.status and record.status not in query.status:
            return False
        if query.theme and not set(query.theme) & set(record.themes):
            return False
        if query.since is not None or query.until is not None:
            year = record_year(record)
            if query.since is not None and (year is None or year < query.since):
                return False
            if query.until is not None and (year is None or year > query.until):
                return False
        if query.revised is not None and (record.revised_from_date is not None) != query.revised:
            return False
        if query.owner and query.owner.lower() not in (record.owner or "").lower():
            return False
        if query.ref and (record.ref or "").lower() not in {r.lower() for r in query.ref}:
            return False
        if query.priority and (record.priority or "").lower() != query.priority.lower():
            return False
        if query.section and record.section != query.section:
            return False
        if query.due_from and not (record.due_date and record.due_date >= query.due_from):
            return False
        if query.due_to and not (record.due_date and record.due_date <= query.due_to):
            return False
        if query.revised_from and not (
            record.revised_from_date and record.revised_from_date >= query.revised_from
        ):
            return False
        if query.revised_to and not (
            record.revised_from_date and record.revised_from_date <= query.revised_to
        ):
            return False
        if query.no_due and record.due_text:
            return False
        if query.degree and query.degree not in (record.status_text or "").lower():
            return False
        if query.category and (record.category or "").lower() != query.category.lower():
            return False
        if query.min_extensions and self.slippage(record).extensions < query.min_extensions:
            return False
        return not (query.slipped and not self.slip_reasons(record))

    def threads(self) -> ThreadIndex:
        """Issue threads over all records, rebuilt when the index changes."""
        records = self.all()
        with self._lock:
            if self._threads is None or self._threads_generation != self._generation:
                self._threads = ThreadIndex(records)
                self._threads_generation = self._generation
            return self._threads

    def slippage(self, record: ActionRecord) -> Slippage:
        return self.threads().slippage(record)

    def slip_reasons(self, record: ActionRecord) -> list[str]:
        """Why a record counts as slipped (empty: it did not)."""
        return self.slippage(record).reasons

    def query(self, query: RecordQuery | None = None) -> list[ActionRecord]:
        query = (query or RecordQuery()).validate()
        for key in query.document or []:  # by id or file name, through the catalog's indexes
            if self.catalog.find_document(key) is None:
                raise UnknownDocument(f"unknown document {key!r}")
        if query == RecordQuery():
            return list(self.all())  # no filter: every record
        return [r for r in self._candidates(query) if self.matches(r, query)]

    def _candidates(self, query: RecordQuery) -> list[ActionRecord]:
        """The records that can match ``query``, in register order: the narrowest of the
        status, theme, section and document indexes the query uses (all records without)."""
        self.all()
        with self._lock:  # one generation's records and indexes together
            records, positions = self._records, self._positions
        wanted: dict[str, list[str | None]] = {}
        if query.status:
            wanted["status"] = list(query.status)
        if query.theme:
            wanted["theme"] = list(query.theme)
        if query.section:
            wanted["section"] = [query.section]
        if query.document:
            wanted["document"] = list(query.document)
        if query.ref:
            wanted["ref"] = [ref.lower() for ref in query.ref]
        best: list[int] | None = None
        for name, values in wanted.items():
            found = sorted({p for value in values for p in positions[name].get(value, ())})
            if best is None or len(found) < len(best):
                best = found
        return records if best is None else [records[p] for p in best]
