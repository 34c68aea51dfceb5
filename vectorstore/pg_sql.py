"""Queries on PostgreSQL as the catalog writes them, and the rows they return.

Every vectorstore query is written with SQLite's ``?`` placeholders (:func:`qmark` turns them
into psycopg's); a :class:`Row` is read by index or column name like ``sqlite3.Row``, and the
rows of a query are fetched (:class:`Fetched`) before its connection goes back to the pool.
:class:`PgTransaction` is a PostgreSQL catalog's write transaction, and
:func:`tsvector_literal` writes a chunk's FTS tokens with their positions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.rows import RowMaker

from vectorstore.catalog import Transaction

MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
MAX_POSITIONS = 255  # positions kept per lexeme (a chunk never comes near)


def qmark(sql: str) -> str:
    """``?`` placeholders (the SQLite style every vectorstore query is written in) to psycopg's."""
    return sql.replace("%", "%%").replace("?", "%s")


def tsvector_literal(tokens: list[str]) -> str:
    """A ``tsvector`` literal of FTS tokens (``fts_tokens``) with their positions."""
    positions: dict[str, list[int]] = {}
    for position, token in enumerate(tokens, start=1):
        places = positions.setdefault(token, [])
        if len(places) < MAX_POSITIONS and (not places or places[-1] < MAX_POSITION):
            places.append(min(position, MAX_POSITION))
    parts = [
        "'{}':{}".format(token.replace("\\", "\\\\").replace("'", "''"), ",".join(map(str, places)))
        for token, places in positions.items()
    ]
    return " ".join(parts)


class Row(tuple[Any, ...]):
    """A row readable by index or column name, like ``sqlite3.Row``."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self._names[key])
        return super().__getitem__(key)


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    names = {column.name: i for i, column in enumerate(cursor.description or [])}
    return lambda values: Row(values, names)


class Fetched:
    """The rows of one query, fetched before its connection went back to the pool."""

    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows

    def fetchone(self) -> Row | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Row]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)


def _run(conn: psycopg.Connection[Any], sql: str, params: Sequence[Any]) -> Fetched:
    cursor = conn.execute(qmark(sql), list(params))
    return Fetched(cursor.fetchall() if cursor.description is not None else [])


class PgTransaction:
    """A PostgreSQL catalog's :class:`~vectorstore.catalog.Transaction` (one pooled connection)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> Fetched:
        return _run(self.connection, sql, params)


def _pg(conn: Transaction) -> psycopg.Connection[Any]:
    if not isinstance(conn, PgTransaction):
        raise TypeError("a PostgreSQL catalog writes only inside its own transaction()")
    return conn.connection
