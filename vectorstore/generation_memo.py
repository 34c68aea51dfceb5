"""Catalog reads kept for one generation of the catalog, for a backend where each read is a
round trip (PostgreSQL).

Only values read inside a read snapshot are kept (there the generation is fixed, so a value is
exactly the one that generation holds), and only reads that a write alone can change (a
document's text, its pages, a record's chunk). A newer generation empties the memo; a reader
on an older snapshot reads through without disturbing it. Bounded (least recently used out).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class GenerationMemo:
    """Values by key for the newest generation seen; ``size`` entries at most."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._generation = -1
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, generation: int | None, key: Hashable, load: Callable[[], T]) -> T:
        """The value of ``key`` at ``generation`` (None: not in a snapshot, read through)."""
        if generation is None:
            return load()
        with self._lock:
            if generation > self._generation:
                self._values.clear()
                self._generation = generation
            if generation == self._generation and key in self._values:
                self._values.move_to_end(key)
                value: T = self._values[key]
                return value
        value = load()
        with self._lock:
            if generation == self._generation:
                self._values[key] = value
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value
