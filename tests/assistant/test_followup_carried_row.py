"""A follow-up whose own words name only an attribute is asked of the one row the turn before
was about; a turn naming a subject of its own (a word other rows are about, a paper), asking
nothing a row holds, or pointing at a row that lacks what it asks, is not carried."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_row import carried_row, may_carry
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers
from ingest.model import ActionRecord


def _row(assistant: Assistant, ref: str) -> ActionRecord:
    return next(r for r in assistant.register.all() if r.ref == ref)


def _carried(assistant: Assistant, question: str, previous: Previous) -> str | None:
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    return carried_row(question, previous, answers, assistant.register)


def test_an_attribute_alone_is_asked_of_the_carried_row(assistant: Assistant) -> None:
    row = _row(assistant, "R21")
    previous = Previous("who leads on R21?", [row, row], ["R21", "R21"], quoted=True)
    asked = _carried(assistant, "when was it supposed to be wrapped up?", previous)
    assert asked == "when was R21 supposed to be wrapped up?"
    asked = _carried(assistant, "any news on the progress?", previous)
    assert asked == "any news on the progress for R21?"
    assert _carried(assistant, "who had charge of that?", previous) == "who had charge of R21?"
    # a word one other row is about, when asked as written finds no row by it, only frames
    asked = _carried(assistant, "and what did the most recent account say?", previous)
    assert asked == "and what did the most recent account say for R21?"


def test_a_subject_of_its_own_or_no_attribute_is_not_carried(assistant: Assistant) -> None:
    row = _row(assistant, "R21")
    previous = Previous("who leads on R21?", [row], ["R21"])
    # words another row is about: a fresh question
    assert _carried(assistant, "who owns the whistle-blowing arrangements?", previous) is None
    # answered as written from passages: the row it quotes is its own subject
    assert (
        _carried(assistant, "who keeps an eye on the backlog maintenance plan?", previous) is None
    )
    assert _carried(assistant, "when is it due in the 2017 governance report?", previous) is None
    assert _carried(assistant, "and those two, who owns them?", previous) is None
    assert not may_carry("which of the actions are due before March 2009?")
    # several rows in focus: no one row to carry
    other = _row(assistant, "R22")
    two = Previous("which mention reporting?", [row, other], ["R21", "R22"])
    assert _carried(assistant, "when was it supposed to be wrapped up?", two) is None


def test_a_row_lacking_the_attribute_asked_is_not_carried(assistant: Assistant) -> None:
    ownerless = next(r for r in assistant.register.all() if not r.owner and r.ref)
    previous = Previous("what does it say?", [ownerless], [ownerless.ref or ""])
    assert _carried(assistant, "who had charge of that?", previous) is None


def test_the_chat_carries_the_row_over_plain_text_history(assistant: Assistant) -> None:
    chat = Chat(assistant)
    history = [
        Turn(role="user", content="who leads on R21 in the PURE plan?"),
        Turn(role="assistant", content="R21 is owned by the Head of Pay and Benefits."),
    ]
    follow = Turn(role="user", content="any news on the progress?")
    _, standalone, rewritten, _ = chat.standalone([*history, follow])
    assert rewritten and "R21" in standalone, standalone
    fresh = Turn(role="user", content="who owns the whistle-blowing arrangements?")
    _, standalone, rewritten, _ = chat.standalone([*history, fresh])
    assert "R21" not in standalone, standalone


def test_a_long_turn_of_few_content_words_is_carried(assistant: Assistant) -> None:
    # eleven words, three of them content: its length is the sentence's, not a subject's
    assert may_carry("and by when is the process supposed to be up and running")
    assert not may_carry("and by when is the new staff canteen refurbishment supposed to be done")
    # a long turn with a pronoun is the pronoun rules' to read, not carried by its length
    assert not may_carry("and by when is it supposed to be up and running properly")
    row = next(
        r
        for r in assistant.register.all()
        if r.ref == "R13" and "District Audit" in r.document.title
    )
    previous = Previous("who leads on R13?", [row], ["R13"])
    asked = _carried(
        assistant, "and by when is the process supposed to be up and running", previous
    )
    assert asked == "and by when is the process supposed to be up and running for R13?"


def test_a_participle_before_to_ends_the_turns_own_noun(assistant: Assistant) -> None:
    from assistant.own_noun import states_new_subject

    row = next(
        r
        for r in assistant.register.all()
        if r.ref == "R13" and "District Audit" in r.document.title
    )
    # 'expected' opens the predicate: 'the process' is the row's own word
    assert not states_new_subject("by when is the process expected to be running?", [row])
    # a noun the row lacks is still a subject of its own
    assert states_new_subject("by when is the canteen expected to be running?", [row])


def test_a_turn_grounded_on_the_row_in_focus_is_replayed_so(assistant: Assistant) -> None:
    from tests.assistant.test_follow_ups import converse

    *_, rated = converse(
        assistant,
        "In the 2002 District Audit summary, who is responsible for R13?",
        "and by when is the process supposed to be up and running",
        "how well was it judged to have been met?",
    )
    # the second turn, asked as written, lands on another paper's row; it was asked of R13,
    # and the third turn's 'it' is R13 too when the second is replayed
    assert [r.ref for r in rated.answer.records] == ["R13"]
