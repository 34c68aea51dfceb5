"""Loaders: one per format, all returning the same :class:`~ingest.model.LoadedDocument`.

Usage::

    doc = load_document(Path("data/sample/000_f60702f293bad3c1.txt"))
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from ingest.errors import DocumentTooLarge, IngestError, UnsupportedDocument
from ingest.model import BlockKind, LoadedDocument, Page


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


class Loader(Protocol):
    """Turns the bytes of one file into pages of blocks."""

    def __call__(self, data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
        """Return the pages and any warnings; raise IngestError for unreadable input."""
        ...


def _loaders() -> dict[str, Loader]:
    from ingest.loaders.html import load_html
    from ingest.loaders.pdf import load_pdf
    from ingest.loaders.text import load_markdown, load_text

    return {
        ".txt": load_text,
        ".text": load_text,
        ".md": load_markdown,
        ".markdown": load_markdown,
        ".html": load_html,
        ".htm": load_html,
        ".pdf": load_pdf,
    }


SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf")


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_bytes(data: bytes, filename: str, limits: LoadLimits | None = None) -> LoadedDocument:
    """Parse ``data`` as the format its ``filename`` suffix names."""
    limits = limits or LoadLimits()
    suffix = Path(filename).suffix.lower()
    loader = _loaders().get(suffix)
    if loader is None:
        raise UnsupportedDocument(filename, f"unsupported file type '{suffix or '(none)'}'")
    if not data.strip():
        raise IngestError(filename, "the file is empty")
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            filename,
            f"{len(data)} bytes is over the limit of {limits.max_bytes} bytes "
            f"({LIMIT_SETTINGS['max_bytes']})",
        )
    pages, warnings = loader(data, filename, limits)
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
    )


def load_document(path: Path, limits: LoadLimits | None = None) -> LoadedDocument:
    """Read and parse one file; every failure names the file and the reason."""
    limits = limits or LoadLimits()
    if not is_supported(path):
        raise UnsupportedDocument(str(path), f"unsupported file type '{path.suffix or '(none)'}'")
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
