"""The golden answers: the full JSON answer (less ``timings_ms``) to every question of
``eval/gold.jsonl`` and every ``govrag ask "…"`` of the README, over the bundled record with
the real model and the default answerer.

Issue 13 moves the question path between modules without changing a single answer; the test
beside this file asks every question again and compares the JSON byte for byte.

Usage (writes ``tests/golden/answers.jsonl``; only when an answer is meant to change)::

    .venv/bin/python -m tests.golden.capture
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).with_name("answers.jsonl")


def golden_questions() -> list[str]:
    """The gold questions, then the README's, each once, in file order."""
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    questions += re.findall(r'govrag ask "([^"]+)"', readme)
    return list(dict.fromkeys(questions))


def answer_line(assistant: Any, question: str) -> str:
    """One golden line: the question and its answer as JSON, keys sorted, no timings."""
    answer = assistant.ask(question).model_dump(mode="json")
    answer.pop("timings_ms", None)
    return json.dumps({"question": question, "answer": answer}, sort_keys=True, ensure_ascii=False)


def main() -> int:
    from assistant.container import Services
    from assistant.service import Assistant
    from assistant.settings import load_settings

    index = Path(tempfile.mkdtemp(prefix="govrag-golden-"))
    try:
        services = Services(load_settings(index_dir=index))
        result = services.indexer.ingest_paths([ROOT / "data" / "sample"])
        assert not result.skipped, result.skipped
        assistant = Assistant(services)
        lines = [answer_line(assistant, q) for q in golden_questions()]
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
        services.catalog.close()
    finally:
        shutil.rmtree(index, ignore_errors=True)
    print(f"wrote {len(lines)} answers to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
