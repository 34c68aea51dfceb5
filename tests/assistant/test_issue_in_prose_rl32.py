"""An issue followed across a body's papers is looked for in the prose of a paper that holds
no row of it (a narrative statement shares no ref with an action plan): the sentence naming it
in the question's words, or the dated one after it when a date is asked (rl32)."""

from __future__ import annotations

from assistant.answers.support.paper_mention import _phrase
from assistant.service import Assistant


def test_the_issue_is_named_by_the_questions_run_of_words() -> None:
    question = "Did the scheme of delegation come up again?"
    assert _phrase(question, ["scheme", "delegation"]) == "scheme of delegation"
    assert (
        _phrase(
            "Was delegation of the wider budgetary scheme for the area raised?",
            ["delegation", "scheme", "area"],
        )
        is None
    )  # too far apart to be one name


def test_a_narrative_paper_speaks_of_the_issue_in_its_text(assistant: Assistant) -> None:
    answer = assistant.ask("Did the scheme of delegation come up again in later papers?")
    assert answer.route == "recurring", answer.route
    assert "in its text, no row" in answer.answer, answer.answer
    assert "Governance Issue 2007/08" in answer.answer
    assert not answer.answer.startswith("**No"), answer.answer[:200]
