"""A party's words asked of a row that names the party and reports nothing it said
(``composers/unsaid_reply``): refused; a row reporting its words, or the paper's own body, is
not. Wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.composers.unsaid_reply import asked_party_words, gives_reply
from assistant.answers.model import Answer


@pytest.mark.parametrize(
    "question, party",
    [
        ("How has the Fire Brigades Union responded to R4?", "Fire Brigades Union"),
        ("what reply did the Treasury send about it?", "Treasury"),
        ("What was the Regulator's answer on item 6?", "Regulator"),
        ("what did it say about R4?", None),  # no party named
        ("What does the Council say about R4?", None),  # what a paper says, not a reply
    ],
)
def test_the_party_whose_words_are_asked(question: str, party: str | None) -> None:
    assert asked_party_words(question) == party


@pytest.mark.parametrize(
    "text, said",
    [
        ("The Treasury has since replied that grant would follow.", True),
        ("A response from the Treasury is awaited.", True),
        ("Funding confirmed by the Treasury in May.", True),
        ("This is a matter for the Treasury and the Cabinet Office.", False),
        ("Treasury guidance will be followed.", False),
    ],
)
def test_words_reported_of_a_party(text: str, said: bool) -> None:
    assert gives_reply(text, "Treasury") is said


def test_a_row_naming_the_party_without_its_words_is_refused(ask: Callable[..., Answer]) -> None:
    # HMIC R3's row: 'This is an issue for the Home Office and HMIC.' - no word of either
    answer = ask("How has the Home Office responded on HMIC R3?")
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.abstention == "value_not_given"
    assert "Home Office" in answer.answer


def test_the_papers_own_body_is_not_refused(ask: Callable[..., Answer]) -> None:
    # the MPS's own plan: what the MPS said is the row itself
    answer = ask("What did the MPS say in reply on HMIC R3?")
    assert not answer.abstained
