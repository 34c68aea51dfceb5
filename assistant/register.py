"""The action register: every record, filtered exactly (never top-k), and the slipped rule.

An action has *slipped* when, from the records themselves:

* its deadline was revised ('Original deadline of December 2008 now revised to March 2009'); or
* its due date had passed by the report date and it was not complete; or
* a later report shows the same action with a later due date or a worse status (see threads).
"""

from __future__ import annotations

import gc
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt

from assistant.cell_filters import CellColumn, cell_column, cell_filtered, says_words
from assistant.memory import release_free_memory
from assistant.positions import union
from assistant.record_owners import cell_holds_owner, cell_sole_owner
from assistant.record_owners import known_owners as known_owners  # read from here by others
from assistant.record_owners import owners_of as owners_of
from assistant.record_owners import sole_owner as sole_owner
from assistant.record_query import RecordQuery as RecordQuery  # read from here by others
from assistant.record_query import priority_fits
from assistant.text import in_category, labels_degree, says_degree, status_as_written, stem_tokens
from assistant.text import record_text as record_text  # read from here by others
from assistant.threads import Slippage, ThreadIndex, due_within, when
from ingest.errors import UnknownDocument
from ingest.model import ActionRecord
from vectorstore.catalog import Catalog

SLIPPED_RULE = (
    "slipped = deadline revised, or due date passed by the report date while not complete, "
    "or a later report shows a later deadline or a worse status"
)
STATUS_ORDER = {"complete": 4, "partial": 3, "ongoing": 2, "not_started": 1, "unknown": 0}


def record_year(record: ActionRecord) -> int | None:
    if record.due_date:
        return int(record.due_date[:4])
    return record.year


T = TypeVar("T")
_INDEXED = ("status", "theme", "section", "document", "ref", "owner", "priority", "revised")
Positions = npt.NDArray[np.int32]  # ascending positions in the register
_NONE = np.empty(0, dtype=np.int32)


def _indexed_values(record: ActionRecord) -> dict[str, list[str | None]]:
    return {
        "status": [record.status],
        "theme": list(record.themes),
        "section": [record.section],
        "document": [record.document.id, record.document.filename],
        "ref": [record.ref.lower()] if record.ref else [],
        "owner": [record.owner],  # a register repeats a few hundred owner cells
        "priority": [record.priority],
        "revised": ["yes" if record.revised_from_date is not None else "no"],
    }


def _grouped(keys: array[int], positions: array[int], names: list[Any]) -> dict[Any, Positions]:
    """``{names[key]: ascending positions}`` from parallel (key, position) arrays."""
    key_array = np.frombuffer(keys, dtype=np.int32) if len(keys) else np.empty(0, np.int32)
    position_array = (
        np.frombuffer(positions, dtype=np.int32) if len(positions) else np.empty(0, np.int32)
    )
    order = np.argsort(key_array, kind="stable")  # positions stay ascending within a key
    sorted_keys, sorted_positions = key_array[order], position_array[order]
    bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
    starts = np.concatenate(([0], bounds)) if len(sorted_keys) else np.empty(0, np.int64)
    ends = np.concatenate((bounds, [len(sorted_keys)])) if len(sorted_keys) else starts
    return {
        names[int(sorted_keys[s])]: np.unique(sorted_positions[s:e])
        for s, e in zip(starts, ends, strict=True)
    }


@dataclass(frozen=True, eq=False)
class _Loaded:
    """One generation of the register: the records and their indexes, never changed (a reload
    builds a new one), so a reader holding it sees one consistent register."""

    generation: int
    records: list[ActionRecord]
    by_id: dict[str, ActionRecord]
    position: dict[str, int]
    by_document: dict[str, list[ActionRecord]]
    index: dict[str, dict[str | None, Positions]]  # field -> value -> positions
    stems: dict[str, Positions]  # stem -> positions of the records whose text has it
    issue_stems: dict[str, Positions]  # the same of their title, finding, action and category
    title_stems: dict[str, Positions]  # the same of their title
    stem_id: dict[str, int]  # stem -> id, for the words below
    words: npt.NDArray[np.int32]  # every record's text as stem ids, in order, record after record
    word_starts: npt.NDArray[np.int64]  # where each record's words start in ``words`` (and end)
    year: npt.NDArray[np.int32]  # record_year, 0 when unknown
    when_rank: npt.NDArray[np.int32]  # rank of when(record): report date, else mid-year
    file_rank: npt.NDArray[np.int32]
    ordinal: npt.NDArray[np.int32]

    @classmethod
    def build(cls, generation: int, records: list[ActionRecord]) -> _Loaded:
        by_document: dict[str, list[ActionRecord]] = {}
        values: dict[str, dict[str | None, int]] = {name: {} for name in _INDEXED}
        pairs: dict[str, tuple[array[int], array[int]]] = {
            name: (array("i"), array("i")) for name in _INDEXED
        }
        vocabulary: dict[str, int] = {}
        keyed = {part: (array("i"), array("i")) for part in ("text", "issue", "title")}
        words, word_starts = array("i"), array("q", [0])
        for position, record in enumerate(records):
            by_document.setdefault(record.document.id, []).append(record)
            for name, found in _indexed_values(record).items():
                keys, positions = pairs[name]
                for value in found:
                    keys.append(values[name].setdefault(value, len(values[name])))
                    positions.append(position)
            text, issue, title = _word_ids(record, vocabulary)
            words.extend(text)
            word_starts.append(len(words))
            for part, ids in (("text", set(text)), ("issue", issue), ("title", title)):
                keyed[part][0].extend(ids)
                keyed[part][1].extend([position] * len(ids))
        index = {
            name: _grouped(pairs[name][0], pairs[name][1], list(values[name])) for name in _INDEXED
        }
        names = list(vocabulary)
        stem_index = {part: _grouped(keys, at, names) for part, (keys, at) in keyed.items()}
        del keyed
        whens = [when(r) for r in records]
        files = [r.document.filename for r in records]
        return cls(
            generation=generation,
            records=records,
            by_id={r.id: r for r in records},
            position={r.id: p for p, r in enumerate(records)},
            by_document=by_document,
            index=index,
            stems=stem_index["text"],
            issue_stems=stem_index["issue"],
            title_stems=stem_index["title"],
            stem_id=vocabulary,
            words=np.frombuffer(words, dtype=np.int32) if len(words) else np.empty(0, np.int32),
            word_starts=np.frombuffer(word_starts, dtype=np.int64),
            year=np.array([record_year(r) or 0 for r in records], dtype=np.int32),
            when_rank=_ranks(whens),
            file_rank=_ranks(files),
            ordinal=np.array([r.ordinal for r in records], dtype=np.int32),
        )

    def at(self, positions: Positions) -> list[ActionRecord]:
        records = self.records
        return [records[p] for p in positions.tolist()]

    def positions_of(self, records: list[ActionRecord]) -> Positions:
        """Positions of ``records`` (of this generation), in the order given."""
        return np.array([self.position[r.id] for r in records], dtype=np.int32)


def _word_ids(
    record: ActionRecord, vocabulary: dict[str, int]
) -> tuple[list[int], set[int], set[int]]:
    """The record's text (:func:`record_text`) as stem ids in order, and the ids of the stems
    of its issue (title, finding, action, category) and of its title; new stems get new ids."""
    parts = (record.title, record.finding, record.action, record.progress, record.category)
    ids = [
        [vocabulary.setdefault(s, len(vocabulary)) for s in stem_tokens(part)] if part else []
        for part in (*parts, record.owner)
    ]
    return [i for part in ids for i in part], {*ids[0], *ids[1], *ids[2], *ids[4]}, set(ids[0])


def _ranks(keys: list[str]) -> npt.NDArray[np.int32]:
    """Each key's rank among the distinct keys (equal keys, equal rank)."""
    distinct = {key: rank for rank, key in enumerate(sorted(set(keys)))}
    return np.array([distinct[key] for key in keys], dtype=np.int32)


def intersect(*sets: Positions) -> Positions:
    """Positions in every one of ``sets`` (ascending)."""
    out = sets[0]
    for other in sets[1:]:
        out = np.intersect1d(out, other, assume_unique=True)
    return out


class Register:
    """All records, cached until the catalog changes (in this or any other process).

    Filters on status, theme, section, document, ref and year, and the words a record uses,
    run over position arrays (numpy); the rest of a filter is checked record by record, on
    the records the arrays leave."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._loaded: _Loaded | None = None
        self._themed: dict[tuple[str, ...], tuple[int, dict[str, list[ActionRecord]]]] = {}
        self._lock = threading.Lock()
        self._threads: ThreadIndex | None = None
        self._threads_generation = -1
        self._pin = threading.local()
        self._chunk_ids: tuple[_Loaded, tuple[str, ...]] | None = None
        self._memo: dict[str, tuple[_Loaded, Any]] = {}

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Within the block this thread reads the register as it was at its first use: one
        answer reads one loaded register, and checks the catalog's generation once (a
        recurrence walk over 5,000 documents would otherwise query it 10,000 times)."""
        outer = getattr(self._pin, "depth", 0)
        if outer == 0:
            self._pin.loaded = None
        self._pin.depth = outer + 1
        try:
            yield
        finally:
            self._pin.depth = outer
            if outer == 0:
                self._pin.loaded = None

    def loaded(self) -> _Loaded:
        """The current generation's records and indexes (loaded when the catalog changed).

        Inside a catalog read snapshot (an answer) it is the snapshot's generation. The cached
        register only moves forward: a reader whose snapshot is older than the register
        another reader has loaded since gets one of its own, never cached."""
        pinned = getattr(self._pin, "depth", 0) > 0
        if pinned and self._pin.loaded is not None:
            return cast(_Loaded, self._pin.loaded)
        loaded = self._loaded
        if loaded is None or loaded.generation != self.catalog.generation():
            # the generation and the records are read in one snapshot: a register is
            # never labelled with a generation its records are not from
            with self.catalog.read_snapshot() as generation:
                loaded = self._load(generation)
        if pinned:
            self._pin.loaded = loaded
        return loaded

    def _load(self, generation: int) -> _Loaded:
        """The register of ``generation`` (call within a read snapshot of that generation)."""
        with self._lock:
            current = self._loaded
            if current is not None and current.generation == generation:
                return current
            if current is None or current.generation < generation:
                self._loaded = None  # let the old records go before the new ones load
                self._loaded = _Loaded.build(generation, self.catalog.records())
                release_free_memory()  # the JSON parsed on the way
                # long-lived: keep the cyclic collector from walking every record again and
                # again (on 80k records a full collection pauses a query for ~0.5 s)
                gc.freeze()
                return self._loaded
        # an older snapshot than the cached register (a writer committed while this answer
        # began): its own register, so that records and documents agree
        return _Loaded.build(generation, self.catalog.records())

    def all(self) -> list[ActionRecord]:
        """Every record, by file name and position (do not modify)."""
        return self.loaded().records

    def by_id(self) -> dict[str, ActionRecord]:
        """The same records keyed by id (do not modify)."""
        return self.loaded().by_id

    def of_document(self, document_id: str) -> list[ActionRecord]:
        """The document's records, in order (do not modify)."""
        return self.loaded().by_document.get(document_id, [])

    def with_refs(self, refs: list[str]) -> list[ActionRecord]:
        """Records whose ref is one of ``refs`` (any case), in order."""
        loaded = self.loaded()
        return loaded.at(self._any_of(loaded, "ref", [ref.lower() for ref in refs]))

    def with_themes(self, themes: list[str]) -> dict[str, list[ActionRecord]]:
        """Records with any of ``themes``, by document id, each document's in order (do not
        modify); kept until the index changes."""
        loaded = self.loaded()
        key = tuple(sorted(themes))
        with self._lock:
            cached = self._themed.get(key)
            if cached is not None and cached[0] == loaded.generation:
                return cached[1]
        grouped: dict[str, list[ActionRecord]] = {}
        for record in loaded.at(self._any_of(loaded, "theme", list(key))):
            grouped.setdefault(record.document.id, []).append(record)
        with self._lock:
            if len(self._themed) > 64:
                self._themed.clear()
            self._themed[key] = (loaded.generation, grouped)
        return grouped

    def chunk_ids(self) -> tuple[str, ...]:
        """Each record's chunk id by register position ('' for none); read once a generation
        (the same tuple until then)."""
        loaded = self.loaded()
        cached = self._chunk_ids
        if cached is None or cached[0] is not loaded:
            found = self.catalog.record_chunk_ids()
            cached = self._chunk_ids = (loaded, tuple(found.get(r.id, "") for r in loaded.records))
        return cached[1]

    def get(self, record_id: str | None) -> ActionRecord | None:
        return self.by_id().get(record_id) if record_id else None

    @staticmethod
    def _any_of(loaded: _Loaded, name: str, values: list[str | None]) -> Positions:
        found = [loaded.index[name][v] for v in dict.fromkeys(values) if v in loaded.index[name]]
        if not found:
            return _NONE
        return found[0] if len(found) == 1 else union(found, len(loaded.records))

    # -- words ---------------------------------------------------------------------------------
    def mentioning(self, words: list[str], part: str = "text") -> Positions:
        """Positions of the records whose text (or ``part``: "issue", "title") has any of the
        stems ``words``."""
        loaded = self.loaded()
        index = {"text": loaded.stems, "issue": loaded.issue_stems, "title": loaded.title_stems}
        found = [index[part][w] for w in dict.fromkeys(words) if w in index[part]]
        if not found:
            return _NONE
        return found[0] if len(found) == 1 else union(found, len(loaded.records))

    def topic_shares(self, positions: Positions, weights: dict[str, float]) -> npt.NDArray[Any]:
        """For each position, the share of the stems ``weights`` (stem -> weight) that its
        record's text has, by weight."""
        loaded = self.loaded()
        total = sum(weights.values()) or 1.0
        shares = np.zeros(len(positions), dtype=np.float64)
        for stem, weight in weights.items():
            having = loaded.stems.get(stem)
            if having is None or not len(positions):
                continue
            found = np.minimum(np.searchsorted(having, positions), len(having) - 1)
            shares += weight * (having[found] == positions)
        return shares / total

    def topic_share_of(self, records: list[ActionRecord], weights: dict[str, float]) -> list[float]:
        """:meth:`topic_shares` of ``records`` (records of the register as loaded now)."""
        return self.topic_shares(self.loaded().positions_of(records), weights).tolist()

    # -- order ---------------------------------------------------------------------------------
    def chronological(self, positions: Positions) -> Positions:
        """Oldest report first, then by file name and position in it."""
        loaded = self.loaded()
        keys = (loaded.ordinal[positions], loaded.file_rank[positions], loaded.when_rank[positions])
        return positions[np.lexsort(keys)]

    def ranked(self, positions: Positions, rank: dict[str, int], default: int) -> Positions:
        """By ``rank`` of the record id (``default`` when absent), then report date and
        position in the report; ties keep the order given."""
        loaded = self.loaded()
        by_position = np.full(len(loaded.records), default, dtype=np.int64)
        for record_id, value in rank.items():
            position = loaded.position.get(record_id)
            if position is not None:
                by_position[position] = value
        keys = (loaded.ordinal[positions], loaded.when_rank[positions], by_position[positions])
        return positions[np.lexsort(keys)]

    # -- filters -------------------------------------------------------------------------------
    def matching(self, records: list[ActionRecord], query: RecordQuery) -> list[ActionRecord]:
        """The ``records`` that :meth:`matches` ``query``, in order, the owner filter decided
        once per owner cell a generation (4,000 papers' rows compared by owner at 100k)."""
        if not query.owner:
            return [r for r in records if self.matches(r, query)]
        asked = (query.owner, *(query.owner_or or []), query.owner_only, query.owner_shared)
        fits: dict[str | None, bool] = self.memo(f"owner fits:{asked!r}", dict)
        for cell in {r.owner for r in records} - fits.keys():
            fits[cell] = self._owner_fits(cell, query)
        return [r for r in records if fits[r.owner] and self.matches(r, query, owner_fits=True)]

    def matches(self, record: ActionRecord, query: RecordQuery, owner_fits: bool = False) -> bool:
        """Whether ``record`` meets ``query`` (``owner_fits``: its owner cell is known to)."""
        if query.document and not any(
            key in (record.document.id, record.document.filename) for key in query.document
        ):
            return False
        if query.status and record.status not in query.status:
            return False
        if query.theme and query.theme_all and not set(query.theme) <= set(record.themes):
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
        if query.owner and not owner_fits and not self._owner_fits(record.owner, query):
            return False
        if query.due_says and not says_words(record.due_text, query.due_says):
            return False
        if query.status_says and status_as_written(record).lower() not in {
            v.lower() for v in query.status_says
        }:
            return False
        if query.owner_not and any(  # 'not owned by X or Y': neither (none when X is asked)
            o.lower() in (record.owner or "").lower()
            for o in [query.owner_not, *(query.owner_or or [] if not query.owner else [])]
        ):
            return False
        if query.ref and (record.ref or "").lower() not in {r.lower() for r in query.ref}:
            return False
        if query.ref_not and (record.ref or "").lower() in {r.lower() for r in query.ref_not}:
            return False
        if query.priority and not priority_fits(record.priority, query.priority):
            return False
        if query.section and record.section != query.section:
            return False
        if (query.due_from or query.due_to) and not due_within(
            record, query.due_from, query.due_to
        ):
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
        if query.dated and not record.due_date:  # 'with an actual target date'
            return False
        if (
            query.degree
            and self._graded(record, query)
            and not says_degree(record.status_text or "", query.degree)
        ):
            return False  # 'partly' of 'Partially implemented'; 'completely or significantly'
        if query.category and not in_category(record.category, query.category):
            return False
        if query.min_extensions and self.slippage(record).extensions < query.min_extensions:
            return False
        return not (query.slipped and not self.slip_reasons(record))

    def _graded(self, record: ActionRecord, query: RecordQuery) -> bool:
        """Whether ``query``'s degree applies to ``record``: always with one state asked; with
        several ('in progress or partly met') only to a row in a state the degree grades, the
        states of the rows whose status states it ('partly': partial), not to the other's."""
        if not query.status or len(query.status) < 2:
            return True
        degree = str(query.degree)
        graded = self.memo(
            f"degree-states:{degree}",
            lambda: {r.status for r in self.all() if labels_degree(r.status_text, degree)},
        )
        return record.status in graded

    def _owner_fits(self, cell: str | None, query: RecordQuery) -> bool:
        """Whether an owner cell meets ``query``'s owner (and owner-only) filter."""
        assert query.owner is not None
        known, owners = self.owner_names(), [query.owner, *(query.owner_or or [])]
        return (
            any(cell_holds_owner(cell or "", o, known) for o in owners)
            and (not query.owner_only or cell_sole_owner(cell or "", query.owner, known))
            and not (query.owner_shared and cell_sole_owner(cell or "", query.owner, known))
        )

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """``build()``, kept under ``key`` until the register is reloaded: what a question
        would otherwise read off every record (100,000 of them in a large record) each time.
        ``build`` must read only this register and the catalog's documents."""
        loaded = self.loaded()
        with self._lock:
            cached = self._memo.get(key)
        if cached is not None and cached[0] is loaded:
            return cast(T, cached[1])
        value = build()
        with self._lock:
            self._memo[key] = (loaded, value)
        return value

    def priorities_by_document(self) -> dict[str, frozenset[str]]:
        """The priority values each document's records state, by document id (documents
        stating none left out; do not modify)."""

        def build() -> dict[str, frozenset[str]]:
            held = {
                document: frozenset(r.priority for r in records if r.priority)
                for document, records in self.loaded().by_document.items()
            }
            return {d: v for d, v in held.items() if v}

        return self.memo("priorities", build)

    def owners_by_length(self) -> list[str]:
        """Every owner a cell names (each of a shared cell's), shortest first (do not modify)."""
        return self.memo(
            "owners by length",
            lambda: sorted({o for r in self.all() for o in self.owner_parts(r)}, key=len),
        )

    def owner_names(self) -> frozenset[str]:
        """:func:`known_owners` of the register as loaded now."""
        return self.memo("owner names", lambda: frozenset(known_owners(self.all())))

    def owner_parts(self, record: ActionRecord) -> list[str]:
        """:func:`owners_of` the record, with 'and' read against the register's owners."""
        return owners_of(record, self.owner_names())

    def threads(self) -> ThreadIndex:
        """Issue threads over all records, rebuilt when the index changes."""
        loaded = self.loaded()
        with self._lock:
            if self._threads is not None and self._threads_generation == loaded.generation:
                return self._threads
            if self._threads is None or self._threads_generation < loaded.generation:
                self._threads = ThreadIndex(loaded.records)
                self._threads_generation = loaded.generation
                return self._threads
        return ThreadIndex(loaded.records)  # an older snapshot's, never cached (see loaded)

    def slippage(self, record: ActionRecord) -> Slippage:
        return self.threads().slippage(record)

    def slip_reasons(self, record: ActionRecord) -> list[str]:
        """Why a record counts as slipped (empty: it did not)."""
        return self.slippage(record).reasons

    def query(self, query: RecordQuery | None = None) -> list[ActionRecord]:
        """The records matching ``query``, in register order."""
        return self.loaded().at(self.select(query))

    def select(self, query: RecordQuery | None = None) -> Positions:
        """Positions of the records matching ``query``, ascending."""
        query = (query or RecordQuery()).validate()
        loaded = self.loaded()
        for key in query.document or []:  # by id or file name: the register's, else the catalog's
            if key not in loaded.index["document"] and self.catalog.find_document(key) is None:
                raise UnknownDocument(f"unknown document {key!r}")
        sets: list[Positions] = []
        if query.status:
            sets.append(self._any_of(loaded, "status", list(query.status)))
        if query.theme and query.theme_all:  # each theme a set of its own: all of them
            sets += [self._any_of(loaded, "theme", [theme]) for theme in query.theme]
        elif query.theme:
            sets.append(self._any_of(loaded, "theme", list(query.theme)))
        if query.section:
            sets.append(self._any_of(loaded, "section", [query.section]))
        if query.document:
            sets.append(self._any_of(loaded, "document", list(query.document)))
        if query.ref:
            sets.append(self._any_of(loaded, "ref", [ref.lower() for ref in query.ref]))
        if query.owner:  # decided once per owner cell the register holds, not once per row
            cells = [v for v in loaded.index["owner"] if self._owner_fits(v, query)]
            sets.append(self._any_of(loaded, "owner", cells))
        if query.revised is not None:
            sets.append(self._any_of(loaded, "revised", ["yes" if query.revised else "no"]))
        if query.priority:
            wanted = query.priority
            held = [v for v in loaded.index["priority"] if priority_fits(v, wanted)]
            sets.append(self._any_of(loaded, "priority", held))
        positions = (
            intersect(*sorted(sets, key=len))
            if sets
            else np.arange(len(loaded.records), dtype=np.int32)
        )
        if query.since is not None or query.until is not None:
            years = loaded.year[positions]
            keep = years > 0
            if query.since is not None:
                keep &= years >= query.since
            if query.until is not None:
                keep &= years <= query.until
            positions = positions[keep]
        kept = query.status if query.degree else None  # the states a degree grades one of
        rest = replace(
            query, status=kept, theme=None, section=None, document=None, ref=None, since=None,
            until=None, owner=None, owner_only=False, priority=None, revised=None,
        )  # fmt: skip
        positions, rest = cell_filtered(
            positions, rest, self._column, partial(self._graded, query=rest)
        )
        if rest == RecordQuery():  # what is left is read row by row (a row's slippage)
            return positions
        records = loaded.records
        return np.array(
            [p for p in positions.tolist() if self.matches(records[p], rest)], dtype=np.int32
        )

    def _column(self, name: str) -> CellColumn:
        """Every row's cell ``name`` (:func:`cell_column`), kept per generation."""
        return self.memo(f"cells:{name}", lambda: cell_column(self.all(), name))
