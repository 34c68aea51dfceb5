"""BM25 keyword search in PostgreSQL, over the ``terms`` tsvector of the catalog's chunks.

Each chunk row holds the tokens SQLite FTS5 would index (folded, Porter-stemmed, with
positions) as a ``simple`` tsvector under a GIN index, written in the document's transaction
(``vectorstore.pg_catalog``). A query's terms go through the same tokenizer; the GIN index finds
the chunks holding any of them, and the score is FTS5's BM25 (k1 = 1.2, b = 0.75, IDF
``ln((N - n + 0.5) / (n + 0.5))`` floored at 1e-6), computed from stored term statistics: term
frequency from the positions, chunk length from ``chunks.length``, N and the average length per
catalog generation. So both backends rank alike, which ``ts_rank_cd`` (no IDF, no length
normalisation against the corpus average) would not. On the bundled record both give the same
top 8 and the same scores for every gold question (tests/vectorstore/test_catalog_contract.py).

One difference: a query word FTS5 splits in two ("don't": don, t) is a phrase there; here its
tokens are scored as two words (frequencies still count it as a phrase).
"""

from __future__ import annotations

import math
import threading

from vectorstore.bm25 import fts_tokens, informative_terms, query_terms
from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters

K1 = 1.2
B = 0.75
# rows a query scores at most before its commonest terms stop selecting rows (they still score
# the rows the rarer terms select; see PostgresBm25Index._ranked)
CANDIDATE_CAP = 3000


def tsquery_literal(tokens: list[str], operator: str = " | ") -> str:
    """A ``tsquery`` literal of quoted lexemes (so user text is never tsquery syntax)."""
    return operator.join("'{}'".format(t.replace("\\", "\\\\").replace("'", "''")) for t in tokens)


def idf(df: int, total: int) -> float:
    """FTS5's BM25 IDF: never below 1e-6 (a term in half the chunks or more adds nothing)."""
    value = math.log((total - df + 0.5) / (df + 0.5)) if total else 0.0
    return value if value > 0 else 1e-6


class PostgresBm25Index:
    """:class:`~vectorstore.protocols.LexicalIndex` over a
    :class:`~vectorstore.pg_catalog.PostgresCatalog`'s chunks."""

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
            row = self.catalog.conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(length), 0) FROM chunks"
            ).fetchone()
            self._df, self._generation = {}, generation
            self._total = int(row[0])
            self._average = float(row[1]) / self._total if self._total else 1.0

    def _count(self, key: str, tokens: list[str]) -> int:
        if key not in self._df:
            if not tokens:
                self._df[key] = 0
            else:
                self._df[key] = int(
                    self.catalog.conn.execute(
                        "SELECT COUNT(*) FROM chunks WHERE terms @@ CAST(? AS tsquery)",
                        (tsquery_literal(tokens, " <-> "),),
                    ).fetchone()[0]
                )
        return self._df[key]

    def frequencies(self, terms: list[str]) -> tuple[dict[str, int], int]:
        """Chunks matching each term (tokenized and stemmed as the search does; a term of
        several tokens as a phrase), and all chunks; cached per catalog generation."""
        with self._lock:
            self._refresh()
            return {t: self._count(t, fts_tokens(t)) for t in terms}, self._total

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
        """The top ``k`` chunks by BM25 over ``terms``.

        Scoring every row that holds any term is slow when a term is common (tens of thousands
        of rows at 100k chunks). So when the terms' rows add up to more than
        ``CANDIDATE_CAP``, the rarest terms (up to the cap) select the rows and every term
        scores them. That is exact: a row holding only the common terms scores below the sum
        of their IDFs times (k1 + 1), the most a term can add; when the k-th selected row
        scores at least that, no such row can enter the top k. Otherwise every row is scored."""
        # every term counts, as each is its own phrase in FTS5's query: 'control' and
        # 'controls' weigh their common stem twice there, so they do here
        tokens = [token for term in terms for token in fts_tokens(term)]
        with self._lock:  # tokens are stemmed already: counted as they are ("\0" keys)
            self._refresh()
            counts = [self._count("\0" + t, [t]) for t in tokens]
            weights = [idf(df, self._total) for df in counts]
            average = self._average
        if sum(counts) > CANDIDATE_CAP and len(set(tokens)) > 1:
            by_rarity = sorted(set(tokens), key=lambda t: counts[tokens.index(t)])
            selecting: list[str] = []
            total = 0
            for token in by_rarity:
                df = counts[tokens.index(token)]
                if selecting and total + df > CANDIDATE_CAP:
                    break
                selecting.append(token)
                total += df
            rest = [i for i, t in enumerate(tokens) if t not in selecting]
            if rest:
                bound = sum(weights[i] for i in rest) * (K1 + 1)
                hits = self._scored(tokens, weights, selecting, average, k, filters, document_ids)
                if len(hits) == k and hits[-1][1] >= bound:
                    return hits
        return self._scored(tokens, weights, tokens, average, k, filters, document_ids)

    def _scored(
        self,
        tokens: list[str],
        weights: list[float],
        selecting: list[str],
        average: float,
        k: int,
        filters: SearchFilters,
        document_ids: list[str] | None,
    ) -> list[tuple[str, float]]:
        """Rows holding any of ``selecting``, scored by BM25 over every one of ``tokens``."""
        condition, params = filters.to_sql(document_ids)
        # per matching chunk, only the query's lexemes are taken out of its tsvector (setweight
        # marks them, ts_filter keeps them: both in C), and scored against the query's IDFs
        rows = self.catalog.conn.execute(
            "SELECT id, score FROM (SELECT c.rowid, c.id,"
            " (SELECT SUM(q.idf * cardinality(u.positions) * ?"
            " / (cardinality(u.positions) + ? * (1 - ? + ? * c.length / ?)))"
            " FROM unnest(ts_filter(setweight(c.terms, 'A', CAST(? AS text[])), '{a}')) u"
            " JOIN unnest(CAST(? AS text[]), CAST(? AS float8[])) AS q(term, idf)"
            " ON q.term = u.lexeme) AS score"
            f" FROM chunks c WHERE c.terms @@ CAST(? AS tsquery) AND {condition}) s"
            " ORDER BY score DESC, rowid LIMIT ?",
            [
                K1 + 1,
                K1,
                B,
                B,
                average,
                tokens,
                tokens,
                weights,
                tsquery_literal(selecting),
                *params,
                k,
            ],
        ).fetchall()
        return [(str(r["id"]), float(r["score"])) for r in rows]
