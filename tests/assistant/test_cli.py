"""The govrag CLI end to end: JSON shapes, exit codes, error messages, and its docs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.cli import help_markdown, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def index_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GOVRAG_INDEX_DIR", str(tmp_path / "index"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_ingest_records_search_remove(
    index_env: Path, capsys: pytest.CaptureFixture[str], sample_dir: Path
) -> None:
    code, out, _ = run(capsys, "ingest", str(sample_dir), "--json")
    assert code == 0
    summary = json.loads(out)
    mapping = summary.pop("mapping")
    warnings = summary.pop("warnings")  # per file, as `govrag ingest` prints them
    assert any("damaged copy" in w for w in warnings["002_93be34f48625d430.txt"])
    assert summary == {
        "documents": 5,
        "pages": 40,
        "records": 76,
        "chunks": 94,
        "replaced": [],
        "skipped": [],
        "ignored": [],
        "mapping_file": None,
    }
    # the plain summary says how every file's table headers were read
    assert sorted(mapping) == sorted(p.name for p in sample_dir.glob("*.txt"))
    roles = {c["role"] for tables in mapping.values() for t in tables for c in t["columns"]}
    assert {"ref", "owner", "due"} <= roles
    # ingest embedded the papers' vocabulary and kept it in the index folder
    (words_file,) = (index_env / "index").glob("words-govrag_*.npz")
    assert words_file.stat().st_size > 100_000  # some thousand words of 384 floats

    code, out, _ = run(
        capsys, "records", "--slipped", "--since", "2008", "--theme", "partnership", "--json"
    )
    records = json.loads(out)
    assert code == 0 and [r["ref"] for r in records] == ["3"]
    assert (
        records[0]["revised_from_text"] == "December 2008"
        and records[0]["due_date"] == "2009-03-31"
    )

    code, out, _ = run(
        capsys,
        "records",
        "--document",
        "004_8a3584b528f67d05.txt",
        "--status",
        "complete",
        "--json",
    )
    assert [r["ref"] for r in json.loads(out)] == ["R2", "R4", "R5", "R10", "R11", "R12"]

    code, out, _ = run(
        capsys, "ask", "Which actions are complete?", "--records-limit", "2", "--json"
    )
    answer = json.loads(out)
    assert code == 0 and answer["records_total"] == answer["coverage"]["matched"] == 11
    assert [r["ref"] for r in answer["records"]] == ["R2", "R4"]

    code, out, _ = run(capsys, "search", "R18", "--k", "3", "--json")
    hits = json.loads(out)["hits"]
    assert (
        code == 0
        and hits[0]["ref"] == "R18"
        and hits[0]["metadata"]["filename"] == "002_93be34f48625d430.txt"
    )

    code, out, _ = run(capsys, "remove", "003_658422d0a29bc06f.txt")
    assert code == 0 and "removed" in out
    code, out, _ = run(capsys, "documents", "--json")
    assert [d["filename"] for d in json.loads(out)][-1] == "004_8a3584b528f67d05.txt"
    assert len(json.loads(out)) == 4


def test_ingest_reports_bad_files_and_exits_1(
    index_env: Path, capsys: pytest.CaptureFixture[str], sample_dir: Path
) -> None:
    folder = index_env / "docs"
    folder.mkdir()
    shutil.copy(sample_dir / "003_658422d0a29bc06f.txt", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    code, out, _ = run(capsys, "ingest", str(folder), "--json")
    summary = json.loads(out)
    assert code == 1 and summary["documents"] == 1
    assert summary["skipped"][0]["path"].endswith("broken.pdf")
    assert "PDF" in summary["skipped"][0]["reason"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["records", "--theme", "astrology"], "unknown theme 'astrology'"),
        (["records", "--status", "finished"], "unknown status 'finished'"),
        (["remove", "nothing.txt"], "no document 'nothing.txt'"),
        (["search", "x", "--filters", '{"colour": 1}'], "colour"),
    ],
)
def test_domain_errors_exit_2_with_a_message(
    index_env: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err


def test_bad_setting_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVRAG_INDX_DIR", "/tmp/x")
    code, _, err = run(capsys, "documents")
    assert code == 2 and "GOVRAG_INDX_DIR" in err


def test_cli_docs_are_current() -> None:
    assert (ROOT / "docs" / "cli.md").read_text() == help_markdown(), "run `make docs`"
