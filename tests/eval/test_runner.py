"""The harness: gold validation, command-line errors, thresholds, the baseline, and one slow run
of the real assistant over a slice of the gold set."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from langchain_core.embeddings import Embeddings

from eval.baseline import BaselineRAG, SourceDocument, best_sentences, sentences
from eval.gold import DEFAULT_GOLD, TYPES, GoldError, load_gold, parse_gold, select
from eval.metrics import METRICS
from eval.report import REPORT_FILES
from eval.runner import build_parser, check_thresholds, main

GOOD = {
    "id": "g1",
    "question": "When is R18 due?",
    "type": "lookup_date",
    "answerable": True,
    "facts": [["Q2 2009"]],
    "records": ["d-txt:R18"],
    "sources": ["d.txt"],
    "notes": "R18 Date column.",
}
UNANSWERABLE = {
    "id": "g2",
    "question": "What grade did HMIC give?",
    "type": "unanswerable",
    "answerable": False,
    "facts": [],
    "records": [],
    "sources": [],
}


def write_gold(path: Path, *rows: dict[str, Any] | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


# -- the gold file ------------------------------------------------------------------------------
def test_the_bundled_gold_set_is_valid() -> None:
    questions = load_gold(DEFAULT_GOLD)
    # the first 90, ten of each type; later additions (q2xx…) test one area more closely
    first = [q for q in questions if int(q.id[1:]) <= 90]
    assert len(first) == 90 and len({q.id for q in questions}) == len(questions)
    assert {q.type for q in questions} == set(TYPES)
    assert all(sum(q.type == t for q in first) == 10 for t in TYPES)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "g3", "question": ', r"gold\.jsonl:3: not valid JSON"),
        ("[1, 2]", r"gold\.jsonl:3: expected a JSON object"),
        ({**GOOD, "id": "g3", "facts": "Q2 2009"}, r":3: field 'facts': expected a list of facts"),
        ({**GOOD, "id": "g3", "facts": [["Q2 2009"], []]}, r":3: field 'facts'\[1\]"),
        ({**GOOD, "id": "g3", "facts": [[7]]}, r":3: field 'facts\[0\]'\[0\]"),
        ({**GOOD, "id": "g3", "type": "trivia"}, r":3: field 'type': unknown type 'trivia'"),
        ({**GOOD, "id": "g3", "answerable": "yes"}, r":3: field 'answerable'"),
        ({**GOOD, "id": "g3", "question": "  "}, r":3: field 'question'"),
        ({**GOOD, "id": "g3", "records": "R18"}, r":3: field 'records'"),
        (
            {k: v for k, v in GOOD.items() if k != "sources"} | {"id": "g3"},
            r":3: field 'sources' is missing",
        ),
        ({**GOOD, "id": "g3", "fact": []}, r":3: unknown field 'fact'"),
        ({**GOOD}, r":3: field 'id': 'g1' already used on line 1"),
        ({**UNANSWERABLE, "id": "g3", "facts": [["x"]]}, r":3: field 'facts': must be empty"),
        (
            {**UNANSWERABLE, "id": "g3", "answerable": True},
            r":3: field 'answerable': true contradicts",
        ),
        ({**GOOD, "id": "g3", "facts": []}, r":3: field 'facts': an answerable question needs"),
    ],
)
def test_a_malformed_line_names_the_file_line_and_field(
    tmp_path: Path, line: dict[str, Any] | str, message: str
) -> None:
    path = write_gold(tmp_path / "gold.jsonl", GOOD, UNANSWERABLE, line)
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_blank_lines_are_skipped_and_line_numbers_kept() -> None:
    questions = parse_gold(["", json.dumps(GOOD), "   ", json.dumps(UNANSWERABLE)])
    assert [(q.id, q.line) for q in questions] == [("g1", 2), ("g2", 4)]


def test_select_limits_each_type_and_filters_types() -> None:
    questions = load_gold(DEFAULT_GOLD)
    chosen = select(questions, None, 2)
    assert len(chosen) == 2 * len(TYPES)
    assert [q.type for q in select(questions, ["count", "list"], 1)] == ["list", "count"]
    with pytest.raises(GoldError, match="unknown type 'trivia'"):
        select(questions, ["count", "trivia"])


# -- the command line: bad input exits 2 before anything is loaded ------------------------------
def test_missing_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--gold", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such gold file" in capsys.readouterr().err


def test_malformed_gold_line_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_gold(tmp_path / "gold.jsonl", GOOD, {**UNANSWERABLE, "facts": {"a": 1}})
    assert main(["--gold", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: field 'facts'" in err


def test_unknown_type_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--types", "lookup", "trivia"]) == 2
    assert "unknown type 'trivia'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--min-strict", "1.5"], ["--limit", "0"], ["--bogus"]])
def test_bad_options_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err


# -- a whole run against a tiny fake assistant (no model) ---------------------------------------
DOC_TEXT = "R18\tEmbed the scheme of delegation\tQ2 2009\fThe toolkit is due in April."


class FakeAssistant:
    """Just what the harness reads: documents, their stored text, ask and search."""

    def __init__(self, answers: dict[str, dict[str, Any]]) -> None:
        self.answers = answers
        self.services = SimpleNamespace(catalog=SimpleNamespace(document_text=lambda _id: DOC_TEXT))

    def documents(self) -> list[Any]:
        return [SimpleNamespace(id="d-txt", filename="d.txt")]

    def ask(self, question: str, filters: object = None) -> Any:
        body = self.answers.get(question, {"answer": "Not covered.", "abstained": True})
        return SimpleNamespace(model_dump=lambda mode: body)

    def search(self, query: str, k: int) -> Any:
        chunk = SimpleNamespace(id="c1", document_id="d-txt")
        return SimpleNamespace(hits=[SimpleNamespace(chunk=chunk)])


RIGHT = {
    "answer": "R18 is due Q2 2009 [1].",
    "citations": [{"n": 1, "document": {"id": "d-txt", "filename": "d.txt"}, "quote": "Q2 2009"}],
    "records": [{"id": "d-txt:R18"}],
    "coverage": {"matched": 1},
}


def test_a_run_writes_the_reports_and_checks_thresholds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", GOOD, UNANSWERABLE)
    out = tmp_path / "out"
    argv = ["--gold", str(gold), "--out", str(out), "--no-baseline", "--min-strict", "1"]
    assert main(argv, assistant=FakeAssistant({GOOD["question"]: RIGHT})) == 0
    printed = capsys.readouterr().out
    assert "strict_accuracy" in printed and "unanswerable" in printed
    assert all((out / name).stat().st_size > 0 for name in REPORT_FILES)
    report = json.loads((out / "report.json").read_text())
    overall = report["systems"]["govrag"]["overall"]
    assert overall["strict_accuracy"] == 1.0 and overall["citation_grounding"] == 1.0
    assert report["thresholds"] == [
        {
            "option": "--min-strict",
            "metric": "strict_accuracy",
            "limit": 1.0,
            "value": 1.0,
            "passed": True,
        }
    ]

    # a wrong answer: below --min-strict, and --max-false-abstention is broken too
    wrong = {**RIGHT, "answer": "R18 is due soon [1]."}
    argv += ["--max-false-abstention", "0", "--min-grounding", "0.5", "--json"]
    assert main(argv, assistant=FakeAssistant({GOOD["question"]: wrong})) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["systems"]["govrag"]["overall"]["strict_accuracy"] == 0.5
    assert "strict_accuracy 0.500, needs >= 1.0 (--min-strict)" in captured.err
    assert "grounding" not in captured.err  # that one passed
    report = json.loads((out / "report.json").read_text())
    assert [t["passed"] for t in report["thresholds"]] == [False, True, True]


def test_threshold_verdicts() -> None:
    options = build_parser().parse_args(
        ["--min-strict", "0.3", "--min-grounding", "1", "--max-false-abstention", "0.3"]
    )
    overall = {
        "strict_accuracy": 0.7 - 0.4,  # 0.29999999999999993: meets 0.3 despite the rounding
        "citation_grounding": 0.99,
        "abstention_accuracy": 0.0,  # no --min-abstention given: not checked
        "false_abstention_rate": 0.1 + 0.2,  # 0.30000000000000004: within 0.3
    }
    verdicts = {t["option"]: t["passed"] for t in check_thresholds(overall, options)}
    assert verdicts == {
        "--min-strict": True,
        "--min-grounding": False,
        "--max-false-abstention": True,
    }


def test_a_threshold_on_an_unmeasured_metric_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", GOOD)
    argv = ["--gold", str(gold), "--out", str(tmp_path), "--no-baseline", "--min-abstention", "0.9"]
    assert main(argv, assistant=FakeAssistant({GOOD["question"]: RIGHT})) == 1
    assert "abstention_accuracy not measured" in capsys.readouterr().err


def test_an_empty_index_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = FakeAssistant({})
    empty.documents = lambda: []  # type: ignore[method-assign]
    gold = write_gold(tmp_path / "gold.jsonl", GOOD)
    assert (
        main(["--gold", str(gold), "--out", str(tmp_path), "--no-baseline"], assistant=empty) == 3
    )
    assert "the index is empty" in capsys.readouterr().err


# -- the baseline, with a tiny deterministic embedding ------------------------------------------
class LetterEmbeddings(Embeddings):
    """Letter counts: texts sharing words land near each other; no model needed."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        lower = text.lower()
        return [float(lower.count(c)) + 0.01 for c in "abcdefghijklmnopqrstuvwxyz0123456789"]


def test_sentences_are_verbatim_and_skip_fragments() -> None:
    text = "R3\tHigh\nThe toolkit has been developed. It is due in April!\n  Ongoing work here  "
    assert sentences(text) == [
        "The toolkit has been developed.",
        "It is due in April!",
        "Ongoing work here",
    ]


def test_best_sentences_rank_by_shared_words() -> None:
    from eval.baseline import RetrievedChunk

    chunk = RetrievedChunk("c", "d.txt", "Budgets were set. The toolkit launch is in April.", 0, 0)
    best = best_sentences("When is the toolkit launch?", [chunk], count=1)
    assert best == [("The toolkit launch is in April.", chunk)]


def test_baseline_quotes_verbatim_never_abstains_and_returns_no_records() -> None:
    documents = [
        SourceDocument("a.txt", "The partnership toolkit is due to be launched in April. " * 30),
        SourceDocument("b.txt", "Financial training was given to over 4,000 staff.\nOther words."),
    ]
    rag = BaselineRAG(documents, LetterEmbeddings())
    try:
        assert rag.chunk_count > 2  # the long document is split
        body = rag.ask("How many staff had financial training?")
        assert body["abstained"] is False and body["records"] == []
        assert 1 <= len(body["citations"]) <= 3
        texts = {d.filename: d.text for d in documents}
        for citation in body["citations"]:
            assert citation["quote"] in texts[citation["document"]["filename"]]
            assert f"[{citation['n']}]" in body["answer"]
        assert "over 4,000 staff" in body["answer"]
        hits = rag.search_documents("financial training staff", k=10)
        assert len(hits) == min(10, rag.chunk_count) and set(hits) <= {"a.txt", "b.txt"}
    finally:
        rag.close()


# -- the real assistant, end to end -------------------------------------------------------------
@pytest.mark.slow
def test_in_process_run_on_a_slice(
    real_services: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.service import Assistant

    out = tmp_path / "report"
    argv = ["--limit", "2", "--no-baseline", "--out", str(out), "--json"]
    assert main(argv, assistant=Assistant(real_services)) == 0  # type: ignore[arg-type]
    printed = json.loads(capsys.readouterr().out)

    for name in REPORT_FILES:
        assert (out / name).stat().st_size > 0, name
    report = json.loads((out / "report.json").read_text())
    assert report == printed
    assert report["meta"]["questions"] == 2 * len(TYPES)
    assert report["types"] == list(TYPES)
    system = report["systems"]["govrag"]
    assert list(system) == ["overall", "by_type"]
    assert set(system["overall"]) == set(METRICS)
    assert list(system["by_type"]) == list(TYPES)
    for qtype, metrics in system["by_type"].items():
        assert set(metrics) == set(METRICS), qtype
        assert metrics["n"] == 2
    assert system["overall"]["errors"] == 0
    assert len(report["questions"]) == 2 * len(TYPES)
    assert all("govrag" in q for q in report["questions"])

    markdown = (out / "report.md").read_text()
    for qtype in TYPES:
        assert re.search(rf"^\| {qtype} \|", markdown, re.M), qtype
    for metric in METRICS:
        assert metric in markdown


@pytest.mark.slow
def test_govrag_eval_meets_the_targets_on_a_slice(
    real_services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`govrag eval` from the command line, three questions of every type, with the targets of
    the full run as thresholds: a regression in answering fails the suite."""
    from assistant.cli import main as govrag

    monkeypatch.setenv("GOVRAG_INDEX_DIR", str(real_services.settings.index_dir))
    out = tmp_path / "slice"
    argv = ["eval", "--limit", "3", "--no-baseline", "--out", str(out)]
    argv += ["--min-strict", "0.85", "--min-grounding", "0.98"]
    argv += ["--min-abstention", "0.9", "--max-false-abstention", "0.05"]
    assert govrag(argv) == 0
    overall = json.loads((out / "report.json").read_text())["systems"]["govrag"]["overall"]
    assert overall["n"] == 3 * len(TYPES) and overall["errors"] == 0
