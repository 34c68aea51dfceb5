"""A paper whose title ends in its number named by its ordinal (analysis.numbered_titles)."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.numbered_titles import ordinal_names
from ingest.model import DocumentInfo


def test_a_numbered_title_is_named_by_its_ordinal_in_figures_and_words() -> None:
    assert ordinal_names("Internal audit recommendations: progress report 5") == [
        "5th report",
        "fifth report",
        "5th progress report",
        "fifth progress report",
    ]
    assert ordinal_names("Tracker 2")[:2] == ["2nd tracker", "second tracker"]
    assert ordinal_names("Update 11")[0] == "11th update"
    # no number at its end, or a year: no ordinal
    assert ordinal_names("Annual governance statement") == []
    assert ordinal_names("Audit plan 2019") == []


def _paper(n: int) -> DocumentInfo:
    return DocumentInfo(
        id=f"r{n}", filename=f"r{n}.md", format="md", sha256=f"r{n}",
        title=f"Internal audit recommendations: progress report {n}",
        organisation="Thornbury Fields Trust", year=2025,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("in the 5th report, who owns the scheme of delegation review?", "r5"),
        ("what does the sixth report say about lone working?", "r6"),
        ("who owns R1 in the third progress report?", "r3"),
    ],
)
def test_the_ordinal_names_that_paper_only(question: str, paper: str) -> None:
    index = NameIndex.from_records([_paper(n) for n in range(1, 7)], [])
    assert analyse(question, index).documents == [paper]
