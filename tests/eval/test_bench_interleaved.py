"""eval.latency.interleaved: each question goes to every client in turn, the first alternating."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eval import latency
from eval.latency import interleaved, set_questions, slowest


class Recording:
    def __init__(self, name: str, calls: list[tuple[str, str, str]]) -> None:
        self.name = name
        self.calls = calls

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        self.calls.append((self.name, "ask", question))
        return {}

    def search(self, query: str, k: int = 8) -> list[Any]:
        self.calls.append((self.name, "search", query))
        return []


def test_questions_alternate_between_clients_and_each_is_summarised() -> None:
    calls: list[tuple[str, str, str]] = []
    a, b = Recording("a", calls), Recording("b", calls)
    report = interleaved([a, b], rounds=2, questions=["q1", "q2"])  # type: ignore[list-item]
    timed = [(name, q) for name, kind, q in calls[4:] if kind == "ask"]  # after the warm-up
    assert timed == [("a", "q1"), ("b", "q1"), ("b", "q2"), ("a", "q2")] * 2
    assert [r["client"] for r in report] == ["a", "b"]
    assert all(r["ask"]["n"] == 4 and r["search"]["n"] == 4 for r in report)
    assert set(report[0]["ask_by_question"]) == {"q1", "q2"}


def test_a_question_set_is_read_and_its_slowest_questions_ranked(tmp_path: Path) -> None:
    questions = tmp_path / "set.jsonl"
    questions.write_text('{"id": "x1", "question": "Who owns it?"}\n\n{"question": "When?"}\n')
    assert set_questions(questions) == ["Who owns it?", "When?"]
    assert slowest({"a": 3.0, "b": 90.5, "c": 12.0}, 2) == [
        {"question": "b", "ms": 90.5},
        {"question": "c", "ms": 12.0},
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1"}\n')
    with pytest.raises(SystemExit, match=r"bad\.jsonl:1"):
        set_questions(bad)


def test_the_sweep_times_each_question_of_the_set_and_lists_the_slowest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = tmp_path / "set.jsonl"
    questions.write_text('{"question": "q1"}\n{"question": "q2"}\n')
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(latency, "InProcessClient", lambda: Recording("in-process", calls))
    assert latency.main(["--questions", str(questions), "--rounds", "1", "--slowest", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["ask_by_question"]) == {"q1", "q2"}
    assert len(report["slowest"]) == 1 and report["slowest"][0]["question"] in {"q1", "q2"}
    assert [q for _, kind, q in calls if kind == "ask"] == ["q1", "q1", "q2"]  # warm-up, then each
