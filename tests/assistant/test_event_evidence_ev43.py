"""A refusal of a time, reason or decision the row never gives rests on the row's evidence
(issue 14): when a cell of the row answers — the reason of a delay in the cell reporting it,
the row's date cell mentioning the event, a premise the row corrects, a stated status of the
row's own action of taking it before a body — the row's answer stands
(``support/event_evidence``, used by ``support/event_bound`` and ``support/event_outcome``).
Wordings written here; the papers of ``data/papers/dev``."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.event_bound import event_words, fullest, says_only_time
from assistant.answers.support.event_evidence import (
    cell_cause,
    date_cell_binds,
    premise_corrected,
    status_answers,
)
from assistant.answers.support.event_outcome import asked_body
from assistant.answers.support.event_refusal import CLAUSE_HEAD, clipped
from assistant.service import Assistant
from assistant.text import stems
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def _row(**cells: str) -> ActionRecord:
    cells.setdefault("title", "Row")
    text = "\t".join(cells.values())
    return ActionRecord(
        id="log:4",
        document=DocumentRef(id="log", title="Action log", filename="log.pdf"),
        ordinal=4,
        source_text=text,
        source_start=0,
        source_end=len(text),
        **cells,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("cell", "mention", "gives"),
    [
        ("Training delayed by site closures.", "Training delayed by site closures", True),
        ("Behind schedule – staff shortages", "Behind schedule", True),
        ("Delayed; restructure of the team.", "Delayed", True),
        ("Procurement paused. Awaiting the national framework.", "Procurement paused", True),
        ("Go-live postponed to align with the new contract.", "Go-live postponed", True),
        # a span of time or a date is no cause; a bare report of the delay gives none
        ("Delayed by three months.", "Delayed by three months", False),
        ("Deferred by 31 March.", "Deferred by 31 March", False),
        ("Procurement paused.", "Procurement paused", False),
        ("Asset register procurement delayed.", "Asset register procurement delayed", False),
    ],
)
def test_the_reason_of_a_delay_in_the_cell_that_reports_it(
    cell: str, mention: str, gives: bool
) -> None:
    assert cell_cause(cell, mention) is gives


def test_the_rows_date_cell_that_mentions_the_event_dates_it() -> None:
    times = re.compile(r"\bQ[1-4]\s+\d{4}/\d{2}\b")
    row = _row(due_text="Q4 2020/21 - new booking system awaited", progress="Ongoing.")
    assert date_cell_binds(["new booking system awaited"], row, times, "when will it come?")
    # a time the question gives itself is no answer, nor a date cell that never mentions it
    assert not date_cell_binds(
        ["new booking system awaited"], row, times, "which quarter after Q4 2020/21?"
    )
    plain = _row(due_text="Q4 2020/21", progress="New booking system awaited.")
    assert not date_cell_binds(["New booking system awaited"], plain, times, "when?")


@pytest.mark.parametrize(
    ("kind", "question", "mention", "corrected"),
    [
        # a time to come asked of an event the row reports done
        ("when", "When will the interface be specified?", "Interface specified", True),
        ("when", "When is the new software going to arrive?", "New software installed", True),
        # a past time asked of an event the row reports not yet done
        ("when", "When was the model policy published?", "Awaiting the model policy", True),
        ("why", "Why was the survey delayed?", "Survey issued with no delay", True),
        # the premise holds: no answer in the mention, the refusal stands
        ("when", "When will the vacancy be filled?", "Not started: staff vacancy", False),
        ("when", "When is the new software expected?", "Awaiting new software", False),
        ("when", "When was it signed off?", "Signed off by the Chief Executive", False),
        ("why", "Why was the procurement paused?", "Procurement paused", False),
    ],
)
def test_a_premise_the_row_corrects(
    kind: str, question: str, mention: str, corrected: bool
) -> None:
    words = event_words(question, [], set())
    assert premise_corrected(kind, question, [mention], words) is corrected


def test_the_status_answers_when_taking_it_before_the_body_is_the_rows_own_action() -> None:
    row = _row(
        title="Risk strategy out of date",
        action="Present the revised risk strategy to the Audit Committee for approval.",
        status_text="Complete",
    )
    row.status = "complete"
    own = stems(" ".join([row.title, row.action or ""]))
    asked = asked_body("Did the Audit Committee approve the risk strategy?", [])
    assert asked is not None and asked[2]  # a yes or no
    assert status_answers(row, asked[0], ["risk", "strategi"], own)
    # another thing than the row's own work, or a body its action never names: not answered
    assert not status_answers(row, asked[0], ["outturn", "cost"], own)
    audit = _row(title="Board skills", action="Complete a skills audit of the Board.")
    audit.status = "complete"
    assert not status_answers(audit, ["board"], ["skill", "audit"], stems(audit.action or ""))
    # what a body decided is no yes or no: the status does not say it
    decided = asked_body("What did the Audit Committee decide about the strategy?", [])
    assert decided is not None and not decided[2]


def test_the_shared_clause_head_and_clipping() -> None:
    assert re.search(rf"{CLAUSE_HEAD}when\b", "ok and when is it?")
    assert re.search(rf"{CLAUSE_HEAD}when\b", "“when is it?”")
    assert not re.search(rf"{CLAUSE_HEAD}when\b", "since when")
    assert clipped("x" * 200).endswith("…") and len(clipped("x" * 200)) == 158
    assert clipped("short") == "short"


def test_a_future_asked_of_a_step_the_row_reports_done_is_answered(ask_bodies: Ask) -> None:
    """19/20-04's note: 'Interface specified; awaiting supplier.'"""
    answer = ask_bodies("When will the leavers' access interface be specified?")
    assert not answer.abstained and "Interface specified" in answer.answer, answer.answer


def test_a_step_the_row_reports_waiting_on_is_still_refused(ask_bodies: Ask) -> None:
    """AL-09's note: 'Awaiting new backup software.' — no date for it anywhere."""
    answer = ask_bodies("When is the new backup software for AL-09 expected to arrive?")
    assert answer.abstained and not answer.citations, answer.answer


def test_a_note_of_only_a_time_may_date_the_event_one_with_its_own_subject_does_not() -> None:
    assert says_only_time("Expected in March 2021")
    assert says_only_time("Go-live planned for June 2021")
    assert not says_only_time(
        "An additional survey of accessibility of buildings was carried out in November."
    )
    # words of the event or of the row's own work are no subject of the clause's own
    on_track = "We are on track to have reviewed 6 million records by March 2018."
    assert says_only_time(on_track, {"review", "record"})


def test_the_premise_is_read_from_the_mentions_naming_most_of_the_event() -> None:
    words = ["home", "offic", "releas", "drug", "data"]
    mentions = [
        "The Home Office released the necessary figures from the survey.",
        "In addition the Home Office has not yet made data available (re drugs).",
    ]
    assert fullest(mentions, words) == [mentions[1]]
    question = "when does the Home Office expect to release the drugs data?"
    assert premise_corrected("when", question, mentions[:1], words)  # the neighbour alone
    assert not premise_corrected("when", question, fullest(mentions, words), words)
