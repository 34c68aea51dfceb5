"""A table as :mod:`ingest.tables` rebuilds it: logical rows of fragments, the columns' roles, and
a document's layout (its tables and its prose).

A :class:`LogicalRow` holds one record's cells, each made of the fragments gathered from every
source row (a record cut by a page break, continuation rows), each fragment keeping its place
in the stored text; :func:`join_fragments` joins them as the page read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.columns import NARRATIVE_PREFERENCE, ColumnMatch, Role
from ingest.model import PlacedBlock, Span
from ingest.vocabulary import ends_sentence


@dataclass(frozen=True)
class Fragment:
    text: str
    span: Span


@dataclass
class LogicalRow:
    """One record's row: per column, the fragments gathered from every source row."""

    cells: list[list[Fragment]]
    blocks: list[PlacedBlock]
    category: str | None = None
    moved: set[int] = field(default_factory=set)  # label columns whose overflow was moved

    def text(self, column: int | None) -> str:
        if column is None or column >= len(self.cells):
            return ""
        out = ""
        for fragment in self.cells[column]:
            out = join_fragments(out, fragment.text)
        return out

    def first(self, column: int | None) -> str:
        if column is None or column >= len(self.cells) or not self.cells[column]:
            return ""
        return self.cells[column][0].text

    def spans(self) -> list[Span]:
        return [f.span for cell in self.cells for f in cell]


@dataclass
class Table:
    header: list[str]
    roles: list[Role]
    section: str | None
    rows: list[LogicalRow] = field(default_factory=list)
    matches: list[ColumnMatch] = field(default_factory=list)  # why each column has its role

    def column(self, *roles: Role) -> int | None:
        for role in roles:
            if role in self.roles:
                return self.roles.index(role)
        return None

    @property
    def title_column(self) -> int | None:
        return self.column(Role.TITLE, Role.RECOMMENDATION, Role.FINDING, Role.ACTION)

    @property
    def narrative_column(self) -> int | None:
        return self.column(*NARRATIVE_PREFERENCE)


@dataclass
class Layout:
    tables: list[Table]
    prose: list[tuple[PlacedBlock, str | None]]  # heading/paragraph blocks and their section
    warnings: list[str]


def join_fragments(previous: str, new: str) -> str:
    """Continuation text follows on with a space, unless the previous part ended a sentence."""
    if not previous:
        return new
    if not new:
        return previous
    if ends_sentence(previous) or new.startswith("•") or _is_complete_label(previous, new):
        return f"{previous}\n{new}"
    return f"{previous} {new}"


def _is_complete_label(previous: str, new: str) -> bool:
    # 'Sept 2008' then 'Sept 2008', 'On-going' then 'On going': separate values, one per line.
    last = previous.split("\n")[-1]
    return bool(re.search(r"\b(19|20)\d\d$|\bgoing$|^Complete$", last)) and new[:1].isupper()
