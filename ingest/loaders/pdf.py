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

This module runs the child and reads its reply; the parse itself is
:mod:`ingest.loaders.pdf_parse` (ruled tables: :mod:`ingest.loaders.pdf_tables`), the limits
and their errors :mod:`ingest.loaders.pdf_limits`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing as mp
import os
import signal
import tempfile
import time
from multiprocessing.connection import Connection
from typing import Any

from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LIMIT_SETTINGS, LoadLimits, limit_help
from ingest.loaders.pdf_limits import (
    _EXIT_OUT_OF_MEMORY,
    _apply_limits,
    _cpu_limit_error,
    _CpuLimitExceeded,
    _describe,
    _die_with_parent,
    _limit_error,
    _memory_limit_error,
    _timeout_error,
)
from ingest.loaders.pdf_parse import parse_pdf
from ingest.model import Block, BlockKind, Page


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
