"""A turn naming only an attribute after an answer from prose alone is asked of the user's
own subject of that turn, when so asked it rests on a row; a turn with a subject of its own,
a pronoun, or a last turn that rested on rows, is not carried this way."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_topic import carried_topic
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers


def _carried(assistant: Assistant, question: str, previous: Previous) -> str | None:
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    return carried_topic(question, previous, answers, assistant.register)


def _prose_only(focus: str) -> Previous:
    previous = Previous(f"Tell me about {focus}", [], [], quoted=True)
    previous.focus = focus
    return previous


def test_an_attribute_alone_is_asked_of_the_subject_after_prose(assistant: Assistant) -> None:
    previous = _prose_only("the appraisal process for staff")
    for question in ("Who was in charge?", "What was the target date?"):
        asked = _carried(assistant, question, previous)
        assert asked is not None and asked.endswith("for the appraisal process for staff?")


def test_a_subject_of_its_own_or_a_row_in_focus_is_not_carried(assistant: Assistant) -> None:
    previous = _prose_only("the appraisal process for staff")
    assert _carried(assistant, "Who owns the whistle-blowing arrangements?", previous) is None
    assert _carried(assistant, "Who was in charge of it?", previous) is None
    row = next(r for r in assistant.register.all() if r.ref == "R21")
    with_row = Previous("who leads on R21?", [row], ["R21"])
    with_row.focus = "the appraisal process for staff"
    assert _carried(assistant, "Who was in charge?", with_row) is None
