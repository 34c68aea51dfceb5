"""Plain-text and Markdown loader.

Text extracted from PDFs keeps tables as tab-separated lines. A blank line between two table
rows is where the extractor crossed a page, so it starts a new page; form feeds do too.
Markdown adds ``#`` headings and pipe tables (``| a | b |`` with a ``|---|`` separator).

Inline HTML in either is stripped by ``clean_text``; before that, content a browser would not show
(``display:none``, a 1px font, white text...) is left out with a warning, as the HTML loader
does, so hidden text cannot reach the record through a text file either.
"""

from __future__ import annotations

import re

from ingest.cleaning import clean_text
from ingest.loaders import LoadLimits, decode_text, hidden_text_warning
from ingest.loaders.html import strip_hidden_markup
from ingest.model import Block, BlockKind, Page

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _pipe_cells(line: str) -> tuple[str, ...]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    return tuple(clean_text(cell) for cell in re.split(r"(?<!\\)\|", body))


def parse_lines(text: str, *, markdown: bool) -> list[Page]:
    """Split text into pages of heading, paragraph and row blocks."""
    pages = [Page(number=1)]
    last_kind: BlockKind | None = None
    blank_after_row = False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for raw in lines:
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
            pages[-1].blocks[-1] = Block(BlockKind.ROW, cells=header.cells, header_hint=True)
            continue
        if "\t" in raw or is_pipe:
            if blank_after_row and pages[-1].blocks:
                pages.append(Page(number=len(pages) + 1))
            cells = _pipe_cells(raw) if is_pipe else tuple(clean_text(c) for c in raw.split("\t"))
            if any(cells):
                pages[-1].blocks.append(Block(BlockKind.ROW, cells=cells))
                last_kind = BlockKind.ROW
            blank_after_row = False
            continue
        blank_after_row = False
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
