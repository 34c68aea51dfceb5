"""Keep a long-running server's resident memory close to what it holds (glibc on Linux).

A threaded Python server on glibc grows one malloc arena per worker thread, and memory freed
after a large load (the register's JSON, vectors read from Chroma) stays mapped. Two standard
glibc calls address both: ``mallopt(M_ARENA_MAX, n)`` and ``malloc_trim(0)``. Elsewhere these
are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache
from typing import Any

_M_ARENA_MAX = -8


@lru_cache(maxsize=1)
def _libc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc only (musl has none)
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = 2) -> bool:
    """Cap the malloc arenas threads created from now on share; True when applied."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, arenas))


def release_free_memory() -> bool:
    """Return freed heap memory to the operating system; True when some was released."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0))
