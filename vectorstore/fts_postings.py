"""FTS5's BM25 ranking summed in memory from the index's own postings, kept per generation.

``SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH '"a" OR "b"' ORDER BY rank`` makes
FTS5 call its ``bm25()`` for every row that holds any term (about 3 µs a row: 200 ms for a
question whose words are in 60,000 of 100,000 chunks), however few rows are wanted. The score
of a (term, row) pair depends only on the term's document frequency, the row's length and the
index's totals, all fixed for a generation of the catalog. So each term's postings are read
once per generation (through an ``fts5vocab`` table: rows and in-row frequency), turned into
that term's BM25 contribution per row, and kept (least recently used out, by postings held);
a query then adds a few arrays and takes the best rows. A server's warm-up reads the postings
of the terms in most rows (:meth:`FtsPostings.warm`: those cost most to read when a question
first asks for them) within a stated bound, so a new question reads few or none.

The result is FTS5's own, bit for bit: the same formula and constants (``fts5_aux.c``:
k1 = 1.2, b = 0.75, IDF floored at 1e-6), the same floating-point operations in the same
order, the totals read from FTS5's averages record and each row's length from its docsize
table, and ties in rowid order as FTS5's sort leaves them (``tests/vectorstore/
test_fts_postings.py`` compares every ranking with FTS5's). A query whose quoted term is not
exactly one token, or a reader on a snapshot older than the newest seen, is left to FTS5.

Usage::

    postings = FtsPostings(catalog)
    postings.top(["partnership", "governance"], 40)   # [(rowid, rank), ...] as FTS5 orders
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from vectorstore.catalog import Catalog

K1 = 1.2  # fts5_aux.c's constants
B = 0.75
MIN_IDF = 1e-6
# postings kept at most (12 bytes each: a row position and a contribution): ~144 MB
MAX_POSTINGS = 12_000_000
# postings read at warm-up at most (~120 MB; about 10 s of CPU at 1 µs a posting), leaving
# room for the rarer terms questions ask for
WARM_POSTINGS = 10_000_000
_VOCAB = "govrag_fts_instances"
_ROWS = "govrag_fts_rows"


def varints(blob: bytes) -> list[int]:
    """SQLite's variable-length integers (big-endian, 7 bits a byte, the ninth byte whole)."""
    values: list[int] = []
    i = 0
    while i < len(blob):
        value = 0
        for n in range(9):
            byte = blob[i]
            i += 1
            if n == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


@dataclass
class _Generation:
    """One generation's totals, rows and the postings read so far."""

    generation: int
    rows: int  # FTS5's row count (xRowCount)
    rowids: npt.NDArray[np.int64]  # every row, ascending
    norm: npt.NDArray[np.float64]  # per row: k1 * (1 - b + b * length / average length)
    terms: OrderedDict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]] = field(
        default_factory=OrderedDict
    )
    held: int = 0
    holding: dict[str, int] | None = None  # token -> rows holding it, once read


class FtsPostings:
    """FTS5's ``ORDER BY rank`` for OR-queries of single tokens, from postings in memory."""

    def __init__(
        self,
        catalog: Catalog,
        tokens: Callable[[str], list[str]],
        max_postings: int = MAX_POSTINGS,
    ) -> None:
        """``tokens``: the tokens FTS5's tokenizer makes of a text
        (``vectorstore.bm25.fts_tokens``)."""
        self.catalog = catalog
        self.tokens = tokens
        self.max_postings = max_postings
        self._state: _Generation | None = None
        self._lock = threading.Lock()

    def top(
        self, terms: list[str], n: int, within: Sequence[int] | npt.NDArray[np.int64] | None = None
    ) -> list[tuple[int, float]] | None:
        """(rowid, rank) of the best ``n`` rows matching any of ``terms``, best (lowest rank)
        first, exactly as ``ORDER BY rank LIMIT n`` over ``"t1" OR "t2" ...`` returns them;
        with ``within``, only those rowids are ranked (the whole index's statistics kept, as
        bm25() keeps them under a filter); None when FTS5 must answer (a term that is not one
        token, an older snapshot)."""
        phrases = []
        for term in terms:
            tokens = self.tokens(term)
            if len(tokens) != 1:
                return None
            phrases.append(tokens[0])
        if not phrases or n <= 0:
            return [] if phrases else None
        with self.catalog.read_snapshot() as generation:
            state = self._generation(generation)
            if state is None:
                return None
            if not state.rows:
                return []
            postings = [self._postings(state, token) for token in phrases]
        scores = np.zeros(len(state.rowids), dtype=np.float64)
        matched = np.zeros(len(state.rowids), dtype=bool)
        for positions, contribution in postings:  # in the query's order, as bm25() sums
            scores[positions] += contribution
            matched[positions] = True
        if within is not None:
            allowed = np.zeros(len(state.rowids), dtype=bool)
            wanted = np.sort(np.asarray(within, dtype=np.int64))
            at = np.searchsorted(state.rowids, wanted)
            inside = at < len(state.rowids)
            at, wanted = at[inside], wanted[inside]
            allowed[at[state.rowids[at] == wanted]] = True
            matched &= allowed
        hits = np.flatnonzero(matched)  # ascending rowid
        rank = -1.0 * scores[hits]
        if hits.size > n:
            cut = np.partition(rank, n - 1)[n - 1]
            keep = np.flatnonzero(rank <= cut)  # every row tied with the last one, too
            hits, rank = hits[keep], rank[keep]
        order = np.argsort(rank, kind="stable")[:n]  # ties stay in rowid order
        return [(int(state.rowids[hits[i]]), float(rank[i])) for i in order]

    def warm(self, budget: int = WARM_POSTINGS) -> int:
        """Read now the postings of the tokens in most rows (the costliest to read when first
        asked for), in that order, while they fit in ``budget`` postings (and the cache's own
        bound); the number of postings read."""
        with self.catalog.read_snapshot() as generation:
            state = self._generation(generation)
            if state is None or not state.rows:
                return 0
            holding = self._holding(state)
            room = min(budget, self.max_postings)
            chosen: list[str] = []
            for token, rows in sorted(holding.items(), key=lambda p: (-p[1], p[0])):
                if rows > room:
                    break
                chosen.append(token)
                room -= rows
            for token in reversed(chosen):  # the commonest read last: the last evicted
                self._postings(state, token)
        return min(budget, self.max_postings) - room

    def rows_holding(self, term: str, generation: int) -> int | None:
        """How many rows hold ``term`` (FTS5's ``COUNT(*) ... MATCH '"term"'``), from the
        index's vocabulary read once per generation; None when FTS5 must count (a term that is
        not one token, a state other than ``generation``'s)."""
        tokens = self.tokens(term)
        if len(tokens) != 1:
            return None
        with self.catalog.read_snapshot() as current:
            if current != generation:
                return None
            state = self._generation(current)
            if state is None:
                return None
            return self._holding(state).get(tokens[0], 0)

    def _holding(self, state: _Generation) -> dict[str, int]:
        """Token -> rows holding it, for the whole index (one read of ``fts5vocab``'s row
        table; call within the state's snapshot)."""
        with self._lock:
            if state.holding is not None:
                return state.holding
        conn = self.catalog.conn
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_ROWS} "
            "USING fts5vocab(main, chunks_fts, row)"
        )
        holding = {str(t): int(n) for t, n in conn.execute(f"SELECT term, doc FROM temp.{_ROWS}")}
        with self._lock:
            if state.holding is None:
                state.holding = holding
            return state.holding

    def _generation(self, generation: int) -> _Generation | None:
        """This generation's state (read now if it is newer than the one held); None for an
        older snapshot."""
        with self._lock:
            state = self._state
        if state is not None and state.generation == generation:
            return state
        if state is not None and generation < state.generation:
            return None
        state = self._read_totals(generation)
        with self._lock:
            if self._state is None or self._state.generation < generation:
                self._state = state
        return state

    def _read_totals(self, generation: int) -> _Generation:
        conn = self.catalog.conn
        row = conn.execute("SELECT block FROM chunks_fts_data WHERE id = 1").fetchone()
        totals = varints(bytes(row[0])) if row is not None and row[0] else []
        rows, tokens = (totals[0], sum(totals[1:])) if totals else (0, 0)  # empty: no record
        ids: list[int] = []
        lengths: list[int] = []
        for rowid, size in conn.execute("SELECT id, sz FROM chunks_fts_docsize ORDER BY id"):
            ids.append(int(rowid))
            first = size[0] if size else 0
            lengths.append(first if first < 0x80 else sum(varints(bytes(size))[:1]))
        length = np.asarray(lengths, dtype=np.float64)
        average = float(tokens) / float(rows) if rows else 1.0
        # bm25(): k1 * (1 - b + b * D / avgdl), the same operations in the same order
        norm = K1 * ((1 - B) + (B * length) / average)
        return _Generation(generation, rows, np.asarray(ids, dtype=np.int64), norm)

    def _postings(
        self, state: _Generation, token: str
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]:
        """The token's rows (positions in ``state.rowids``) and its BM25 term per row."""
        with self._lock:
            known = state.terms.get(token)
            if known is not None:
                state.terms.move_to_end(token)
                return known
        conn = self.catalog.conn
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_VOCAB} "
            "USING fts5vocab(main, chunks_fts, instance)"
        )
        found = conn.execute(
            f"SELECT doc, COUNT(*) FROM temp.{_VOCAB} WHERE term = ? GROUP BY doc", (token,)
        ).fetchall()
        rowids = np.fromiter((r[0] for r in found), dtype=np.int64, count=len(found))
        frequency = np.fromiter((r[1] for r in found), dtype=np.float64, count=len(found))
        positions = np.searchsorted(state.rowids, rowids).astype(np.int32)
        hit = len(found)
        idf = math.log((state.rows - hit + 0.5) / (hit + 0.5))
        if idf <= 0.0:
            idf = MIN_IDF
        # bm25(): idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl)))
        contribution = idf * ((frequency * (K1 + 1.0)) / (frequency + state.norm[positions]))
        value = (positions, contribution)
        with self._lock:
            if token not in state.terms:
                state.terms[token] = value
                state.held += hit
                while state.held > self.max_postings and len(state.terms) > 1:
                    _, (dropped, _) = state.terms.popitem(last=False)
                    state.held -= len(dropped)
        return value
