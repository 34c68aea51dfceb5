"""A heading of the rows whose name is only part of their table's title ('Marine safety' rows in
a table titled 'Ferry Board Tracker - Tickets and Marine Safety') names the heading, not the
table: 'the Quayhithe marine safety actions' are the rows so headed; the title's longer words
('the tickets and marine safety tracker') still name the table. Rows are invented
(assistant.analysis.named_scope)."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_TITLE = "Quayhithe Ferry Board: Tracker - Tickets and Marine Safety"
_DOC = DocumentInfo(
    id="ferry",
    filename="ferry.xlsx",
    format="xlsx",
    sha256="f",
    title=_TITLE,
    organisation="Quayhithe Ferry Board",
    date="2024-05-01",
    year=2024,
)
_ROWS = [("QF-1", "Tickets"), ("QF-2", "Marine safety"), ("QF-3", "Marine safety")]


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"ferry:{ref}",
            document=_DOC.ref(),
            section=_TITLE,
            category=category,
            ref=ref,
            ordinal=n,
            title=f"Row {ref}",
            source_text=ref,
            source_start=0,
            source_end=len(ref),
            year=2024,
        )
        for n, (ref, category) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([_DOC], records)


@pytest.mark.parametrize(
    "question",
    [
        "Which Quayhithe ferry marine safety actions are open?",
        "Which of QF-1, QF-2 and QF-3 are about marine safety?",
    ],
)
def test_a_heading_inside_a_title_names_the_heading(question: str) -> None:
    assert analyse(question, _index()).category == "Marine safety", question


def test_more_of_the_title_still_names_the_table() -> None:
    q = analyse(
        "Which actions in the Quayhithe tickets and marine safety tracker are open?", _index()
    )
    assert q.category is None


def test_the_heading_is_kept_out_of_the_titles_words() -> None:
    from assistant.analysis.named_scope import _without_part_categories

    said = "Which Quayhithe ferry marine safety actions are open?"
    blanked = _without_part_categories(said, _index())
    assert "marine safety" not in blanked.lower() and "Quayhithe ferry" in blanked
    longer = "Which actions in the tickets and marine safety tracker are open?"
    assert _without_part_categories(longer, _index()) == longer
