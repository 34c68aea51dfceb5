"""A PDF page that is only an image (a scan) is read by tesseract: its table comes back as
rows and records, and the text is marked as OCR'd with its mean confidence."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from ingest import ocr, ocr_words, scan_image
from ingest.errors import IngestError
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes, load_document
from ingest.model import BlockKind

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "fixtures" / "bordered" / "004_8a3584b528f67d05.pdf"


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail(
                "tesseract is required here (CI_REQUIRE_TESSERACT): apt-get install tesseract-ocr"
            )
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


def _scan(tmp_path: Path, source: Path = SOURCE, dpi: int = 150) -> Path:
    """Page 1 of a text PDF as a picture: rendered, then saved as an image-only PDF."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(source.read_bytes())
    try:
        image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=dpi)
    return path


@pytest.mark.parametrize("source", ["bordered", "corpus-pdf"])
def test_scanned_table_is_read_by_ocr(tmp_path: Path, source: str) -> None:
    """Page 1 of the District Audit plan, printed with cell borders or without, then scanned:
    its rows come back with the refs, owners, due dates and statuses of the text version."""
    _need_tesseract()
    stem = "004_8a3584b528f67d05"
    scan = _scan(tmp_path, ROOT / "tests" / "fixtures" / source / f"{stem}.pdf")
    doc = load_document(scan)  # in the isolated child process, with its limits
    assert doc.format == "pdf"
    marks = [w for w in doc.warnings if "read by OCR" in w]
    assert len(marks) == 1
    confidence = re.search(r"page 1 read by OCR \(mean confidence (\d+)%\)", marks[0])
    assert confidence and int(confidence.group(1)) >= 80
    rows = [b for page in doc.pages for b in page.blocks if b.kind is BlockKind.ROW]
    assert any(b.header_hint for b in rows)
    assert not any("Page 1 of" in c for b in rows for c in b.cells)
    records = {r.ref: r for r in extract(doc).records}
    text = {
        r.ref: r for r in extract(load_document(ROOT / "data" / "sample" / f"{stem}.txt")).records
    }
    assert {"R1", "R2"} <= set(records)
    for ref in ("R1", "R2"):
        got, want = records[ref], text[ref]
        assert (got.owner, got.due_date, got.status) == (want.owner, want.due_date, want.status)


def test_scan_without_tesseract_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = _scan(tmp_path)
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    with pytest.raises(IngestError, match="tesseract-ocr"):
        load_bytes(scan.read_bytes(), "scan.pdf", LoadLimits(pdf_in_subprocess=False))


def test_words_from_tsv_are_in_points_with_confidence() -> None:
    from PIL import Image

    image = Image.new("L", (600, 300), 255)
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t100\t50\t300\t40\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t100\t50\t120\t40\t90\tOwner\n"
        "5\t1\t1\t1\t1\t2\t250\t52\t150\t36\t80\tTBA\n"
        "5\t1\t1\t1\t1\t3\t420\t52\t10\t36\t-1\t \n"
    )
    words, confidence = ocr_words.words_from_tsv(tsv, image, dpi=300)
    assert [w.text for w in words] == ["Owner", "TBA"]
    assert confidence == pytest.approx(85.0)
    assert words[0].x0 == pytest.approx(24.0)  # 100 px at 300 dpi
    # one line, one box (from the capitals and the baseline), whatever the glyphs
    assert (words[0].top, words[0].bottom) == (words[1].top, words[1].bottom)
    assert words[0].top < 12.0 < 21.6 < words[0].bottom


def test_rules_are_erased_before_ocr() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.line((10, 100, 390, 100), fill=0, width=2)
    draw.line((200, 10, 200, 290), fill=0, width=2)
    draw.rectangle((50, 50, 58, 60), fill=0)  # a letter-sized blob stays
    cleaned = scan_image.remove_rules(image, dpi=300)
    assert cleaned.getpixel((300, 100)) == 255 and cleaned.getpixel((200, 250)) == 255
    assert cleaned.getpixel((54, 55)) == 0


def test_a_dotted_date_with_its_dots_read_as_commas_is_read_dotted() -> None:
    assert ocr_words._fix_date_dots("31,03.2024") == "31.03.2024"
    assert ocr_words._fix_date_dots("30.06,2019;") == "30.06.2019;"
    # both marks commas ('30,11,2025', as a scan of dev10 read it): dotted as well
    assert ocr_words._fix_date_dots("30,11,2025") == "30.11.2025"
    # no comma, or no date once dotted: left as read
    assert ocr_words._fix_date_dots("31.03.2024") == "31.03.2024"
    assert ocr_words._fix_date_dots("1,250,2024") == "1,250,2024"
    assert ocr_words._fix_date_dots("45,03.2024") == "45,03.2024"
    assert ocr_words._fix_date_dots("3,000.2024") == "3,000.2024"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("5ep-24", "Sep-24"),
        ("(5ep-24)", "(Sep-24)"),
        ("0ct", "Oct"),
        ("N0v-2024", "Nov-2024"),
        ("Ju1y.", "July."),
        ("5ept", "Sept"),
    ],
)
def test_a_month_with_a_digit_for_a_letter_is_read_as_the_month(read: str, meant: str) -> None:
    from ingest.scan_words import month_read

    assert month_read(read) == meant


@pytest.mark.parametrize("word", ["5ector", "R5", "A5", "2024", "l0", "Sep-24", "ma1l", "Jun3"])
def test_a_word_that_spells_no_month_is_left_as_read(word: str) -> None:
    from ingest.scan_words import month_read

    assert month_read(word) == word


def test_ocr_words_read_a_misread_month_as_the_month() -> None:
    from PIL import Image

    image = Image.new("L", (600, 300), 255)
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t100\t50\t120\t40\t90\t5ep-24\n"
        "5\t1\t1\t1\t1\t2\t250\t52\t150\t36\t80\t(was\n"
        "5\t1\t1\t1\t1\t3\t420\t52\t100\t36\t80\tJun-24)\n"
    )
    words, _ = ocr_words.words_from_tsv(tsv, image, dpi=300)
    assert [w.text for w in words] == ["Sep-24", "(was", "Jun-24)"]


@pytest.mark.parametrize(
    ("read", "following", "meant"),
    [
        ("Oec", "2024", "Dec"),
        ("Mav", "2025", "May"),
        ("0ec", "2024", "0ec"),
        ("(Oec", "'24", "(Dec"),
    ],
)
def test_a_month_with_a_look_alike_letter_before_a_year_is_read_as_the_month(
    read: str, following: str, meant: str
) -> None:
    from ingest.scan_words import month_before_year

    assert month_before_year(read, following) == meant


@pytest.mark.parametrize(
    ("word", "following"),
    [("Oec", "review"), ("Oec", None), ("Dec", "2024"), ("Tool", "2024"), ("Item", "12")],
)
def test_a_word_not_before_a_year_or_spelling_no_month_is_left(
    word: str, following: str | None
) -> None:
    from ingest.scan_words import month_before_year

    assert month_before_year(word, following) == word


def test_a_month_misread_with_its_year_in_the_word_is_read() -> None:
    from ingest.scan_words import month_read

    assert month_read("Oec-24") == "Dec-24"
    assert month_read("Sec-24") == "Sec-24"  # no single look-alike spells a month


def test_ocr_words_read_a_look_alike_month_before_its_year() -> None:
    from PIL import Image

    image = Image.new("L", (600, 300), 255)
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t100\t50\t80\t40\t90\tOec\n"
        "5\t1\t1\t1\t1\t2\t200\t52\t120\t36\t80\t2024\n"
        "5\t1\t1\t1\t2\t1\t100\t150\t80\t40\t90\tOec\n"
    )
    words, _ = ocr_words.words_from_tsv(tsv, image, dpi=300)
    assert [w.text for w in words] == ["Dec", "2024", "Oec"]
