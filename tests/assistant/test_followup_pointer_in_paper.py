"""'What did the 2017 report say about how that's going?' after rows of several papers on one
issue: the pointer is the row shown of the paper the question names (of several rows of that
paper, the one nearest the subject asked of); a pronoun that is the subject of a reported
clause ('how it's going', 'whether it was done') makes the turn a follow-up. My own wordings
over the bundled record."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.followup_forms import looks_like_follow_up
from assistant.paper_pick import pointer_in_paper
from assistant.service import Assistant


def _row(assistant: Assistant, ref: str, year: str):  # type: ignore[no-untyped-def]
    return next(
        r
        for r in assistant.register.all()
        if r.ref == ref and year in f"{r.document.title} {r.document.date or ''}"
    )


def _across(assistant: Assistant) -> Previous:
    rows = [
        _row(assistant, "R5", "2001/2"),  # 2002: principles for partner working
        _row(assistant, "3", "2007/08"),  # partnership governance
        _row(assistant, "8", "2017"),  # strategic partnerships
        _row(assistant, "2", "2017"),  # another 2017 area
    ]
    return Previous(
        "Which rows deal with working with partners?", rows, ["R5", "item 3", "item 8", "item 2"]
    )


def _organisation(document_id: str) -> str:
    return ""


@pytest.mark.parametrize(
    "asked",
    [
        "What did the 2017 report say about how that's going?",
        "and in the 2017 report, whether it had a lead yet?",
    ],
)
def test_the_row_of_the_named_paper(assistant: Assistant, asked: str) -> None:
    resolved = pointer_in_paper(asked, _across(assistant), assistant.register, _organisation)
    assert resolved is not None and "item 8" in resolved


def test_a_paper_with_no_row_shown_or_no_paper_named(assistant: Assistant) -> None:
    previous = _across(assistant)
    register = assistant.register
    assert (
        pointer_in_paper("What did the 2009 plan say about it?", previous, register, _organisation)
        is None
    )
    assert pointer_in_paper("how is it going?", previous, register, _organisation) is None
    # 'that report' is the paper, not a row of it
    assert (
        pointer_in_paper("who wrote that 2017 report?", previous, register, _organisation) is None
    )


def test_one_paper_shown_is_no_switch(assistant: Assistant) -> None:
    rows = [_row(assistant, "8", "2017"), _row(assistant, "2", "2017")]
    previous = Previous("which areas lack a lead?", rows, ["item 8", "item 2"])
    assert (
        pointer_in_paper(
            "what did the 2017 report say about it?", previous, assistant.register, _organisation
        )
        is None
    )


@pytest.mark.parametrize(
    "asked",
    [
        "What did the 2017 report say about how that's going?",
        "did the follow-up paper say whether it was finished?",
    ],
)
def test_a_pronoun_subject_of_a_reported_clause_points_back(asked: str) -> None:
    assert looks_like_follow_up(asked)


def test_a_reported_clause_with_its_own_subject_does_not() -> None:
    assert not looks_like_follow_up(
        "What did the 2017 report say about how partnership governance was going?"
    )
