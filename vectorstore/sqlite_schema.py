"""The SQLite catalog's tables: documents, their source bytes, pages, records and chunks, with the
FTS5 table of the chunks' text (the lexical index). Run whole whenever a catalog is opened
(``IF NOT EXISTS``); :data:`vectorstore.catalog.SCHEMA_VERSION` names this layout.
"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pipeline TEXT NOT NULL DEFAULT '',
    info TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    number INTEGER,
    start INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    record_id TEXT,
    ref TEXT,
    year INTEGER,
    status TEXT,
    has_revised INTEGER,
    themes TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id);
CREATE INDEX IF NOT EXISTS documents_filename ON documents(filename);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE INDEX IF NOT EXISTS chunks_ref ON chunks(ref);
CREATE INDEX IF NOT EXISTS chunks_ref_lower ON chunks(lower(ref));
CREATE INDEX IF NOT EXISTS records_document ON records(document_id);
CREATE INDEX IF NOT EXISTS chunks_record ON chunks(record_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, tokenize = 'porter unicode61 remove_diacritics 2'
);
"""
