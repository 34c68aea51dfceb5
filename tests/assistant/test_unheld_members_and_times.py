"""A turn asking a detail the row in focus never gives gets the typed refusal, not the row card
(issue 14): a time still to come of the row's own work when its date column holds no date
('when will the interface go live?' of a row due 'On-going', ``support/unheld.unheld_when``).
The answerable twins (a named member, a count beside its noun, a dated own action, a deadline
asked) are still answered. The refusal of members of a kind the quotes name only as a kind was
built and left in branch ut38 (held-out D lost an item to it). Over the bundled record and
another body's papers (``data/papers/dev``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import answer_type
from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # 19/20-07: 'Move all competence records into the training management system.'
        ("Which system are the firefighter competence records moving into?", "training management"),
        # 19/20-03: a count beside its noun
        ("How many stations have had their checks completed for 19/20-03?", "14 of 21 stations"),
        # 19/20-03: a count the question did not give answers 'which' in part
        ("which stations had incomplete inventory records?", "three stations"),
    ],
)
def test_a_named_member_or_a_count_is_answered(ask_bodies: Ask, question: str, said: str) -> None:
    answer = ask_bodies(question)
    assert not answer.abstained and said in answer.answer


def test_the_two_systems_named_in_the_bundled_record_are_answered(ask: Ask) -> None:
    answer = ask("Which two IT systems lack an interface, per HMIC's areas for improvement?")
    assert not answer.abstained and "HR and Finance IT systems" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will 19/20-04 be done?",  # its own action, dated by its deadline
        "When is 19/20-04 due?",  # the date column asked by a deadline word
    ],
)
def test_the_rows_own_time_is_answered(ask_bodies: Ask, question: str) -> None:
    answer = ask_bodies(question)
    assert not answer.abstained and "2019" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will the interface between the HR and Finance IT systems go live?",
    ],
)
def test_its_own_work_with_no_date_in_its_column_is_refused(ask: Ask, question: str) -> None:
    """'On-going' in the date column dates nothing: 'when will it go live?' has no answer."""
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert "On-going" in answer.answer


def test_a_time_to_come_a_sentence_dates_is_answered(ask: Ask) -> None:
    answer = ask("When will the Full Solution for the Scheme of Delegation go live?")
    assert not answer.abstained and "Q2 2009" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "whats the name of the person they appointed as programme manager for the blue light work?",
        "who was at the BVPB meeting where the draft guidelines for cross cutting reviews went?",
    ],
)
def test_a_person_the_passages_only_name_by_post_is_refused(ask: Ask, question: str) -> None:
    """'the appointment of a joint Programme Manager' names no one; R5's row names no meeting's
    attendance: a name (or who attended) is asked, so its passages do not answer."""
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how big is the gap between sales and the meter readings?",
        "How large was the shortfall in the reserves?",
        "how wide is the discrepancy between the two stock counts?",
    ],
)
def test_the_size_of_a_gap_asks_a_figure(question: str) -> None:
    assert answer_type(question) == "change"


@pytest.mark.parametrize("question", ["how big is the board?", "how bad is the problem?"])
def test_the_size_of_a_thing_asks_no_figure_of_a_gap(question: str) -> None:
    assert answer_type(question) != "change"
