"""A record's sentences across reports: of two on the subject, the one that also says the
question's other content words is shown (invented record)."""

from __future__ import annotations

from assistant.answers.support.excerpts import sentences
from ingest.model import ActionRecord, DocumentRef

ACTION = "Quarterly reports go to the Harbour Board on audit recommendations still open."
PROGRESS = "Harbour staff meet the Internal Audit team each month to agree their plans."
TEXT = f"{ACTION} {PROGRESS}"


def _record() -> ActionRecord:
    return ActionRecord(
        id="pier:1", document=DocumentRef(id="pier", title="Pier plan", filename="pier.txt"),
        ordinal=1, title="Pier audit", action=ACTION, progress=PROGRESS,
        columns={"Action": ACTION, "Progress": PROGRESS},
        source_text=TEXT, source_start=0, source_end=len(TEXT),
    )  # fmt: skip


def test_the_sentence_saying_the_question_s_other_words_comes_first() -> None:
    subject = {"audit": 1.0}  # the subject: 'audit'; asked: 'tracking audit recommendations'
    asked = {"audit": 1.0, "recommend": 1.2, "track": 2.0}
    assert ACTION in [text for text, _ in sentences(_record(), subject, 1, asked)]
    # without the question's words, the neighbour (what is being done) is shown alone
    assert [text for text, _ in sentences(_record(), subject, 1)] == [PROGRESS]


def test_a_sentence_that_goes_on_from_a_shown_one_is_shown_with_it() -> None:
    progress = (
        "The Quay Lighting Workstream will take this forward. "
        "The workstream is still gathering quotes. Budgets are set each April."
    )
    text = f"{ACTION} {progress}"
    record = ActionRecord(
        id="pier:2", document=DocumentRef(id="pier", title="Pier plan", filename="pier.txt"),
        ordinal=2, title="Quay lights", action=ACTION, progress=progress,
        columns={"Action": ACTION, "Progress": progress},
        source_text=text, source_start=0, source_end=len(text),
    )  # fmt: skip
    shown = [t for t, _ in sentences(record, {"light": 1.0}, 3)]
    assert "The workstream is still gathering quotes." in shown  # 'The workstream' points back
    assert "Budgets are set each April." not in shown  # a new subject does not


def _progress_record(progress: str) -> ActionRecord:
    text = f"{ACTION} {progress}"
    return ActionRecord(
        id="pier:3", document=DocumentRef(id="pier", title="Pier plan", filename="pier.txt"),
        ordinal=3, title="Pier safety", action=ACTION, progress=progress,
        columns={"Action": ACTION, "Progress": progress},
        source_text=text, source_start=0, source_end=len(text),
    )  # fmt: skip


def test_a_sentence_saying_a_shown_phrase_again_gives_way_to_one_that_adds_a_body() -> None:
    """Three sentences say 'safety checks' again; the one naming the board that now holds the
    subject is shown among the three, not the third repeat."""
    named = (
        "In line with the plan, the Quay Operations Board (QOB) now oversees the safety register."
    )
    for progress in (
        "Staff will improve safety checks on the pier. Teams carry out safety checks weekly. "
        f"Managers review safety checks in their areas. {named}",
        "Contractors now log safety checks daily. Wardens repeat safety checks at night. "
        f"Safety checks are also done by volunteers. {named}",
        "The harbour master promotes safety checks. Crews complete safety checks before "
        f"sailing. Inspectors sample safety checks each month. {named}",
    ):
        weights = {"safeti": 1.2, "check": 1.0, "berth": 0.6}
        shown = [t for t, _ in sentences(_progress_record(progress), weights, 3)]
        assert named in shown, progress
