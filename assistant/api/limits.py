"""The per-client rate limit's counters: in this process, or in PostgreSQL for every worker.

A :class:`RateLimiter` answers one question per request: may this client go ahead, and if not,
in how many seconds could it? Two implementations:

* :class:`TokenBucket` — in memory, per worker process. The limit a
  client sees is ``rate_limit_per_minute`` times the number of workers. SQLite mode always uses
  it.
* :class:`~vectorstore.pg_limits.PostgresRateLimiter` — one counter per client and minute in
  the catalog's PostgreSQL database, atomic across every worker on every machine; a fixed
  window, so a client can get up to twice ``per_minute`` across a minute boundary. It fails
  open: an unreachable database lets requests through.

:func:`rate_limiter_for` picks one from the settings: ``server.rate_limit_store`` ``auto`` (the
default) means PostgreSQL when ``GOVRAG_CATALOG_URL`` is set, else memory.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from vectorstore.pg_limits import PostgresRateLimiter

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)


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


class TokenBucket:
    """``rate`` requests per minute per client, in bursts of up to ``rate``; in this process
    (a :class:`RateLimiter` that is not shared)."""

    shared = False

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.capacity = float(per_minute)
        self.refill = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 if the request may go ahead, else the seconds until it could."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.refill)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > 10_000:  # forget idle clients
                cutoff = now - 120
                self._buckets = {k: v for k, v in self._buckets.items() if v[1] > cutoff}
            return (1.0 - tokens) / self.refill


def rate_limiter_for(settings: Settings) -> RateLimiter:
    """The limiter the settings ask for (see the module's docstring)."""
    per_minute = settings.server.rate_limit_per_minute
    store = settings.server.rate_limit_store
    if store == "postgres" and not settings.catalog_url:
        log.warning("rate_limit_store=postgres needs GOVRAG_CATALOG_URL; counting in memory")
    if settings.catalog_url and store in ("auto", "postgres"):
        return PostgresRateLimiter(settings.catalog_url, per_minute)
    return TokenBucket(per_minute)
