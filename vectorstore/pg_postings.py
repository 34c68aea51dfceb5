"""The PostgreSQL catalog's term postings: the rows BM25 is summed from (schema 3).

``postings`` holds one row per (term, chunk): the term frequency and the chunk's token count,
under a b-tree on (term, chunk) that carries both, so a query's terms are read by index-only
scans and scored with no join (``vectorstore.pg_lexical``). ``term_stats`` holds each term's
document frequency; ``meta`` keeps the chunk count and the total token count (BM25's N and
average length). The terms are :func:`~vectorstore.bm25.fts_tokens` (the caller's), the tokens
SQLite FTS5 indexes, so both backends score the same terms.

Everything here runs inside the catalog's write transaction of the document (rows, records,
chunks and postings commit together), and a document's postings are deleted with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import psycopg

SCHEMA = """
CREATE TABLE IF NOT EXISTS postings (
    term TEXT NOT NULL,
    chunk BIGINT NOT NULL,
    tf INTEGER NOT NULL,
    length INTEGER NOT NULL,
    PRIMARY KEY (term, chunk) INCLUDE (tf, length)
);
CREATE TABLE IF NOT EXISTS term_stats (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
INSERT INTO meta(key, value) VALUES ('lexical_chunks', '0'), ('lexical_length', '0')
    ON CONFLICT (key) DO NOTHING;
"""
TABLES = ("postings", "term_stats")


def _add_totals(conn: psycopg.Connection[Any], chunks: int, length: int) -> None:
    conn.execute(
        "UPDATE meta SET value = (CAST(value AS BIGINT) + CASE key"
        " WHEN 'lexical_chunks' THEN %s ELSE %s END)::text"
        " WHERE key IN ('lexical_chunks', 'lexical_length')",
        (chunks, length),
    )


def write(conn: psycopg.Connection[Any], chunks: Iterable[tuple[int, Counter[str], int]]) -> None:
    """Add the postings of new chunks, given as (rowid, term counts, token count), and their
    terms' document frequencies and the totals."""
    df: Counter[str] = Counter()
    rows = total = 0
    with conn.cursor() as cursor:
        with cursor.copy("COPY postings (term, chunk, tf, length) FROM STDIN") as copy:
            for rowid, counts, length in chunks:
                for term, tf in counts.items():
                    copy.write_row((term, rowid, tf, length))
                df.update(counts.keys())
                rows += 1
                total += length
        if df:
            terms = sorted(df)
            cursor.execute(
                "INSERT INTO term_stats(term, df) SELECT * FROM unnest(%s::text[], %s::int[])"
                " ON CONFLICT (term) DO UPDATE SET df = term_stats.df + excluded.df",
                (terms, [df[t] for t in terms]),
            )
    _add_totals(conn, rows, total)


def delete(conn: psycopg.Connection[Any], document_id: str) -> None:
    """Remove the postings of a document's chunks (found by (term, chunk) from each chunk's
    lexemes, the same terms) and take them off the frequencies and totals."""
    conn.execute(
        "WITH gone AS (DELETE FROM postings p USING chunks c, unnest(c.terms) u"
        " WHERE c.document_id = %s AND p.term = u.lexeme AND p.chunk = c.rowid"
        " RETURNING p.term),"
        " counted AS (SELECT term, COUNT(*) AS n FROM gone GROUP BY term)"
        " UPDATE term_stats s SET df = s.df - counted.n FROM counted"
        " WHERE s.term = counted.term",
        (document_id,),
    )
    row = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(length), 0) FROM chunks WHERE document_id = %s",
        (document_id,),
    ).fetchone()
    if row is not None and row[0]:
        _add_totals(conn, -int(row[0]), -int(row[1]))


def migrate(conn: psycopg.Connection[Any]) -> None:
    """Schema 2 -> 3: build the postings, frequencies and totals of every chunk from its
    ``terms`` tsvector (the same FTS tokens; a lexeme's positions are its frequency, exact
    below 255 occurrences in one chunk). Runs inside the caller's locked transaction."""
    conn.execute("TRUNCATE postings, term_stats")
    conn.execute(
        "INSERT INTO postings(term, chunk, tf, length)"
        " SELECT u.lexeme, c.rowid, cardinality(u.positions), c.length"
        " FROM chunks c, unnest(c.terms) u"
    )
    conn.execute(
        "INSERT INTO term_stats(term, df) SELECT term, COUNT(*) FROM postings GROUP BY term"
    )
    conn.execute("UPDATE meta SET value = '0' WHERE key IN ('lexical_chunks', 'lexical_length')")
    row = conn.execute("SELECT COUNT(*), COALESCE(SUM(length), 0) FROM chunks").fetchone()
    assert row is not None
    _add_totals(conn, int(row[0]), int(row[1]))
    conn.execute("ANALYZE postings")
