"""Loaders: one per format, all returning the same :class:`~ingest.model.LoadedDocument`.

Formats: .txt/.text and .md/.markdown (``text``), .html/.htm (``html``), .pdf (``pdf``), .docx
(``docx``), .xlsx and .csv (``sheet``). Old binary .doc/.xls files are refused with what to do.
Tables with merged cells, from any format, become blocks through :func:`grid_blocks`.

Usage::

    doc = load_document(Path("data/sample/000_f60702f293bad3c1.txt"))
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Protocol

from ingest.cards import names_a_record
from ingest.cleaning import is_page_number
from ingest.errors import DocumentTooLarge, IngestError, UnsupportedDocument
from ingest.model import Block, BlockKind, LoadedDocument, Page
from ingest.rag_fills import rag_colour, rag_word
from ingest.vocabulary import has_sentence_end

OcrProgress = Callable[[int, int, int], None]  # (page number, n-th OCR page, OCR pages)


@dataclass(frozen=True)
class LoadLimits:
    """Bounds applied before and while parsing a file.

    Each bound is set by the ``GOVRAG_INGEST__*`` setting named in :data:`LIMIT_SETTINGS`; an
    error raised because a bound was hit names that setting, so it is never mistaken for a
    broken file.
    """

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 1000
    pdf_timeout_s: float = 120.0
    pdf_memory_mb: int = 2048
    pdf_in_subprocess: bool = True
    # told (page number, n, of) before each page OCR reads, so a progress bar can show it;
    # not a bound: it takes no part in comparing limits
    ocr_progress: OcrProgress | None = field(default=None, compare=False, repr=False)


# The setting (see assistant.settings.IngestSettings) that raises each LoadLimits bound.
LIMIT_SETTINGS = {
    "max_bytes": "GOVRAG_INGEST__MAX_FILE_MB",
    "max_pages": "GOVRAG_INGEST__MAX_PAGES",
    "pdf_timeout_s": "GOVRAG_INGEST__PDF_TIMEOUT_S",
    "pdf_memory_mb": "GOVRAG_INGEST__PDF_MEMORY_MB",
}


def limit_help(limit: str) -> str:
    """What to do when ``limit`` (a LoadLimits field) was hit."""
    return f"Raise {LIMIT_SETTINGS[limit]} if this file should be read, or split it."


# Text smaller than this (in points; 4 CSS px) cannot be read, so it counts as hidden text.
MIN_READABLE_PT = 3.0
# Text whose colour is this close to its background (WCAG contrast ratio, 1 = identical) is
# invisible: white on white, or dark grey on black.
MIN_CONTRAST = 1.12

RGB = tuple[float, float, float]  # channels in 0..1
WHITE: RGB = (1.0, 1.0, 1.0)
BLACK: RGB = (0.0, 0.0, 0.0)


def hex_rgb(rgb: RGB) -> str:
    """``rgb`` as hex ('FF0000'), the form the fill readers compare (:mod:`ingest.rag_fills`)."""
    return "".join(f"{round(channel * 255):02X}" for channel in rgb)


def _luminance(rgb: RGB) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(min(1.0, max(0.0, c))) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=1024)
def invisible_on(color: RGB, background: RGB) -> bool:
    """Whether text of ``color`` cannot be told apart from ``background``."""
    return contrast_ratio(color, background) < MIN_CONTRAST


def hidden_text_warning(pieces: list[str], reasons: list[str]) -> str:
    """The one warning every loader gives for text it left out because a reader cannot see it:
    ``hidden text left out (font under 3 pt, white on white; 12 words): “sample”``."""
    words = " ".join(" ".join(pieces).split())
    count = len(words.split())
    why = ", ".join(dict.fromkeys(reasons)) or "invisible"
    sample = words if len(words) <= 120 else words[:119].rstrip() + "…"
    return f"hidden text left out ({why}; {count} words): “{sample}”"


# --- tables with merged cells (Word, Excel, HTML, Markdown) ---------------------------------

# A loader emits a sub-heading row inside a table as a HEADING block, then the table's header
# row again (marked header_hint, as a header repeated at a page break is). ingest.tables takes
# the same header after a heading as more of the same table under that sub-heading; without it,
# a first row of short cells (no refs) could be taken for the header of a new table.
REPEAT_HEADER_AFTER_SUBHEADING = True
_SHORT_HEADER_WORDS = 10
_SHORT_HEADER_CHARS = 80


class GridCell(NamedTuple):
    """One grid position of a table: its text, and the top-left position of the (merged) cell
    that covers it, so a merged cell is the same ``origin`` at every position it spans."""

    text: str
    origin: tuple[int, int]
    bold: bool = False
    fill: str | None = None  # the cell's fill colour (hex RGB), when it has one


SpanCell = tuple[str, int, int, bool, str | None]  # text, rowspan, colspan, bold, fill


MAX_GRID_COLUMNS = 200  # columns of a table beyond this are left out
_MAX_SPAN_STEPS = 2_000_000  # grid positions spans may visit; beyond, a span is one cell


def place_spans(rows: list[list[SpanCell]]) -> list[list[GridCell]]:
    """A grid from rows of ``(text, rowspan, colspan, bold, fill)`` cells, as HTML writes them:
    a cell spanning rows takes its place in the rows below, which start after it. Bounded:
    at most :data:`MAX_GRID_COLUMNS` columns, and overlapping spans stop spanning once they
    have visited :data:`_MAX_SPAN_STEPS` positions."""
    grid: list[dict[int, GridCell]] = [{} for _ in rows]
    budget = _MAX_SPAN_STEPS
    for row_index, cells in enumerate(rows):
        column = 0
        for text, rowspan, colspan, bold, fill in cells:
            while column in grid[row_index]:
                column += 1
            if column >= MAX_GRID_COLUMNS:
                break
            cell = GridCell(text, (row_index, column), bold, fill)
            rowspan = max(1, min(rowspan, len(rows) - row_index))
            colspan = max(1, min(colspan, MAX_GRID_COLUMNS - column))
            if rowspan * colspan > budget:
                rowspan = colspan = 1
            budget -= rowspan * colspan
            for r in range(row_index, row_index + rowspan):
                for c in range(column, column + colspan):
                    grid[r].setdefault(c, cell)
            column += colspan
    width = max((max(row) + 1 for row in grid if row), default=0)
    return [
        [row.get(c) or GridCell("", (r, c)) for c in range(width)] for r, row in enumerate(grid)
    ]


def _short_label(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _SHORT_HEADER_CHARS
        and len(text.split()) <= _SHORT_HEADER_WORDS
        and not has_sentence_end(text)
        and not re.fullmatch(r"[\d.,/:\- ]+", text)
    )


def _spans_columns(grid: list[list[GridCell]], row: int, column: int) -> bool:
    cell = grid[row][column]
    return any(
        grid[row][c].origin == cell.origin
        for c in (column - 1, column + 1)
        if 0 <= c < len(grid[row])
    )


def header_depth(grid: list[list[GridCell]], known: int) -> int:
    """How many rows at the top of ``grid`` are its header: ``known`` (from the file's own
    markup), or one when the first row is short labels with a cell merged across columns; then
    each following row of short labels standing only under merged header cells or empty header
    columns ('Target date' over 'Original | Revised') is a header row too."""
    if not grid:
        return 0
    depth = known
    if depth == 0:
        first = grid[0]
        texts = [cell.text for cell in first if cell.text.strip()]
        full_width = len({cell.origin for cell in first}) == 1
        if (
            not full_width
            and len(texts) >= 2
            and all(_short_label(t) for t in texts)
            and any(_spans_columns(grid, 0, c) for c in range(len(first)))
        ):
            depth = 1
    if depth == 0:
        return 0
    while depth < min(len(grid) - 1, 4):
        row = grid[depth]
        filled = [c for c, cell in enumerate(row) if cell.text.strip() and cell.origin[0] == depth]
        if not filled or not all(_short_label(row[c].text) for c in filled):
            break
        if not all(_under_label(grid, depth, c, filled) for c in filled):
            break
        depth += 1
    return depth


def _under_label(grid: list[list[GridCell]], row: int, column: int, filled: list[int]) -> bool:
    """Whether a label of a second header row stands under a label of the row above that spans
    it: a merged cell, an empty one, or one whose right-hand neighbour is empty ('Target date'
    over 'Original', nothing over 'Revised')."""
    above = grid[row - 1]
    if _spans_columns(grid, row - 1, column) or not above[column].text.strip():
        return True
    return column + 1 in filled and not above[column + 1].text.strip()


def header_cells(grid: list[list[GridCell]], depth: int) -> tuple[str, ...]:
    """The header rows combined into one: per column, the texts of the header cells above it
    top to bottom, a merged cell counted once ('Target date' + 'Original')."""
    rows = [list(row) for row in grid[:depth]]
    for upper, lower in itertools.pairwise(rows):
        # an unmerged label over two labels of the row below spans them: 'Target date' over
        # 'Original' and, its right-hand cell empty, over 'Revised'
        for c in range(1, len(upper)):
            left = upper[c - 1]
            if (
                not upper[c].text.strip()
                and left.text.strip()
                and lower[c].text.strip()
                and lower[c - 1].text.strip()
            ):
                upper[c] = left
    out: list[str] = []
    for column in range(len(rows[0]) if rows else 0):
        parts: list[str] = []
        seen: set[tuple[int, int]] = set()
        for row in rows:
            cell = row[column]
            if cell.origin in seen or not cell.text.strip():
                continue
            seen.add(cell.origin)
            parts.append(" ".join(cell.text.split()))
        out.append(" ".join(parts))
    return tuple(out)


def subheading_text(grid: list[list[GridCell]], row: int) -> str | None:
    """The text of a sub-heading row inside a table: one cell merged across the full width, or
    only the first cell filled and bold, in a table of three or more columns."""
    cells = grid[row]
    if len(cells) < 2:
        return None
    first = cells[0]
    text = " ".join(first.text.split())
    if not text or first.origin[0] != row:
        return None
    if all(cell.origin == first.origin for cell in cells):
        return text
    if (
        len(cells) >= 3
        and first.bold
        and len(text.split()) <= 12
        and not any(cell.text.strip() for cell in cells[1:])
    ):
        return text
    return None


def _keep_rows(grid: list[list[GridCell]], kept: list[int]) -> list[list[GridCell]]:
    """The rows ``kept`` (sorted) of ``grid``, each merged cell's origin moved to the first kept
    row it covers."""
    if len(kept) == len(grid):
        return grid
    new_index = {old: new for new, old in enumerate(kept)}

    def moved(cell: GridCell) -> GridCell:
        at = bisect.bisect_left(kept, cell.origin[0])
        row = new_index[kept[at]] if at < len(kept) else 0
        return GridCell(cell.text, (row, cell.origin[1]), cell.bold, cell.fill)

    return [[moved(cell) for cell in grid[r]] for r in kept]


def _full_width(row: list[GridCell]) -> bool:
    return len(row) >= 2 and len({cell.origin for cell in row}) == 1


def _key_value(grid: list[list[GridCell]]) -> bool:
    """A table of two columns, a short label and its value on each row ('Committee' | 'Audit
    and Risk Committee', 'Date of meeting' | '4 November 2020'): the facts of a cover page,
    not rows of a register."""
    if not grid or len(grid[0]) != 2:
        return False
    labels = [row[0].text.strip() for row in grid]
    return all(
        label
        and len(label) <= 40
        and len(label.split()) <= 4
        and "\n" not in label
        and not re.search(r"\d|[.;!?]$", label)
        for label in labels
    )


def grid_blocks(grid: list[list[GridCell]], header_rows: int = 0) -> list[Block]:
    """Blocks for one table: its header rows combined into one row marked ``header_hint``; each
    body row one ROW with one cell per column (a cell merged down repeats in every row it spans,
    one merged across fills its first column); a sub-heading row a HEADING. A row merged across
    the whole table above its header is the table's title: a HEADING too."""
    kept = [r for r, row in enumerate(grid) if any(cell.text.strip() for cell in row)]
    if not kept:
        return []
    grid = _keep_rows(grid, kept)
    if len(grid[0]) == 1:  # one column: a box around text, not a table of rows
        return [
            Block(BlockKind.PARAGRAPH, text=row[0].text)
            for index, row in enumerate(grid)
            if row[0].origin[0] == index
        ]
    titles: list[Block] = []
    while len(grid) > 1 and _full_width(grid[0]) and not _full_width(grid[1]):
        titles.append(Block(BlockKind.HEADING, text=" ".join(grid[0][0].text.split())))
        grid = _keep_rows(grid, list(range(1, len(grid))))
        header_rows = max(0, header_rows - 1)
    if header_rows == 0 and _key_value(grid):
        labels = tuple(row[0].text.strip() for row in grid)
        if names_a_record(list(labels)):  # a record card: its labels are a header
            values = tuple(row[1].text if row[1].origin != row[0].origin else "" for row in grid)
            card = Block(BlockKind.ROW, cells=labels, header_hint=True)
            return [*titles, card, Block(BlockKind.ROW, cells=values)]
        return titles + [
            Block(BlockKind.PARAGRAPH, text=f"{row[0].text.strip()}: {row[1].text.strip()}")
            if row[1].text.strip() and row[1].origin != row[0].origin
            else Block(BlockKind.PARAGRAPH, text=row[0].text.strip())
            for row in grid
        ]
    depth = header_depth(grid, min(header_rows, len(grid)))
    # a sub-heading straight under the header is not more header
    depth = next((i for i in range(1, depth) if _full_width(grid[i])), depth)
    blocks: list[Block] = titles
    header: Block | None = None
    if depth:
        header = Block(BlockKind.ROW, cells=header_cells(grid, depth), header_hint=True)
        blocks.append(header)
    for index in range(depth, len(grid)):
        heading = subheading_text(grid, index)
        if heading is not None:
            blocks.append(Block(BlockKind.HEADING, text=heading))
            if header is not None and REPEAT_HEADER_AFTER_SUBHEADING:
                blocks.append(header)
            continue
        cells = tuple(
            cell.text if cell.origin[1] == column else "" for column, cell in enumerate(grid[index])
        )
        cells = with_rag_fills(cells, grid[index], header.cells if header else ())
        if any(cells):
            blocks.append(Block(BlockKind.ROW, cells=cells))
    return blocks


# --- cell fill colours that mean a status ---------------------------------------------------

_STATUS_HEADER = re.compile(r"\b(status|rag|rating|progress|position|assurance)\b", re.I)


def with_rag_fills(
    cells: tuple[str, ...], grid_row: list[GridCell], header: tuple[str, ...]
) -> tuple[str, ...]:
    """A body row's cells with the status their fill colours show, as words the status reader
    reads: a cell filled red, amber, green or blue that is empty or holds only a short status
    gets the colour word on a line of its own ('Green', 'On track' + newline + 'Green'). A fill
    across most of the row is the row's status: its word goes into the status column (found by
    its header), if there is one."""
    words = [
        rag_colour(cell.fill) if cell.origin[1] == c else None for c, cell in enumerate(grid_row)
    ]
    if not any(words):
        return cells
    out = list(cells)
    counts: dict[str, int] = {}
    for word in words:
        if word:
            counts[word] = counts.get(word, 0) + 1
    row_word = next((w for w, n in counts.items() if n >= 2 and n * 2 >= len(cells)), None)
    if row_word is not None:
        status = next((c for c, h in enumerate(header) if _STATUS_HEADER.search(h)), None)
        if status is not None and status < len(out):
            out[status] = rag_word(out[status], row_word) or out[status]
        return tuple(out)
    for c, word in enumerate(words):
        if word:
            out[c] = rag_word(out[c], word) or out[c]
    return tuple(out)


# -- running headers and footers in formats without page geometry --------------------------------

# "Audit Committee, 3 March 2020   Page 3 of 4": a page number at the end of a running line
_TRAILING_PAGE_NUMBER = re.compile(r"[\s|,;–—-]+page\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.I)
# a running header or footer is one short line; a longer paragraph that repeats is text
RUNNING_LINE_MAX_CHARS = 100
# formats whose text may have been printed from a PDF with its running lines
RUNNING_LINE_FORMATS = ("txt", "text", "md", "markdown", "html", "htm", "docx")


def _running_key(text: str) -> str:
    """Lines compared across pages: case and spacing ignored, and the digits of a line that
    names a page ('Page 3 of 4')."""
    key = " ".join(text.lower().split())
    return re.sub(r"\d+", "#", key) if "page" in key else key


def drop_running_blocks(pages: list[Page]) -> tuple[list[Page], list[str]]:
    """Leave out what a text printed from a PDF keeps of its running headers and footers.

    A paragraph that is only a page number ("Page 3 of 4") goes wherever it is; it also ends a
    page, for documents whose pages were joined. Then a short paragraph or heading (at most
    :data:`RUNNING_LINE_MAX_CHARS`) among the first or last two blocks of a page that repeats
    (digits may vary when it names a page) on at least half the pages, two at least, is kept
    only where it first appears (without its page number). Table rows are never touched: the
    bundled papers repeat a table's header row at each page break on purpose. A heading
    followed by a table's header row is a sub-heading, not a running line. Returns the pages
    and the texts dropped.
    """
    dropped: list[str] = []
    segments: list[list[tuple[int, int]]] = []  # (page index, block index) per printed page
    kept_blocks: list[list[Block | None]] = []
    for p, page in enumerate(pages):
        kept_blocks.append(list(page.blocks))
        segments.append([])
        for b, block in enumerate(page.blocks):
            if block.kind is not BlockKind.ROW and is_page_number(block.text):
                kept_blocks[p][b] = None
                dropped.append(block.text)
                segments.append([])
                continue
            segments[-1].append((p, b))
    segments = [seg for seg in segments if seg]

    def candidate(p: int, b: int) -> bool:
        block = pages[p].blocks[b]
        if block.kind is BlockKind.ROW or not block.text.strip():
            return False
        if len(block.text) > RUNNING_LINE_MAX_CHARS:
            return False  # a passage the paper repeats, not a running line
        if block.kind is BlockKind.HEADING and b + 1 < len(pages[p].blocks):
            following = pages[p].blocks[b + 1]
            if following.kind is BlockKind.ROW and following.header_hint:
                return False
        return True

    edges: list[list[tuple[int, int]]] = []
    for seg in segments:
        edge = seg[:2] + [place for place in seg[-2:] if place not in seg[:2]]
        edges.append([place for place in edge if candidate(*place)])
    counts = Counter(
        key for edge in edges for key in {_running_key(pages[p].blocks[b].text) for p, b in edge}
    )
    need = max(2, -(-len(segments) // 2))
    seen: set[str] = set()
    for edge in edges:
        for p, b in edge:
            block = pages[p].blocks[b]
            key = _running_key(block.text)
            if len(segments) < 2 or counts[key] < need:
                continue
            if key not in seen:  # where it first appears it may be the title: kept
                seen.add(key)
                bare = _TRAILING_PAGE_NUMBER.sub("", block.text).strip()
                if bare != block.text.strip():
                    dropped.append(block.text[len(bare) :].strip())
                    kept_blocks[p][b] = Block(block.kind, text=bare) if bare else None
                continue
            kept_blocks[p][b] = None
            dropped.append(block.text)
    if not dropped:
        return pages, []
    out = [
        Page(
            number=page.number,
            blocks=[blk for blk in blocks if blk is not None],
            ocr_confidence=page.ocr_confidence,
        )
        for page, blocks in zip(pages, kept_blocks, strict=True)
    ]
    return out, dropped


class Loader(Protocol):
    """Turns the bytes of one file into pages of blocks."""

    def __call__(self, data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
        """Return the pages and any warnings; raise IngestError for unreadable input."""
        ...


def _loaders() -> dict[str, Loader]:
    from ingest.loaders.docx import load_docx
    from ingest.loaders.html import load_html
    from ingest.loaders.pdf import load_pdf
    from ingest.loaders.sheet import load_csv, load_xlsx
    from ingest.loaders.text import load_markdown, load_text

    return {
        ".txt": load_text,
        ".text": load_text,
        ".md": load_markdown,
        ".markdown": load_markdown,
        ".html": load_html,
        ".htm": load_html,
        ".pdf": load_pdf,
        ".docx": load_docx,
        ".xlsx": load_xlsx,
        ".csv": load_csv,
    }


SUPPORTED_SUFFIXES = (
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".csv",
)  # fmt: skip
# Older binary formats: refused with what to do instead.
_SAVE_AS = {".doc": ".docx", ".xls": ".xlsx"}


def _lock_file(name: str) -> bool:
    """'~$plan.docx': the owner file Word or Excel keeps beside a document while it is open."""
    return Path(name).name.startswith("~$")


def _unsupported(name: str, suffix: str) -> UnsupportedDocument:
    formats = "Supported formats: .txt, .md, .html/.htm, .pdf, .docx, .xlsx, .csv."
    if _lock_file(name):
        return UnsupportedDocument(
            name,
            "an Office lock file (kept while the document is open in Word or Excel), "
            "not a document",
            help="Ingest the document itself, without the '~$' prefix.",
        )
    if suffix in _SAVE_AS:
        return UnsupportedDocument(
            name,
            f"unsupported file type '{suffix}' (the old binary format): open it and save it "
            f"as {_SAVE_AS[suffix]}, then ingest that file",
            help=f"Save it as {_SAVE_AS[suffix]} (File > Save As). {formats}",
        )
    return UnsupportedDocument(name, f"unsupported file type '{suffix or '(none)'}'", help=formats)


def unsupported_error(name: str, suffix: str) -> UnsupportedDocument:
    """Why a file of this name is not read, with what to do (save .doc as .docx...)."""
    return _unsupported(name, suffix)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not _lock_file(path.name)


def load_bytes(data: bytes, filename: str, limits: LoadLimits | None = None) -> LoadedDocument:
    """Parse ``data`` as the format its ``filename`` suffix names."""
    limits = limits or LoadLimits()
    suffix = Path(filename).suffix.lower()
    loader = None if _lock_file(filename) else _loaders().get(suffix)
    if loader is None:
        raise _unsupported(filename, suffix)
    if not data.strip():
        raise IngestError(filename, "the file is empty")
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            filename,
            f"{len(data)} bytes is over the limit of {limits.max_bytes} bytes "
            f"({LIMIT_SETTINGS['max_bytes']})",
        )
    pages, warnings = loader(data, filename, limits)
    if suffix.lstrip(".") in RUNNING_LINE_FORMATS:
        pages, _ = drop_running_blocks(pages)
    if not any(
        block.kind is not BlockKind.ROW or any(block.cells) for p in pages for block in p.blocks
    ):
        raise IngestError(filename, "no text could be extracted")
    return LoadedDocument(
        path=filename,
        filename=Path(filename).name,
        format=suffix.lstrip("."),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        warnings=warnings,
        ocr_pages={
            p.number: p.ocr_confidence
            for p in pages
            if p.number is not None and p.ocr_confidence is not None
        },
    )


def load_document(path: Path, limits: LoadLimits | None = None) -> LoadedDocument:
    """Read and parse one file; every failure names the file and the reason."""
    limits = limits or LoadLimits()
    if not is_supported(path):
        raise _unsupported(str(path), path.suffix.lower())
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise DocumentTooLarge(
                str(path),
                f"{size} bytes is over the limit of {limits.max_bytes} bytes "
                f"({LIMIT_SETTINGS['max_bytes']})",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    doc = load_bytes(data, path.name, limits)
    doc.path = str(path)
    return doc


def decode_text(data: bytes, name: str) -> str:
    """Decode text files: UTF-8 (with or without BOM), else Windows-1252 as old papers often are."""
    if b"\x00" in data[:4096]:
        raise IngestError(name, "looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
