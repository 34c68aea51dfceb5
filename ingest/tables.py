"""Rebuild logical table rows from loader rows, whatever the source format.

Rows arrive as the page showed them: headers repeated at page breaks, a record's cells cut in
two by a page break, sub-heading rows ("FINANCIAL REPORTING"), continuation rows, the odd
scanning ghost. This module turns them into one :class:`LogicalRow` per record, each cell made
of fragments that keep their place in the stored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ingest.cleaning import normalise_for_compare
from ingest.columns import LABEL_ROLES, NARRATIVE_PREFERENCE, Role, assign_roles, looks_like_ref
from ingest.model import BlockKind, PlacedBlock, Span
from ingest.vocabulary import Vocabulary, ends_sentence, looks_unfinished

INLINE_REF = re.compile(
    r"^(?:(?P<label>[A-Z][A-Za-z&,' ]{2,40}?)\s+)?(?P<ref>R\d{1,3})(?=[\sA-Z(]|$)\s*(?P<rest>.*)$",
    re.S,
)
STATUS_PHRASE = re.compile(r"recommendation\s+met\s*:", re.I)
LONG_FRAGMENT_WORDS = 25


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


def _cells(block: PlacedBlock, width: int) -> list[str]:
    cells = list(block.block.cells)
    return cells + [""] * (width - len(cells))


def _header_like(cells: list[str]) -> bool:
    """Short labels, no sentences: 'Progress Update and degree to which recommendation met'."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(
        len(c.split()) <= 12 and len(c) <= 90 and not re.search(r"[a-z]{2}[.;!?](\s|$)", c)
        for c in filled
    )


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _similar(a: str, b: str) -> float:
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b[: len(a) + 3]).ratio()


class _TableBuilder:
    def __init__(self, rows: list[PlacedBlock], section: str | None, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.warnings: list[str] = []
        self.width = max(len(r.block.cells) for r in rows)
        self.rows = rows
        self.section = section

    def build(self) -> Table:
        header_rows, body = self._split_header()
        header = [
            " ".join(
                _cells(r, self.width)[i] for r in header_rows if _cells(r, self.width)[i]
            ).strip()
            for i in range(self.width)
        ]
        header_keys = {
            tuple(normalise_for_compare(c) for c in _cells(r, self.width)) for r in header_rows
        }
        body = [
            r
            for r in body
            if not r.block.header_hint
            and tuple(normalise_for_compare(c) for c in _cells(r, self.width)) not in header_keys
        ]
        roles = assign_roles(header, [_cells(r, self.width) for r in body[:12]])
        table = Table(header=header, roles=roles, section=self.section)
        self._group(table, body)
        return table

    def _split_header(self) -> tuple[list[PlacedBlock], list[PlacedBlock]]:
        rows = self.rows
        first = _cells(rows[0], self.width)
        if not (rows[0].block.header_hint or _header_like(first)) or looks_like_ref(first[0]):
            return [], rows
        header = [rows[0]]
        if any(not c.strip() for c in first[1:]):  # an incomplete header wraps onto more lines
            index = 1
            while (
                index < len(rows)
                and len(header) < 4
                and _header_like(_cells(rows[index], self.width))
                and not looks_like_ref(_cells(rows[index], self.width)[0])
            ):
                header.append(rows[index])
                index += 1
        return header, rows[len(header) :]

    # -- grouping rows into records -------------------------------------------------------
    def _group(self, table: Table, body: list[PlacedBlock]) -> None:
        ref_col = table.column(Role.REF)
        page_col = table.column(Role.PAGE_NO)
        title_col = table.title_column
        category: str | None = None
        kinds = [
            self._classify(table, _cells(r, self.width), ref_col, page_col, title_col) for r in body
        ]
        current: LogicalRow | None = None
        for index, (block, kind) in enumerate(zip(body, kinds, strict=True)):
            cells = _cells(block, self.width)
            if kind == "label":
                category = self._label(cells, title_col)
                continue
            if kind == "start" and current is not None and title_col is not None:
                kind = self._recheck_unnumbered(table, cells, current, ref_col, page_col, title_col)
            following = _cells(body[index + 1], self.width) if index + 1 < len(body) else None
            if (
                kind == "start"
                and following is not None
                and kinds[index + 1] == "start"
                and self._is_ghost(cells, following, title_col, ref_col)
            ):
                self._absorb_ghost(table, current, block, following)
                continue
            if kind == "start" and title_col is not None:
                inline = INLINE_REF.match(cells[title_col].strip())
                if inline and inline.group("label"):
                    # a sub-heading written into the first cell ('Value for Money R23 ...')
                    category = " ".join(inline.group("label").split())
            if kind == "start" or current is None:
                current = LogicalRow([[] for _ in range(self.width)], [], category)
                table.rows.append(current)
                self._append(table, current, block, continuation=False)
            else:
                self._append(table, current, block, continuation=True)

    def _classify(
        self,
        table: Table,
        cells: list[str],
        ref_col: int | None,
        page_col: int | None,
        title_col: int | None,
    ) -> str:
        ref = cells[ref_col].strip() if ref_col is not None else ""
        page = cells[page_col].strip() if page_col is not None else ""
        title = cells[title_col].strip() if title_col is not None else ""
        if ref and looks_like_ref(ref):
            return "start"
        if not ref and not page and title and _shouted(title):
            others = [c for i, c in enumerate(cells) if i != title_col and len(c.strip()) > 2]
            if not any(re.search(r"[a-z]", c) for c in others):
                return "label"
        if page and title:
            return "start"
        if title and INLINE_REF.match(title) and not ref:
            return "start"
        if ref_col is None and page_col is None and title:
            first = title.lstrip("• ").strip()
            return "start" if first[:1].isupper() else "continuation"
        return "continuation"

    def _recheck_unnumbered(
        self,
        table: Table,
        cells: list[str],
        current: LogicalRow,
        ref_col: int | None,
        page_col: int | None,
        title_col: int,
    ) -> str:
        """In tables without numbers, a capitalised line may still continue an unfinished title."""
        if ref_col is not None or page_col is not None:
            return "start"
        if looks_unfinished(current.text(title_col)):
            return "continuation"
        others = [i for i, role in enumerate(table.roles) if role in (Role.OWNER, Role.DUE)]
        if others and not any(cells[i].strip() for i in others):
            return "continuation"
        return "start"

    def _label(self, cells: list[str], title_col: int | None) -> str:
        text = cells[title_col].strip() if title_col is not None else ""
        for index, cell in enumerate(cells):
            if index != title_col and re.fullmatch(r"[A-Z]{1,2}", cell.strip()):
                text += cell.strip()  # 'FINANCIAL REPORTIN' + 'G'
        words = text.split()
        if words:
            words[-1] = self.vocab.complete(words[-1])  # 'MANAGEM' -> 'MANAGEMENT'
        return self.vocab.title_case(" ".join(words))

    def _is_ghost(
        self, cells: list[str], following: list[str], title_col: int | None, ref_col: int | None
    ) -> bool:
        """An unnumbered row that garbles the next row's opening words (a scanning artefact)."""
        if title_col is None or (ref_col is not None and looks_like_ref(cells[ref_col])):
            return False
        title, next_title = cells[title_col], following[title_col]
        if normalise_for_compare(title) == normalise_for_compare(next_title):
            return False
        if _similar(title, next_title) < 0.6:
            return False
        pairs = [
            _similar(a, b)
            for i, (a, b) in enumerate(zip(cells, following, strict=True))
            if i != title_col and a.strip() and b.strip()
        ]
        return any(score >= 0.7 for score in pairs)

    def _absorb_ghost(
        self, table: Table, current: LogicalRow | None, block: PlacedBlock, following: list[str]
    ) -> None:
        cells = _cells(block, self.width)
        self.warnings.append(
            f"row {cells[table.title_column or 0]!r} looks like a damaged copy of the next row "
            "(scanning error); its garbled cells were dropped"
        )
        if current is None:
            return
        for index, cell in enumerate(cells):
            if cell.strip() and _similar(cell, following[index]) < 0.6:
                current.cells[index].append(Fragment(cell, block.cell_spans[index]))
        current.blocks.append(block)

    def _append(
        self, table: Table, row: LogicalRow, block: PlacedBlock, *, continuation: bool
    ) -> None:
        cells = _cells(block, self.width)
        for index, cell in enumerate(cells):
            if not cell.strip() or index >= len(block.cell_spans):
                continue
            target = index
            if continuation:
                if self.vocab.is_noise(cell):
                    self.warnings.append(f"dropped scanning noise {cell!r}")
                    continue
                role = table.roles[index]
                misplaced = (
                    len(cell.split()) > LONG_FRAGMENT_WORDS
                    or STATUS_PHRASE.match(cell)
                    or (index in row.moved and cell[:1].islower())
                )
                if role in LABEL_ROLES and misplaced and table.narrative_column is not None:
                    # running text that slid into a label column belongs to the narrative one
                    target = table.narrative_column
                    row.moved.add(index)
            row.cells[target].append(Fragment(cell, block.cell_spans[index]))
        row.blocks.append(block)

    def attach_orphans(self, table: Table, paragraphs: list[PlacedBlock]) -> None:
        """Lower-case paragraphs right after a table finish the last row's unfinished cells."""
        if not table.rows:
            return
        row = table.rows[-1]
        text_roles = {Role.PROGRESS, Role.ACTION, Role.RECOMMENDATION, Role.FINDING}
        open_cells = [
            i
            for i, role in enumerate(table.roles)
            if role in text_roles and row.cells[i] and not ends_sentence(row.text(i))
        ]
        target = open_cells[0] if open_cells else table.narrative_column
        for paragraph in paragraphs:
            if target is None:
                return
            row.cells[target].append(Fragment(paragraph.block.text, paragraph.span))
            row.blocks.append(paragraph)
            remaining = [i for i in open_cells if i > target]
            target = remaining[0] if remaining else target


def find_tables(placed: list[PlacedBlock], vocab: Vocabulary) -> Layout:
    """Split placed blocks into tables (with logical rows) and prose (with its section)."""
    tables: list[Table] = []
    prose: list[tuple[PlacedBlock, str | None]] = []
    warnings: list[str] = []
    section: str | None = None
    caption: str | None = None
    index = 0
    while index < len(placed):
        item = placed[index]
        kind = item.block.kind
        if kind is BlockKind.HEADING:
            section = vocab.title_case(item.block.text)
            caption = None
            prose.append((item, section))
            index += 1
            continue
        if kind is BlockKind.PARAGRAPH:
            caption = _caption(item.block.text, vocab)
            prose.append((item, section))
            index += 1
            continue
        end = index
        while end < len(placed) and placed[end].block.kind is BlockKind.ROW:
            end += 1
        builder = _TableBuilder(placed[index:end], caption or section, vocab)
        table = builder.build()
        orphans = []
        while (
            end < len(placed)
            and placed[end].block.kind is BlockKind.PARAGRAPH
            and placed[end].block.text[:1].islower()
        ):
            orphans.append(placed[end])
            end += 1
        builder.attach_orphans(table, orphans)
        warnings.extend(builder.warnings)
        tables.append(table)
        caption = None
        index = end
    return Layout(tables, prose, warnings)


def _caption(text: str, vocab: Vocabulary) -> str | None:
    """A short line that names the table below it ('Table A: ...', 'ACTION PLAN')."""
    if len(text.split()) > 14 or (ends_sentence(text) and not text.endswith(":")):
        return None
    if re.fullmatch(r"[\w ,.]*\b(19|20)\d\d", text) and len(text.split()) <= 5:
        return None  # a date line, not a caption
    return vocab.title_case(text.rstrip(":"))
