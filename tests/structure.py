"""Rules of the code's shape that import-linter does not check, run by `make lint` and by
tests/test_structure.py:

* no import inside a function (or class body) under ``assistant/analysis/`` and
  ``assistant/answers/``: their dependencies are all visible at the top of each module;
* no SQL outside ``vectorstore/`` (the catalog is read through its methods);
* no module of ``assistant/``, ``ingest/`` or ``vectorstore/`` over 600 lines.

Usage::

    .venv/bin/python -m tests.structure
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP_LEVEL_IMPORTS_ONLY = ("assistant/analysis", "assistant/answers")
PRODUCT = ("assistant", "ingest", "eval")  # vectorstore/ may speak SQL
SIZED = ("assistant", "ingest", "vectorstore")  # no module over MAX_LINES
MAX_LINES = 600
_SQL_CALLS = {"execute", "executemany", "executescript"}
_SQL_TEXT = re.compile(  # a statement, not the HTTP method "DELETE"
    r"^\s*(?:(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\s+\S|"
    r"(?:BEGIN|COMMIT|ROLLBACK)\b)"
)


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def nested_imports(path: Path) -> list[str]:
    """``path:line`` of every import that is not at a module's top level (``if TYPE_CHECKING``
    blocks and ``try`` around an optional import count as top level)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def visit(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = nested or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            )
            if isinstance(child, ast.Import | ast.ImportFrom) and nested:
                found.append(f"{path.relative_to(ROOT)}:{child.lineno}")
            visit(child, inside)

    visit(tree, False)
    return found


def sql_outside_the_catalog(path: Path) -> list[str]:
    """``path:line`` of a database call or an SQL statement in a string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        database_call = (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _SQL_CALLS
        )
        statement = (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _SQL_TEXT.match(node.value) is not None
        )
        if database_call or statement:
            found.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}")
    return found


def long_modules() -> list[str]:
    """``path (N lines)`` of every module of assistant/, ingest/ and vectorstore/ over the
    limit."""
    out = []
    for folder in SIZED:
        for path in _python_files(folder):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES:
                out.append(f"{path.relative_to(ROOT)} ({lines} lines)")
    return out


def problems() -> list[str]:
    found = []
    for folder in TOP_LEVEL_IMPORTS_ONLY:
        for path in _python_files(folder):
            found += [f"import inside a function: {where}" for where in nested_imports(path)]
    for folder in PRODUCT:
        for path in _python_files(folder):
            found += [f"SQL outside vectorstore/: {w}" for w in sql_outside_the_catalog(path)]
    found += [f"module over {MAX_LINES} lines: {m}" for m in long_modules()]
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    print(f"structure: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
