"""A stand-in catalog for stand-in registers: it holds only the papers given, which is what
the follow-up paper naming (``assistant.paper_names``) reads."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class PapersCatalog:
    """The catalog of ``papers`` alone."""

    def __init__(self, papers: Iterable[Any]) -> None:
        self._papers = list(papers)

    def documents(self) -> list[Any]:
        return list(self._papers)
