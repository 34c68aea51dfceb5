"""A word's stem is the same in every process: a term that splits into two words (a possessive,
"body's") once took whichever of its stems a set gave first, which changed with Python's hash
seed, and with it which words of a question were read as a phrase to narrow a list by."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.text import stem_of

ROOT = Path(__file__).resolve().parents[2]
TERMS = ["body's", "Treasurer's", "o'clock", "risk-based", "audit"]


def test_a_split_term_stems_to_its_first_word() -> None:
    assert stem_of("body's") == stem_of("body")
    assert stem_of("Treasurer's") == stem_of("treasurer")
    assert stem_of("---") == "---"


def test_stems_do_not_depend_on_the_hash_seed() -> None:
    script = f"from assistant.text import stem_of; print([stem_of(t) for t in {TERMS!r}])"
    seen = set()
    for seed in ("1", "2", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        seen.add(done.stdout.strip())
    assert len(seen) == 1, seen
