"""Property tests of the loaders and the whole extraction: whatever bytes arrive under whatever
name, the result is a document or an IngestError naming the file, never another exception.

Bounded: a fixed number of examples each, no deadline per example (PDF parsing varies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
PDF_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "corpus-pdf"
LIMITS = LoadLimits(max_pages=50, pdf_in_subprocess=False)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples every run: a failure reproduces
)


def survives(data: bytes, name: str) -> None:
    try:
        loaded = load_bytes(data, name, LIMITS)
    except IngestError as exc:
        assert exc.path == name or name in str(exc), exc  # the error names the file
        assert exc.reason
        return
    document = extract(loaded)
    assert document.info.filename == name
    for record in document.records:  # provenance holds for whatever was found
        assert record.source_text and record.source_end >= record.source_start


@FUZZ
@given(
    data=st.binary(max_size=4000),
    name=st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.htm", "a.doc", "noext"]),
)
def test_random_bytes_under_any_name(data: bytes, name: str) -> None:
    survives(data, name)


@FUZZ
@given(text=st.text(max_size=3000), name=st.sampled_from(["t.txt", "t.md", "t.html"]))
def test_random_text(text: str, name: str) -> None:
    survives(text.encode("utf-8", "surrogatepass"), name)


def _mutations(source: bytes) -> st.SearchStrategy[bytes]:
    """A real file with a slice cut out, bytes flipped, or truncated."""
    size = len(source)

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(source)
        kind = draw(st.sampled_from(["truncate", "flip", "cut", "splice"]))
        at = draw(st.integers(0, size - 1))
        if kind == "truncate":
            return bytes(data[:at])
        if kind == "flip":
            for offset in draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=40)):
                data[offset] ^= 0xFF
            return bytes(data)
        if kind == "cut":
            end = draw(st.integers(at, min(size, at + 2000)))
            return bytes(data[:at] + data[end:])
        junk = draw(st.binary(min_size=1, max_size=200))
        return bytes(data[:at] + junk + data[at:])

    return mutate()


@pytest.mark.slow
@settings(FUZZ, max_examples=25)  # each example parses a whole PDF: fewer, still derandomized
@given(data=_mutations((PDF_DIR / sorted(p.name for p in PDF_DIR.glob("*.pdf"))[0]).read_bytes()))
def test_mutated_pdfs(data: bytes) -> None:
    survives(data, "mutated.pdf")


@FUZZ
@given(data=_mutations((SAMPLE / "000_f60702f293bad3c1.txt").read_bytes()))
def test_mutated_text_records(data: bytes) -> None:
    survives(data, "mutated.txt")


def test_mutated_html() -> None:
    html = b"<html><body><table><tr><th>Ref</th><th>Action</th></tr>" + b"<tr><td>R1</td>" * 50
    for cut in range(0, len(html), 37):
        survives(html[:cut], "cut.html")
