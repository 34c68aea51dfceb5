"""A figure asked of a row named by ref is read from that row's own cells before prose, and a
short follow-up asking a part of a row by a noun a header may use ('the shortcoming', 'the
original concern') is asked of the row the last answer singled out."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.composers.row_figure import chosen_sentences
from assistant.answers.model import Answer
from assistant.antecedents import Previous
from assistant.conversation import Chat
from assistant.followups import Turn, rewrite_by_rules
from assistant.row_field_nouns import asks_row_part, names_row_part
from assistant.service import Assistant
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_a_sum_asked_of_a_named_row_is_its_own_cell(ask: Callable[..., Answer]) -> None:
    answer = ask("What amount is R6 of the PURE/SRL plan hoping to save, roughly how much?")
    first = answer.answer.splitlines()[0]
    assert "£12.5m" in first and "R6" in first
    assert [r.ref for r in answer.records] == ["R6"]


def test_a_figure_of_something_else_in_the_row_is_no_answer(ask: Callable[..., Answer]) -> None:
    answer = ask("How much did R6 of the PURE/SRL plan end up costing?")
    assert "£12.5m" not in answer.answer.splitlines()[0]


def test_nouns_read_as_row_parts_by_the_header_rules() -> None:
    assert names_row_part("deficiency") and names_row_part("concern")
    assert not names_row_part("director") and not names_row_part("pension")
    assert asks_row_part("and what was the original deficiency?")
    assert not asks_row_part("what was the deficiency in the pension scheme accounts last year?")


def test_a_row_part_asked_by_a_definite_noun_is_asked_of_the_carried_row() -> None:
    row = record("EA-4")
    previous = Previous("Who owns EA-4", [row], ["EA-4"])
    for question in ("What was the concern in the first place?", "what was the initial gap?"):
        asked = rewrite_by_rules(question, HISTORY, previous)
        assert asked is not None and "EA-4" in asked, question


def test_a_bare_row_part_after_one_row_is_asked_of_that_row() -> None:
    row = record("EA-4")
    previous = Previous("When is EA-4 due", [row], ["EA-4"])
    asked = rewrite_by_rules("and the underlying deficiency?", HISTORY, previous)
    assert asked == "What is the underlying deficiency of EA-4?"
    two = Previous("Which are due", [row, record("EA-5")], ["EA-4", "EA-5"])
    assert rewrite_by_rules("and the underlying deficiency?", HISTORY, two) != asked


def test_a_share_asked_after_one_row_is_read_from_its_note(assistant: Assistant) -> None:
    chat = Chat(assistant)
    turns = [Turn(role="user", content="Is anyone named against issue 1.1 of the 2007/08 plan?")]
    turns.append(Turn(role="assistant", content=chat.respond(turns).answer.answer))
    turns.append(Turn(role="user", content="what proportion of the contracts can be seen?"))
    result = chat.respond(turns)
    assert "1.1" in result.standalone and "97%" in result.answer.answer.splitlines()[0]


def test_a_part_of_a_figure_shows_the_note_after_the_whole() -> None:
    texts = ["Unpaid parking penalties total £42,000.", "£9,500 recovered so far."]
    noted = [False, True]
    asked = ["much", "parking", "penalties", "come"]
    # 'how much of that has come in?': the whole, then the part the note gives
    assert chosen_sentences(texts, asked, noted, past=False, partitive=True) == [0, 1]
    # not a partitive: the sentence writing the asked words alone
    assert chosen_sentences(texts, asked, noted, past=False, partitive=False) == [0]
    # a figure of something else is no answer, partitive or not
    assert chosen_sentences(texts, ["cost"], noted, past=False, partitive=True) == []
