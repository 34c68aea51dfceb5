"""Asked where each paper's row stood, a row shows its sentence that says its state even when
that sentence lacks the subject's words (support.excerpts.state_sentence). Invented row."""

from __future__ import annotations

from assistant.answers.support.excerpts import state_sentence
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(id="d", filename="d.txt", format="txt", sha256="d", title="Review")


def _row() -> ActionRecord:
    done = "The kennel team was merged with the cattery team last spring to form Animal Care."
    state = "This area is still very much in a redesign phase and remains a concern."
    text = f"Kennel hygiene {done} {state}"
    return ActionRecord(
        id="d:3",
        document=_DOC.ref(),
        ref="3",
        ordinal=1,
        title="Kennel hygiene",
        progress=f"{done} {state}",
        source_text=text,
        source_start=0,
        source_end=len(text),
        columns={"Area": "Kennel hygiene", "Progress": f"{done} {state}"},
    )


def test_the_sentence_saying_the_state_is_found() -> None:
    found = state_sentence(_row(), set())
    assert found is not None and found[0].startswith("This area is still")


def test_a_sentence_already_shown_is_not_repeated() -> None:
    row = _row()
    first = state_sentence(row, set())
    assert first is not None
    assert state_sentence(row, {first[1]}) is None
