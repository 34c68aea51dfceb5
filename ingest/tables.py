"""Rebuild logical table rows from loader rows, whatever the source format.

Rows arrive as the page showed them: headers repeated at page breaks, a record's cells cut in
two by a page break, sub-heading rows ("FINANCIAL REPORTING"), continuation rows, the odd
scanning ghost. This module turns them into one :class:`~ingest.table_model.LogicalRow` per
record, each cell made of fragments that keep their place in the stored text.
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from ingest.cleaning import normalise_for_compare
from ingest.columns import (
    LABEL_ROLES,
    Role,
    looks_like_ref,
    note_table,
)
from ingest.dates import parse_dates
from ingest.model import BlockKind, PlacedBlock
from ingest.table_model import Fragment, Layout, LogicalRow, Table
from ingest.table_roles import table_roles
from ingest.vocabulary import Vocabulary, ends_sentence, has_sentence_end, looks_unfinished

INLINE_REF = re.compile(
    r"^(?:(?P<label>[A-Z][A-Za-z&,' ]{2,40}?)\s+)?(?P<ref>R\d{1,3})(?=[\sA-Z(]|$)\s*(?P<rest>.*)$",
    re.S,
)
STATUS_PHRASE = re.compile(r"recommendation\s+met\s*:", re.I)
LONG_FRAGMENT_WORDS = 25
STATUS_WORDS = 8  # more words than a status label holds


def _cells(block: PlacedBlock, width: int) -> list[str]:
    cells = list(block.block.cells)
    return cells + [""] * (width - len(cells))


def _header_like(cells: list[str]) -> bool:
    """Short labels, no sentences: 'Progress Update and degree to which recommendation met'."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(
        len(c.split()) <= 12 and len(c) <= 90 and not has_sentence_end(c) for c in filled
    )


def _joined_header(rows: list[list[str]], width: int) -> list[str]:
    """One header per column from several header rows. A label spanning columns of the row
    below ('Target date' over 'Original | Revised') is given to each of them: 'Target date
    Original', 'Target date Revised'."""
    rows = [list(r) for r in rows]
    for upper, lower in itertools.pairwise(rows):
        # a wrapped header ('AGS' over 'improvement area') has no label standing alone above
        if not any(u.strip() and not v.strip() for u, v in zip(upper, lower, strict=False)):
            continue
        for i in range(1, width):
            if (
                not upper[i].strip()
                and upper[i - 1].strip()
                and lower[i].strip()
                and lower[i - 1].strip()
                and len(lower[i].split()) <= 3
                and len(lower[i - 1].split()) <= 3
            ):
                upper[i] = upper[i - 1]
    return [" ".join(r[i] for r in rows if r[i]).strip() for i in range(width)]


_DATE_ROLES = (Role.DUE, Role.REVISED_DUE, Role.STATUS)


def _expected_value(role: Role, cell: str) -> bool:
    """A fragment that looks like debris but is what its column holds: a date ('Autumn
    2019', '30/06/2019'), or the wrapped end of one ('20)') in a date column."""
    return role in _DATE_ROLES or bool(parse_dates(cell))


def _subheading(row: PlacedBlock, width: int) -> bool:
    """A row the loader marked as a header holding one short label in a wide table: a
    sub-heading ('Internal audit: Estates'), not the header."""
    filled = [c for c in row.block.cells if c.strip()]
    return (
        row.block.header_hint
        and width >= 3
        and len(filled) == 1
        and len(filled[0].split()) <= 12
        and not looks_like_ref(filled[0])
    )


_ROW_FIELDS = (Role.OWNER, Role.DUE, Role.REVISED_DUE, Role.STATUS, Role.PRIORITY)


def _full_row(table: Table, cells: list[str]) -> bool:
    """A row that names its own owner, deadline, status or priority (two of them at least)
    and whose label cells start as labels do: a record, not the wrapped end of one."""
    filled = [
        cells[i].strip()
        for i, role in enumerate(table.roles)
        if role in _ROW_FIELDS and i < len(cells) and cells[i].strip()
    ]
    return len(filled) >= 2 and all(not f[:1].islower() and not f.startswith("(") for f in filled)


_GARBLE_MARKS = re.compile(r"[\d?&!#*%$|]")


def _garbled_ref(ref: str) -> bool:
    """A ref cell a scan misread ('cc?', 'A8&'): one short token with a digit or a speck OCR
    makes of one, not a word; with every other field filled it still starts its row."""
    return " " not in ref.strip() and len(ref.strip()) <= 8 and bool(_GARBLE_MARKS.search(ref))


def _every_field_filled(table: Table, cells: list[str]) -> bool:
    """A row that fills every owner, deadline, status and priority column of the table (two at
    least), at most one of them opening in lower case: a record of its own even when its title
    opens in lower case ('e-banking payments to be ...'), not the wrapped end of the row
    above."""
    columns = [
        i
        for i, role in enumerate(table.roles)
        if role in _ROW_FIELDS and role is not Role.REVISED_DUE
    ]
    filled = [cells[i].strip() for i in columns if i < len(cells) and cells[i].strip()]
    lower = sum(1 for f in filled if f[:1].islower() or f.startswith("("))
    return len(columns) >= 2 and len(filled) == len(columns) and lower <= 1


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
        self.header_keys: set[tuple[str, ...]] = set()

    def _key(self, row: PlacedBlock) -> tuple[str, ...]:
        return tuple(normalise_for_compare(c) for c in _cells(row, self.width))

    def _body(self, rows: list[PlacedBlock]) -> list[PlacedBlock]:
        """Rows that are not (repeated) header rows; a sub-heading row stays, as a label."""
        return [
            r
            for r in rows
            if (not r.block.header_hint or _subheading(r, self.width))
            and self._key(r) not in self.header_keys
        ]

    def build(self) -> Table:
        header_rows, body = self._split_header()
        header = _joined_header([_cells(r, self.width) for r in header_rows], self.width)
        self.header_keys = {self._key(r) for r in header_rows}
        body = self._body(body)
        matches = table_roles(header, [_cells(r, self.width) for r in body[:12]])
        table = Table(
            header=header, roles=[m.role for m in matches], section=self.section, matches=matches
        )
        note_table(self.section, matches)
        self._group(table, body)
        return table

    def continues(self, table: Table, rows: list[PlacedBlock]) -> bool:
        """Whether a run of rows after a heading is more of ``table`` (the heading being a
        sub-heading the loader gave as a heading): no header of its own, or the same header
        repeated with refs that do not start again."""
        if max(len(r.block.cells) for r in rows) > self.width:
            return False
        header_rows, body = _TableBuilder(rows, self.section, self.vocab)._split_header()
        if not header_rows:
            return True
        if not all(self._key(r) in self.header_keys for r in header_rows):
            return False
        ref_col = table.column(Role.REF)
        if ref_col is None or not body:
            return True
        seen = {row.first(ref_col).strip() for row in table.rows}
        return _cells(body[0], self.width)[ref_col].strip() not in seen

    def extend(self, table: Table, rows: list[PlacedBlock], category: str | None) -> None:
        """More rows of ``table``, under the sub-heading ``category``. A table whose header came
        straight before its first sub-heading had no values to read its columns by: they are
        read now, from the first rows it gets."""
        body = self._body(rows)
        if not table.rows and body:
            header = table.header
            matches = table_roles(header, [_cells(r, self.width) for r in body[:12]])
            table.roles = [m.role for m in matches]
            table.matches = matches
        self._group(table, body, category)

    def _leading_subheading(self, rows: list[PlacedBlock]) -> bool:
        """A first row that is a sub-heading, not the first line of a wrapped header ('AGS'
        over 'improvement area'): what follows it is not more header."""
        if not _subheading(rows[0], self.width):
            return False
        if len(rows) == 1:
            return True
        following = _cells(rows[1], self.width)
        return not (rows[1].block.header_hint or _header_like(following)) or looks_like_ref(
            following[0]
        )

    def _split_header(self) -> tuple[list[PlacedBlock], list[PlacedBlock]]:
        rows = self.rows
        first = _cells(rows[0], self.width)
        if (
            not (rows[0].block.header_hint or _header_like(first))
            or looks_like_ref(first[0])
            or self._leading_subheading(rows)
        ):
            return [], rows
        header = [rows[0]]
        while len(header) < len(rows) and len(header) < 4 and rows[len(header)].block.header_hint:
            header.append(rows[len(header)])  # the loader knows a header has several rows
        if len(header) == 1 and any(not c.strip() for c in first[1:]):
            # an incomplete header wraps onto more lines
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
    def _group(self, table: Table, body: list[PlacedBlock], category: str | None = None) -> None:
        ref_col = table.column(Role.REF)
        page_col = table.column(Role.PAGE_NO)
        title_col = table.title_column
        kinds = [
            "label"
            if _subheading(r, self.width)
            else self._classify(table, _cells(r, self.width), ref_col, page_col, title_col)
            for r in body
        ]
        current: LogicalRow | None = None
        after_label = False
        for index, (block, kind) in enumerate(zip(body, kinds, strict=True)):
            cells = _cells(block, self.width)
            if kind == "label":
                category = self._label(cells, title_col)
                after_label = current is not None and _subheading(block, self.width)
                continue
            if kind != "start" and after_label:
                # text after a marked sub-heading cannot continue the record above it
                self.warnings.append(
                    f"a row after {category!r} starts no record; left out of the table"
                )
                continue
            after_label = False
            if kind == "start" and current is not None and title_col is not None:
                kind = self._recheck_unnumbered(
                    table, cells, current, ref_col, page_col, title_col, bounded=block.block.bounded
                )
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
        if (
            (not ref or _garbled_ref(ref))
            and ref_col is not None
            and title
            and (
                (title[:1].isupper() and _full_row(table, cells))
                or _every_field_filled(table, cells)
            )
        ):
            return "start"  # a row whose ref was left blank or misread, every other field filled
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
        *,
        bounded: bool = False,
    ) -> str:
        """In tables without numbers, a capitalised line may still continue an unfinished title;
        a row the loader read whole (``bounded``) is a row of its own unless the title above it
        stops mid-phrase, even with its owner and deadline blank."""
        if ref_col is not None or page_col is not None:
            return "start"
        if looks_unfinished(current.text(title_col)):
            return "continuation"
        if bounded:
            return "start"
        others = [i for i, role in enumerate(table.roles) if role in (Role.OWNER, Role.DUE)]
        if others and not any(cells[i].strip() for i in others):
            return "continuation"
        return "start"

    def _label(self, cells: list[str], title_col: int | None) -> str:
        text = cells[title_col].strip() if title_col is not None else ""
        if not text:  # a sub-heading row the loader marked, written in its first cell
            text = next((c.strip() for c in cells if c.strip()), "")
            if not _shouted(text):
                return " ".join(text.split())
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
                role = table.roles[index]
                if self.vocab.is_noise(cell) and not _expected_value(role, cell):
                    self.warnings.append(f"dropped scanning noise {cell!r}")
                    continue
                misplaced = (
                    len(cell.split()) > LONG_FRAGMENT_WORDS
                    or STATUS_PHRASE.match(cell)
                    or (index in row.moved and cell[:1].islower())
                )
                # a status cell that already holds running text ('Amber – revised … because
                # …') is that running text's column: its overflow stays there
                running = role is Role.STATUS and len(row.text(index).split()) > STATUS_WORDS
                if (
                    role in LABEL_ROLES
                    and misplaced
                    and not running
                    and table.narrative_column is not None
                ):
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
    previous: tuple[_TableBuilder, Table] | None = None
    since: list[PlacedBlock] = []  # blocks between the previous table and this point
    index = 0
    while index < len(placed):
        item = placed[index]
        kind = item.block.kind
        if kind is BlockKind.HEADING:
            section = vocab.title_case(item.block.text)
            caption = None
            prose.append((item, section))
            since.append(item)
            index += 1
            continue
        if kind is BlockKind.PARAGRAPH:
            caption = _caption(item.block.text, vocab)
            prose.append((item, section))
            since.append(item)
            index += 1
            continue
        end = index
        while end < len(placed) and placed[end].block.kind is BlockKind.ROW:
            end += 1
        run = placed[index:end]
        headings = [b for b in since if b.block.kind is BlockKind.HEADING]
        if (
            previous is not None
            and since
            and len(since) <= 2
            and len(headings) == len(since)
            and previous[0].continues(previous[1], run)
        ):
            # 'Internal audit: Estates' given as a heading between rows of one table
            builder, table = previous
            label = " ".join(headings[-1].block.text.split())
            builder.extend(table, run, vocab.title_case(label) if _shouted(label) else label)
        else:
            builder = _TableBuilder(run, caption or section, vocab)
            table = builder.build()
            if _details_not_rows(table):  # 'Date of meeting | 4 May 2025': a cover's details
                prose.extend((row, section) for row in run)
                since.extend(run)
                index = end
                continue
            tables.append(table)
        orphans = []
        while (
            end < len(placed)
            and placed[end].block.kind is BlockKind.PARAGRAPH
            and placed[end].block.text[:1].islower()
        ):
            orphans.append(placed[end])
            end += 1
        spilt = _spilt_paragraphs(placed, end) if orphans else 0
        orphans.extend(placed[end : end + spilt])
        end += spilt
        builder.attach_orphans(table, orphans)
        warnings.extend(builder.warnings)
        builder.warnings = []
        previous = (builder, table)
        since = []
        caption = None
        index = end
    return Layout(tables, prose, warnings)


def _details_not_rows(table: Table) -> bool:
    """A borderless block of a paper's details read as a table ('Date of meeting' | '12
    November 2025', then the line under it): its 'header' holds a value (a date, a number) and
    no column is any field of a register by its header or its values. Its lines stay prose."""
    found = [m for m in table.matches if m.basis not in ("fallback", "none")]
    valued = any(parse_dates(h) or re.fullmatch(r"[\d.,%£$ ]+", h.strip()) for h in table.header)
    return bool(table.matches) and not found and valued


# a paragraph a paper numbers as its own ('3.5 Members are invited …', '12. The board …')
_NUMBERED_PARAGRAPH = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def _spilt_paragraphs(placed: list[PlacedBlock], start: int) -> int:
    """How many paragraphs after a table's spilt cell text ('… has been approved.' finishing
    a cell over the page) are more of that cell: in a paper that numbers its paragraphs, at
    most two unnumbered paragraphs between the spill and the paper's next numbered paragraph
    are not the paper's own prose but the rest of the last row."""
    end = start
    while (
        end < len(placed)
        and end - start <= 2
        and placed[end].block.kind is BlockKind.PARAGRAPH
        and not _NUMBERED_PARAGRAPH.match(placed[end].block.text)
    ):
        end += 1
    numbered_next = (
        end < len(placed)
        and placed[end].block.kind is BlockKind.PARAGRAPH
        and _NUMBERED_PARAGRAPH.match(placed[end].block.text) is not None
    )
    return end - start if numbered_next and 0 < end - start <= 2 else 0


def _caption(text: str, vocab: Vocabulary) -> str | None:
    """A short line that names the table below it ('Table A: ...', 'ACTION PLAN')."""
    if len(text.split()) > 14 or (ends_sentence(text) and not text.endswith(":")):
        return None
    if re.fullmatch(r"[\w ,.]*\b(19|20)\d\d", text) and len(text.split()) <= 5:
        return None  # a date line, not a caption
    return vocab.title_case(text.rstrip(":"))
