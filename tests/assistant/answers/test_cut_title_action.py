"""A list row whose title is cut short is named by its agreed action's opening too: a long
finding's opening may never reach its subject. Invented rows; no index (the builder cites
nothing without a chunk)."""

from __future__ import annotations

from typing import cast

from assistant.answers.support.recordtext import record_line
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(id="d", filename="d.docx", format="docx", sha256="d", title="Log")
_BUILDER = cast(CitationBuilder, None)


def _row(title: str, action: str) -> ActionRecord:
    return ActionRecord(
        id="d:7",
        document=_DOC.ref(),
        ref="7",
        ordinal=1,
        title=title,
        action=action,
        source_text=title,
        source_start=0,
        source_end=len(title),
    )


def test_a_cut_title_carries_the_actions_opening() -> None:
    row = _row(
        "The review of the kiln room found a number of areas where arrangements could…",
        "Reseal the kiln room doors and log every firing in the studio register\nTrain staff",
    )
    line = record_line(row, _BUILDER, None, None)
    assert "(action: Reseal the kiln room doors and log every firing in the studio…)" in line
    assert "Train staff" not in line


def test_a_whole_title_or_one_the_action_opens_is_left_alone() -> None:
    whole = record_line(_row("Kiln doors unsealed.", "Reseal the doors."), _BUILDER, None, None)
    assert "action:" not in whole
    same = _row("Reseal the kiln room doors and log every firing in…", "Reseal the kiln room doors")
    assert "action:" not in record_line(same, _BUILDER, None, None)
