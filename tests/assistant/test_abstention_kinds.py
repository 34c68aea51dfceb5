"""Every abstention says why (``Answer.abstention``): the question's words found nothing, or
the record speaks of the subject and refuses on its evidence. A follow-up asked of the row in
focus only when its own words found nothing; a refusal on evidence stands."""

from __future__ import annotations

import pytest

from assistant.answers.model import LACK_OF_WORDS, Answer
from assistant.conversation import Chat, Turn
from assistant.service import Assistant


def test_a_question_whose_words_no_paper_uses_is_a_lack_of_words(assistant: Assistant) -> None:
    answer = assistant.ask("Who looks after the canteen zeppelin kettles?")
    assert answer.abstained and answer.abstention == "unknown_words"
    assert answer.model_dump(mode="json")["abstention"] == "unknown_words"  # the API's field


def test_a_value_the_record_does_not_give_is_a_refusal_on_evidence(assistant: Assistant) -> None:
    answer = assistant.ask("What sum was the CapGemini contract for the DRM programme valued at?")
    assert answer.abstained and answer.abstention == "value_not_given"
    assert answer.abstention not in LACK_OF_WORDS


def test_an_answer_has_no_abstention_kind(assistant: Assistant) -> None:
    assert assistant.ask("who owns R10 in the PURE plan?").abstention is None


def _refusing(
    assistant: Assistant, follow: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``assistant`` refusing ``follow`` (asked as written) with an abstention of ``kind``."""
    asked = assistant.ask

    def refused(question: str, filters: dict[str, object] | None = None) -> Answer:
        answer = asked(question, filters)
        if question != follow:
            return answer
        return answer.model_copy(update={"abstained": True, "abstention": kind})

    monkeypatch.setattr(assistant, "ask", refused)


def test_a_follow_up_refused_on_evidence_is_not_asked_again_of_the_row(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = "who owns R10 in the PURE plan?"
    follow = "so what did the disinvestments add up to in the end?"
    turns = [
        Turn(role="user", content=first),
        Turn(role="assistant", content="…"),
        Turn(role="user", content=follow),
    ]
    _refusing(assistant, follow, "value_not_given", monkeypatch)
    _, standalone, rewritten, _ = Chat(assistant).standalone(turns)
    assert not rewritten and standalone == follow  # the refusal stands
    monkeypatch.undo()
    _refusing(assistant, follow, "nothing_found", monkeypatch)
    _, standalone, rewritten, _ = Chat(assistant).standalone(turns)
    assert rewritten and "R10" in standalone, standalone  # its words found nothing: the row
