"""A paper's whole title written out in the question picks that paper, when another paper of
the same body was named too only by words they share (two years of one garden's audit
papers, development material); words the titles share keep both."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.extract import extract
from ingest.loaders import load_document

DEV3 = Path(__file__).resolve().parents[3] / "data" / "papers" / "dev3"


@pytest.fixture(scope="module")
def two_years() -> tuple[NameIndex, dict[str, str]]:
    docs = [extract(load_document(p)) for p in sorted(DEV3.glob("u0[12]_*"))]
    index = NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])
    return index, {d.info.title: d.info.id for d in docs}


def test_a_title_written_whole_picks_its_paper(two_years: tuple[NameIndex, dict[str, str]]) -> None:
    index, ids = two_years
    for title, paper in ids.items():
        q = analyse(f"What's the priority of PBG-23-11 in the {title}?", index)
        assert q.documents == [paper], title


def test_words_the_titles_share_name_both_papers(
    two_years: tuple[NameIndex, dict[str, str]],
) -> None:
    index, ids = two_years
    q = analyse("What's the priority of PBG-23-11 in the Pellingford audit papers?", index)
    assert set(q.documents) == set(ids.values())
