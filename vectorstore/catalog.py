"""The catalog: documents, their source bytes, pages, records and chunks.

It is the source of truth. A document becomes visible in one transaction together with its
lexical (BM25) rows, so readers never see half a document; vectors live in Chroma and are only
used for chunks the catalog knows.

:class:`Catalog` is what callers use; two backends implement it: :class:`SqliteCatalog`, one
SQLite file in the index folder (the default; WAL mode lets many processes read while one
writes), and ``vectorstore.pg_catalog.PostgresCatalog``, a PostgreSQL database shared by
servers on different machines (``GOVRAG_CATALOG_URL``).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from ingest.errors import IndexStateError, NotFound
from ingest.model import ActionRecord, Chunk, DocumentInfo, ExtractedDocument
from vectorstore.shared_values import share_values
from vectorstore.sqlite_schema import SCHEMA

SCHEMA_VERSION = 2  # the SQLite catalog's (PostgreSQL's is vectorstore.pg_catalog.SCHEMA_VERSION)


class Rows(Protocol):
    """What a query returns: rows that can be read by column name (``row["id"]``) or index."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    """Plain SQL over the catalog's common tables (``documents``, ``records``, ``chunks``...),
    with ``?`` placeholders whatever the backend, for vectorstore's own queries (the search
    filters' ``SearchFilters.to_sql``). Nothing outside ``vectorstore/`` speaks SQL."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Rows: ...


class Transaction(Protocol):
    """An open write transaction of one catalog, as :meth:`Catalog.transaction` yields it: pass
    it back to that catalog's writes (and to :meth:`Catalog.with_content`) so they commit or
    roll back together. Its ``execute`` is :class:`SqlConnection`'s, inside the transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Rows: ...


class Catalog(Protocol):
    """The store of everything but vectors, as every caller sees it. Safe to share between
    threads. Two backends: :class:`SqliteCatalog` and ``PostgresCatalog``."""

    @property
    def conn(self) -> SqlConnection:
        """This thread's SQL connection (inside :meth:`read_snapshot`, the snapshot's)."""
        ...

    def transaction(self) -> AbstractContextManager[Transaction]:
        """A write transaction: all or nothing, one writer at a time (across processes)."""
        ...

    def read_snapshot(self) -> AbstractContextManager[int]:
        """Within the block every read of this thread sees one committed state; yields its
        generation. Nested blocks share the outer snapshot. Do not write inside it."""
        ...

    def generation(self) -> int:
        """Goes up whenever any connection (any process, any machine) commits a change."""
        ...

    def close(self) -> None: ...

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str, conn: Transaction | None = None) -> None: ...

    def replace_document(
        self,
        conn: Transaction,
        extracted: ExtractedDocument,
        source: bytes | None,
        pipeline: str = "",
    ) -> None:
        """Write a document with its pages, records, chunks and lexical rows."""
        ...

    def delete_document(self, conn: Transaction, document_id: str) -> list[str]:
        """Delete a document everywhere in the catalog; return the chunk ids it had."""
        ...

    def documents(self) -> list[DocumentInfo]: ...

    def document(self, document_id: str) -> DocumentInfo: ...

    def find_document(self, key: str) -> DocumentInfo | None: ...

    def document_text(self, document_id: str) -> str: ...

    def pages(self, document_id: str) -> list[dict[str, Any]]: ...

    def source(self, document_id: str) -> tuple[str, bytes] | None: ...

    def sources(self) -> list[tuple[str, bytes]]:
        """(file name, original bytes) of every document, by file name."""
        ...

    def with_content(
        self, sha256: str, *, other_than: str, conn: Transaction | None = None
    ) -> DocumentInfo | None: ...

    def first_chunk_id(self, document_id: str) -> str | None: ...

    def prose_chunk_ids(self, document_id: str, limit: int) -> list[str]: ...

    def fingerprint(self, document_id: str) -> tuple[str, str] | None: ...

    def records(self) -> list[ActionRecord]: ...

    def chunks(self, ids: list[str]) -> dict[str, Chunk]: ...

    def chunk_ids(self, document_id: str | None = None) -> set[str]: ...

    def chunk_ids_with_ref(self, refs: list[str]) -> list[str]: ...

    def chunk_vectors_input(self, ids: list[str]) -> list[tuple[str, str, dict[str, Any]]]: ...

    def record_chunk_id(self, record_id: str) -> str | None: ...

    def record_chunk_ids(self) -> dict[str, str]:
        """Record id -> the id of its chunk, for every record (one read)."""
        ...

    def counts(self) -> dict[str, int]: ...


def schema_mismatch(found: str, where: str, needed: int = SCHEMA_VERSION) -> IndexStateError:
    """The refusal of a catalog written by another schema version (``needed``: this backend's)."""
    return IndexStateError(
        f"the index in {where} was built by another govrag "
        f"(catalog schema {found}, this version needs {needed})",
        help="Run `govrag reindex --rebuild`: it re-ingests the stored originals "
        "into a new index and keeps the old one beside it.",
    )


def themes_column(themes: Iterable[str]) -> str:
    """A chunk's themes as stored for ``LIKE '%|theme|%'`` filters."""
    return "|" + "|".join(sorted(themes)) + "|"


class SqliteCatalog:
    """:class:`Catalog` in one SQLite file. Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        conn = self._conn()
        with self._write_lock:
            conn.executescript(SCHEMA)
            found = self.get_meta("schema_version")
            if found is None:
                self.set_meta("schema_version", str(SCHEMA_VERSION))
            elif found != str(SCHEMA_VERSION):
                raise schema_mismatch(found, str(self.path.parent))

    # -- connections and transactions ------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            # one connection per thread (a server has dozens): a small page cache each, as
            # the OS caches the file anyway
            conn.execute("PRAGMA cache_size=-256")
            self._local.conn = conn
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """An immediate write transaction: all or nothing, one writer at a time. The handle is
        this thread's ``sqlite3.Connection``."""
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def read_snapshot(self) -> Iterator[int]:
        """Within the block every read of this thread sees one committed state (a SQLite read
        transaction on the thread's connection; writers in other threads go on committing).
        Yields that state's generation. Nested blocks share the outer snapshot. Do not write
        from this thread inside it."""
        conn = self._conn()
        if conn.in_transaction:
            yield self.generation()
            return
        conn.execute("BEGIN")
        try:
            generation = self.generation()  # the first read fixes the snapshot
            self._local.generation = generation  # and with it the generation
            yield generation
        finally:
            self._local.generation = None
            if conn.in_transaction:
                conn.execute("COMMIT")  # read-only: ends the snapshot

    def generation(self) -> int:
        """Goes up whenever any connection (any process) commits a change to the content (a
        read of the meta table; none inside a read snapshot, where it cannot change: a question
        asks for it hundreds of times)."""
        fixed: int | None = getattr(self._local, "generation", None)
        if fixed is not None:
            return fixed
        generation = self.get_meta("generation") or "0"
        return int(generation)

    def close(self) -> None:
        self._local.generation = None  # a snapshot ends with its connection
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str, conn: Transaction | None = None) -> None:
        (conn or self._conn()).execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _bump(self, conn: Transaction) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- writes -----------------------------------------------------------------------------
    def replace_document(
        self,
        conn: Transaction,
        extracted: ExtractedDocument,
        source: bytes | None,
        pipeline: str = "",
    ) -> None:
        """Write a document with its pages, records and chunks (FTS rows included)."""
        info = extracted.info
        conn = _sqlite(conn)
        self.delete_document(conn, info.id)
        conn.execute(
            "INSERT INTO documents(id, filename, sha256, pipeline, info, text, ingested_at)"
            " VALUES(?,?,?,?,?,?,?)",
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
        if source is not None:
            conn.execute(
                "INSERT INTO sources(document_id, filename, data) VALUES(?,?,?)",
                (info.id, info.filename, source),
            )
        offset = 0
        for ordinal, (number, text) in enumerate(extracted.page_texts):
            conn.execute(
                "INSERT INTO pages(document_id, ordinal, number, start, text) VALUES(?,?,?,?,?)",
                (info.id, ordinal, number, offset, text),
            )
            offset += len(text) + 1
        conn.executemany(
            "INSERT INTO records(id, document_id, ordinal, data) VALUES(?,?,?,?)",
            [(r.id, info.id, r.ordinal, r.model_dump_json()) for r in extracted.records],
        )
        themes_by_record = {r.id: r.themes for r in extracted.records}
        for chunk in extracted.chunks:
            meta = chunk.metadata
            themes = themes_column(themes_by_record.get(chunk.record_id or "", []))
            cursor = conn.execute(
                "INSERT INTO chunks(id, document_id, kind, record_id, ref, year, status,"
                " has_revised, themes, data) VALUES(?,?,?,?,?,?,?,?,?,?)",
                (
                    chunk.id,
                    info.id,
                    chunk.kind,
                    chunk.record_id,
                    chunk.ref,
                    meta.get("year"),
                    meta.get("status"),
                    int(bool(meta.get("has_revised"))) if "has_revised" in meta else None,
                    themes,
                    chunk.model_dump_json(),
                ),
            )
            conn.execute(
                "INSERT INTO chunks_fts(rowid, text) VALUES(?, ?)", (cursor.lastrowid, chunk.text)
            )
        self._bump(conn)

    def delete_document(self, conn: Transaction, document_id: str) -> list[str]:
        """Delete a document everywhere in the catalog; return the chunk ids it had."""
        conn = _sqlite(conn)
        rows = conn.execute(
            "SELECT rowid, id FROM chunks WHERE document_id = ?", (document_id,)
        ).fetchall()
        if rows:
            conn.executemany(
                "DELETE FROM chunks_fts WHERE rowid = ?", [(r["rowid"],) for r in rows]
            )
        conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._bump(conn)
        return [str(r["id"]) for r in rows]

    # -- reads ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        rows = self._conn().execute("SELECT info FROM documents ORDER BY filename").fetchall()
        return [DocumentInfo.model_validate_json(r["info"]) for r in rows]

    def document(self, document_id: str) -> DocumentInfo:
        row = (
            self._conn()
            .execute("SELECT info FROM documents WHERE id = ?", (document_id,))
            .fetchone()
        )
        if row is None:
            raise NotFound(f"no document with id {document_id!r}", help="See GET /v1/documents.")
        return DocumentInfo.model_validate_json(row["info"])

    def find_document(self, key: str) -> DocumentInfo | None:
        """By id or file name."""
        row = (
            self._conn()
            .execute("SELECT info FROM documents WHERE id = ? OR filename = ?", (key, key))
            .fetchone()
        )
        return None if row is None else DocumentInfo.model_validate_json(row["info"])

    def document_text(self, document_id: str) -> str:
        row = (
            self._conn()
            .execute("SELECT text FROM documents WHERE id = ?", (document_id,))
            .fetchone()
        )
        if row is None:
            raise NotFound(f"no document with id {document_id!r}")
        return str(row["text"])

    def pages(self, document_id: str) -> list[dict[str, Any]]:
        rows = (
            self._conn()
            .execute(
                "SELECT number, start, text FROM pages WHERE document_id = ? ORDER BY ordinal",
                (document_id,),
            )
            .fetchall()
        )
        return [{"number": r["number"], "start": r["start"], "text": r["text"]} for r in rows]

    def source(self, document_id: str) -> tuple[str, bytes] | None:
        row = (
            self._conn()
            .execute("SELECT filename, data FROM sources WHERE document_id = ?", (document_id,))
            .fetchone()
        )
        return None if row is None else (str(row["filename"]), bytes(row["data"]))

    def with_content(
        self, sha256: str, *, other_than: str, conn: Transaction | None = None
    ) -> DocumentInfo | None:
        """A document other than ``other_than`` whose source bytes have this hash, if any
        (pass the write transaction's ``conn`` to check inside it)."""
        row = (
            (conn or self._conn())
            .execute(
                "SELECT info FROM documents WHERE sha256 = ? AND id != ? ORDER BY id LIMIT 1",
                (sha256, other_than),
            )
            .fetchone()
        )
        return None if row is None else DocumentInfo.model_validate_json(row["info"])

    def sources(self) -> list[tuple[str, bytes]]:
        rows = (
            self._conn().execute("SELECT filename, data FROM sources ORDER BY filename").fetchall()
        )
        return [(str(r["filename"]), bytes(r["data"])) for r in rows]

    def first_chunk_id(self, document_id: str) -> str | None:
        """The document's first chunk, records before prose (to attribute front matter to)."""
        row = (
            self._conn()
            .execute(
                "SELECT id FROM chunks WHERE document_id = ? ORDER BY kind ASC, rowid LIMIT 1",
                (document_id,),
            )
            .fetchone()
        )
        return None if row is None else str(row["id"])

    def prose_chunk_ids(self, document_id: str, limit: int) -> list[str]:
        """The document's first ``limit`` prose chunks, in reading order."""
        rows = (
            self._conn()
            .execute(
                "SELECT id FROM chunks WHERE document_id = ? AND kind = 'prose' "
                "ORDER BY rowid LIMIT ?",
                (document_id, limit),
            )
            .fetchall()
        )
        return [str(r["id"]) for r in rows]

    def fingerprint(self, document_id: str) -> tuple[str, str] | None:
        """(sha256 of the source, pipeline key it was extracted with), if the document exists."""
        row = (
            self._conn()
            .execute("SELECT sha256, pipeline FROM documents WHERE id = ?", (document_id,))
            .fetchone()
        )
        return None if row is None else (str(row["sha256"]), str(row["pipeline"]))

    def records(self) -> list[ActionRecord]:
        """Every record, by file name and position. Rows are parsed as they are read (never all
        held as JSON at once), and records of one document share its reference object: on a
        large index this halves the memory the register takes."""
        cursor = self._conn().execute(
            "SELECT r.data FROM records r JOIN documents d ON d.id = r.document_id "
            "ORDER BY d.filename, r.ordinal"
        )
        records: list[ActionRecord] = []
        documents: dict[str, Any] = {}
        shared: dict[str, str] = {}
        field_sets: dict[frozenset[str], set[str]] = {}
        for row in cursor:
            record = ActionRecord.model_validate_json(row["data"])
            record.document = documents.setdefault(record.document.id, record.document)
            share_values(record, shared, field_sets)
            records.append(record)
        return records

    def chunks(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        found: dict[str, Chunk] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            rows = (
                self._conn()
                .execute(
                    f"SELECT id, data FROM chunks WHERE id IN ({','.join('?' * len(part))})", part
                )
                .fetchall()
            )
            found.update({str(r["id"]): Chunk.model_validate_json(r["data"]) for r in rows})
        return found

    def chunk_ids(self, document_id: str | None = None) -> set[str]:
        if document_id is None:
            rows = self._conn().execute("SELECT id FROM chunks").fetchall()
        else:
            rows = (
                self._conn()
                .execute("SELECT id FROM chunks WHERE document_id = ?", (document_id,))
                .fetchall()
            )
        return {str(r["id"]) for r in rows}

    def chunk_ids_with_ref(self, refs: list[str]) -> list[str]:
        if not refs:
            return []
        rows = (
            self._conn()
            .execute(
                f"SELECT id FROM chunks WHERE lower(ref) IN ({','.join('?' * len(refs))})",
                [r.lower() for r in refs],
            )
            .fetchall()
        )
        return [str(r["id"]) for r in rows]

    def chunk_vectors_input(self, ids: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) for chunks, to (re)embed them."""
        chunks = self.chunks(ids)
        return [(c.id, c.text, dict(c.metadata)) for c in chunks.values()]

    def record_chunk_id(self, record_id: str) -> str | None:
        row = (
            self._conn()
            .execute("SELECT id FROM chunks WHERE record_id = ?", (record_id,))
            .fetchone()
        )
        return None if row is None else str(row["id"])

    def record_chunk_ids(self) -> dict[str, str]:
        rows = self._conn().execute(
            "SELECT record_id, id FROM chunks WHERE record_id IS NOT NULL ORDER BY rowid DESC"
        )
        return {str(r["record_id"]): str(r["id"]) for r in rows}

    def counts(self) -> dict[str, int]:
        conn = self._conn()
        return {
            name: int(conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0])
            for name in ("documents", "pages", "records", "chunks")
        }


def _sqlite(conn: Transaction) -> sqlite3.Connection:
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError("a SQLite catalog writes only inside its own transaction()")
    return conn


def read_sources(path: Path) -> list[tuple[str, bytes]]:
    """(file name, original bytes) of every document in a catalog file of any schema version,
    read without opening it as a :class:`Catalog` (for ``govrag reindex --rebuild``)."""
    if not path.exists():
        raise IndexStateError(f"there is no catalog at {path}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT filename, data FROM sources ORDER BY filename").fetchall()
    except sqlite3.DatabaseError as exc:
        raise IndexStateError(
            f"the catalog at {path} cannot be read ({exc})",
            help="Ingest the original files again into a new GOVRAG_INDEX_DIR.",
        ) from exc
    finally:
        conn.close()
    return [(str(name), bytes(data)) for name, data in rows]
