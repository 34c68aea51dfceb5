"""Every chunk's filterable fields as arrays, read once per catalog generation, so a search
filter is a mask computed in memory instead of a listing read from the catalog.

A filtered search asks, more than once, which chunks pass its filter: the dense search of the
rows it ranks, the keyword search of the rows it may return. Listed by SQL, a filter naming 88
documents (a question naming a paper by its year, at 100k chunks) costs tens of milliseconds
each time, and a broad one (records only) more. The fields a filter reads (year, document,
status, has_revised, kind) are fixed for a generation of the catalog, so they are read once
(one scan of the ``chunks`` table) and each filter becomes a few array comparisons that give
what :meth:`~vectorstore.filters.SearchFilters.to_sql` selects: ``NULL`` passes no comparison,
text is compared exactly. A theme filter (``LIKE``, whose matching the backend defines), or a
field holding a value of another type than the schema's, is left to SQL (``passing`` is None).

Usage::

    table = chunk_table(catalog).current()
    mask = table.passing(filters, document_ids)     # bool per chunk, in rowid order, or None
    [table.ids[i] for i in np.flatnonzero(mask)]
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters


@dataclass(frozen=True, eq=False)
class Table:
    """One generation's chunks, in ascending rowid order."""

    generation: int
    ids: tuple[str, ...]
    rowids: npt.NDArray[np.int64]
    document: npt.NDArray[np.int64]  # code of the document id (-1: none)
    documents: dict[str, int]
    year: npt.NDArray[np.float64]  # NaN: NULL
    has_revised: npt.NDArray[np.float64]  # NaN: NULL
    status: npt.NDArray[np.int64]  # code (-1: NULL)
    statuses: dict[str, int]
    kind: npt.NDArray[np.int64]
    kinds: dict[str, int]
    exact: bool  # every value of the schema's type (else filters are left to SQL)

    def __len__(self) -> int:
        return len(self.ids)

    def passing(
        self, filters: SearchFilters, document_ids: list[str] | None
    ) -> npt.NDArray[np.bool_] | None:
        """Which chunks pass ``filters`` (``document_ids``: the resolved document filter), as
        ``filters.to_sql(document_ids)`` selects them; None when SQL must decide (a theme)."""
        if not self.exact or filters.theme:
            return None
        mask = np.ones(len(self.ids), dtype=bool)
        if filters.year_from is not None:
            mask &= self.year >= filters.year_from  # NaN (NULL) compares False
        if filters.year_to is not None:
            mask &= self.year <= filters.year_to
        if document_ids is not None:
            mask &= _among(self.document, self.documents, document_ids)
        if filters.status:
            mask &= _among(self.status, self.statuses, filters.status)
        if filters.has_revised is not None:
            mask &= self.has_revised == int(filters.has_revised)
        if filters.kind:
            mask &= _among(self.kind, self.kinds, [filters.kind])
        return mask

    def in_documents(self, document_ids: Iterable[str]) -> int:
        """How many chunks the documents hold."""
        return int(_among(self.document, self.documents, document_ids).sum())

    def positions(self, rowids: Sequence[int]) -> npt.NDArray[np.int64]:
        """Each rowid's position in the table (-1: not a chunk of this generation)."""
        wanted = np.asarray(rowids, dtype=np.int64)
        at = np.searchsorted(self.rowids, wanted)
        inside = at < len(self.rowids)
        found = np.full(len(wanted), -1, dtype=np.int64)
        hit = inside.copy()
        hit[inside] = self.rowids[at[inside]] == wanted[inside]
        found[hit] = at[hit]
        return found


def _among(
    codes: npt.NDArray[np.int64], known: dict[str, int], values: Iterable[str]
) -> npt.NDArray[np.bool_]:
    wanted = [known[v] for v in values if v in known]
    if not wanted:
        return np.zeros(len(codes), dtype=bool)
    if len(wanted) == 1:
        return codes == wanted[0]
    chosen = np.zeros(len(known) + 1, dtype=bool)  # by code; the last slot is NULL's (-1)
    chosen[wanted] = True
    return chosen[codes]


def _code(value: object, codes: dict[str, int]) -> int:
    if value is None:
        return -1
    return codes.setdefault(str(value), len(codes))


def _number(value: object) -> float:
    """An INTEGER column's value (NaN for NULL); ValueError for any other type."""
    if value is None:
        return math.nan
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return float(value)


def read_table(catalog: Catalog) -> Table:
    """The catalog's chunks as a :class:`Table` (one scan, inside one read snapshot)."""
    with catalog.read_snapshot() as generation:
        rows = catalog.conn.execute(
            "SELECT rowid, id, document_id, year, has_revised, status, kind "
            "FROM chunks ORDER BY rowid"
        ).fetchall()
    documents: dict[str, int] = {}
    statuses: dict[str, int] = {}
    kinds: dict[str, int] = {}
    exact = True
    years: list[float] = []
    revised: list[float] = []
    for row in rows:
        try:
            years.append(_number(row[3]))
            revised.append(_number(row[4]))
        except ValueError:
            exact = False
            years.append(math.nan)
            revised.append(math.nan)
        if not all(v is None or isinstance(v, str) for v in (row[2], row[5], row[6])):
            exact = False
    return Table(
        generation=generation,
        ids=tuple(str(r[1]) for r in rows),
        rowids=np.fromiter((int(r[0]) for r in rows), dtype=np.int64, count=len(rows)),
        document=np.fromiter(
            (_code(r[2], documents) for r in rows), dtype=np.int64, count=len(rows)
        ),
        documents=documents,
        year=np.asarray(years, dtype=np.float64),
        has_revised=np.asarray(revised, dtype=np.float64),
        status=np.fromiter((_code(r[5], statuses) for r in rows), dtype=np.int64, count=len(rows)),
        statuses=statuses,
        kind=np.fromiter((_code(r[6], kinds) for r in rows), dtype=np.int64, count=len(rows)),
        kinds=kinds,
        exact=exact,
    )


class ChunkTable:
    """The catalog's :class:`Table`, read again when its generation changes."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._table: Table | None = None
        self._lock = threading.Lock()

    def current(self) -> Table:
        """The table of the catalog's generation now."""
        generation = self.catalog.generation()
        with self._lock:
            table = self._table
            if table is None or table.generation != generation:
                table = read_table(self.catalog)
                if self._table is None or self._table.generation <= table.generation:
                    self._table = table
            return table

    def held(self) -> Table | None:
        return self._table


_TABLES: weakref.WeakKeyDictionary[object, ChunkTable] = weakref.WeakKeyDictionary()
_TABLES_LOCK = threading.Lock()


def chunk_table(catalog: Catalog) -> ChunkTable:
    """The one :class:`ChunkTable` of ``catalog`` (shared by its dense and keyword searches)."""
    with _TABLES_LOCK:
        table = _TABLES.get(catalog)
        if table is None:
            table = _TABLES[catalog] = ChunkTable(catalog)
        return table
