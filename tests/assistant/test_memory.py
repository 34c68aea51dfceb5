"""The server's memory calls reach glibc on Linux (the platform govrag is deployed and tested on)."""

from __future__ import annotations

import sys

import pytest

from assistant.memory import limit_arenas, release_free_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc calls")
def test_arena_cap_and_trim_are_applied_on_linux() -> None:
    assert limit_arenas(2) is True
    garbage = [bytes(4096) for _ in range(20_000)]  # 80 MB freed below: something to return
    del garbage
    assert isinstance(release_free_memory(), bool)
