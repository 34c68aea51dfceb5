"""A PDF parsed in this process (the loader's child, normally) into pages of blocks.

:func:`parse_pdf` checks the file with pypdf, takes each page's visible words from pdfplumber
(text too small or drawn in its background's colour is left out and reported), reads the
tables drawn with ruling lines, drops running headers and footers, reads pages that are only
an image with tesseract (:mod:`ingest.ocr`), and lays the words out into blocks
(:mod:`ingest.pdf_layout`; a scan's by :mod:`ingest.scan_layout`).
"""

from __future__ import annotations

import io
import time
from collections import Counter
from typing import Any

from ingest import ocr
from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LIMIT_SETTINGS, LoadLimits, OcrProgress, limit_help
from ingest.loaders.pdf_limits import _describe, _limit_error, _out_of_memory, _timeout_error
from ingest.loaders.pdf_tables import Backdrops, _rgb, _ruled_tables, fill_tables
from ingest.loaders.visibility import MIN_READABLE_PT, WHITE, hidden_text_warning, invisible_on
from ingest.model import Page
from ingest.pdf_layout import layout_pages
from ingest.pdf_ruled import RuledTable
from ingest.pdf_words import Word
from ingest.running_lines import drop_running_lines
from ingest.scan_layout import better_blocks, scan_page_blocks
from ingest.scan_repair import repair_scan_rows

_SYMBOL_FONTS = ("Symbol", "Wingdings", "OpenSymbol", "Dingbats")


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
