"""A lookup answered from passages gives the column its wh-phrase names, from the row its best
sentence came from: the row's agreed action when the action is asked and the sentence shown is
the issue, and its deadlines when the question names the deadline column ('which timescales',
'what target dates'), whatever the tense."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer

Ask = Callable[..., Answer]


def test_the_agreed_action_is_shown_beside_the_issue(ask: Ask) -> None:
    answer = ask(
        "Under the 2007/08 governance issues, what agreed action answers the Amex and single "
        "tender problems?"
    )
    assert not answer.abstained
    assert "Agreed action:" in answer.answer
    assert "purchase to pay" in answer.answer


def test_the_deadline_column_named_by_its_noun_is_given(ask: Ask) -> None:
    answer = ask("What target dates does the 2007/08 plan give its risk management item?")
    assert not answer.abstained
    assert "Sept 2008" in answer.answer and "March 2009" in answer.answer


def test_the_row_sentence_naming_the_body_asked_comes_first(ask: Ask) -> None:
    answer = ask("Which body is to manage corporate risk under the 2007/08 plan?")
    assert not answer.abstained
    first = answer.answer.split("\n")[0]
    assert "SIB" in first
