"""The PDF parser's limits: set on the child process, and its failures told as the limit they hit.

The child runs under a memory cap (address space), a CPU-time cap a little over the wall-clock
limit (SIGXCPU raises :class:`_CpuLimitExceeded`, which no parser's ``except Exception`` can
swallow) and dies with its parent (:func:`_apply_limits`, :func:`_die_with_parent`). A
parser's error is traced through everything it wraps (:func:`_limit_error`) so that running
out of memory or CPU is reported as :class:`~ingest.errors.DocumentTooLarge` with the setting
to raise, not as a corrupt PDF.
"""

from __future__ import annotations

import ctypes
import errno
import math
import os
import resource
import signal
import sys
from collections.abc import Iterator

from ingest.errors import DocumentTooLarge
from ingest.loaders import LIMIT_SETTINGS, LoadLimits, limit_help

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


def _cpu_seconds(limits: LoadLimits) -> int:
    return max(1, math.ceil(limits.pdf_timeout_s)) + _CPU_SLACK_S


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux), and exit now if the
    parent is already gone (then this process was re-parented before the request was made).

    The signal follows the parent *thread* that started this process; that thread is the one
    waiting for the result in :func:`ingest.loaders.pdf.load_pdf`, so it outlives a normal parse.
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
