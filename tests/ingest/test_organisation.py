"""The body a paper belongs to is read from its own text, whoever wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import load_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("# Actions update\n\n**Body:** Tamar Vale Homes  \n**Committee:** Audit\n", "Tamar Vale Homes"),
        ("Tracker\n\nOrganisation Severnside Fire and Rescue Authority Committee Audit\n", "Severnside Fire and Rescue Authority"),
        ("Audit report\n\nAshcombe District Council\n\nThe council agreed the actions.\n", "Ashcombe District Council"),
        ("Progress report\n\nVisitor Services Manager to act.\n", None),  # a role, not a body
    ],
)  # fmt: skip
def test_the_body_is_read_from_the_paper(tmp_path: Path, text: str, body: str | None) -> None:
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    assert extract(load_document(path)).info.organisation == body


def test_the_bundled_papers_name_their_bodies() -> None:
    found = {
        p.stem[:3]: extract(load_document(p)).info.organisation
        for p in sorted((ROOT / "data" / "sample").glob("*.txt"))
    }
    assert found == {"000": "MPS", "001": "MPS", "002": "MPS", "003": "MOPAC", "004": "MPS"}
