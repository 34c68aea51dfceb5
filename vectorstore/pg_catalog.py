"""The catalog in PostgreSQL (``GOVRAG_CATALOG_URL``), for servers that share no files.

The same tables as :class:`~vectorstore.catalog.SqliteCatalog`, the same rule (a document's
rows, records, chunks and lexical rows are swapped in one transaction, so readers see it wholly
or not at all), the original bytes in a ``bytea`` column, and the generation counter as a row
of ``meta`` that every worker reads: a document committed by any process on any machine is
seen by every worker at its next generation check (the next request).

The lexical index: the ``postings`` of every chunk's terms (``vectorstore.pg_postings``, the
tokens SQLite FTS5 would index: ``vectorstore.bm25.fts_tokens``), from which
``vectorstore.pg_lexical`` ranks by BM25 exactly as FTS5 does; and in the ``chunks`` rows,
``terms``, a ``tsvector`` of the same tokens with positions under a GIN index (for phrase
counts), and ``length``, their count. Schema 3 added the postings; a schema-2 catalog is
migrated in place when first opened.

Connections come from a ``psycopg_pool.ConnectionPool`` (autocommit; a transaction or a read
snapshot holds one connection for its block). Writers take a transaction-scoped advisory lock,
so there is one writer at a time across every process, as with SQLite. The tables are in
:mod:`vectorstore.pg_schema`, the query plumbing (placeholders, rows, transactions) in
:mod:`vectorstore.pg_sql`.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg_pool import ConnectionPool

from ingest.errors import IndexStateError, NotFound
from ingest.model import ActionRecord, Chunk, DocumentInfo, ExtractedDocument
from vectorstore import pg_postings
from vectorstore.bm25 import fts_tokens
from vectorstore.catalog import Transaction, schema_mismatch, themes_column
from vectorstore.generation_memo import GenerationMemo
from vectorstore.pg_schema import SCHEMA
from vectorstore.pg_sql import Fetched, PgTransaction, _pg, _rows, _run, tsvector_literal
from vectorstore.shared_values import share_values

if TYPE_CHECKING:
    from vectorstore.pg_lexical import PostgresBm25Index

SCHEMA_VERSION = 3  # 3: term postings (vectorstore.pg_postings)
MIGRATES_FROM = "2"  # the one older schema opened by migrating it in place
TEXTS_KEPT = 128  # documents' texts and page lists kept per generation (see GenerationMemo)
RECORD_CHUNKS_KEPT = 100_000  # record -> chunk ids and documents' info kept per generation
WRITE_LOCK = 0x676F76726167  # pg_advisory_xact_lock key held by every writer ("govrag")


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


class _Sql:
    """:class:`~vectorstore.catalog.SqlConnection` of a :class:`PostgresCatalog`: each query on
    this thread's snapshot or transaction if it holds one, else on a pooled connection."""

    def __init__(self, catalog: PostgresCatalog) -> None:
        self.catalog = catalog

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> Fetched:
        with self.catalog.connection() as conn:
            return _run(conn, sql, params)


class PostgresCatalog:
    """:class:`~vectorstore.catalog.Catalog` in a PostgreSQL database. Safe to share between
    threads; every process (on any machine) with the same URL sees the same catalog.

    ``max_connections`` bounds the pool: a server's request threads each hold a connection
    for the length of a read snapshot (one answer), so it matches the server's thread pool
    (anyio's default, 40); other reads borrow one for a query. Size PostgreSQL's
    ``max_connections`` for every process's pool together.
    """

    def __init__(self, url: str, *, max_connections: int = 40) -> None:
        self.url = url
        self.where = redacted(url)
        self.max_connections = max_connections
        self._pool: ConnectionPool[psycopg.Connection[Any]] | None = None
        self._pool_lock = threading.Lock()
        self._local = threading.local()
        # reads inside a snapshot kept for its generation: documents' texts and pages, their
        # info, record -> chunk ids (each a round trip, asked many times per answer)
        self._texts = GenerationMemo(TEXTS_KEPT)
        self._small = GenerationMemo(RECORD_CHUNKS_KEPT)
        with self.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            conn.execute(SCHEMA)
            conn.execute(pg_postings.SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('schema_version', %s)",
                    (str(SCHEMA_VERSION),),
                )
            elif row[0] == MIGRATES_FROM:
                pg_postings.migrate(conn)
                conn.execute(
                    "UPDATE meta SET value = %s WHERE key = 'schema_version'",
                    (str(SCHEMA_VERSION),),
                )
            elif row[0] != str(SCHEMA_VERSION):
                raise schema_mismatch(str(row[0]), self.where, SCHEMA_VERSION)

    # -- connections and transactions ------------------------------------------------------
    def _open_pool(self) -> ConnectionPool[psycopg.Connection[Any]]:
        with self._pool_lock:
            if self._pool is None or self._pool.closed:
                try:  # one plain connection first: a wrong URL fails at once, and clearly
                    psycopg.connect(self.url, connect_timeout=10).close()
                except psycopg.Error as exc:
                    raise IndexStateError(
                        f"cannot connect to the catalog database {self.where} ({exc})",
                        help="Check GOVRAG_CATALOG_URL and that PostgreSQL is running.",
                    ) from exc
                pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
                    self.url,
                    min_size=2,
                    max_size=self.max_connections,
                    kwargs={"autocommit": True, "row_factory": _rows},
                    timeout=30,
                    open=False,
                )
                try:
                    pool.open(wait=True, timeout=10)
                except Exception as exc:
                    pool.close()
                    raise IndexStateError(
                        f"cannot connect to the catalog database {self.where} ({exc})",
                        help="Check GOVRAG_CATALOG_URL and that PostgreSQL is running.",
                    ) from exc
                self._pool = pool
            return self._pool

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        """This thread's snapshot or transaction connection if it holds one, else a pooled
        connection for the block."""
        pinned: psycopg.Connection[Any] | None = getattr(self._local, "pinned", None)
        if pinned is not None:
            yield pinned
            return
        with self._open_pool().connection() as conn:
            yield conn

    @property
    def conn(self) -> _Sql:
        return _Sql(self)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write transaction: all or nothing, one writer at a time across every process."""
        if getattr(self._local, "pinned", None) is not None:
            raise RuntimeError("a catalog transaction cannot open inside a snapshot or another")
        with self._open_pool().connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._local.pinned = conn
            try:
                yield PgTransaction(conn)
            finally:
                self._local.pinned = None

    @contextmanager
    def read_snapshot(self) -> Iterator[int]:
        """Within the block every read of this thread sees one committed state (a repeatable
        read, read-only transaction); yields its generation. Nested blocks share it."""
        if getattr(self._local, "pinned", None) is not None:
            yield self.generation()
            return
        with self._open_pool().connection() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            self._local.pinned = conn
            try:
                generation = self.generation()  # the first read fixes the snapshot
                self._local.generation = generation  # and with it the generation
                yield generation
            finally:
                self._local.pinned = None
                self._local.generation = None

    def lexical_index(self) -> PostgresBm25Index:
        """This backend's keyword index (:class:`~vectorstore.pg_lexical.PostgresBm25Index`)."""
        from vectorstore.pg_lexical import PostgresBm25Index

        return PostgresBm25Index(self)

    def generation(self) -> int:
        """Goes up whenever any process commits a change to the content (a row every worker
        reads: one round trip; none inside a read snapshot, where it cannot change)."""
        fixed: int | None = getattr(self._local, "generation", None)
        if fixed is not None:
            return fixed
        return int(self.get_meta("generation") or "0")

    def _snapshot_generation(self) -> int | None:
        """The generation of this thread's read snapshot, if it holds one (memo key)."""
        return getattr(self._local, "generation", None)

    def close(self) -> None:
        """Close the pool; the next call opens a new one."""
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str, conn: Transaction | None = None) -> None:
        (conn or self.conn).execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @staticmethod
    def _bump(conn: psycopg.Connection[Any]) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = (CAST(meta.value AS BIGINT) + 1)::text"
        )

    # -- writes -----------------------------------------------------------------------------
    def replace_document(
        self,
        conn: Transaction,
        extracted: ExtractedDocument,
        source: bytes | None,
        pipeline: str = "",
    ) -> None:
        """Write a document with its pages, records, chunks and their lexical terms."""
        info = extracted.info
        self.delete_document(conn, info.id)
        db = _pg(conn)
        db.execute(
            "INSERT INTO documents(id, filename, sha256, pipeline, info, text, ingested_at)"
            " VALUES(%s,%s,%s,%s,%s,%s,%s)",
            (
                info.id,
                info.filename,
                info.sha256,
                pipeline,
                info.model_dump_json(),
                extracted.text,
                time.time(),
            ),
        )
        with db.cursor() as cursor:
            if source is not None:
                cursor.execute(
                    "INSERT INTO sources(document_id, filename, data) VALUES(%s,%s,%s)",
                    (info.id, info.filename, source),
                )
            pages = []
            offset = 0
            for ordinal, (number, text) in enumerate(extracted.page_texts):
                pages.append((info.id, ordinal, number, offset, text))
                offset += len(text) + 1
            cursor.executemany(
                "INSERT INTO pages(document_id, ordinal, number, start, text)"
                " VALUES(%s,%s,%s,%s,%s)",
                pages,
            )
            cursor.executemany(
                "INSERT INTO records(id, document_id, ordinal, data) VALUES(%s,%s,%s,%s)",
                [(r.id, info.id, r.ordinal, r.model_dump_json()) for r in extracted.records],
            )
            themes_by_record = {r.id: r.themes for r in extracted.records}
            rows = []
            counted: dict[str, tuple[Counter[str], int]] = {}
            for chunk in extracted.chunks:
                meta = chunk.metadata
                tokens = fts_tokens(chunk.text)
                counted[chunk.id] = (Counter(tokens), len(tokens))
                terms, length = tsvector_literal(tokens), len(tokens)
                rows.append(
                    (
                        chunk.id,
                        info.id,
                        chunk.kind,
                        chunk.record_id,
                        chunk.ref,
                        meta.get("year"),
                        meta.get("status"),
                        int(bool(meta.get("has_revised"))) if "has_revised" in meta else None,
                        themes_column(themes_by_record.get(chunk.record_id or "", [])),
                        chunk.model_dump_json(),
                        terms,
                        length,
                    )
                )
            cursor.executemany(
                "INSERT INTO chunks(id, document_id, kind, record_id, ref, year, status,"
                " has_revised, themes, data, terms, length)"
                " VALUES(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s::tsvector,%s)",
                rows,
            )
        rowids = db.execute(
            "SELECT rowid, id FROM chunks WHERE document_id = %s", (info.id,)
        ).fetchall()
        pg_postings.write(db, ((r["rowid"], *counted[r["id"]]) for r in rowids))
        self._bump(db)

    def delete_document(self, conn: Transaction, document_id: str) -> list[str]:
        """Delete a document everywhere in the catalog; return the chunk ids it had."""
        db = _pg(conn)
        rows = db.execute(
            "SELECT id FROM chunks WHERE document_id = %s ORDER BY rowid", (document_id,)
        ).fetchall()
        if rows:
            pg_postings.delete(db, document_id)
        db.execute("DELETE FROM documents WHERE id = %s", (document_id,))
        self._bump(db)
        return [str(r["id"]) for r in rows]

    # -- reads ------------------------------------------------------------------------------
    def _info(self, sql: str, params: Sequence[Any]) -> DocumentInfo | None:
        def load() -> str | None:
            row = self.conn.execute(sql, params).fetchone()
            return None if row is None else str(row["info"])

        info = self._small.get(self._snapshot_generation(), (sql, *params), load)
        return None if info is None else DocumentInfo.model_validate_json(info)  # a new object

    def documents(self) -> list[DocumentInfo]:
        rows = self.conn.execute('SELECT info FROM documents ORDER BY filename COLLATE "C"')
        return [DocumentInfo.model_validate_json(r["info"]) for r in rows]

    def document(self, document_id: str) -> DocumentInfo:
        info = self._info("SELECT info FROM documents WHERE id = ?", (document_id,))
        if info is None:
            raise NotFound(f"no document with id {document_id!r}", help="See GET /v1/documents.")
        return info

    def find_document(self, key: str) -> DocumentInfo | None:
        """By id or file name."""
        return self._info(
            "SELECT info FROM documents WHERE id = ? OR filename = ? ORDER BY id LIMIT 1",
            (key, key),
        )

    def document_text(self, document_id: str) -> str:
        def load() -> str | None:
            row = self.conn.execute(
                "SELECT text FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            return None if row is None else str(row["text"])

        text = self._texts.get(self._snapshot_generation(), ("text", document_id), load)
        if text is None:
            raise NotFound(f"no document with id {document_id!r}")
        return text

    def pages(self, document_id: str) -> list[dict[str, Any]]:
        def load() -> tuple[tuple[Any, Any, str], ...]:
            rows = self.conn.execute(
                "SELECT number, start, text FROM pages WHERE document_id = ? ORDER BY ordinal",
                (document_id,),
            )
            return tuple((r["number"], r["start"], str(r["text"])) for r in rows)

        pages = self._texts.get(self._snapshot_generation(), ("pages", document_id), load)
        return [{"number": n, "start": start, "text": text} for n, start, text in pages]

    def source(self, document_id: str) -> tuple[str, bytes] | None:
        row = self.conn.execute(
            "SELECT filename, data FROM sources WHERE document_id = ?", (document_id,)
        ).fetchone()
        return None if row is None else (str(row["filename"]), bytes(row["data"]))

    def sources(self) -> list[tuple[str, bytes]]:
        rows = self.conn.execute('SELECT filename, data FROM sources ORDER BY filename COLLATE "C"')
        return [(str(r["filename"]), bytes(r["data"])) for r in rows]

    def with_content(
        self, sha256: str, *, other_than: str, conn: Transaction | None = None
    ) -> DocumentInfo | None:
        """A document other than ``other_than`` whose source bytes have this hash, if any
        (pass the write transaction to check inside it)."""
        row = (
            (conn or self.conn)
            .execute(
                "SELECT info FROM documents WHERE sha256 = ? AND id != ? ORDER BY id LIMIT 1",
                (sha256, other_than),
            )
            .fetchone()
        )
        return None if row is None else DocumentInfo.model_validate_json(row["info"])

    def first_chunk_id(self, document_id: str) -> str | None:
        """The document's first chunk, records before prose (to attribute front matter to)."""
        row = self.conn.execute(
            "SELECT id FROM chunks WHERE document_id = ? ORDER BY kind ASC, rowid LIMIT 1",
            (document_id,),
        ).fetchone()
        return None if row is None else str(row["id"])

    def prose_chunk_ids(self, document_id: str, limit: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM chunks WHERE document_id = ? AND kind = 'prose' ORDER BY rowid LIMIT ?",
            (document_id, limit),
        )
        return [str(r["id"]) for r in rows]

    def fingerprint(self, document_id: str) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT sha256, pipeline FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None else (str(row["sha256"]), str(row["pipeline"]))

    def records(self) -> list[ActionRecord]:
        """Every record, by file name and position, parsed as the rows arrive."""
        records: list[ActionRecord] = []
        documents: dict[str, Any] = {}
        shared: dict[str, str] = {}
        field_sets: dict[frozenset[str], set[str]] = {}
        with self.connection() as conn, conn.cursor() as cursor:
            cursor.execute(
                "SELECT r.data FROM records r JOIN documents d ON d.id = r.document_id "
                'ORDER BY d.filename COLLATE "C", r.ordinal'
            )
            for row in cursor:
                record = ActionRecord.model_validate_json(row[0])
                record.document = documents.setdefault(record.document.id, record.document)
                share_values(record, shared, field_sets)
                records.append(record)
        return records

    def chunks(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        rows = self.conn.execute("SELECT id, data FROM chunks WHERE id = ANY(?)", (list(ids),))
        return {str(r["id"]): Chunk.model_validate_json(r["data"]) for r in rows}

    def chunk_ids(self, document_id: str | None = None) -> set[str]:
        if document_id is None:
            rows = self.conn.execute("SELECT id FROM chunks")
        else:
            rows = self.conn.execute("SELECT id FROM chunks WHERE document_id = ?", (document_id,))
        return {str(r["id"]) for r in rows}

    def chunk_ids_with_ref(self, refs: list[str]) -> list[str]:
        if not refs:
            return []
        rows = self.conn.execute(
            "SELECT id FROM chunks WHERE lower(ref) = ANY(?) ORDER BY rowid",
            ([r.lower() for r in refs],),
        )
        return [str(r["id"]) for r in rows]

    def chunk_vectors_input(self, ids: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) for chunks, to (re)embed them."""
        chunks = self.chunks(ids)
        return [(c.id, c.text, dict(c.metadata)) for c in chunks.values()]

    def record_chunk_id(self, record_id: str) -> str | None:
        def load() -> str | None:
            row = self.conn.execute(
                "SELECT id FROM chunks WHERE record_id = ? ORDER BY rowid LIMIT 1", (record_id,)
            ).fetchone()
            return None if row is None else str(row["id"])

        return self._small.get(self._snapshot_generation(), record_id, load)

    def record_chunk_ids(self) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT record_id, id FROM chunks WHERE record_id IS NOT NULL ORDER BY rowid DESC"
        )
        return {str(r["record_id"]): str(r["id"]) for r in rows}

    def counts(self) -> dict[str, int]:
        return {
            name: int(self.conn.execute(f"SELECT COUNT(*) FROM {name}").fetchall()[0][0])
            for name in ("documents", "pages", "records", "chunks")
        }


def drop_tables(url: str) -> None:
    """Remove govrag's tables (catalog and rate-limit counters) from the database at ``url``:
    a benchmark's fresh index there, as a removed index folder is locally."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "DROP TABLE IF EXISTS postings, term_stats, chunks, records, pages, sources, "
            "documents, meta, rate_limits CASCADE"
        )


CATALOG_TABLES = ("documents", "sources", "pages", "records", "chunks", "meta", *pg_postings.TABLES)


def move_aside(url: str) -> str:
    """Move the catalog's tables (of any schema version) out of the way, into a new schema
    ``govrag_old_<time>`` of the same database, and return its name: ``govrag reindex
    --rebuild`` then builds a new catalog and keeps the old one beside it, as it renames an
    index folder. Holds the writers' lock, so no ingest writes into the tables meanwhile."""
    aside = f"govrag_old_{time.strftime('%Y%m%d_%H%M%S')}"
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        present = {
            str(row[0])
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_name = ANY(%s)",
                (list(CATALOG_TABLES),),
            )
        }
        if "sources" not in present:
            raise IndexStateError(f"there is no catalog in {redacted(url)}")
        conn.execute(f'CREATE SCHEMA "{aside}"')
        for table in CATALOG_TABLES:
            if table in present:
                conn.execute(f'ALTER TABLE "{table}" SET SCHEMA "{aside}"')
    return aside


def read_sources(url: str, schema: str) -> list[tuple[str, bytes]]:
    """(file name, original bytes) of every document of the catalog tables in ``schema`` (as
    :func:`move_aside` left them; any schema version), without opening them as a catalog."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            f'SELECT filename, data FROM "{schema}".sources ORDER BY filename COLLATE "C"'
        ).fetchall()
    return [(str(name), bytes(data)) for name, data in rows]
