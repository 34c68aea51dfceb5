"""A question about one row that no column answers ('what is blocking it?', 'why so slow?')
is answered from the row's own account: its finding and its progress note, whole; a reason,
or a figure its account gives, asked after a turn about one row is asked of that row."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_row import carried_row
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers

_NOTE = ("MPS Policy and processes are under review", "A report to the Management Board")


def test_words_no_column_holds_get_the_whole_progress_note(assistant: Assistant) -> None:
    answer = assistant.ask("What is blocking R21 at the moment?")
    assert answer.route == "refs"
    assert all(part in answer.answer for part in _NOTE)


def test_a_reason_after_one_row_is_asked_of_that_row(assistant: Assistant) -> None:
    chat = Chat(assistant)
    turns = [Turn(role="user", content="Who is in charge of R21 in the PURE plan?")]
    turns.append(Turn(role="assistant", content=chat.respond(turns).answer.answer))
    turns.append(Turn(role="user", content="why so slow?"))
    result = chat.respond(turns)
    assert "R21" in result.standalone
    assert all(part in result.answer.answer for part in _NOTE)


def test_a_figure_is_asked_of_the_row_whose_account_gives_one(assistant: Assistant) -> None:
    row = next(r for r in assistant.register.all() if r.ref == "HMIC R4")
    previous = Previous("who leads on HMIC R4?", [row], ["HMIC R4"], quoted=True)
    answers = TurnAnswers(assistant.ask, assistant.analyse)

    def carried(question: str) -> str | None:
        return carried_row(question, previous, answers, assistant.register)

    # its note counts people trained: a bare 'how many' is a figure of the row
    assert carried("how many were trained in the last year?") == (
        "how many were trained in the last year for HMIC R4?"
    )
    # no amount in its note: a cost is no figure of this row; rows counted are a list
    assert carried("how much has it cost so far?") is None
    assert carried("how many actions are finished?") is None
    # a partitive counts its own head noun: rows of the register, not a figure of the row
    assert carried("how many of the high priority items are finished?") is None


def test_a_partitive_count_after_one_row_counts_rows(assistant: Assistant) -> None:
    """'how many of the <noun phrase> …' counts the phrase's head noun: a count of rows of the
    register, not a figure of the row the last turn was about."""
    row = next(r for r in assistant.register.all() if r.ref == "R4" and r.priority)
    previous = Previous("who leads on R4?", [row], ["R4"], quoted=True)
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    question = "how many of the high priority actions are complete?"
    assert carried_row(question, previous, answers, assistant.register) is None
