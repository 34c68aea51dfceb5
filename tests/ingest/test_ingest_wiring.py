"""What ingest tells its callers beyond the records: pages read by OCR (on the document, its
chunks and the catalog), OCR progress, ambiguous deadlines in the ingest summary, the column
mapping in the pipeline key, and which files of a folder are not papers."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from assistant.cli import common, main
from ingest.columns import use_mapping
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes, load_document
from ingest.model import Block, BlockKind, DocumentInfo, LoadedDocument, Page

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "papers" / "dev"

AMBIGUOUS_PAPER = """# Eastvale University — Audit and Risk Committee, 3 March 2020

## Follow-up of internal audit actions

| Rec No. | Finding | Recommendation | By whom | Due | Status |
| --- | --- | --- | --- | --- | --- |
| 1 | Key controls untested | Test the key controls | Director of Finance | Mar-20 | Open |
| 2 | No fraud policy | Adopt a fraud policy | University Secretary | 2019/07/06 | Open |
"""


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


def _dev_scan() -> Path:
    return next(DEV.glob("d10_*.pdf"))


def _two_page_document(ocr_pages: dict[int, float]) -> LoadedDocument:
    header = Block(BlockKind.ROW, cells=("Ref", "Action", "Owner", "Due"), header_hint=True)
    pages = [
        Page(
            number=1,
            blocks=[
                Block(BlockKind.HEADING, text="Audit Committee action tracker, 3 March 2020"),
                Block(BlockKind.PARAGRAPH, text="The committee is asked to note progress."),
                header,
                Block(
                    BlockKind.ROW,
                    cells=("A1", "Review the risk register", "Head of Audit", "31/03/2020"),
                ),
            ],
        ),
        Page(
            number=2,
            blocks=[
                header,
                Block(
                    BlockKind.ROW,
                    cells=("A2", "Adopt a fraud policy", "Director of Finance", "30/06/2020"),
                ),
            ],
            ocr_confidence=ocr_pages.get(2),
        ),
    ]
    return LoadedDocument(
        path="tracker.pdf",
        filename="tracker.pdf",
        format="pdf",
        sha256="0" * 64,
        pages=pages,
        ocr_pages=ocr_pages,
    )


def test_ocr_pages_reach_the_document_info_and_the_chunks_of_those_pages() -> None:
    doc = extract(_two_page_document({2: 71.5}))
    assert doc.info.ocr_pages == {2: 71.5}
    records = {r.ref: r for r in doc.records}
    assert set(records) == {"A1", "A2"}
    by_record = {c.record_id: c for c in doc.chunks if c.kind == "record"}
    scanned = by_record[records["A2"].id].metadata
    assert scanned["ocr"] is True and scanned["ocr_confidence"] == 71.5
    assert "ocr" not in by_record[records["A1"].id].metadata
    # the catalog stores DocumentInfo as JSON: the field survives the round trip
    again = DocumentInfo.model_validate_json(doc.info.model_dump_json())
    assert again.ocr_pages == {2: 71.5}


def test_documents_without_ocr_say_nothing_of_it() -> None:
    doc = extract(_two_page_document({}))
    assert doc.info.ocr_pages == {}
    assert not any("ocr" in c.metadata for c in doc.chunks)


def test_a_scan_is_marked_and_its_ocr_pages_are_reported_before_they_are_read() -> None:
    """In the isolated child process: the parent hears of each OCR page as it starts."""
    _need_tesseract()
    heard: list[tuple[int, int, int]] = []
    doc = load_document(_dev_scan(), LoadLimits(ocr_progress=lambda *a: heard.append(a)))
    assert heard == [(1, 1, 1)]
    assert set(doc.ocr_pages) == {1} and doc.ocr_pages[1] >= 60
    extracted = extract(doc)
    assert extracted.info.ocr_pages == doc.ocr_pages
    record_chunks = [c for c in extracted.chunks if c.kind == "record"]
    assert record_chunks and all(c.metadata.get("ocr") is True for c in record_chunks)


def test_the_indexer_reports_ocr_work_and_stores_the_ocr_pages(
    fake_services: object, tmp_path: Path
) -> None:
    _need_tesseract()
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(_dev_scan(), folder)
    said: list[str] = []
    indexer = fake_services.indexer  # type: ignore[attr-defined]
    result = indexer.ingest_paths([folder], activity=said.append)
    assert said == [f"OCR page 1/1 of {_dev_scan().name}"]
    info = fake_services.catalog.documents()[0]  # type: ignore[attr-defined]
    assert set(info.ocr_pages) == {1}
    assert any("read by OCR" in w for w in result.outcomes[0].warnings)


def test_ambiguous_deadlines_are_in_the_outcome_warnings(
    fake_services: object, tmp_path: Path
) -> None:
    extracted = extract(load_bytes(AMBIGUOUS_PAPER.encode(), "eastvale.md"))
    assert any("'2019/07/06' can be read more than one way" in w for w in extracted.warnings)
    path = tmp_path / "eastvale.md"
    path.write_text(AMBIGUOUS_PAPER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([path])  # type: ignore[attr-defined]
    assert any("2019/07/06" in w for w in result.outcomes[0].warnings)


def test_the_ingest_summary_shows_warnings_mapping_and_files_that_are_not_papers(
    fake_services: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "eastvale.md").write_text(AMBIGUOUS_PAPER, encoding="utf-8")
    (folder / "gold.jsonl").write_text('{"ref": "1"}\n', encoding="utf-8")
    (folder / "~$eastvale.docx").write_bytes(b"lock")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    monkeypatch.setattr(common, "services", lambda: fake_services)
    code = main(["ingest", str(folder), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 1  # the .doc is refused
    assert summary["documents"] == 1
    assert any("2019/07/06" in w for w in summary["warnings"]["eastvale.md"])
    assert [Path(i["path"]).name for i in summary["ignored"]] == ["gold.jsonl", "~$eastvale.docx"]
    assert [Path(s["path"]).name for s in summary["skipped"]] == ["old.doc"]
    assert "save it as .docx" in summary["skipped"][0]["reason"]
    roles = [c["role"] for c in summary["mapping"]["eastvale.md"][0]["columns"]]
    assert roles[0] == "ref" and "owner" in roles and "due" in roles

    code = main(["ingest", str(folder)])
    out = capsys.readouterr().out
    assert "can be read more than one way" in out and "ignored" in out


def test_a_changed_column_mapping_re_reads_the_papers(
    fake_services: object, tmp_path: Path
) -> None:
    path = tmp_path / "eastvale.md"
    path.write_text(AMBIGUOUS_PAPER, encoding="utf-8")
    indexer = fake_services.indexer  # type: ignore[attr-defined]
    assert indexer.ingest_paths([path]).outcomes[0].action == "added"
    assert indexer.ingest_paths([path]).outcomes[0].action == "unchanged"
    with use_mapping({"By whom": "other"}):
        outcome = indexer.ingest_paths([path]).outcomes[0]
        assert outcome.action == "updated"
        assert indexer.ingest_paths([path]).outcomes[0].action == "unchanged"
    record = fake_services.catalog.records()[0]  # type: ignore[attr-defined]
    assert record.owner is None
    assert indexer.ingest_paths([path]).outcomes[0].action == "updated"  # mapping gone


# -- running headers and footers in text printed from a PDF ---------------------------------------
PRINTED_TEXT = "\n".join(
    [
        "Harbourside Homes — Audit Committee, 4 June 2020",
        "Internal audit recommendations tracker",
        "",
        "Ref\tRecommendation\tOwner\tDue",
        "H1\tReview the gas safety contract\tHead of Assets\t30/09/2020",
        "H2\tAdopt a fraud policy\tDirector of Finance\t31/10/2020",
        "Page 1 of 3",
        "\f" + "Harbourside Homes — Audit Committee, 4 June 2020",
        "Ref\tRecommendation\tOwner\tDue",
        "H3\tTest the key controls\tHead of Finance\t30/11/2020",
        "Page 2 of 3",
        "\f" + "Harbourside Homes — Audit Committee, 4 June 2020",
        "Ref\tRecommendation\tOwner\tDue",
        "H4\tUpdate the risk register\tChief Executive\t31/12/2020",
        "Page 3 of 3",
    ]
)


def _texts(name: str, data: str) -> list[str]:
    loaded = load_bytes(data.encode(), name)
    return [
        b.text if b.kind is not BlockKind.ROW else "\t".join(b.cells)
        for page in loaded.pages
        for b in page.blocks
    ]


def test_running_headers_and_page_numbers_leave_text_but_table_headers_stay() -> None:
    texts = _texts("printed.txt", PRINTED_TEXT)
    assert not any(t.startswith("Page ") for t in texts)
    assert texts.count("Harbourside Homes — Audit Committee, 4 June 2020") == 1
    assert texts.count("Ref\tRecommendation\tOwner\tDue") == 3  # table headers are kept
    records = extract(load_bytes(PRINTED_TEXT.encode(), "printed.txt")).records
    assert [r.ref for r in records] == ["H1", "H2", "H3", "H4"]
    assert [r.owner for r in records][-1] == "Chief Executive"


def test_page_numbers_mark_pages_in_text_without_form_feeds() -> None:
    joined = PRINTED_TEXT.replace("\f", "")
    texts = _texts("printed.md", joined)
    assert not any("Page" in t for t in texts)
    assert texts.count("Harbourside Homes — Audit Committee, 4 June 2020") == 1


def test_running_lines_in_html_are_dropped() -> None:
    body = "".join(
        f"<p>Greyfell NPA scrutiny — page {n} of 3</p><p>Item {n} text that differs.</p>"
        f"<p>OFFICIAL</p><p>Page {n} of 3</p>"
        for n in (1, 2, 3)
    )
    texts = _texts("paper.html", f"<html><body>{body}</body></html>")
    assert "Page 2 of 3" not in texts
    assert texts.count("OFFICIAL") == 1
    assert [t for t in texts if t.startswith("Greyfell")] == ["Greyfell NPA scrutiny"]
    assert [t for t in texts if t.startswith("Item")] == [
        f"Item {n} text that differs." for n in (1, 2, 3)
    ]


def test_a_paragraph_that_repeats_inside_pages_is_kept() -> None:
    text = "\n\f".join(
        f"Minutes {n}\nIntro {n}\nBody {n}\nThe committee noted the report.\nMore {n}\n"
        f"Yet more {n}\nEnd {n}"
        for n in (1, 2, 3)
    )
    assert _texts("minutes.txt", text).count("The committee noted the report.") == 3


def test_the_cli_progress_bar_is_given_ocr_work(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vectorstore.indexer import BatchResult

    told: list[str] = []

    class Indexer:
        def ingest_paths(self, paths: object, progress: object, **kwargs: object) -> BatchResult:
            activity = kwargs["activity"]
            assert callable(activity) and callable(progress)
            progress("scan.pdf", 0, 1)
            activity("OCR page 1/2 of scan.pdf")  # shown on the bar; must not fail
            told.append("OCR page 1/2 of scan.pdf")
            return BatchResult()

    class Services:
        indexer = Indexer()

    monkeypatch.setattr(common, "services", lambda: Services())
    assert main(["ingest", str(tmp_path)]) == 0
    assert told and "0 documents" in capsys.readouterr().out
