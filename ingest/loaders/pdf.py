"""PDF loader: pypdf checks the file, pdfplumber gives positioned words, pdf_layout builds rows.

Parsing runs in a child process with a wall-clock timeout and a memory cap, so a hostile or
broken PDF costs one child, never the server. Every failure names the reason: encrypted,
corrupt, not a PDF at all, too many pages, or no text layer (a scan).
"""

from __future__ import annotations

import io
import multiprocessing as mp
import resource
from collections import Counter
from multiprocessing.connection import Connection
from typing import Any

from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LoadLimits
from ingest.model import Block, BlockKind, Page
from ingest.pdf_layout import Word, layout_pages

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
                raise IngestError(name, "is encrypted and cannot be opened") from exc
            if not unlocked:
                raise IngestError(name, "is encrypted with a password")
        pages = len(reader.pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise IngestError(name, f"is a corrupt PDF ({exc})") from exc
    if pages == 0:
        raise IngestError(name, "has no pages")
    if pages > limits.max_pages:
        raise DocumentTooLarge(name, f"has {pages} pages, over the limit of {limits.max_pages}")
    return pages


def _invisible(raw: dict[str, Any]) -> bool:
    """White (or near-white) fill, or text too small to read: hidden from a reader's eye."""
    if float(raw.get("size", 10.0) or 0.0) < 1.0:
        return True
    color = raw.get("non_stroking_color")
    if not isinstance(color, tuple | list) or not color:
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False  # a pattern or named colour space: leave it
    if len(values) == 4:  # CMYK: no ink at all is white
        return all(v <= 0.05 for v in values)
    return all(v >= 0.95 for v in values)  # grey or RGB


def _words(page: Any, hidden: list[str] | None = None) -> list[Word]:
    """Positioned words of a page; words a reader cannot see are left out (and listed in
    ``hidden``), so instructions hidden in white text never become part of the record."""
    words = []
    for raw in page.extract_words(
        extra_attrs=["fontname", "size", "non_stroking_color"],
        keep_blank_chars=False,
        use_text_flow=False,
        x_tolerance=2.0,
    ):
        if _invisible(raw):
            if hidden is not None:
                hidden.append(str(raw["text"]))
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


def parse_pdf(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Parse in this process (the child, normally)."""
    import pdfplumber

    _check_pdf(data, name, limits)
    warnings: list[str] = []
    hidden: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages_words = [_words(page, hidden) for page in pdf.pages]
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken streams
        raise IngestError(name, f"is a corrupt PDF ({type(exc).__name__}: {exc})") from exc
    if hidden:
        sample = " ".join(hidden[:12])
        warnings.append(
            f"hidden text left out (white or tiny, {len(hidden)} words): “{sample[:120]}”"
        )
    if not any(pages_words):
        raise IngestError(name, "has no text layer (a scanned PDF?); run OCR first")
    empty = [str(i) for i, words in enumerate(pages_words, start=1) if not words]
    if empty:
        warnings.append(f"pages without text (scanned?): {', '.join(empty)}")
    sizes = Counter(w.size for words in pages_words for w in words if not w.symbol)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    pages_blocks = layout_pages(pages_words, body_size)
    pages = [Page(number=i, blocks=blocks) for i, blocks in enumerate(pages_blocks, start=1)]
    return pages, warnings


def _child(conn: Connection, data: bytes, name: str, limits: LoadLimits) -> None:
    try:
        cap = limits.pdf_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        pass
    try:
        pages, warnings = parse_pdf(data, name, limits)
        conn.send(
            ("ok", [(p.number, [_block_tuple(b) for b in p.blocks]) for p in pages], warnings)
        )
    except IngestError as exc:
        conn.send(("ingest_error", exc.reason, type(exc).__name__))
    except MemoryError:
        conn.send(
            ("ingest_error", f"needs more than {limits.pdf_memory_mb} MB to parse", "IngestError")
        )
    except BaseException as exc:
        conn.send(
            ("ingest_error", f"could not be parsed ({type(exc).__name__}: {exc})", "IngestError")
        )
    finally:
        conn.close()


def _block_tuple(block: Block) -> tuple[str, str, tuple[str, ...], bool]:
    return (block.kind.value, block.text, block.cells, block.header_hint)


def load_pdf(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Parse a PDF, isolated in a child process unless ``limits.pdf_in_subprocess`` is off."""
    if not limits.pdf_in_subprocess:
        return parse_pdf(data, name, limits)
    context = mp.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, data, name, limits), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(limits.pdf_timeout_s):
            raise IngestError(
                name, f"took longer than {limits.pdf_timeout_s:g} s to parse; skipped"
            )
        try:
            message = parent.recv()
        except EOFError as exc:
            raise IngestError(
                name, f"crashed the PDF parser (exit code {process.exitcode}); skipped"
            ) from exc
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if message[0] != "ok":
        error = DocumentTooLarge if message[2] == "DocumentTooLarge" else IngestError
        raise error(name, message[1])
    _, raw_pages, warnings = message
    pages = [
        Page(
            number=number,
            blocks=[
                Block(BlockKind(kind), text, tuple(cells), hint)
                for kind, text, cells, hint in blocks
            ],
        )
        for number, blocks in raw_pages
    ]
    return pages, list(warnings)
