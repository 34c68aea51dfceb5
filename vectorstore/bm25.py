"""BM25 keyword search with SQLite FTS5, in the catalog's own file.

Local Chroma has no sparse index, so keyword search lives beside it: FTS5 ranks with BM25, is
persisted, updated in the same transaction as the catalog (so it never disagrees with it) and
is shared by every process that opens the index. Exact identifiers ('R18', 'BVPI 153b') are
ordinary tokens here, so they are found by keyword.
"""

from __future__ import annotations

import re

from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters

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


def fts_query(text: str) -> str | None:
    """An FTS5 OR-query of the quoted terms (quoted, so user text is never FTS syntax)."""
    terms = query_terms(text)
    if not terms:
        return None
    return " OR ".join(f'"{term}"' for term in terms)


class SqliteBm25Index:
    """:class:`~vectorstore.protocols.LexicalIndex` over the catalog's ``chunks_fts`` table."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def search(
        self,
        query: str,
        k: int,
        filters: SearchFilters | None = None,
        document_ids: list[str] | None = None,
    ) -> list[tuple[str, float]]:
        match = fts_query(query)
        if match is None:
            return []
        condition, params = (filters or SearchFilters()).to_sql(document_ids)
        rows = self.catalog.conn.execute(
            "SELECT c.id AS id, bm25(chunks_fts) AS score FROM chunks_fts "
            "JOIN chunks c ON c.rowid = chunks_fts.rowid "
            f"WHERE chunks_fts MATCH ? AND {condition} ORDER BY score LIMIT ?",
            [match, *params, k],
        ).fetchall()
        # FTS5's bm25() is lower-is-better; report the usual higher-is-better score.
        return [(str(r["id"]), -float(r["score"])) for r in rows]

    def records_mentioning(self, terms: list[str]) -> set[str]:
        """Ids of the records whose chunk contains any of the terms (stemmed, as FTS5 does)."""
        match = fts_query(" ".join(terms))
        if match is None:
            return set()
        rows = self.catalog.conn.execute(
            "SELECT c.record_id AS record_id FROM chunks_fts "
            "JOIN chunks c ON c.rowid = chunks_fts.rowid "
            "WHERE chunks_fts MATCH ? AND c.record_id IS NOT NULL",
            [match],
        ).fetchall()
        return {str(r["record_id"]) for r in rows}
