"""The per-client rate limit's counter in PostgreSQL, shared by every worker on every machine
(see ``assistant.api.limits`` for when it is used).

One counter per client and minute in a small ``UNLOGGED`` table of the catalog database, bumped
with ``INSERT … ON CONFLICT … DO UPDATE … RETURNING`` (one round trip, atomic across workers),
on PostgreSQL's clock so machines with skewed clocks share windows. If the database cannot be
reached within 2 s the request goes ahead (the limit fails open: it is fairness, not security),
a warning is logged, and the counter is not asked again for 10 s.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

RETRY_AFTER_FAILURE_S = 10.0  # after a failure the counter is not asked again for this long
SCHEMA_LOCK = 0x676F7672_6C6D  # pg_advisory_xact_lock key while creating the table

_SCHEMA = """
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
    client TEXT NOT NULL,
    minute BIGINT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (client, minute)
)
"""

# the counter of this client in this minute of the database's clock, bumped; the window's end
_TAKE = """
INSERT INTO rate_limits AS r (client, minute, count)
VALUES (%s, floor(extract(epoch FROM clock_timestamp()) / 60)::bigint, 1)
ON CONFLICT (client, minute) DO UPDATE SET count = r.count + 1
RETURNING r.count, r.minute, (r.minute + 1) * 60 - extract(epoch FROM clock_timestamp())
"""


class PostgresRateLimiter:
    """A rate limiter (``assistant.api.limits.RateLimiter``) whose counters live in
    PostgreSQL, shared by every worker."""

    shared = True

    def __init__(self, url: str, per_minute: int, *, max_connections: int = 4) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self.per_minute = per_minute
        self._pool: ConnectionPool[Any] = ConnectionPool(
            url, min_size=1, max_size=max_connections, kwargs={"autocommit": True}, open=False
        )
        self._pool.open(wait=False)
        self._ready = False
        self._swept = -1  # the last minute old rows were deleted in
        self._lock = threading.Lock()
        self._warned = 0.0
        self._down_until = 0.0

    def _prepare(self, conn: Any) -> None:
        """Create the table once; an advisory lock keeps racing workers' CREATEs apart."""
        if self._ready:
            return
        with self._lock:
            if not self._ready:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                    conn.execute(_SCHEMA)
                self._ready = True

    def take(self, client: str) -> float:
        if time.monotonic() < self._down_until:
            return 0.0  # the counter failed a moment ago: don't make every request wait
        try:
            with self._pool.connection(timeout=2) as conn:
                self._prepare(conn)
                count, minute, left = conn.execute(_TAKE, (client,)).fetchone()
                with self._lock:
                    sweep = minute != self._swept
                    self._swept = minute
                if sweep:  # once per minute per worker: forget finished windows
                    conn.execute("DELETE FROM rate_limits WHERE minute < %s", (minute - 1,))
        except Exception as exc:  # fail open: the limit is fairness, not security
            now = time.monotonic()
            self._down_until = now + RETRY_AFTER_FAILURE_S
            if now - self._warned > 60:
                self._warned = now
                log.warning("rate limit counter unavailable, letting requests through: %s", exc)
            return 0.0
        if int(count) <= self.per_minute:
            return 0.0
        return max(float(left), 0.001)

    def close(self) -> None:
        self._pool.close()
