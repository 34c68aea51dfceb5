"""A year and a row noun ('the 2023 recommendations') name the papers of that year, not the one
section whose heading happens to hold the year ('Ferry Inspection 2023 (Recommendations)'): the
rows of every section of those papers stay in scope. Papers and rows are invented
(assistant.analysis.names)."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(
    id="plan",
    filename="plan.txt",
    format="txt",
    sha256="p",
    title="Quayhithe Ferry Board Action Plan",
    organisation="Quayhithe Ferry Board",
    date="2023-06-01",
    year=2023,
)
_ROWS = [  # ref, section, owner
    ("A1", "Audit Committee Recommendations", "Ferry Master"),
    ("A2", "Audit Committee Recommendations", "Harbour Engineer"),
    ("I1", "Ferry Inspection 2023 (Recommendations)", "Ferry Master"),
]


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"plan:{ref}",
            document=_DOC.ref(),
            section=section,
            ref=ref,
            ordinal=n,
            title=f"Row {ref}",
            owner=owner,
            source_text=ref,
            source_start=0,
            source_end=len(ref),
            year=2023,
        )
        for n, (ref, section, owner) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([_DOC], records)


def test_a_year_and_a_row_noun_name_no_section() -> None:
    q = analyse("Which of the 2023 recommendations does the Ferry Master own?", _index())
    assert q.section != "Ferry Inspection 2023 (Recommendations)"


def test_the_sections_own_words_still_name_it() -> None:
    q = analyse("Which ferry inspection 2023 recommendations does the Ferry Master own?", _index())
    assert q.section == "Ferry Inspection 2023 (Recommendations)"
