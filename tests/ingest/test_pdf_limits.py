"""PDF parsing limits: memory does not grow with the page count; a limit that is hit is named
with the setting that raises it (never "corrupt"); the parser child dies with its parent."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import struct
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import psutil
import pytest

from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LoadLimits, load_bytes
from ingest.loaders import pdf as pdf_loader
from ingest.loaders.pdf_limits import _EXIT_OUT_OF_MEMORY

ROOT = Path(__file__).resolve().parents[2]
WORDS = (
    "partnership governance register risk review quarterly procurement controls training audit "
    "contracts data protection access rights strategy director resources deadline revised "
    "complete ongoing implementation monitoring committee board assurance"
).split()


def raw_pdf(
    streams: list[bytes | tuple[bytes, bytes]], width: int = 595, height: int = 842
) -> bytes:
    """A PDF written by hand: one page per content stream, fonts /F1 (Helvetica) and /F2
    (Helvetica-Bold). A stream given as ``(data, extra)`` adds ``extra`` to its dictionary
    (e.g. ``b"/Filter /FlateDecode"`` for data that is already compressed)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the kids are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for stream in streams:
        data, extra = stream if isinstance(stream, tuple) else (stream, b"")
        objects.append(b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (width, height, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def table_page(number: int, rows: int = 60) -> bytes:
    """A dense page of a five-column table (about 5,000 characters)."""
    columns = [(40, 0), (70, 32), (250, 32), (430, 12), (510, 8)]
    ops = [b"BT /F2 9 Tf"]
    for (x, _), title in zip(
        columns, ["Ref", "Issue", "Agreed action", "Owner", "Due"], strict=True
    ):
        ops.append(b"1 0 0 1 %d 800 Tm (%s) Tj" % (x, title.encode()))
    ops.append(b"/F1 7 Tf")
    for row in range(rows):
        for column, (x, width) in enumerate(columns):
            start = number * 31 + row * 7 + column * 3
            text = " ".join(WORDS[(start + i) % len(WORDS)] for i in range(6))[:width]
            text = text or f"{number}.{row}"
            ops.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, 785 - row * 12, text.encode()))
    ops.append(b"ET")
    return b"\n".join(ops)


def long_pdf(pages: int) -> bytes:
    return raw_pdf([table_page(n) for n in range(pages)])


def deflate_bomb(megabytes: int) -> bytes:
    """A FlateDecode stream of ``megabytes`` MB of spaces in about 1 KB per MB, built without
    ever holding the inflated data (each full-flushed block inflates to the same 1 MB)."""
    chunk = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    return b"\x78\xda" + block * megabytes + b"\x03\x00" + struct.pack(">I", checksum)


def _spawned_parsers(parent: psutil.Process | None = None) -> list[psutil.Process]:
    """Running children started by multiprocessing's spawn (not its resource tracker)."""
    found = []
    for child in (parent or psutil.Process()).children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()) and child.status() != "zombie":
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


# --- memory grows with the text, not with pdfminer's objects ----------------------------------


def test_each_page_is_released_before_the_next_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber.page

    real = pdfplumber.page.Page.extract_words
    still_cached: list[int] = []

    def spy(self: pdfplumber.page.Page, *args: object, **kwargs: object) -> object:
        still_cached.append(
            sum(
                1
                for page in self.pdf.pages
                if page is not self and (hasattr(page, "_layout") or hasattr(page, "_objects"))
            )
        )
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", spy)
    doc = load_bytes(long_pdf(5), "five.pdf", LoadLimits(pdf_in_subprocess=False))
    assert len(doc.pages) == 5
    assert still_cached == [0, 0, 0, 0, 0]  # before the fix: [0, 1, 2, 3, 4]


PEAK_SCRIPT = textwrap.dedent(
    """
    import sys
    from ingest.loaders import LoadLimits
    from ingest.loaders.pdf_parse import parse_pdf

    def peak_mb():  # VmHWM, not ru_maxrss: that one starts at the forking parent's size
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024

    data, warm = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
    parse_pdf(warm, "warm.pdf", LoadLimits())  # imports and one page: not what is measured
    before = peak_mb()
    pages, _ = parse_pdf(data, "long.pdf", LoadLimits(max_bytes=10**9))
    print(len(pages), peak_mb() - before)
    """
)


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_pages(tmp_path: Path) -> None:
    """12 dense pages: about 125 MB more at peak before the fix (10 MB a page), 10 MB after."""
    (tmp_path / "long.pdf").write_bytes(long_pdf(12))
    (tmp_path / "warm.pdf").write_bytes(long_pdf(1))
    result = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(tmp_path / "long.pdf"), str(tmp_path / "warm.pdf")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    pages, growth_mb = (int(v) for v in result.stdout.split())
    assert pages == 12
    assert growth_mb < 50, f"peak RSS grew by {growth_mb} MB while parsing 12 pages"


# --- a limit that is hit is named, with its setting --------------------------------------------


def test_a_wrapped_memory_error_is_a_memory_limit_not_corruption(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pdfplumber.page
    from pdfplumber.utils.exceptions import PdfminerException

    def out_of_memory(self: object, *args: object, **kwargs: object) -> object:
        try:
            raise MemoryError()
        except Exception as exc:  # what pdfplumber does with any error of pdfminer's
            raise PdfminerException(exc) from None

    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", out_of_memory)
    with pytest.raises(DocumentTooLarge) as caught:
        load_bytes(long_pdf(1), "big.pdf", LoadLimits(pdf_in_subprocess=False))
    assert "memory" in caught.value.reason and "corrupt" not in str(caught.value)


def test_genuine_corruption_is_still_called_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber.page
    from pdfminer.psparser import PSSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    def broken(self: object, *args: object, **kwargs: object) -> object:
        raise PdfminerException(PSSyntaxError("unexpected token"))

    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", broken)
    with pytest.raises(IngestError, match=r"corrupt PDF.*unexpected token") as caught:
        load_bytes(long_pdf(1), "broken.pdf", LoadLimits(pdf_in_subprocess=False))
    assert not isinstance(caught.value, DocumentTooLarge)


def test_memory_cap_of_the_child_is_named_with_its_setting() -> None:
    """A page whose content inflates to 400 MB hits a 256 MB cap: before the fix this was
    'corrupt PDF (PdfminerException: )'."""
    bomb = raw_pdf([(deflate_bomb(400), b"/Filter /FlateDecode")])
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge) as caught:
        load_bytes(bomb, "bomb.pdf", LoadLimits(pdf_memory_mb=256, pdf_timeout_s=30))
    message = str(caught.value)
    assert "256 MB" in message and "GOVRAG_INGEST__PDF_MEMORY_MB" in message
    assert "corrupt" not in message
    assert "GOVRAG_INGEST__PDF_MEMORY_MB" in caught.value.help
    assert time.monotonic() - started < 20


def test_wall_clock_timeout_is_named_and_the_child_is_gone() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        load_bytes(long_pdf(40), "slow.pdf", LoadLimits(pdf_timeout_s=0.5))
    message = str(caught.value)
    assert "0.5 s" in message and "GOVRAG_INGEST__PDF_TIMEOUT_S" in message
    assert _spawned_parsers() == []


def test_page_and_size_limits_name_their_settings() -> None:
    with pytest.raises(DocumentTooLarge, match="GOVRAG_INGEST__MAX_PAGES"):
        load_bytes(long_pdf(3), "pages.pdf", LoadLimits(max_pages=2, pdf_in_subprocess=False))
    with pytest.raises(DocumentTooLarge, match="GOVRAG_INGEST__MAX_FILE_MB"):
        load_bytes(long_pdf(3), "bytes.pdf", LoadLimits(max_bytes=1000))


def test_how_the_child_died_names_the_limit() -> None:
    limits = LoadLimits(pdf_timeout_s=60, pdf_memory_mb=512)
    out_of_memory = pdf_loader._crash_error("a.pdf", _EXIT_OUT_OF_MEMORY, limits)
    assert "512 MB" in str(out_of_memory) and "GOVRAG_INGEST__PDF_MEMORY_MB" in str(out_of_memory)
    cpu = pdf_loader._crash_error("a.pdf", -signal.SIGXCPU, limits)
    assert "CPU" in str(cpu) and "GOVRAG_INGEST__PDF_TIMEOUT_S" in str(cpu)
    killed = pdf_loader._crash_error("a.pdf", -signal.SIGKILL, limits)
    assert "GOVRAG_INGEST__PDF_MEMORY_MB" in str(killed)
    crashed = pdf_loader._crash_error("a.pdf", -signal.SIGSEGV, limits)
    assert not isinstance(crashed, DocumentTooLarge) and "crashed" in str(crashed)


@pytest.mark.slow
def test_cpu_time_limit_stops_the_child_and_is_named(tmp_path: Path) -> None:
    """With a 1 s timeout the child may use 3 s of CPU; the parse needs far more."""
    source = tmp_path / "cpu.pdf"
    source.write_bytes(long_pdf(60))  # the parent hands the child its PDF as a private file
    context = mp.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    limits = LoadLimits(pdf_timeout_s=1, max_bytes=10**9)
    child = context.Process(
        target=pdf_loader._child,
        args=(sender, str(source), "cpu.pdf", limits, os.getpid()),
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        # 3 s of CPU take far longer on the wall on a loaded machine (two cores shared by
        # several jobs): the wait bounds a hang, not the limit's speed
        assert receiver.poll(180), "the CPU limit did not stop the child"
        reply = receiver.recv()
    finally:
        child.join(5)
        if child.is_alive():
            child.kill()
    assert reply[0] == "error" and reply[1] == "DocumentTooLarge"
    assert "CPU" in reply[2] and "GOVRAG_INGEST__PDF_TIMEOUT_S" in reply[2]


# --- the parser dies with the server -----------------------------------------------------------

HARNESS = textwrap.dedent(
    """
    import sys
    from ingest.loaders import LoadLimits
    from ingest.loaders.pdf import load_pdf

    if __name__ == "__main__":
        data = open(sys.argv[1], "rb").read()
        load_pdf(data, "long.pdf", LoadLimits(pdf_timeout_s=600, max_bytes=10**9))
    """
)


def _gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.slow
def test_the_parser_child_dies_when_the_server_is_killed(tmp_path: Path) -> None:
    (tmp_path / "server.py").write_text(HARNESS)
    (tmp_path / "long.pdf").write_bytes(long_pdf(60))
    server = subprocess.Popen(
        [sys.executable, str(tmp_path / "server.py"), str(tmp_path / "long.pdf")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    parser: psutil.Process | None = None
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # wait until the child is parsing, not starting
            children = _spawned_parsers(psutil.Process(server.pid))
            if children and sum(children[0].cpu_times()[:2]) > 1.0:
                parser = children[0]
                break
            time.sleep(0.1)
        assert parser is not None, "the parser child did not start"
        server.kill()
        server.wait(5)
        deadline = time.monotonic() + 5
        while not _gone(parser) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _gone(parser), "the parser child outlived the server"
    finally:
        if server.poll() is None:
            server.kill()
        if parser is not None and not _gone(parser):
            parser.kill()
