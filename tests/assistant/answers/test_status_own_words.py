"""A list row's status is followed by the paper's own label when the paper states one in other
words than the register's state ('In hand', 'Amber', 'Not yet due'): a question asking where a
row stands is often answered in that label. Invented rows; no index."""

from __future__ import annotations

from typing import Literal, cast

from assistant.answers.support.recordtext import record_line
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord, DocumentInfo, Status

_DOC = DocumentInfo(id="d", filename="d.csv", format="csv", sha256="d", title="Tracker")
_BUILDER = cast(CitationBuilder, None)
StatusBasis = Literal["stated", "inferred", "none"]


def _row(status: Status, text: str | None, basis: StatusBasis = "stated") -> ActionRecord:
    title = "Glasshouse heating controls are not serviced."
    return ActionRecord(
        id="d:G4",
        document=_DOC.ref(),
        ref="G4",
        ordinal=1,
        title=title,
        status=status,
        status_text=text,
        status_basis=basis,
        source_text=title,
        source_start=0,
        source_end=len(title),
    )


def test_a_stated_label_in_other_words_follows_the_state() -> None:
    line = record_line(_row("ongoing", "In hand"), _BUILDER, None, None)
    assert "status: ongoing (“In hand”)" in line
    assert "status: not started (“Amber”)" in record_line(
        _row("not_started", "Amber"), _BUILDER, None, None
    )


def test_the_states_own_word_a_long_note_or_an_inferred_state_add_nothing() -> None:
    for row in (
        _row("ongoing", "Ongoing"),
        _row("not_started", "Not started"),
        _row("ongoing", "Work has begun with the estates team and a contractor is being sought"),
        _row("complete", "Serviced in May", basis="inferred"),
    ):
        line = record_line(row, _BUILDER, None, None)
        assert "(“" not in line, line
