"""Plain-text and Markdown loader.

Text extracted from PDFs keeps tables as tab-separated lines. A blank line between two table
rows is where the extractor crossed a page, so it starts a new page; form feeds do too.
Markdown adds ``#`` headings and pipe tables (``| a | b |`` with a ``|---|`` separator); a table
row holding only a bold first cell (``| **Governance** | | |``) is a sub-heading: a HEADING, then
the table's header again (see ``ingest.loaders.REPEAT_HEADER_AFTER_SUBHEADING``).

Inline HTML in either is stripped by ``clean_text``; before that, content a browser would not show
(``display:none``, a 1px font, white text...) is left out with a warning, as the HTML loader
does, so hidden text cannot reach the record through a text file either.
"""

from __future__ import annotations

import re

from ingest.cleaning import clean_text
from ingest.loaders import LoadLimits, decode_text
from ingest.loaders.grid import REPEAT_HEADER_AFTER_SUBHEADING
from ingest.loaders.html import strip_hidden_markup
from ingest.loaders.visibility import hidden_text_warning
from ingest.model import Block, BlockKind, Page

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD_CELL = re.compile(r"^\s*(\*\*|__)(?P<text>\S(?:.*?\S)?)\1\s*$")


def _raw_pipe_cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    return re.split(r"(?<!\\)\|", body)


def _pipe_cells(line: str) -> tuple[str, ...]:
    return tuple(clean_text(cell) for cell in _raw_pipe_cells(line))


def _subheading(line: str, *, in_table: bool) -> str | None:
    """The text of a sub-heading row of a pipe table: ``| **Governance** | | |`` (or, inside a
    table, ``| **Governance** |``)."""
    cells = _raw_pipe_cells(line)
    if len(cells) < (1 if in_table else 2) or any(cell.strip() for cell in cells[1:]):
        return None
    match = _BOLD_CELL.match(cells[0])
    return clean_text(match.group("text")) if match else None


_NEW_REF = re.compile(r"^\s*(?:[A-Z]{1,4}[\s./-]?)?\d{1,3}(?:\.\d{1,3})*[.)]?\s")


def _continues_row(blocks: list[Block], raw: str, rest: list[str]) -> bool:
    """Whether a line without tabs, straight under a table row, is the rest of that row's last
    cell wrapped onto a line of its own: the table goes on below it (the next line that is
    not blank is a row), the row above is a body row (a row stands above it), and the line
    does not start a new ref ('A4 ...', '3.2 ...') or a heading."""
    if len(blocks) < 2 or blocks[-2].kind is not BlockKind.ROW or blocks[-1].header_hint:
        return False
    if _HEADING.match(raw) or _NEW_REF.match(raw) or not any(blocks[-1].cells):
        return False
    following = next((line for line in rest if line.strip()), "")
    return "\t" in following and "\f" not in following


def _joined(row: Block, raw: str) -> Block:
    """``row`` with the text of a continuation line added to its last filled cell."""
    cells = list(row.cells)
    last = max(i for i, cell in enumerate(cells) if cell)
    cells[last] = clean_text(f"{cells[last]}\n{raw.strip()}")
    return Block(BlockKind.ROW, cells=tuple(cells), header_hint=row.header_hint)


def parse_lines(text: str, *, markdown: bool) -> list[Page]:
    """Split text into pages of heading, paragraph and row blocks."""
    pages = [Page(number=1)]
    last_kind: BlockKind | None = None
    table_header: Block | None = None  # the header row of the pipe table being read
    blank_after_row = False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for position, raw in enumerate(lines):
        if "\f" in raw:
            pages.append(Page(number=len(pages) + 1))
            raw = raw.replace("\f", "")
            last_kind = None
        if not raw.strip():
            blank_after_row = blank_after_row or last_kind is BlockKind.ROW
            continue
        is_pipe = markdown and raw.lstrip().startswith("|") and raw.count("|") >= 2
        if markdown and _PIPE_SEPARATOR.match(raw) and last_kind is BlockKind.ROW:
            header = pages[-1].blocks[-1]
            table_header = Block(BlockKind.ROW, cells=header.cells, header_hint=True)
            pages[-1].blocks[-1] = table_header
            continue
        subheading = _subheading(raw, in_table=table_header is not None) if is_pipe else None
        if subheading:
            # a sub-heading row: a heading, then the table's header again (see
            # ingest.loaders.REPEAT_HEADER_AFTER_SUBHEADING), so the rows below keep columns
            pages[-1].blocks.append(Block(BlockKind.HEADING, text=subheading))
            if table_header is not None and REPEAT_HEADER_AFTER_SUBHEADING:
                pages[-1].blocks.append(table_header)
            last_kind = BlockKind.ROW
            blank_after_row = False
            continue
        if "\t" in raw or is_pipe:
            if blank_after_row and pages[-1].blocks:
                pages.append(Page(number=len(pages) + 1))
            cells = _pipe_cells(raw) if is_pipe else tuple(clean_text(c) for c in raw.split("\t"))
            if any(cells):
                pages[-1].blocks.append(Block(BlockKind.ROW, cells=cells, bounded=is_pipe))
                last_kind = BlockKind.ROW
            blank_after_row = False
            continue
        if (
            not markdown
            and last_kind is BlockKind.ROW
            and not blank_after_row
            and _continues_row(pages[-1].blocks, raw, lines[position + 1 :])
        ):
            pages[-1].blocks[-1] = _joined(pages[-1].blocks[-1], raw)
            continue
        blank_after_row = False
        table_header = None
        heading = _HEADING.match(raw)
        if heading:
            text_ = clean_text(heading.group(2))
            if text_:
                pages[-1].blocks.append(Block(BlockKind.HEADING, text=text_))
                last_kind = BlockKind.HEADING
            continue
        text_ = clean_text(raw)
        if text_:
            pages[-1].blocks.append(Block(BlockKind.PARAGRAPH, text=text_))
            last_kind = BlockKind.PARAGRAPH
    kept = [page for page in pages if page.blocks] or [Page(number=1)]
    for number, page in enumerate(kept, start=1):
        page.number = number
    return kept


def _visible_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """The decoded text without hidden inline-HTML content, and a warning if any was left out."""
    text, hidden, reasons = strip_hidden_markup(decode_text(data, name))
    return text, [hidden_text_warning(hidden, reasons)] if hidden else []


def load_text(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load a .txt file (tab-separated tables, '#' headings)."""
    text, warnings = _visible_text(data, name)
    return parse_lines(text, markdown=False), warnings


def load_markdown(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load a .md file (pipe or tab tables, '#' headings)."""
    text, warnings = _visible_text(data, name)
    return parse_lines(text, markdown=True), warnings
