"""BM25 keyword search in PostgreSQL, over the catalog's term postings.

Each chunk's terms are the tokens SQLite FTS5 indexes (folded, Porter-stemmed:
``vectorstore.bm25.fts_tokens``), written as ``postings`` rows (term, chunk, term frequency,
chunk length) in the document's transaction (``vectorstore.pg_postings``). A query's terms go
through the same tokenizer; BM25 is one SQL statement: each term's postings read from the
b-tree on the term (index-only), summed per chunk, ``GROUP BY chunk ORDER BY score DESC LIMIT
k``, as FTS5 sums inside its index. The score is FTS5's BM25 (k1 = 1.2, b = 0.75, IDF
``ln((N - n + 0.5) / (n + 0.5))`` floored at 1e-6) from stored statistics: document frequency
from ``term_stats``, N and the average length from the totals in ``meta``, per catalog
generation. So both backends rank alike, which ``ts_rank_cd`` (no IDF, no length normalisation
against the corpus average) would not (tests/vectorstore/test_catalog_contract.py).

One difference: a query word FTS5 splits in two ("don't": don, t) is a phrase there; here its
tokens are scored as two words (frequencies still count it as a phrase, from the chunks'
``terms`` tsvector).
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from typing import Any

from vectorstore.bm25 import FILTER_OVERSAMPLE, fts_tokens, informative_terms, query_terms
from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters

K1 = 1.2
B = 0.75
# the best chunks by BM25 over the query's terms: each term's postings (an index-only scan of
# the term's b-tree range), summed per chunk. Parameters: k1, b, b, average length, the
# distinct terms, their weights (IDF x (k1 + 1) x times in the query), how many.
_TOP = (
    "SELECT p.chunk, SUM(q.w * p.tf / (p.tf + ? * (1 - ? + ? * p.length / ?))) AS score"
    " FROM unnest(CAST(? AS text[]), CAST(? AS float8[])) AS q(term, w)"
    " CROSS JOIN LATERAL (SELECT chunk, tf, length FROM postings WHERE postings.term = q.term) p"
    " GROUP BY p.chunk"
)


def tsquery_literal(tokens: list[str], operator: str = " | ") -> str:
    """A ``tsquery`` literal of quoted lexemes (so user text is never tsquery syntax)."""
    return operator.join("'{}'".format(t.replace("\\", "\\\\").replace("'", "''")) for t in tokens)


def idf(df: int, total: int) -> float:
    """FTS5's BM25 IDF: never below 1e-6 (a term in half the chunks or more adds nothing)."""
    value = math.log((total - df + 0.5) / (df + 0.5)) if total else 0.0
    return value if value > 0 else 1e-6


class PostgresBm25Index:
    """:class:`~vectorstore.protocols.LexicalIndex` over a
    :class:`~vectorstore.pg_catalog.PostgresCatalog`'s postings."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._df: dict[str, int] = {}
        self._generation = -1
        self._total = 0
        self._average = 1.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        generation = self.catalog.generation()
        if generation != self._generation:
            totals = {
                str(r["key"]): int(r["value"])
                for r in self.catalog.conn.execute(
                    "SELECT key, value FROM meta WHERE key IN ('lexical_chunks', 'lexical_length')"
                )
            }
            self._df, self._generation = {}, generation
            self._total = totals.get("lexical_chunks", 0)
            length = totals.get("lexical_length", 0)
            self._average = length / self._total if self._total else 1.0

    def _counts(self, keys: list[str]) -> dict[str, int]:
        """Document frequency of each key: a stemmed token (NUL + token) from ``term_stats``,
        a term of several tokens as a phrase over the chunks' tsvectors. Under the lock."""
        tokens = [key[1:] for key in keys if key not in self._df and key.startswith("\0")]
        if tokens:
            found = {
                str(r["term"]): int(r["df"])
                for r in self.catalog.conn.execute(
                    "SELECT term, df FROM term_stats WHERE term = ANY(?)", (tokens,)
                )
            }
            self._df.update({"\0" + t: found.get(t, 0) for t in tokens})
        for key in keys:
            if key not in self._df:
                phrase = fts_tokens(key)
                if len(phrase) == 1:
                    self._df[key] = self._counts(["\0" + phrase[0]])["\0" + phrase[0]]
                elif not phrase:
                    self._df[key] = 0
                else:
                    self._df[key] = int(
                        self.catalog.conn.execute(
                            "SELECT COUNT(*) FROM chunks WHERE terms @@ CAST(? AS tsquery)",
                            (tsquery_literal(phrase, " <-> "),),
                        ).fetchone()[0]
                    )
        return {key: self._df[key] for key in keys}

    def warm(self) -> None:
        """Nothing to read ahead: PostgreSQL ranks from its own postings table."""

    def frequencies(self, terms: list[str]) -> tuple[dict[str, int], int]:
        """Chunks matching each term (tokenized and stemmed as the search does; a term of
        several tokens as a phrase), and all chunks; cached per catalog generation."""
        with self._lock:
            self._refresh()
            return self._counts(terms), self._total

    def informative_terms(self, terms: list[str]) -> list[str]:
        return informative_terms(terms, self.frequencies)

    def search(
        self,
        query: str,
        k: int,
        filters: SearchFilters | None = None,
        document_ids: list[str] | None = None,
    ) -> list[tuple[str, float]]:
        terms = [t.replace('"', "") for t in query_terms(query)]
        terms = [t for t in terms if fts_tokens(t)]
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
        """The top ``k`` chunks by BM25 over ``terms`` that pass the filters.

        Every term counts, as each is its own phrase in FTS5's query: 'control' and 'controls'
        weigh their common stem twice there, so they do here. Unfiltered, the ranking is one
        statement. Filtered, the best ``k`` x ``FILTER_OVERSAMPLE`` are ranked and the first
        ``k`` that pass kept (exact: BM25 uses the whole index's statistics), and every match
        is joined to the filter only when too few pass, as on SQLite."""
        times = Counter(token for term in terms for token in fts_tokens(term))
        tokens = sorted(times)
        with self._lock:
            self._refresh()
            counts = self._counts(["\0" + t for t in tokens])
            weights = [idf(counts["\0" + t], self._total) * times[t] * (K1 + 1) for t in tokens]
            scoring: list[Any] = [K1, B, B, self._average, tokens, weights]
        conn = self.catalog.conn
        if filters.is_empty() and document_ids is None:
            rows = conn.execute(
                f"SELECT c.id, t.score FROM ({_TOP} ORDER BY score DESC, p.chunk LIMIT ?) t"
                " JOIN chunks c ON c.rowid = t.chunk ORDER BY t.score DESC, t.chunk",
                [*scoring, k],
            ).fetchall()
            return [(str(r["id"]), float(r["score"])) for r in rows]
        condition, params = filters.to_sql(document_ids)
        wanted = k * FILTER_OVERSAMPLE
        if document_ids is not None and self._expected_passing(document_ids, wanted) < 3 * k:
            return self._joined(scoring, k, condition, params)  # few would pass: skip a rank
        ranked = conn.execute(
            f"{_TOP} ORDER BY score DESC, p.chunk LIMIT ?", [*scoring, wanted]
        ).fetchall()
        if not ranked:
            return []
        passing = {
            int(r["rowid"]): str(r["id"])
            for r in conn.execute(
                f"SELECT c.rowid, c.id FROM chunks c WHERE c.rowid = ANY(?) AND {condition}",
                [[int(r["chunk"]) for r in ranked], *params],
            )
        }
        kept = [(passing[r["chunk"]], float(r["score"])) for r in ranked if r["chunk"] in passing]
        if len(kept) >= k or len(ranked) < wanted:
            return kept[:k]
        return self._joined(scoring, k, condition, params)

    def _joined(
        self, scoring: list[Any], k: int, condition: str, params: list[Any]
    ) -> list[tuple[str, float]]:
        """The best ``k`` matching chunks that pass ``condition``, every match joined."""
        rows = self.catalog.conn.execute(
            f"SELECT c.id, t.score FROM ({_TOP}) t JOIN chunks c ON c.rowid = t.chunk"
            f" WHERE {condition} ORDER BY t.score DESC, t.chunk LIMIT ?",
            [*scoring, *params, k],
        ).fetchall()
        return [(str(r["id"]), float(r["score"])) for r in rows]

    def _expected_passing(self, document_ids: list[str], ranked: int) -> float:
        """How many of ``ranked`` chunks would be in the documents, if spread evenly."""
        if not document_ids:
            return 0.0
        inside = self.catalog.conn.execute(
            "SELECT COUNT(*) FROM chunks WHERE document_id = ANY(?)", (document_ids,)
        ).fetchone()[0]
        return ranked * int(inside) / max(self._total, 1)
