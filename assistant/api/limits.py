"""The per-client rate limit's counters: in this process, or in PostgreSQL for every worker.

A :class:`RateLimiter` answers one question per request: may this client go ahead, and if not,
in how many seconds could it? Two implementations:

* :class:`TokenBucket` (``assistant.api.guards``) — in memory, per worker process. The limit a
  client sees is ``rate_limit_per_minute`` times the number of workers. SQLite mode always uses
  it.
* :class:`PostgresRateLimiter` — one counter per client and minute in a small ``UNLOGGED``
  table of the catalog database, bumped with ``INSERT … ON CONFLICT … DO UPDATE … RETURNING``
  (one round trip, atomic across every worker on every machine), on PostgreSQL's clock so
  machines with skewed clocks share windows. A fixed window: at most ``per_minute`` requests
  per client per clock minute, so a client can get up to twice that across a minute boundary.
  If the database cannot be reached within 2 s the request goes ahead (the limit fails open;
  it is a fairness measure, not a security boundary), a warning is logged, and the counter is
  not asked again for 10 s, so an outage costs one request 2 s, not every request.

:func:`rate_limiter_for` picks one from the settings: ``server.rate_limit_store`` ``auto`` (the
default) means PostgreSQL when ``GOVRAG_CATALOG_URL`` is set, else memory.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

    from assistant.settings import Settings

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


class RateLimiter(Protocol):
    """Counts a client's rate-limited requests."""

    @property
    def per_minute(self) -> int: ...

    @property
    def shared(self) -> bool:
        """True when the count holds across worker processes (and machines)."""
        ...

    def take(self, client: str) -> float:
        """0 if the request may go ahead, else the seconds until it could."""
        ...


class PostgresRateLimiter:
    """:class:`RateLimiter` whose counters live in PostgreSQL, shared by every worker."""

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


def rate_limiter_for(settings: Settings) -> RateLimiter:
    """The limiter the settings ask for (see the module's docstring)."""
    from assistant.api.guards import TokenBucket

    per_minute = settings.server.rate_limit_per_minute
    store = settings.server.rate_limit_store
    if store == "postgres" and not settings.catalog_url:
        log.warning("rate_limit_store=postgres needs GOVRAG_CATALOG_URL; counting in memory")
    if settings.catalog_url and store in ("auto", "postgres"):
        return PostgresRateLimiter(settings.catalog_url, per_minute)
    return TokenBucket(per_minute)
