"""A reason asked of the state a row's finding reports, in the finding's own words ('why were
the X overdue?' of 'X were overdue'): the finding says what was found, not why, so the answer
refuses when nothing about the row gives a cause (``composers/unstated_cause``). A state or
move of the work itself ('why is the action overdue?') is left to the answers that read the
row's status and schedule. Over other bodies' papers (``data/papers/dev``), in wordings
written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def test_a_state_the_finding_reports_is_no_reason_for_it(ask_bodies: Ask) -> None:
    """Tamar Vale IA-02: 'Fire risk assessments for blocks over 6 storeys were overdue.', its
    note 'Assessor appointed; 9 of 12 blocks done.': no cause."""
    answer = ask_bodies("Why were fire risk assessments for blocks over 6 storeys overdue?")
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer
    assert "give no reason" in answer.answer


def test_a_finding_with_no_state_word_is_refused_as_before(ask_bodies: Ask) -> None:
    """Tamar Vale IA-01: 'Gas safety certificates were missing for 14 properties.'"""
    answer = ask_bodies("Why were the gas safety certificates missing?")
    assert answer.abstained and "give no reason" in answer.answer, answer.answer
