"""A paper named by its place in the date order of one body's papers, relative to the paper the
turn before rested on ('the report that followed it', 'the plan before that', 'in the next
tracker'), is that body's nearest paper that way; a row numbered alike in it is the same row
only when it is about the same thing (made-up papers and rows, no index)."""

from __future__ import annotations

from typing import cast

import pytest

from assistant.register import Register
from assistant.year_shift import relative_year, shift_year, shifted
from tests.assistant.test_followup_focus import record
from tests.assistant.test_followup_year_shift import PAPERS, _Register, about, row


@pytest.mark.parametrize(
    ("question", "doc_id", "text"),
    [
        ("So what did the update that followed it say?", "m23", "So what did the 2023 update say"),
        ("and in the log that came after that?", "m23", "and in the 2023 log"),
        ("What does the plan after this one say about it?", "m23", "What does the 2023 plan"),
        ("is it still open in the next tracker?", "m23", "is it still open in the 2023 tracker"),
        ("what about the statement which preceded it?", "m21", "what about the 2021 statement"),
        ("Had the version before that closed it?", "m21", "Had the 2021 version closed it"),
        ("What did the paper that came before say?", "m21", "What did the 2021 paper say"),
    ],
)
def test_a_paper_named_by_its_order_is_the_nearest_that_way(
    question: str, doc_id: str, text: str
) -> None:
    before = about([row("MT-3", PAPERS[1])])
    shift = shift_year(question, before, PAPERS)
    assert shift is not None and shift.document.id == doc_id, question
    assert shift.question.startswith(text), shift.question


@pytest.mark.parametrize(
    "question",
    [
        "when is the next tracker due to be published?",  # one to come, not one held
        "and the one after that?",  # a pick from a list
        "what did the previous answer mean?",
        "who wrote the report that followed the 2021 review?",  # a year named: that one
    ],
)
def test_other_phrases_move_no_paper(question: str) -> None:
    before = about([row("MT-3", PAPERS[1])])
    assert relative_year(question) is None or shift_year(question, before, PAPERS) is None


def test_a_bare_number_in_the_next_paper_is_the_row_only_when_about_the_same() -> None:
    old = record(
        "4",
        id="m22:4",
        document=PAPERS[1].ref(),
        year=2022,
        title="Reconcile the cash book to the bank each month",
    )
    unlike = record(
        "4", id="m23:4", document=PAPERS[2].ref(), year=2023, title="Publish the staff survey"
    )
    alike = record(
        "4",
        id="m23:4b",
        document=PAPERS[2].ref(),
        year=2023,
        title="Reconcile the cash book to the bank monthly",
    )
    for rows, expected in (([old, unlike], []), ([old, alike], ["m23:4b"])):
        register = cast(Register, _Register(rows))
        moved = shifted("and in the tracker that followed it?", about([old]), PAPERS, register)
        assert moved is not None
        _, previous = moved
        kept = [r.id for r in previous.records] if previous is not None else []
        assert (kept if expected else [i for i in kept if i != "m22:4"]) == expected, kept


def test_that_issue_in_a_paper_without_the_row_is_the_users_own_topic() -> None:
    old = record("MT-9", id="m22:MT-9", document=PAPERS[1].ref(), year=2022, title="Grit bins")
    register = cast(Register, _Register([old]))
    before = about([old], "What did the 2022 tracker say about the grit bins")
    before.focus = "the grit bins in the 2022 tracker"
    moved = shifted(
        "Was that issue still open in the tracker that followed it?", before, PAPERS, register
    )
    assert moved is not None
    question, previous = moved
    assert question == "Was the grit bins still open in the 2023 tracker?"
    assert previous is not None and previous.records == []  # no row of the paper before
    # a row of that paper keeps 'that issue' for the usual rules (it is the row there)
    again = record("MT-9", id="m23:MT-9", document=PAPERS[2].ref(), year=2023, title="Grit bins")
    both = cast(Register, _Register([old, again]))
    kept = shifted(
        "Was that issue still open in the tracker that followed it?", before, PAPERS, both
    )
    assert kept is not None and ("that issue" in kept[0] or "MT-9" in kept[0])
