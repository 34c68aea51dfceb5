"""Follow-ups over the bundled record: a ref several papers have is read in the paper the
conversation is in (or the series it is in), and 'the other one' is what the list the last
turn picked from leaves — on page history and on plain-text history alike."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow

PROPERTY = "Which PURE recommendations does the Director of Property Services own?"


@pytest.mark.parametrize("plain", [False, True])
def test_a_shared_ref_stays_in_the_paper_and_the_other_one_is_left(
    assistant: Assistant, plain: bool
) -> None:
    listed, r10, other = converse(
        assistant, PROPERTY, "Is R10 complete?", "What about the other one?", plain=plain
    )
    assert [r.ref for r in listed.answer.records] == ["R10", "R11"]
    assert "R10 in the MPS Action Plan for PURE/SRL" in r10.standalone
    assert [r.id for r in r10.answer.records] == ["002_93be34f48625d430-txt:R10"]
    assert "R11" in other.standalone and "R10" not in other.standalone
    assert [r.ref for r in other.answer.records] == ["R11"]


def test_a_bare_ref_after_a_series_ref_is_of_that_series(assistant: Assistant) -> None:
    _, third = converse(assistant, "Who owns HMIC R1?", "And R3?")
    assert third.standalone == "Who owns HMIC R3?"


def test_a_ref_in_a_turn_naming_its_paper_is_left_alone(assistant: Assistant) -> None:
    _, named = converse(
        assistant, "Who owns R21 in the PURE plan?", "Who owns R3 in the District Auditor report?"
    )
    assert named.rewritten is False


def test_a_column_named_by_its_header_is_quoted(assistant: Assistant) -> None:
    _, risk = converse(
        assistant,
        "Who is the strategic partnerships lead in the 2017 report?",
        "What is the residual risk for it?",
    )
    assert "item 8" in risk.standalone
    assert "There is no clear Met lead for some strategic partnerships" in risk.answer.answer


def test_the_other_record_an_owner_holds_is_picked_from_that_owners_records(
    assistant: Assistant,
) -> None:
    # no list before to pick from: the other of the owner's records in the same paper
    for plain in (False, True):
        _, other = converse(
            assistant,
            "Who owns R11 in the PURE plan?",
            "Is the other recommendation owned by the Director of Property Services complete?",
            plain=plain,
        )
        assert [r.ref for r in other.answer.records] == ["R10"]
        assert "Property Services complete" not in other.standalone


def test_what_else_an_owner_answers_for_is_a_list_of_its_other_actions(
    assistant: Assistant,
) -> None:
    _, others = converse(
        assistant,
        "Who leads R3 in the 2002 District Audit report?",
        "What else is that lead responsible for?",
    )
    assert others.standalone.startswith("Which other actions")
    assert {"R4", "R5"} <= {r.ref for r in others.answer.records}


def test_a_bare_column_or_a_wh_word_with_a_preposition_asks_of_the_record(
    assistant: Assistant,
) -> None:
    # 'revised date?' (a column, a qualifier, no determiner), 'until when?' (a wh-word with a
    # preposition): both ask of the record the last turn was about
    _, dated = converse(assistant, "Who owns R9 in the PURE plan?", "revised date?")
    assert "R9" in dated.standalone and "March 2009" in dated.answer.answer
    _, until = converse(
        assistant, "Who leads R10 in the 2002 district audit summary?", "until when"
    )
    assert "R10" in until.standalone and "May meeting" in until.answer.answer
