"""PDF loader: pypdf checks the file, pdfplumber gives positioned words, pdf_layout builds rows.

Tables drawn with ruling lines are read with pdfplumber's line-based table finder (cells,
merged cells, multi-row headers: see ``pdf_ruled.ruled_blocks``); the rest of the page, and
borderless tables, are laid out from word positions. Running headers and footers ("Page n of
m") are dropped before layout. A page that is only an image (a scan) is read by tesseract
(``ingest.ocr``) and marked with a warning ``page n read by OCR (mean confidence c%)``.

Parsing runs in a child process with a wall-clock timeout, a memory cap (``RLIMIT_AS``) and a
CPU-time cap (``RLIMIT_CPU``), so a hostile or broken PDF costs one child, never the server; the
child is killed by the kernel if the server dies (``PR_SET_PDEATHSIG``). Pages are parsed one at
a time and each page's pdfminer objects are released before the next, so memory does not grow
with the page count.

Every failure names the reason: encrypted, corrupt, not a PDF at all, no text layer (a scan,
and OCR not installed or finding nothing), or a limit that was hit (pages, memory, CPU or
wall-clock time), and then the setting that raises it. Running out of memory is never
reported as a corrupt file.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import errno
import gc
import io
import math
import multiprocessing as mp
import os
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from ingest import ocr
from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import (
    BLACK,
    LIMIT_SETTINGS,
    MIN_READABLE_PT,
    RGB,
    WHITE,
    LoadLimits,
    OcrProgress,
    hex_rgb,
    hidden_text_warning,
    invisible_on,
    limit_help,
)
from ingest.model import Block, BlockKind, Page
from ingest.pdf_layout import layout_pages
from ingest.pdf_ruled import Box, RuledTable, is_rule, open_row_ends
from ingest.pdf_words import Word
from ingest.running_lines import drop_running_lines
from ingest.scan_layout import better_blocks, scan_page_blocks
from ingest.scan_repair import repair_scan_rows

_SYMBOL_FONTS = ("Symbol", "Wingdings", "OpenSymbol", "Dingbats")

# The child exits with this code when it ran out of memory and could not even say so.
_EXIT_OUT_OF_MEMORY = 99
# Seconds of CPU time the child may use beyond the wall-clock timeout (its start-up included).
# CPU time never runs ahead of wall-clock time in the single-threaded child, so this cap only
# bites when nobody enforces the timeout (the server is gone or stuck).
_CPU_SLACK_S = 2
# After the soft CPU limit (SIGXCPU, reported as an error) the kernel sends SIGKILL at the hard.
_CPU_HARD_SLACK_S = 3
_PR_SET_PDEATHSIG = 1


class _CpuLimitExceeded(BaseException):
    """Raised in the child by SIGXCPU. A BaseException, so that pdfminer's and pdfplumber's
    ``except Exception`` handlers cannot turn it into a "corrupt PDF"."""


def _memory_limit_error(name: str, limits: LoadLimits) -> DocumentTooLarge:
    if limits.pdf_in_subprocess:
        reason = (
            f"needs more than the {limits.pdf_memory_mb} MB memory limit to parse "
            f"({LIMIT_SETTINGS['pdf_memory_mb']})"
        )
    else:
        reason = "ran out of memory while parsing (the PDF is too large for this machine)"
    return DocumentTooLarge(name, reason, help=limit_help("pdf_memory_mb"))


def _cpu_limit_error(name: str, limits: LoadLimits) -> DocumentTooLarge:
    return DocumentTooLarge(
        name,
        f"used more than the {_cpu_seconds(limits)} s CPU-time limit to parse (derived from "
        f"{LIMIT_SETTINGS['pdf_timeout_s']}={limits.pdf_timeout_s:g})",
        help=limit_help("pdf_timeout_s"),
    )


def _timeout_error(name: str, limits: LoadLimits) -> DocumentTooLarge:
    return DocumentTooLarge(
        name,
        f"took longer than the {limits.pdf_timeout_s:g} s time limit to parse "
        f"({LIMIT_SETTINGS['pdf_timeout_s']}); skipped",
        help=limit_help("pdf_timeout_s"),
    )


def _exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps: ``__cause__``, ``__context__`` and exceptions
    passed as arguments (``PdfminerException(MemoryError())`` keeps its cause in ``args``)."""
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(
            e
            for e in (current.__cause__, current.__context__, *current.args)
            if isinstance(e, BaseException)
        )


def _out_of_memory(exc: BaseException) -> bool:
    return any(
        isinstance(e, MemoryError) or (isinstance(e, OSError) and e.errno == errno.ENOMEM)
        for e in _exception_chain(exc)
    )


def _limit_error(exc: BaseException, name: str, limits: LoadLimits) -> DocumentTooLarge | None:
    """The limit error ``exc`` stands for, however deeply a parser wrapped it; else None."""
    chain = list(_exception_chain(exc))
    if any(isinstance(e, _CpuLimitExceeded) for e in chain):
        return _cpu_limit_error(name, limits)
    if _out_of_memory(exc):
        return _memory_limit_error(name, limits)
    return None


def _describe(exc: BaseException) -> str:
    """``Type: message`` of the innermost wrapped exception that has a message."""
    described = f"{type(exc).__name__}: {exc}"
    for inner in _exception_chain(exc):
        if str(inner).strip():
            return f"{type(inner).__name__}: {inner}"
    return described


def _check_pdf(data: bytes, name: str, limits: LoadLimits) -> int:
    """Validate with pypdf; return the page count."""
    import pypdf
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise IngestError(name, "is not a PDF (no %PDF header)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported crypto
                if _out_of_memory(exc):
                    raise
                raise IngestError(name, "is encrypted and cannot be opened") from exc
            if not unlocked:
                raise IngestError(name, "is encrypted with a password")
        pages = len(reader.pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        limit = _limit_error(exc, name, limits)
        if limit is not None:
            raise limit from exc
        raise IngestError(name, f"is a corrupt PDF ({exc})") from exc
    if pages == 0:
        raise IngestError(name, "has no pages")
    if pages > limits.max_pages:
        raise DocumentTooLarge(
            name,
            f"has {pages} pages, over the limit of {limits.max_pages} pages "
            f"({LIMIT_SETTINGS['max_pages']})",
            help=limit_help("max_pages"),
        )
    return pages


def _rgb(color: Any) -> RGB | None:
    """A pdfplumber colour (grey, RGB or CMYK tuple) as RGB; None for patterns and the like."""
    if color is None:
        return BLACK  # the initial fill colour of a PDF graphics state
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, tuple | list) or not color:
        return None
    try:
        values = [min(1.0, max(0.0, float(v))) for v in color]
    except (TypeError, ValueError):
        return None  # a pattern or named colour space: leave it
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


FILL_COVER = 0.6  # a fill covering this share of a cell colours the cell
FILL_SPREAD = 2.0  # one larger than this many cells is a band behind the table, not the cell's


class Backdrops:
    """Filled rectangles of a page (cell shading, boxes), to find the colour behind a word and
    the colour a table's cell is filled with.

    Text is compared with the last filled rectangle (in drawing order) under its centre, else
    with the white page: white text on a dark header cell is read, black text on a black box is
    not. Rectangles are bucketed by height on the page so that shaded tables stay fast.
    """

    _BAND = 50.0

    def __init__(self, rects: list[dict[str, Any]]) -> None:
        self._rects: list[tuple[float, float, float, float, RGB]] = []
        self._bands: dict[int, list[int]] = {}
        for rect in rects:
            if not rect.get("fill"):
                continue
            rgb = _rgb(rect.get("non_stroking_color"))
            if rgb is None:
                continue
            box = (float(rect["x0"]), float(rect["x1"]), float(rect["top"]), float(rect["bottom"]))
            index = len(self._rects)
            self._rects.append((*box, rgb))
            for band in range(int(box[2] // self._BAND), int(box[3] // self._BAND) + 1):
                self._bands.setdefault(band, []).append(index)

    def behind(self, x0: float, x1: float, top: float, bottom: float) -> RGB:
        """The colour behind a word's box: the last rectangle that covers its horizontal
        centre and most of its height (a strike-through or underline rule does not count)."""
        x = (x0 + x1) / 2
        margin = (bottom - top) * 0.2
        for index in reversed(self._bands.get(int(((top + bottom) / 2) // self._BAND), [])):
            left, right, r_top, r_bottom, rgb = self._rects[index]
            if left <= x <= right and r_top <= top + margin and r_bottom >= bottom - margin:
                return rgb
        return WHITE

    def fill_of(self, cell: Box) -> RGB | None:
        """The colour ``cell`` is filled with: the last rectangle drawn over most of it
        (``FILL_COVER``) and not much larger (``FILL_SPREAD``: a header band or a page
        background is not a cell's fill); None when there is none. Such a rectangle covers the
        cell's vertical centre, so only that band is searched."""
        x0, top, x1, bottom = cell
        area = (x1 - x0) * (bottom - top)
        if area <= 0:
            return None
        for index in reversed(self._bands.get(int(((top + bottom) / 2) // self._BAND), [])):
            left, right, r_top, r_bottom, rgb = self._rects[index]
            width = min(right, x1) - max(left, x0)
            height = min(r_bottom, bottom) - max(r_top, top)
            covers = width > 0 and height > 0 and width * height >= FILL_COVER * area
            if covers and (right - left) * (r_bottom - r_top) <= FILL_SPREAD * area:
                return rgb
        return None


def _invisible(raw: dict[str, Any], backdrops: Backdrops | None = None) -> str | None:
    """Why a reader cannot see this word (too small to read, or the colour of what is behind
    it); None when it is visible."""
    if float(raw.get("size", 10.0) or 0.0) < MIN_READABLE_PT:
        return f"font under {MIN_READABLE_PT:g} pt"
    color = _rgb(raw.get("non_stroking_color"))
    if color is None:
        return None
    background = WHITE
    if backdrops is not None:
        background = backdrops.behind(
            float(raw["x0"]), float(raw["x1"]), float(raw["top"]), float(raw["bottom"])
        )
    if invisible_on(color, background):
        return "white on white" if background == WHITE else "same colour as its background"
    return None


def _words(
    page: Any,
    hidden: list[str] | None = None,
    reasons: list[str] | None = None,
    backdrops: Backdrops | None = None,
) -> list[Word]:
    """Positioned words of a page; words a reader cannot see are left out (and listed in
    ``hidden``, with why in ``reasons``), so instructions hidden in white or tiny text never
    become part of the record. ``backdrops``: the page's filled rectangles, if already read."""
    raw_words = page.extract_words(
        extra_attrs=["fontname", "size", "non_stroking_color"],
        keep_blank_chars=False,
        use_text_flow=False,
        x_tolerance=2.0,
    )
    backdrops = backdrops or Backdrops(page.rects)
    words = []
    for raw in raw_words:
        reason = _invisible(raw, backdrops)
        if reason is not None:
            if hidden is not None:
                hidden.append(str(raw["text"]))
            if reasons is not None:
                reasons.append(reason)
            continue
        font = str(raw.get("fontname", ""))
        words.append(
            Word(
                text=raw["text"],
                x0=float(raw["x0"]),
                x1=float(raw["x1"]),
                top=float(raw["top"]),
                bottom=float(raw["bottom"]),
                bold="Bold" in font or "Black" in font or "Heavy" in font,
                size=round(float(raw.get("size", 0.0)), 1),
                symbol=any(symbol in font for symbol in _SYMBOL_FONTS),
            )
        )
    return words


_LINE_TABLES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _ruled_tables(
    page: Any, words: list[Word], backdrops: Backdrops
) -> tuple[list[Word], list[RuledTable]]:
    """The tables drawn with ruling lines on a page (pdfplumber's line-based finder), each
    with its words per cell; and the words outside them. A box around one cell or one column
    is not a table."""
    if not (page.rects or page.lines):
        return words, []
    page = page.filter(is_rule)  # shading (header bands, zebra stripes) is not a rule
    ends = open_row_ends(page.edges)  # rows cut by the page break (see pdf_layout)
    settings = {**_LINE_TABLES, "explicit_horizontal_lines": ends}
    found = [
        t for t in page.find_tables(settings) if t.rows and max(len(r.cells) for r in t.rows) >= 2
    ]
    if not found:
        return words, []
    grids = [
        (
            float(t.bbox[1]),
            float(t.bbox[3]),
            [[None if c is None else _box(c) for c in row.cells] for row in t.rows],
        )
        for t in found
    ]
    free, tables = fill_tables(words, grids)
    for table in tables:
        table.fills = cell_fills(table.cells, backdrops)  # shading: read before the filter
    return free, tables


def cell_fills(cells: list[list[Box | None]], backdrops: Backdrops) -> list[list[str | None]]:
    """The hex colour each cell of a ruled table is filled with (:meth:`Backdrops.fill_of`);
    None where there is none."""
    out: list[list[str | None]] = []
    for row in cells:
        fills = [None if cell is None else backdrops.fill_of(cell) for cell in row]
        out.append([None if rgb is None else hex_rgb(rgb) for rgb in fills])
    return out


def _box(cell: Any) -> Box:
    x0, top, x1, bottom = (float(v) for v in cell)
    return (x0, top, x1, bottom)


def fill_tables(
    words: list[Word], grids: list[tuple[float, float, list[list[Box | None]]]]
) -> tuple[list[Word], list[RuledTable]]:
    """Put each word inside a table's box into the cell nearest its centre; return the words
    outside every table and the tables with their words."""
    tables: list[RuledTable] = []
    claimed: set[int] = set()
    for top, bottom, cells in grids:
        boxes = [b for row in cells for b in row if b is not None]
        if not boxes:
            continue
        x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
        cell_words: list[list[list[Word]]] = [[[] for _ in row] for row in cells]
        for index, word in enumerate(words):
            if index in claimed:
                continue
            cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
                continue
            claimed.add(index)
            best: tuple[float, int, int] | None = None
            for r, row in enumerate(cells):
                for c, box in enumerate(row):
                    if box is None:
                        continue
                    dx = max(box[0] - cx, 0.0, cx - box[2])
                    dy = max(box[1] - cy, 0.0, cy - box[3])
                    if best is None or dx + dy < best[0]:
                        best = (dx + dy, r, c)
            if best is not None:
                cell_words[best[1]][best[2]].append(word)
        tables.append(RuledTable(top, bottom, cells, cell_words))
    free = [w for i, w in enumerate(words) if i not in claimed]
    return free, tables


def _pages_words(
    data: bytes, hidden: list[str], reasons: list[str], images: list[int] | None = None
) -> tuple[list[list[Word]], list[list[RuledTable]], list[float]]:
    """The words of every page outside ruled tables, the ruled tables, and the page heights,
    parsed one page at a time; ``images`` gets the index of each page that is only an image
    (a scan).

    pdfplumber caches a page's layout (a pdfminer object per character, a dict per object),
    which is many times the size of the file; ``Page.close()`` drops those caches as soon as the
    page's words are taken, so at most one page's objects are alive at a time.
    """
    import pdfplumber

    images = images if images is not None else []
    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        pages_words = []
        pages_ruled = []
        heights = []
        for page in pdf.pages:
            try:
                backdrops = Backdrops(page.rects)
                words = _words(page, hidden, reasons, backdrops)
                words, ruled = _ruled_tables(page, words, backdrops)
                pages_words.append(words)
                pages_ruled.append(ruled)
                heights.append(float(page.height))
                if not words and not ruled and page.images:
                    images.append(len(pages_words) - 1)
            finally:
                page.close()
        return pages_words, pages_ruled, heights
    finally:
        # Not pdf.close(): it flushes the page list first and then re-creates every page only
        # to close it. The stream is ours (a BytesIO), so there is nothing else to release.
        pdf.flush_cache()


def _read_scans(
    data: bytes,
    name: str,
    limits: LoadLimits,
    scans: list[int],
    pages_words: list[list[Word]],
    pages_ruled: list[list[RuledTable]],
    started: float,
    confidences: dict[int, float],
    report: OcrProgress | None = None,
) -> list[str]:
    """OCR every page in ``scans`` into ``pages_words``; one warning per page marks its text
    as read by OCR, with the mean word confidence (also put in ``confidences``, by page
    number). ``report(page number, n, of)`` is called before each page."""
    ocr.require_tesseract(name)
    warnings = []
    for done, index in enumerate(scans, start=1):
        left = limits.pdf_timeout_s - (time.monotonic() - started) - 1.0
        if left <= 0:
            raise _timeout_error(name, limits)
        if report is not None:
            report(index + 1, done, len(scans))
        page = ocr.ocr_page(data, index, name, left)
        pages_words[index], pages_ruled[index] = fill_tables(page.words, page.tables)
        if page.words:
            warnings.append(ocr.ocr_warning(index + 1, page.confidence))
            confidences[index + 1] = round(float(page.confidence), 1)
    return warnings


def parse_pdf(
    data: bytes, name: str, limits: LoadLimits, report: OcrProgress | None = None
) -> tuple[list[Page], list[str]]:
    """Parse in this process (the child, normally); ``report`` hears of each OCR page (else
    ``limits.ocr_progress`` does). Pages read by OCR carry their ``ocr_confidence``."""
    started = time.monotonic()
    report = report or limits.ocr_progress
    confidences: dict[int, float] = {}
    warnings: list[str] = []
    hidden: list[str] = []
    reasons: list[str] = []
    try:
        _check_pdf(data, name, limits)
        scans: list[int] = []
        pages_words, pages_ruled, heights = _pages_words(data, hidden, reasons, scans)
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken streams
        limit = _limit_error(exc, name, limits)
        if limit is not None:
            raise limit from exc
        raise IngestError(name, f"is a corrupt PDF ({_describe(exc)})") from exc
    if hidden:
        warnings.append(hidden_text_warning(hidden, reasons))
    if scans:
        text_pages = any(pages_words) or any(pages_ruled)
        if text_pages and ocr.tesseract_path() is None:
            warnings.append(
                "pages without a text layer were not read (no OCR): "
                f"{', '.join(str(i + 1) for i in scans)}; {ocr.INSTALL_HINT}"
            )
        else:
            warnings.extend(
                _read_scans(
                    data,
                    name,
                    limits,
                    scans,
                    pages_words,
                    pages_ruled,
                    started,
                    confidences,
                    report,
                )
            )
    if not any(pages_words) and not any(pages_ruled):
        if scans:
            raise IngestError(name, "has no text layer (a scanned PDF?) and OCR found no text")
        raise IngestError(name, "has no text layer (a scanned PDF?)")
    empty = [
        str(i)
        for i, (words, ruled) in enumerate(zip(pages_words, pages_ruled, strict=True), start=1)
        if not words and not ruled
    ]
    if empty:
        warnings.append(f"pages without text (scanned?): {', '.join(empty)}")
    sizes = Counter(
        w.size
        for page in (*pages_words, *(_table_words(p) for p in pages_ruled))
        for w in page
        if not w.symbol
    )
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    pages_words, _ = drop_running_lines(list(zip(heights, pages_words, strict=True)), body_size)
    pages_blocks = layout_pages(pages_words, body_size, pages_ruled)
    for index in scans:  # a borderless table on a scan: see ingest.scan_layout
        if not pages_ruled[index] and pages_words[index]:
            found = scan_page_blocks(pages_words[index], body_size)
            pages_blocks[index] = better_blocks(found, pages_blocks[index])
        elif pages_ruled[index]:  # a ruled table on a scan: its refs as the column reads them
            pages_blocks[index] = repair_scan_rows(pages_blocks[index])
    pages = [
        Page(number=i, blocks=blocks, ocr_confidence=confidences.get(i))
        for i, blocks in enumerate(pages_blocks, start=1)
    ]
    return pages, warnings


def _table_words(tables: list[RuledTable]) -> list[Word]:
    return [w for t in tables for row in t.words for cell in row for w in cell]


def _cpu_seconds(limits: LoadLimits) -> int:
    return max(1, math.ceil(limits.pdf_timeout_s)) + _CPU_SLACK_S


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux), and exit now if the
    parent is already gone (then this process was re-parented before the request was made).

    The signal follows the parent *thread* that started this process; that thread is the one
    waiting for the result in :func:`load_pdf`, so it outlives a normal parse.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(1)


def _on_cpu_limit(signum: int, frame: object) -> None:
    raise _CpuLimitExceeded()


def _apply_limits(limits: LoadLimits) -> None:
    """Memory cap (address space) and CPU-time cap for this process."""
    try:
        cap = limits.pdf_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        pass
    try:
        soft = _cpu_seconds(limits)
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        wanted = soft + _CPU_HARD_SLACK_S
        hard = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
        signal.signal(signal.SIGXCPU, _on_cpu_limit)
        resource.setrlimit(resource.RLIMIT_CPU, (min(soft, hard), hard))
    except (ValueError, OSError, AttributeError):
        pass


def _parse_reply(
    data: bytes, name: str, limits: LoadLimits, conn: Connection | None = None
) -> tuple[Any, ...]:
    """Parse and build the message for the parent; never raises (but MemoryError). Before
    each OCR page, ``("progress", page number, n, of)`` goes to the parent on ``conn``."""

    def report(page: int, done: int, total: int) -> None:
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(("progress", page, done, total))

    try:
        pages, warnings = parse_pdf(data, name, limits, report if conn is not None else None)
        raw_pages = [
            (p.number, [_block_tuple(b) for b in p.blocks], p.ocr_confidence) for p in pages
        ]
        return ("ok", raw_pages, warnings)
    except BaseException as exc:  # the child reports everything; the parent decides
        error: IngestError | None = _limit_error(exc, name, limits)
        if error is None:
            if isinstance(exc, IngestError):
                error = exc
            else:
                error = IngestError(name, f"could not be parsed ({_describe(exc)})")
        explicit_help = error.__dict__.get("help")
        return ("error", type(error).__name__, error.reason, explicit_help)


def _child(
    conn: Connection, source: str, name: str, limits: LoadLimits, parent_pid: int | None = None
) -> None:
    """Parse the PDF the parent wrote to the file ``source`` and reply on ``conn``."""
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    _apply_limits(limits)
    reply: tuple[Any, ...] | None = None
    try:
        with open(source, "rb") as handle:
            data = handle.read()
        with contextlib.suppress(MemoryError):  # else too short of memory to say so
            reply = _parse_reply(data, name, limits, conn)
        gc.collect()  # the failed parse's objects (pdfminer layouts hold reference cycles)
        if reply is None:
            os._exit(_EXIT_OUT_OF_MEMORY)
        conn.send(reply)
    except MemoryError:
        os._exit(_EXIT_OUT_OF_MEMORY)
    except _CpuLimitExceeded:  # the signal came after the parse, while replying
        error = _cpu_limit_error(name, limits)
        conn.send(("error", type(error).__name__, error.reason, error.help))
    finally:
        conn.close()


def _block_tuple(block: Block) -> tuple[str, str, tuple[str, ...], bool]:
    return (block.kind.value, block.text, block.cells, block.header_hint)


def _crash_error(name: str, exitcode: int | None, limits: LoadLimits) -> IngestError:
    """The error for a child that died without a reply, from how it died."""
    if exitcode == _EXIT_OUT_OF_MEMORY:
        return _memory_limit_error(name, limits)
    if exitcode == -signal.SIGXCPU:
        return _cpu_limit_error(name, limits)
    if exitcode == -signal.SIGKILL:
        return DocumentTooLarge(
            name,
            "the PDF parser was killed (SIGKILL), which the kernel does when it runs out of "
            f"memory or CPU time ({LIMIT_SETTINGS['pdf_memory_mb']}, "
            f"{LIMIT_SETTINGS['pdf_timeout_s']}); skipped",
            help=limit_help("pdf_memory_mb"),
        )
    return IngestError(name, f"crashed the PDF parser (exit code {exitcode}); skipped")


def load_pdf(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Parse a PDF, isolated in a child process unless ``limits.pdf_in_subprocess`` is off.

    The child reports each page it is about to OCR; those reports go to
    ``limits.ocr_progress`` as they come (so a progress bar can show OCR work)."""
    if not limits.pdf_in_subprocess:
        return parse_pdf(data, name, limits)
    relay = limits.ocr_progress
    limits = dataclasses.replace(limits, ocr_progress=None)  # a callback does not pickle
    context = mp.get_context("spawn")
    # the bytes go through a private file, not the start-up pipe: a child that dies or hangs
    # while starting can never leave the parent blocked writing a large PDF into a full pipe
    with tempfile.TemporaryDirectory(prefix="govrag-pdf-") as folder:
        source = os.path.join(folder, "input.pdf")
        with open(source, "wb") as handle:
            handle.write(data)
        return _parse_in_child(context, source, name, limits, relay)


def _parse_in_child(
    context: Any, source: str, name: str, limits: LoadLimits, relay: Any
) -> tuple[list[Page], list[str]]:
    parent, child = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(child, source, name, limits, os.getpid()), daemon=True
    )
    process.start()
    child.close()
    ready = False
    message: Any = None
    deadline = time.monotonic() + limits.pdf_timeout_s
    try:
        while True:
            ready = parent.poll(max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            message = None
            with contextlib.suppress(EOFError):  # it died without a word: see its exit code
                message = parent.recv()
            if message is None or message[0] != "progress":
                break
            if relay is not None:
                with contextlib.suppress(Exception):  # a display error never stops a parse
                    relay(*message[1:])
    finally:
        if ready:
            process.join(5)  # it has replied (or died): let it exit, for its exit code
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if not ready:
        raise _timeout_error(name, limits)
    if message is None:
        raise _crash_error(name, process.exitcode, limits)
    if message[0] != "ok":
        _, kind, reason, explicit_help = message
        error = DocumentTooLarge if kind == "DocumentTooLarge" else IngestError
        raise error(name, reason, help=explicit_help)
    _, raw_pages, warnings = message
    pages = [
        Page(
            number=number,
            blocks=[
                Block(BlockKind(kind), text, tuple(cells), hint)
                for kind, text, cells, hint in blocks
            ],
            ocr_confidence=confidence,
        )
        for number, blocks, confidence in raw_pages
    ]
    return pages, list(warnings)
