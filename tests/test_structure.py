"""The code's shape, checked in every test run (CI runs `make test`, not `make lint`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import structure

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold() -> None:
    """Layers, independent composers and no cycles (pyproject.toml, import-linter)."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        found = shutil.which("lint-imports")
        if found is None:
            pytest.fail("import-linter is not installed (it is in the dev extra)")
        lint_imports = Path(found)
    run = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout[-4000:]
    assert "BROKEN" not in run.stdout and run.stdout.count("KEPT") >= 4


def test_no_nested_imports_no_sql_outside_the_catalog_no_long_modules() -> None:
    assert structure.problems() == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text(
        "import os\ndef f(conn):\n    import json\n    return conn.execute('SELECT 1')\n"
    )
    original = structure.ROOT
    structure.ROOT = tmp_path
    try:
        assert structure.nested_imports(sample) == ["m.py:3"]
        assert structure.sql_outside_the_catalog(sample) == ["m.py:4", "m.py:4"]  # call, text
        for folder in ("assistant", "ingest/loaders", "vectorstore"):
            (tmp_path / folder).mkdir(parents=True)
            (tmp_path / folder / "short.py").write_text("x = 1\n" * structure.MAX_LINES)
            (tmp_path / folder / "long.py").write_text("x = 1\n" * (structure.MAX_LINES + 1))
        (tmp_path / "eval").mkdir()
        (tmp_path / "eval" / "long.py").write_text("x = 1\n" * (structure.MAX_LINES + 1))
        assert structure.long_modules() == [
            f"assistant/long.py ({structure.MAX_LINES + 1} lines)",
            f"ingest/loaders/long.py ({structure.MAX_LINES + 1} lines)",
            f"vectorstore/long.py ({structure.MAX_LINES + 1} lines)",
        ]
    finally:
        structure.ROOT = original
