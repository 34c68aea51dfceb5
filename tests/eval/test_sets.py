"""``python -m eval.sets`` runs every evaluation set against an index of its own papers and
prints development beside held-out with the gap.

The manifest checks name the set and field at fault. The runs use a deterministic fake for
the two govrag commands (ingest writes nothing, eval writes a report), so the caching of one
index per folder of papers, the arguments each set passes and the table are tested without a
model; one test runs a real failing command to see the error it reports."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from eval.sets import (
    DEFAULT_MANIFEST,
    ManifestError,
    SetFailed,
    choose,
    gaps,
    index_key,
    load_manifest,
    main,
    run_command,
    run_sets,
    table,
)


def _manifest(tmp_path: Path, sets: list[dict[str, Any]]) -> Path:
    (tmp_path / "papers").mkdir(exist_ok=True)
    (tmp_path / "papers" / "a.txt").write_text("a paper", encoding="utf-8")
    for name in ("q.jsonl", "c.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    path = tmp_path / "sets.json"
    path.write_text(json.dumps({"sets": sets}), encoding="utf-8")
    return path


GOOD = {"name": "dev", "role": "development", "papers": "papers", "questions": "q.jsonl"}


def test_the_shipped_manifest_names_files_that_exist() -> None:
    sets = load_manifest(DEFAULT_MANIFEST)
    assert {s.role for s in sets} >= {"development", "probe", "held-out", "blind", "papers"}
    assert [s.name for s in sets if s.role == "development"] == ["dev"]
    assert all(s.papers.is_dir() for s in sets)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "set 'dev': unknown field(s) colour"),
        ({"role": "tuning"}, "set 'dev': 'role' must be one of"),
        ({"papers": "nowhere"}, "set 'dev': 'papers' names no folder: nowhere"),
        ({"papers": None}, "set 'dev': 'papers' (the folder the set is asked over) is missing"),
        ({"questions": "missing.jsonl"}, "set 'dev': 'questions' names no file: missing.jsonl"),
        ({"questions": None}, "set 'dev': give 'questions', 'conversations' or both"),
        ({"name": ""}, "set 1: 'name' must be a non-empty string"),
    ],
)
def test_a_bad_manifest_names_the_set_and_the_field(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    item = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    with pytest.raises(ManifestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_manifest(_manifest(tmp_path, [item]))


def test_a_name_used_twice_and_an_unknown_name_asked_for_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="set 'dev': the name is used twice"):
        load_manifest(_manifest(tmp_path, [GOOD, GOOD]))
    sets = load_manifest(_manifest(tmp_path, [GOOD]))
    with pytest.raises(ManifestError, match="no set named zzz"):
        choose(sets, ["zzz"])


def test_the_index_key_follows_the_papers_and_the_ingest_code(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "one.txt").write_text("first", encoding="utf-8")
    code = tmp_path / "code"
    for package in ("ingest", "vectorstore", "assistant"):
        (code / package).mkdir(parents=True)
        (code / package / "m.py").write_text("x = 1\n", encoding="utf-8")
    first = index_key(papers, code)
    assert index_key(papers, code) == first
    (code / "assistant" / "m.py").write_text("x = 2\n", encoding="utf-8")
    assert index_key(papers, code) == first  # answering code does not change the index
    (code / "ingest" / "m.py").write_text("x = 2\n", encoding="utf-8")
    second = index_key(papers, code)
    assert second != first
    (papers / "one.txt").write_text("changed", encoding="utf-8")
    assert index_key(papers, code) not in (first, second)


class FakeGovrag:
    """Records each command; eval writes a report with the figures given for its gold file."""

    def __init__(self, figures: dict[str, float]) -> None:
        self.figures = figures
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str], env: dict[str, str]) -> None:
        words = list(argv[3:])
        self.calls.append(words)
        if words[0] != "eval":
            return
        out = Path(words[words.index("--out") + 1])
        out.mkdir(parents=True)
        gold = Path(words[words.index("--gold") + 1]).name
        strict = self.figures[gold]
        report: dict[str, Any] = {
            "systems": {
                "govrag": {
                    "overall": {
                        "n": 10,
                        "strict_accuracy": strict,
                        "abstention_accuracy": 1.0,
                        "false_abstention_rate": 0.0,
                        "citation_grounding": 1.0,
                    }
                }
            },
            "conversations": None,
        }
        if "--conversations" in words:
            report["conversations"] = {
                "overall": {
                    "conversations": 4,
                    "conversations_correct": 3,
                    "conversation_accuracy": 0.75,
                    "turn_accuracy": 0.9,
                }
            }
        (out / "report.json").write_text(json.dumps(report), encoding="utf-8")


def test_sets_over_one_folder_share_one_index_and_the_gap_is_development_minus(
    tmp_path: Path,
) -> None:
    (tmp_path / "q2.jsonl").write_text("", encoding="utf-8")
    manifest = _manifest(
        tmp_path,
        [
            {**GOOD, "conversations": "c.jsonl"},
            {"name": "blind", "role": "blind", "papers": "papers", "questions": "q2.jsonl"},
        ],
    )
    fake = FakeGovrag({"q.jsonl": 1.0, "q2.jsonl": 0.8})
    rows = run_sets(load_manifest(manifest), tmp_path / "cache", tmp_path / "out", fake)
    assert [c[0] for c in fake.calls] == ["ingest", "eval", "eval"]
    assert "--conversations" in fake.calls[1] and "--conversations" not in fake.calls[2]
    assert [r["strict"] for r in rows] == [1.0, 0.8]
    assert gaps(rows) == [{"set": "blind", "papers": "papers", "strict": 0.2}]
    rendered = table(rows)
    assert "| dev | development | papers | 10 | 1.000 | 1.000 | 0.000 | 3/4 | 0.900 |" in rendered
    assert "| blind | papers | 0.200 | – |" in rendered
    # a second run finds the index ready and ingests nothing
    again = FakeGovrag({"q.jsonl": 1.0, "q2.jsonl": 0.8})
    run_sets(load_manifest(manifest), tmp_path / "cache", tmp_path / "out2", again)
    assert [c[0] for c in again.calls] == ["eval", "eval"]


def test_main_reports_bad_input_and_a_failed_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["--manifest", str(bad)]) == 2
    assert "cannot read the manifest" in capsys.readouterr().err

    def failing(argv: Sequence[str], env: dict[str, str]) -> None:
        raise SetFailed("ingest exited 3: no papers")

    manifest = _manifest(tmp_path, [GOOD])
    assert main(["--manifest", str(manifest), "--cache", str(tmp_path / "c")], run=failing) == 3
    assert "ingest exited 3: no papers" in capsys.readouterr().err


def test_a_failing_command_reports_the_tail_of_its_errors() -> None:
    script = (
        "import sys; print('first', file=sys.stderr); print('why', file=sys.stderr); sys.exit(4)"
    )
    with pytest.raises(SetFailed, match=r"exited 4: first\nwhy"):
        run_command([sys.executable, "-c", script], {})
