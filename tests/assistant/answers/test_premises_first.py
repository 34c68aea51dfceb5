"""Premises checked before any guard or list (issue 14 held-out failure classes A, B, C):
field values asserted of a record named by description, counts of things done that the prose
contradicts, and words that only frame a question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import framing_words
from assistant.answers.model import Answer


# -- B: a field value asserted of a record named by description ---------------------------------
def test_a_priority_claimed_of_a_described_record_is_corrected(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("Why was the financial training for members action given low priority?")
    assert not answer.abstained and answer.citations
    assert "premise-corrected" in answer.notes
    assert "R9" in answer.answer and "High priority, not Low" in answer.answer


def test_a_deadline_said_to_be_brought_forward_that_moved_later_is_corrected(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask(
        "Why was the deadline for reviewing governance arrangements for partnership working "
        "brought forward?"
    )
    assert not answer.abstained and answer.citations
    assert "moved later, not brought forward" in answer.answer
    assert "December 2008" in answer.answer and "March 2009" in answer.answer


def test_a_lead_claimed_for_an_action_with_no_owner_is_corrected(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("Why did the Standards Committee meetings review action get an owner?")
    assert not answer.abstained and answer.citations
    assert "names no owner" in answer.answer and "R20" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "who is in charge of the strategic partnerships improvement area",
        "Does the strategic partnerships area of the 2017 governance report have a lead?",
        "who leads on strategic partnerships in the MPS governance report?",
    ],
)
def test_a_row_with_no_owner_quotes_its_sentence_that_none_leads(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and "without a working lead" in answer.answer, answer.answer


def test_a_true_priority_is_not_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask("Why was the financial training for members action given high priority?")
    assert "premise-corrected" not in answer.notes


# -- C: a count of things done that the prose contradicts ---------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Why were all 45 activities and milestones completed?",
        "Why were 30 of the 45 milestones completed?",
    ],
)
def test_a_count_done_the_prose_contradicts_is_corrected(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert "18 of these" in answer.answer and answer.citations


def test_a_count_done_in_a_list_question_is_checked_too(ask: Callable[[str], Answer]) -> None:
    answer = ask("List all 45 completed activities and milestones.")
    assert "18 of these" in answer.answer


# -- A: words that frame the question -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("What is action FL-3 labelled as asking for?", {"labelled", "asking"}),
        ("What is the fleet action asking the board to consider?", {"asking", "consider"}),
        ("What does the paper say about putting the plan in place?", {"putting"}),
        ("What issue does the review say it raises?", {"raises"}),
        ("What is the MPS policy on kettling?", set()),
        ("What was the funding for the new building?", set()),
        ("What is the MPS policy on body-worn cameras?", set()),
    ],
)
def test_framing_words_are_read_by_form_and_place(question: str, framing: set[str]) -> None:
    assert framing_words(question) == framing


def test_framing_words_the_record_lacks_do_not_make_it_abstain(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("What is the whistle-blowing action labelled as asking for?")
    assert not answer.abstained and "R22" in answer.answer


def test_subject_words_the_record_lacks_still_make_it_abstain(
    ask: Callable[[str], Answer],
) -> None:
    assert ask("What is the MPS policy on body-worn cameras?").abstained


def test_a_count_done_the_register_contradicts_is_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask("Why were all 13 recommendations of the District Audit report completed?")
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert "13 actions, of which 6 are complete" in answer.answer and answer.citations


def test_a_deadline_said_to_be_extended_that_never_moved_is_corrected(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("Why was the deadline for the whistle-blowing action extended?")
    assert "no change to the deadline of R22" in answer.answer and answer.citations


def test_a_deadline_truly_pushed_back_is_not_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask("Why was the partnership working governance deadline pushed back?")
    assert "premise-corrected" not in answer.notes and not answer.abstained


@pytest.mark.parametrize(
    ("question", "ref", "owner"),
    [
        (
            "Since the Treasurer leads on the backlog maintenance plan, how often has it come up "
            "across the reports?",
            "R11",
            "Director of Property Services",
        ),
        (
            "Given that the Head of Pay and Benefits owns whistle-blowing publicity, how often "
            "has it come up across the reports?",
            "R22",
            "Director of Finance Services & MPA",
        ),
    ],
)
def test_an_owner_a_stated_premise_gets_wrong_is_corrected_before_a_recurrence(
    ask: Callable[[str], Answer], question: str, ref: str, owner: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes, answer.answer
    assert ref in answer.answer and owner in answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        (
            "Why was the whistle-blowing recommendation, owned by the Treasurer, given high "
            "priority?",
            ["Medium priority, not High", "not Treasurer"],
        ),
        (
            "Why did the members' financial training recommendation owned by the Treasurer "
            "get low priority?",
            ["High priority, not Low", "not Treasurer"],
        ),
    ],
)
def test_every_value_the_question_gets_wrong_is_corrected(
    ask: Callable[[str], Answer], question: str, wrong: list[str]
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes
    assert all(w in answer.answer for w in wrong), answer.answer
