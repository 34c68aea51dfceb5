"""eval.rescore: stored answers re-decided with the current fact matching, every other
condition of strictness kept as stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.gold import GoldQuestion
from eval.rescore import main, rescore_report, strict_again


def _gold(
    facts: tuple[tuple[str, ...], ...] = (("3 recommendations",),), **kw: Any
) -> GoldQuestion:
    base: dict[str, Any] = dict(
        id="q1",
        question="How many?",
        type="count",
        answerable=True,
        facts=facts,
        records=(),
        sources=("a.txt",),
    )
    base.update(kw)
    return GoldQuestion(**base)


def _item(answer: str, strict: bool = False, **kw: Any) -> dict[str, Any]:
    return {"strict": strict, "answer": answer, "abstained": False, "citations": 1, **kw}


def test_a_fact_in_bold_is_now_found_and_other_conditions_are_kept() -> None:
    bold = "**3** recommendations in the plan [1]."
    assert strict_again(_item(bold), _gold())
    assert not strict_again(_item(bold, abstained=True), _gold())  # a refusal stays wrong
    assert not strict_again(_item(bold, citations=0), _gold())  # uncited stays wrong
    assert not strict_again(_item(bold, error="timeout"), _gold())
    assert not strict_again(_item("**4** recommendations [1]."), _gold())  # a wrong count
    low = _item(bold, set_precision=0.2)
    assert not strict_again(low, _gold(records=("d:R1",)))  # buried in a larger set
    refused = {"strict": True, "answer": "The record does not cover this.", "citations": 0}
    assert strict_again(refused, _gold(facts=(), answerable=False, type="unanswerable"))


def test_a_report_is_counted_before_and_after(tmp_path: Path) -> None:
    report = {
        "questions": [{"id": "q1", "govrag": _item("**3** recommendations [1].")}],
        "conversations": {
            "items": [
                {"id": "c1", "correct": False, "turns": [_item("**3** recommendations [1].")]}
            ]
        },
    }
    turn = _gold(id="c1.1")
    counts = rescore_report(report, [_gold()], {"c1": [turn]})
    assert counts["questions_was"] == 0 and counts["questions"] == 1
    assert counts["conversations_was"] == 0 and counts["conversations"] == 1
    assert report["conversations"]["items"][0]["correct"] is True

    manifest = tmp_path / "sets.json"
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "q1",
                "question": "How many?",
                "type": "count",
                "answerable": True,
                "facts": [["3 recommendations"]],
                "records": [],
                "sources": ["a.txt"],
            }
        )
        + "\n"
    )
    manifest.write_text(
        json.dumps(
            {"sets": [{"name": "s", "role": "blind", "papers": ".", "questions": "q.jsonl"}]}
        )
    )
    out = tmp_path / "out" / "s"
    out.mkdir(parents=True)
    (out / "report.json").write_text(
        json.dumps({"questions": [{"id": "q1", "govrag": _item("**3** recommendations [1].")}]})
    )
    assert (
        main(
            [
                "--out",
                str(tmp_path / "out"),
                "--manifest",
                str(manifest),
                "--write",
                str(tmp_path / "again"),
            ]
        )
        == 0
    )
    again = json.loads((tmp_path / "again" / "s" / "report.json").read_text())
    assert again["questions"][0]["govrag"]["strict"] is True
