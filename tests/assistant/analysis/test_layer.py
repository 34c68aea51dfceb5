"""The analyser is the bottom layer of the question path: what it may import, and where."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import assistant.analysis

PACKAGE = Path(assistant.analysis.__file__).parent
ALLOWED = ("assistant.analysis", "assistant.text", "ingest", "pydantic")
# The search side's tokenising and ref rule, so that topic terms and refs are what search matches.
ALLOWED_NAMES = {
    ("vectorstore.bm25", "query_terms"),
    ("vectorstore.identifiers", "identifiers"),
    ("vectorstore.identifiers", "as_held"),
    ("vectorstore.identifiers", "ref_shaped"),
    ("vectorstore.identifiers", "tokens_with_joins"),
}


def _imports() -> list[tuple[str, ast.Import | ast.ImportFrom, bool]]:
    found = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append((path.name, node, id(node) in top))
    return found


def test_every_import_is_at_the_top_of_its_module() -> None:
    inner = [(name, node.lineno) for name, node, at_top in _imports() if not at_top]
    assert not inner


def test_it_imports_only_the_text_module_ingest_and_the_standard_library() -> None:
    wrong = []
    for name, node, _ in _imports():
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            pairs = [(module, alias.name) for alias in node.names]
        else:
            pairs = [(alias.name, "") for alias in node.names]
        for module, imported in pairs:
            root = module.split(".")[0]
            if root in sys.stdlib_module_names or module == "__future__":
                continue
            if any(module == a or module.startswith(a + ".") for a in ALLOWED):
                continue
            if (module, imported) in ALLOWED_NAMES:
                continue
            wrong.append(f"{name}: {module}.{imported}")
    assert not wrong
