"""Loaders: one per format, all returning the same :class:`~ingest.model.LoadedDocument`.

Usage::

    doc = load_document(Path("data/sample/000_f60702f293bad3c1.txt"))
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ingest.errors import DocumentTooLarge, IngestError, UnsupportedDocument
from ingest.model import BlockKind, LoadedDocument, Page


@dataclass(frozen=True)
class LoadLimits:
    """Bounds applied before and while parsing a file."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 1000
    pdf_timeout_s: float = 120.0
    pdf_memory_mb: int = 2048
    pdf_in_subprocess: bool = True


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
            filename, f"{len(data)} bytes is over the limit of {limits.max_bytes} bytes"
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
                str(path), f"{size} bytes is over the limit of {limits.max_bytes}"
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
