"""BM25 keyword search with SQLite FTS5, in the catalog's own file.

Local Chroma has no sparse index, so keyword search lives beside it: FTS5 ranks with BM25, is
persisted, updated in the same transaction as the catalog (so it never disagrees with it) and
is shared by every process that opens the index. Exact identifiers ('R18', 'BVPI 153b') are
ordinary tokens here, so they are found by keyword.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from typing import Any

import numpy as np
import numpy.typing as npt
import snowballstemmer

from vectorstore.catalog import Catalog
from vectorstore.chunk_table import Table, chunk_table
from vectorstore.filters import SearchFilters
from vectorstore.fts_postings import FtsPostings

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
STOPWORDS = frozenset(
    (
        "a about above after again all also am an and any are as at be been before being below "
        "between both but by can could did do does doing down during each few for from further "
        "had has have having he her here hers him his how i if in into is it its itself just me "
        "more most my no nor not now of off on once only or other our out over own same she "
        "should so some such than that the their them then there these they this those through "
        "to too under until up very was we were what when where which while who whom why will "
        "with would you your yours tell show give list please many much did"
    ).split()
)


def query_terms(text: str) -> list[str]:
    """Lower-case search terms of a query, stopwords removed, order kept, no duplicates."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(text):
        word = token.lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        seen.setdefault(word, None)
    return list(seen)


def fts_match(terms: list[str]) -> str:
    """An FTS5 OR-query of the quoted terms (quoted, so user text is never FTS syntax)."""
    return " OR ".join('"{}"'.format(term.replace('"', "")) for term in terms)


FILTER_OVERSAMPLE = 50  # a filtered search ranks this many times the wanted hits, then filters
FILTER_FIRST = 4  # ... after a first look at this many times, enough when most rows pass


def informative_terms(
    terms: list[str], frequencies: Callable[[list[str]], tuple[dict[str, int], int]]
) -> list[str]:
    """The terms with a positive BM25 IDF (in fewer than half the chunks); never empty if
    ``terms`` is not (the rarest term is kept). Both lexical indexes drop terms this way."""
    if len(terms) < 2:
        return terms
    df, total = frequencies(terms)
    kept = [t for t in terms if df[t] < total / 2]
    return kept or [min(terms, key=lambda t: df[t])]


class SqliteBm25Index:
    """:class:`~vectorstore.protocols.LexicalIndex` over the catalog's ``chunks_fts`` table.

    FTS5 scores every row that matches any query term, so a term found in most chunks
    ('actions', 'report') makes a query slow on a large index while adding nothing to the
    ranking: FTS5's BM25 gives a term in half the chunks or more an IDF of 1e-6. Such terms are
    left out of the match; the full query runs only when the other terms match too few rows.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._df: dict[str, int] = {}
        self._df_generation = -1
        self._total = 0
        self._lock = threading.Lock()
        # FTS5's ranking from postings held in memory (bit for bit the same)
        self.postings = FtsPostings(catalog, fts_tokens)

    def frequencies(self, terms: list[str]) -> tuple[dict[str, int], int]:
        """Chunks matching each term (stemmed as BM25 does), and all chunks; cached per catalog
        generation."""
        with self._lock:
            generation = self.catalog.generation()
            if generation != self._df_generation:
                self._df, self._df_generation = {}, generation
                self._total = int(
                    self.catalog.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
                )
            for term in terms:
                if term in self._df:
                    continue
                held = self.postings.rows_holding(term, generation)  # the vocabulary, once
                if held is not None:
                    self._df[term] = held
                else:
                    self._df[term] = int(
                        self.catalog.conn.execute(
                            "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?",
                            ('"{}"'.format(term.replace('"', "")),),
                        ).fetchone()[0]
                    )
            return {t: self._df[t] for t in terms}, self._total

    def informative_terms(self, terms: list[str]) -> list[str]:
        return informative_terms(terms, self.frequencies)

    def warm(self) -> None:
        """Read the postings of the commonest tokens now (a server's warm-up), so a question's
        first search reads few from SQLite."""
        self.postings.warm()

    def search(
        self,
        query: str,
        k: int,
        filters: SearchFilters | None = None,
        document_ids: list[str] | None = None,
    ) -> list[tuple[str, float]]:
        terms = [t.replace('"', "") for t in query_terms(query)]
        if not terms:
            return []
        informative = self.informative_terms(terms)
        hits = self._ranked(informative, k, filters or SearchFilters(), document_ids)
        if len(hits) < k and len(informative) < len(terms):
            hits = self._ranked(terms, k, filters or SearchFilters(), document_ids)
        return hits

    def _ranked(
        self, terms: list[str], k: int, filters: SearchFilters, document_ids: list[str] | None
    ) -> list[tuple[str, float]]:
        match = fts_match(terms)
        conn = self.catalog.conn
        unfiltered = filters.is_empty() and document_ids is None
        condition, params = filters.to_sql(document_ids)
        # rank inside FTS5 first, then look up the ids of the best (far cheaper than joining
        # every matching row); with a filter, keep the best that pass. bm25() uses the whole
        # index's statistics, so this is exactly the filtered ranking when enough pass.
        wanted = k if unfiltered else k * FILTER_OVERSAMPLE
        # the chunks that pass, from the catalog's fields held in memory (None: SQL decides)
        table = None if unfiltered else chunk_table(self.catalog).current()
        passing = None if table is None else table.passing(filters, document_ids)
        if (
            document_ids is not None
            and self._expected_passing(document_ids, wanted, table if passing is not None else None)
            < 3 * k
        ):
            # few would pass: rank only the rows that do (their rowids through the document index)
            held = None if table is None or passing is None else (table, passing)
            return self._within(terms, match, k, condition, params, held)
        # a broad filter (records only, a span of years) passes most of the best few: look up
        # a small window first (each looked-up row is a page read), the wide one when too few
        # pass. Either is exact once k pass: the first k that pass, in ranking order.
        for window in (k,) if unfiltered else (k * FILTER_FIRST, wanted):
            ranked: list[Any] | None = self.postings.top(terms, window)
            if ranked is None:
                ranked = conn.execute(
                    "SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH ? "
                    "ORDER BY rank LIMIT ?",
                    [match, window],
                ).fetchall()
            if not ranked:
                return []
            rowids = [r[0] for r in ranked]
            if table is not None and passing is not None:
                ids = _passing_ids(table, passing, rowids)
            else:
                marks = ",".join("?" * len(rowids))
                ids = dict(
                    conn.execute(
                        f"SELECT c.rowid, c.id FROM chunks c WHERE c.rowid IN ({marks}) "
                        f"AND {condition}",
                        [*rowids, *params],
                    ).fetchall()
                )
            # FTS5's bm25() is lower-is-better; report the usual higher-is-better score.
            kept = list(islice(((str(ids[r[0]]), -float(r[1])) for r in ranked if r[0] in ids), k))
            if unfiltered or len(kept) >= k or len(ranked) < window:
                return kept
        if table is not None and passing is not None:
            # too few of the best pass: rank the passing rows in memory (a filter of thousands
            # of papers at 100k chunks made the SQL join every match, ~80 ms a search)
            return self._within(terms, match, k, condition, params, (table, passing))
        return self._joined(match, k, condition, params)

    def _within(
        self,
        terms: list[str],
        match: str,
        k: int,
        condition: str,
        params: list[Any],
        passing: tuple[Table, npt.NDArray[np.bool_]] | None = None,
    ) -> list[tuple[str, float]]:
        """The best ``k`` matching chunks that pass ``condition``, ranked from the postings
        over the passing rows only (FTS5 joined with every match when the postings cannot).
        ``passing``: the catalog's table and the filter's mask over it, which list those rows
        without reading them (else they are read)."""
        if passing is not None:
            table, mask = passing
            rowids = table.rowids[np.flatnonzero(mask)]
            ids = None
        else:
            rows = self.catalog.conn.execute(
                f"SELECT c.rowid, c.id FROM chunks c WHERE {condition}", params
            ).fetchall()
            ids = {int(r[0]): str(r[1]) for r in rows}
        ranked = self.postings.top(terms, k, within=rowids if ids is None else list(ids))
        if ranked is None:
            return self._joined(match, k, condition, params)
        if ids is None:
            ids = _passing_ids(table, mask, [rowid for rowid, _ in ranked])
            if len(ids) < len(ranked):  # the postings are of another generation than the table
                return self._within(terms, match, k, condition, params)
        return [(ids[rowid], -float(rank)) for rowid, rank in ranked]

    def _joined(
        self, match: str, k: int, condition: str, params: list[Any]
    ) -> list[tuple[str, float]]:
        """The best ``k`` matching chunks that pass ``condition``, every match joined."""
        rows = self.catalog.conn.execute(
            "SELECT c.id AS id, bm25(chunks_fts) AS score FROM chunks_fts "
            "JOIN chunks c ON c.rowid = chunks_fts.rowid "
            f"WHERE chunks_fts MATCH ? AND {condition} ORDER BY score LIMIT ?",
            [match, *params, k],
        ).fetchall()
        return [(str(r["id"]), -float(r["score"])) for r in rows]

    def _expected_passing(
        self, document_ids: list[str], ranked: int, table: Table | None = None
    ) -> float:
        """How many of ``ranked`` chunks would be in the documents, if spread evenly (a count
        over the catalog's document index, or the ``table`` of its chunks)."""
        if not document_ids:
            return 0.0
        _, total = self.frequencies([])
        if table is not None:
            inside = table.in_documents(document_ids)
        else:
            marks = ",".join("?" * len(document_ids))
            inside = self.catalog.conn.execute(
                f"SELECT COUNT(*) FROM chunks WHERE document_id IN ({marks})", document_ids
            ).fetchone()[0]
        return ranked * int(inside) / max(total, 1)


def _passing_ids(table: Table, passing: npt.NDArray[np.bool_], rowids: list[int]) -> dict[int, str]:
    """rowid -> chunk id of the ``rowids`` whose chunk passes (``passing``: the table's mask)."""
    at = table.positions(rowids)
    pairs = zip(rowids, at.tolist(), strict=True)
    return {rowid: table.ids[i] for rowid, i in pairs if i >= 0 and passing[i]}


# -- the tokens FTS5 indexes, in Python (for the PostgreSQL lexical index) ---------------------
_FTS_TOKEN = re.compile(r"[^\W_]+")
_PORTER = snowballstemmer.stemmer("porter")
_PORTER_LOCK = threading.Lock()


def _fold(text: str) -> str:
    """Lower case without diacritics, as FTS5's ``unicode61 remove_diacritics 2`` folds."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def _porter(token: str) -> str:
    if len(token) < 3 or len(token) > 64:  # FTS5's porter leaves these as they are
        return token
    with _PORTER_LOCK:  # snowball stemmers keep state between calls
        return str(_PORTER.stemWord(token))


def fts_tokens(text: str) -> list[str]:
    """The tokens SQLite's ``porter unicode61 remove_diacritics 2`` tokenizer makes of
    ``text``, in order: runs of letters and digits, folded, Porter-stemmed (Snowball's
    implementation of the original Porter algorithm, which FTS5's porter tokenizer is)."""
    return [_porter(token) for token in _FTS_TOKEN.findall(_fold(text))]
