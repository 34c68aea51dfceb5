"""Words that frame a question by their role (degree, adverb, superlative, reporting verb,
the verb of the asking, a manner adverbial, 'else') are no subject words: a guard does not
count them against a passage that lacks them; subject words stay."""

from __future__ import annotations

from assistant.answers.model import Answer
from assistant.answers.support.frame import frame_words
from assistant.service import Assistant


def test_degree_adverb_and_superlative_frame_the_question() -> None:
    framed = frame_words("How soon was the kiosk refit really expected, at the latest?")
    assert {"soon", "really", "latest"} <= framed
    assert not {"kiosk", "refit"} & framed


def test_reporting_verbs_and_the_verb_of_the_asking_frame_it() -> None:
    framed = frame_words("What is written down against the ferry repairs, and who else owns them?")
    assert {"written", "else"} <= framed and "ferry" not in framed
    asked = frame_words("What weight did the trustees lend to replacing the pier lamps?")
    assert "lend" in asked and not {"trustees", "pier", "lamps"} & asked


def test_a_manner_adverbial_frames_it_a_kind_or_frequency_does_not() -> None:
    assert {"continuing", "basis"} <= frame_words("Are the kiosks checked on a continuing basis?")
    kept = frame_words("Which rota is the monthly one, and which is the assembly rota?")
    assert not {"monthly", "assembly", "rota"} & kept
    assert "interest" not in frame_words("Is the interest on the pier loan paid?")


def test_a_question_framed_by_its_verb_and_manner_is_answered(assistant: Assistant) -> None:
    answer: Answer = assistant.ask(
        "What importance did the Audit Commission attach to reviewing the reserves "
        "on a continuing basis?"
    )
    assert not answer.abstained, answer.answer
    assert "R13" in answer.answer
