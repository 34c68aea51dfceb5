"""eval.latency.interleaved: each question goes to every client in turn, the first alternating."""

from __future__ import annotations

from typing import Any

from eval.latency import interleaved


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
