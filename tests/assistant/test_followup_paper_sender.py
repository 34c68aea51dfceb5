"""'who's the report from?', 'and who's the log from?': a paper named by its noun alone, asked
who it is from (or by), is the paper the conversation is on (its title put for the noun), and
the question asks its author: the 'Report by:' line of its cover, or a refusal when it has none
(not a row's owner, and not 'no subject')."""

from __future__ import annotations

import pytest

from assistant.followup_forms import looks_like_follow_up
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "asked", ["who's the report from?", "who is the plan from?", "and who's the log from?"]
)
def test_the_form_is_a_follow_up(asked: str) -> None:
    assert looks_like_follow_up(asked)


@pytest.mark.parametrize("asked", ["who's the report from?", "who was the report from?"])
def test_the_paper_in_focus_is_asked_its_author(assistant: Assistant, asked: str) -> None:
    _, sender = converse(
        assistant,
        "What did MOPAC's December 2017 governance improvement plan say about data protection?",
        asked,
    )
    assert "MOPAC Governance Improvement Plan" in sender.standalone
    assert "Chief Financial Officer" in sender.answer.answer


def test_after_rows_the_noun_is_their_paper_not_the_rows(bodies_assistant: Assistant) -> None:
    _, sender = converse(
        bodies_assistant, "which Fenbury actions are overdue?", "and who's the log from?"
    )
    assert "Internal audit recommendations log" in sender.standalone
    assert "W5" not in sender.standalone
    assert sender.answer.abstained and "author" in sender.answer.answer
