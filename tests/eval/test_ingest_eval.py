"""`govrag eval --ingest`: the matcher and scorer, and the measuring corpus's determinism."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from eval.gold import load_gold
from eval.ingest_eval import (
    Extracted,
    evaluate,
    main,
    match,
    owner_ok,
    score_paper,
    totals,
)
from eval.papers import build as corpus
from eval.papers.dev_specs import PAPERS
from eval.papers.render import FIXED_TIME, have_chromium
from eval.papers.spec import format_date, gold_rows

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "papers" / "dev"


def _gold(
    ref: str | None,
    title: str,
    owner: str = "Head of Finance",
    due: str = "2020-03-31",
    revised: str | None = None,
    status: str = "complete",
) -> dict[str, object]:
    return {
        "paper": "p.docx",
        "ref": ref,
        "title": title,
        "owner": owner,
        "due_date": due,
        "revised_from_date": revised,
        "status": status,
    }


def _rec(
    ref: str | None,
    text: str,
    owner: str | None = "Head of Finance",
    due: str | None = "2020-03-31",
    revised: str | None = None,
    status: str = "complete",
) -> Extracted:
    return Extracted(ref, text, owner, due, revised, status)


GOLD = [
    _gold("A1", "Payroll overtime approved after payment"),
    _gold(
        "A2",
        "Fuel cards not reconciled to mileage",
        owner="Fleet Manager",
        due="2020-06-30",
        revised="2019-12-31",
        status="partial",
    ),
    _gold(None, "Leavers keep their system access", owner="Head of ICT", status="ongoing"),
]


def test_a_perfect_extraction_scores_one_everywhere() -> None:
    records = [
        _rec("A1", "Payroll overtime approved after payment"),
        _rec(
            "A2",
            "Fuel cards",
            owner="Fleet Manager",
            due="2020-06-30",
            revised="2019-12-31",
            status="partial",
        ),
        _rec(
            None, "Leavers keep their system access promptly", owner="Head of ICT", status="ongoing"
        ),
    ]
    score = score_paper("p.docx", GOLD, records)
    assert score.read and score.recall == 1.0 and score.precision == 1.0
    assert all(score.accuracy(n) == 1.0 for n in ("owner", "due_date", "status"))
    assert score.fields_right == 1.0


def test_a_missed_row_lowers_recall_and_an_extra_record_precision() -> None:
    records = [
        _rec("A1", "Payroll overtime approved after payment"),
        _rec(None, "Leavers keep their system access", owner="Head of ICT", status="ongoing"),
        _rec(None, "FINANCIAL MANAGEMENT"),  # a sub-heading read as a record
    ]
    score = score_paper("p.docx", GOLD, records)
    assert score.matched == 2
    assert score.recall == pytest.approx(2 / 3)
    assert score.precision == pytest.approx(2 / 3)
    assert any(m.get("missing") and m["ref"] == "A2" for m in score.mismatches)


def test_a_wrong_owner_lowers_owner_accuracy_only() -> None:
    records = [
        _rec("A1", "Payroll overtime approved after payment", owner="Autumn 2019"),
        _rec(
            "A2",
            "Fuel cards",
            owner="Fleet Manager",
            due="2020-06-30",
            revised="2019-12-31",
            status="partial",
        ),
        _rec(None, "Leavers keep their system access", owner="Head of ICT", status="ongoing"),
    ]
    score = score_paper("p.docx", GOLD, records)
    assert score.recall == 1.0
    assert score.accuracy("owner") == pytest.approx(2 / 3)
    assert score.accuracy("due_date") == 1.0 and score.accuracy("status") == 1.0


def test_refs_match_first_and_text_decides_the_rest_one_to_one() -> None:
    records = [
        _rec(None, "Leavers keep their system access"),
        _rec("a 2", "something else entirely"),  # ref normalised: 'A2'
        _rec(None, "Leavers keep their system access"),  # a duplicate cannot match twice
    ]
    pairs = match(GOLD, records)
    assert (1, 1) in pairs and (2, 0) in pairs
    assert len(pairs) == 2


def test_owner_containment_tolerates_small_differences_not_glued_text() -> None:
    assert owner_ok("Head of Finance (Force)", "Head of Finance")
    assert owner_ok("Director of Finance", "director of finance.")
    assert not owner_ok("Head of Fleet", "Head of Fleet Page 3 of 4 Head of HR Head of ICT")
    assert not owner_ok("Head of Fleet", None)


def test_a_paper_that_fails_to_load_is_counted_as_not_read(tmp_path: Path) -> None:
    (tmp_path / "tracker.xyz").write_text("ref,owner\n1,Clerk\n", encoding="utf-8")
    gold = [dict(_gold("1", "Anything"), paper="tracker.xyz")]
    (tmp_path / "gold.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in gold), encoding="utf-8"
    )
    scores = evaluate(tmp_path)
    assert len(scores) == 1 and not scores[0].read
    assert "xyz" in (scores[0].error or "")
    total = totals(scores)
    assert total["read"] == 0 and total["recall"] == 0.0 and total["gold"] == 1


def test_the_command_prints_totals_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold.jsonl").write_text(
        json.dumps(dict(_gold("1", "Anything"), paper="missing.docx")) + "\n", encoding="utf-8"
    )
    out = tmp_path / "report.json"
    assert main(["--ingest", str(tmp_path), "--out", str(out)]) == 0
    assert "files read 0/1" in capsys.readouterr().out
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["total"]["papers"] == 1 and report["papers"][0]["read"] is False


def test_a_folder_without_gold_is_an_input_error(tmp_path: Path) -> None:
    assert main(["--ingest", str(tmp_path)]) == 2


# --- the corpus ----------------------------------------------------------------------------


def test_date_styles() -> None:
    assert format_date("2019-06-30", "dmy/") == "30/06/2019"
    assert format_date("2019-06-30", "dmy.") == "30.06.2019"
    assert format_date("2020-03-31", "mon-yy") == "Mar-20"
    assert format_date("2019-06-30", "words") == "end of June 2019"
    assert format_date("2019-12-31", "quarter") == "Q3 2019/20"
    assert format_date("2020-03-31", "quarter") == "Q4 2019/20"
    assert format_date("2019-11-30", "season") == "Autumn 2019"
    assert format_date("2021-02-28", "season") == "Winter 2020/21"


def test_the_dev_gold_is_deterministic_and_matches_the_committed_files() -> None:
    rows, questions = corpus.gold("dev")
    again_rows, again_questions = corpus.gold("dev")
    assert rows == again_rows and questions == again_questions
    assert (DEV / "gold.jsonl").read_text(encoding="utf-8") == corpus.jsonl(rows)
    assert (DEV / "questions.jsonl").read_text(encoding="utf-8") == corpus.jsonl(questions)


def test_the_dev_corpus_has_its_shape() -> None:
    rows, _ = corpus.gold("dev")
    assert len(PAPERS) >= 10
    assert len({p.kind for p in PAPERS}) >= 8
    assert {"docx", "xlsx", "csv", "pdf", "pdf-scan", "html", "md"} <= {p.fmt for p in PAPERS}
    assert all(5 <= len(p.rows) <= 25 for p in PAPERS)  # d12-d15: one failure class each
    assert all(row["status"] != "unknown" for row in rows)
    assert sum(1 for row in rows if row["revised_from_date"]) >= 10
    for paper in PAPERS:
        assert (DEV / paper.filename).is_file(), paper.filename
        assert len(gold_rows(paper)) == len(paper.rows)


def test_the_dev_questions_are_valid_gold() -> None:
    questions = load_gold(DEV / "questions.jsonl")
    assert len(questions) >= 15
    assert {"list", "lookup", "lookup_date", "count"} <= {q.type for q in questions}


@pytest.mark.slow
def test_rendering_without_a_browser_is_byte_for_byte_deterministic(tmp_path: Path) -> None:
    formats = ("docx", "xlsx", "csv", "html", "md")
    first = corpus.build("dev", tmp_path / "a", formats=formats)
    second = corpus.build("dev", tmp_path / "b", formats=formats)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert len(names) >= 2 + 5
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    for name in names:
        if name.endswith((".csv", ".html", ".md")):
            assert (first / name).read_bytes() == (DEV / name).read_bytes(), name


def test_govrag_eval_ingest_reaches_the_tool(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli.main import main as govrag

    (tmp_path / "gold.jsonl").write_text(
        json.dumps(dict(_gold("1", "Anything"), paper="missing.docx")) + "\n", encoding="utf-8"
    )
    assert govrag(["eval", "--ingest", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["read"] == 0


def _what_a_reader_sees(path: Path) -> list[object]:
    """A PDF as the ingest reads it: per page, its words with their positions (to a tenth of a
    point) and its images' pixels. Bytes are not compared: chromium under load may write the
    same document with other bytes (object order, font subset names)."""
    import pdfplumber

    seen: list[object] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            seen.append([(w["text"], round(w["x0"], 1), round(w["top"], 1)) for w in words])
            seen.append([image["stream"].get_data() for image in page.images])
    return seen


@pytest.mark.slow
@pytest.mark.skipif(not have_chromium(), reason="chromium is not installed")
def test_printed_and_scanned_pdfs_are_reproducible(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def build(name: str) -> Path:
        return corpus.build("dev", tmp_path / name, formats=("pdf", "pdf-scan"))

    with ThreadPoolExecutor(2) as pool:  # two builds at once share nothing (a profile each)
        first, second = pool.map(build, ["a", "b"])
    pdfs = sorted(p.name for p in first.glob("*.pdf"))
    assert len(pdfs) >= 3
    for name in pdfs:
        assert _what_a_reader_sees(first / name) == _what_a_reader_sees(second / name), name
        stamps = re.findall(rb"/(?:CreationDate|ModDate) \(D:(\d{14})", (first / name).read_bytes())
        assert stamps and set(stamps) == {FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()}, name
        assert (first / name).stat().st_size < 200_000, name


def test_an_owner_question_never_asks_of_a_blank_owner_cell() -> None:
    """A paper whose row picked for the owner question has a blank owner still gets an owner
    question with a non-empty fact, about a row whose owner is written."""
    paper = PAPERS[0]
    blank = tuple(replace(row, owner="") if i % 2 else row for i, row in enumerate(paper.rows))
    asked = [
        item
        for index in range(5)
        for item in corpus.questions(replace(paper, rows=blank), index)
        if item["question"].startswith("Who owns")
    ]
    assert asked
    owners = {row.owner for row in blank if row.owner}
    for item in asked:
        assert item["facts"][0][0] in owners
