"""A column joined to a question ('… together with its deadline') and an ask for evidence are
answered as parts of their own over the bundled record, each cited."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer

pytestmark = pytest.mark.slow


def test_a_joined_column_is_answered_of_the_row_found(ask: Callable[..., Answer]) -> None:
    answer = ask("Who is R13's owner, together with its deadline?")
    assert not answer.abstained
    assert "Director of Finance Services and Treasurer" in answer.answer
    assert "Answered 2 of the 2 parts" in answer.answer
    assert "Ongoing reviews" in answer.answer.split("due")[1]


def test_an_ask_for_evidence_is_answered_from_the_progress(ask: Callable[..., Answer]) -> None:
    answer = ask("Is R15 complete yet? How can we tell?")
    assert not answer.abstained and "Answered 2 of the 2 parts" in answer.answer
    assert "Corporate Risk Manager" in answer.answer.split("**What progress")[1]


def test_a_quantifier_asks_of_every_row_found(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "Which falls due earlier, the scheme of delegation action or the members' financial "
        "training, and has either been finished?"
    )
    later = answer.answer.split("**Has either")[1]
    assert "R9" in later and "R18" in later  # both sides, not only the one due first
