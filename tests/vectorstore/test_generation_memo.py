"""The PostgreSQL catalog's per-generation memo of reads."""

from __future__ import annotations

from vectorstore.generation_memo import GenerationMemo


def test_values_are_kept_per_generation_and_bounded() -> None:
    memo = GenerationMemo(size=2)
    loads: list[str] = []

    def load(value: str) -> str:
        loads.append(value)
        return value

    assert memo.get(1, "a", lambda: load("a1")) == "a1"
    assert memo.get(1, "a", lambda: load("again")) == "a1"  # kept
    assert memo.get(None, "a", lambda: load("a-outside")) == "a-outside"  # no snapshot: read
    assert memo.get(2, "a", lambda: load("a2")) == "a2"  # a newer generation: read anew
    assert memo.get(1, "a", lambda: load("a1-old")) == "a1-old"  # an older one reads through
    assert memo.get(2, "a", lambda: load("x")) == "a2"  # and did not disturb the newer
    memo.get(2, "b", lambda: load("b2"))
    memo.get(2, "c", lambda: load("c2"))  # "a" is the least recently used: out
    assert memo.get(2, "a", lambda: load("a2 again")) == "a2 again"
    assert loads == ["a1", "a-outside", "a2", "a1-old", "b2", "c2", "a2 again"]
