"""Every golden answer is still given, byte for byte (see capture.py)."""

from __future__ import annotations

import json

import pytest

from assistant.service import Assistant
from tests.golden.capture import GOLDEN, answer_line, golden_questions

pytestmark = pytest.mark.slow


def test_the_golden_file_covers_every_gold_and_readme_question() -> None:
    saved = [json.loads(line)["question"] for line in GOLDEN.read_text().splitlines()]
    assert saved == golden_questions()
    assert len(saved) >= 90


def test_every_answer_is_unchanged(real_services: object) -> None:
    assistant = Assistant(real_services)  # type: ignore[arg-type]
    changed = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        question = json.loads(line)["question"]
        if answer_line(assistant, question) != line:
            changed.append(question)
    assert not changed, f"{len(changed)} answers changed, e.g. {changed[:3]}"
