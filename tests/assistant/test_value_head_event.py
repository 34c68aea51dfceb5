"""A wh-phrase headed by a noun of the event ('what *savings* has X delivered?') names the event
a value is asked of; its clause's verb only links the subject to the value, so a sentence
giving the value need not use it. A noun of the value's kind alone ('what *sum* …') leaves the
verb the event."""

from __future__ import annotations

import pytest

from assistant.answers.support.events import asked_event
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("What savings has the shared procurement service delivered?", ["savings"]),
        ("what funding did the partnership programme attract?", ["funding"]),
        # the noun names only the kind of value: the verb is the event
        ("What sum did the shared procurement service save?", ["save"]),
    ],
)
def test_the_head_noun_of_the_asked_value_names_its_event(
    assistant: Assistant, question: str, event: list[str]
) -> None:
    assert asked_event(assistant.analyse(question)) == event


@pytest.mark.parametrize(
    "question",
    [
        "When did the council expect the depot review to be complete?",
        "By what date did the trust expect the estates toolkit to be finished?",
        "When did the board intend the new policy to take effect?",
    ],
)
def test_a_verb_of_intention_is_no_event_of_its_own(assistant: Assistant, question: str) -> None:
    from assistant.answers.support.events import event_words

    words = event_words(assistant.analyse(question))
    assert not {"expect", "intend"} & set(words)
