"""The bundled papers' name index, for analysis tests that read questions over them (a module
that builds its own ``name_index`` keeps it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import NameIndex
from ingest.extract import extract
from ingest.loaders import load_document

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"


@pytest.fixture(scope="module")
def name_index() -> NameIndex:
    docs = [extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    return NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])
