"""Which a follow-up's noun is, the row's or the paper's: 'what does the update say?' of a row
with an update is the row's update (and a name of several words takes 'of', not a
possessive); 'when was this plan published?' with nothing else to point at is the paper."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_row import column_words_only
from assistant.followups import Turn, rewrite_by_rules
from assistant.paper_verbs import of_the_paper
from assistant.service import Assistant
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_the_update_of_a_row_with_an_update_is_the_rows() -> None:
    row = record("GR 7", progress="Contractor appointed in May.")
    previous = Previous("Tell me about GR 7", [row], ["GR 7"])
    assert of_the_paper("What does the update say?", previous) is None
    asked = rewrite_by_rules("What does the update say?", HISTORY, previous)
    assert asked == "What does the update of GR 7 say?"
    bare = record("GR 8")  # no update of its own: the paper's
    previous = Previous("Tell me about GR 8", [bare], ["GR 8"])
    assert of_the_paper("What does the update say?", previous) == (
        f"What does the {bare.document.title} say?"
    )


def test_a_paper_asked_with_nothing_to_point_at_is_the_paper_quoted() -> None:
    previous = Previous("Who is leading that work", [], [], quoted=True)
    previous.documents = ["Glasshouse Renewal Plan"]
    previous.focus = "leading that work"
    asked = rewrite_by_rules("When was this plan published?", HISTORY, previous)
    assert asked == "When was the Glasshouse Renewal Plan published?"


def test_column_words_alone_ask_a_column(assistant: Assistant) -> None:
    # 'the latest position' is read as the update asked (its words are no search words left)
    assert assistant.analyse("What's the latest position?").fields == ["progress"]
    assert column_words_only(assistant.analyse("And the current stage?"))
    assert column_words_only(assistant.analyse("What stage is it at now?"))
    assert not column_words_only(assistant.analyse("What's the position on recruitment?"))
