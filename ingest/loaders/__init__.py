"""Loaders: one per format, all returning the same :class:`~ingest.model.LoadedDocument`.

Formats: .txt/.text and .md/.markdown (``text``), .html/.htm (``html``), .pdf (``pdf``), .docx
(``docx``), .xlsx and .csv (``sheet``). Old binary .doc/.xls files are refused with what to do.
Tables with merged cells, from any format, become blocks through
:func:`ingest.loaders.grid.grid_blocks`.

Usage::

    doc = load_document(Path("data/sample/000_f60702f293bad3c1.txt"))
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ingest.errors import DocumentTooLarge, IngestError, UnsupportedDocument
from ingest.loaders.running_blocks import RUNNING_LINE_FORMATS, drop_running_blocks
from ingest.model import BlockKind, LoadedDocument, Page

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
