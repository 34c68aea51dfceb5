"""A row named by its place beside the row in focus ('the next one', 'the row before it'):
the row that follows (or precedes) it in its own paper's order, with the rest of the turn
asked of that row; and a topic put first with a question asking only for a column ('and
budgetary control - what progress is noted?') keeps its topic."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.column_only import own_subject
from assistant.conversation import Chat, Turn
from assistant.neighbour_row import beside, neighbour_row
from assistant.referring import topic_then_question
from assistant.service import Assistant

PURE = "002_93be34f48625d430-txt"


def _row(assistant: Assistant, ref: str) -> Previous:
    row = next(r for r in assistant.register.of_document(PURE) if r.ref == ref)
    return Previous(f"Who is responsible for {ref}?", [row], [ref], route="refs")


def test_the_neighbour_is_the_next_or_previous_row_of_the_paper(assistant: Assistant) -> None:
    focus = _row(assistant, "R20")
    for question, ref in (
        ("and the next recommendation - who owns it?", "R21"),
        ("what about the row after it, when is that due?", "R21"),
        ("the following item: what's its status?", "R21"),
        ("and the one before that - who is responsible for it?", "R19"),
        ("the previous one - when was it due?", "R19"),
    ):
        found = neighbour_row(question, focus, assistant.register)
        assert found is not None, question
        assert [r.ref for r in found[1].records] == [ref], question
        assert "next" not in found[0] and "before" not in found[0], found[0]


def test_a_phrase_asking_of_the_row_is_no_neighbour(assistant: Assistant) -> None:
    focus = _row(assistant, "R20")
    for question in (
        "what is the next action for it?",
        "what are the next steps?",
        "when is the next review?",
        "which of the next ones are due?",
    ):
        assert neighbour_row(question, focus, assistant.register) is None, question
    assert beside("and the entry below it?") and not beside("when is the next meeting?")


def test_no_neighbour_past_the_end_or_without_one_row_in_focus(assistant: Assistant) -> None:
    rows = sorted(assistant.register.of_document(PURE), key=lambda r: r.ordinal)
    last = Previous("…", [rows[-1]], ["…"], route="refs")
    assert neighbour_row("and the next one - who owns it?", last, assistant.register) is None
    two = Previous("…", rows[:2], ["a", "b"], route="register")
    assert neighbour_row("and the next one - who owns it?", two, assistant.register) is None


def test_a_conversation_moves_to_the_next_row(assistant: Assistant) -> None:
    chat = Chat(assistant)
    first = "Who is responsible for R20 in the PURE action plan?"
    answered = chat.respond([Turn(role="user", content=first)])
    follow = chat.respond(
        [
            Turn(role="user", content=first),
            Turn(role="assistant", content=answered.answer.answer),
            Turn(role="user", content="And the recommendation after it - who owns that?"),
        ]
    )
    assert follow.rewritten and "R21" in follow.standalone, follow.standalone
    assert "Head of Pay and Benefits" in follow.answer.answer


def test_a_question_asking_only_a_column_takes_the_topic_put_first() -> None:
    for question in (
        "what progress is noted?",
        "what's the latest update?",
        "when's the deadline?",
        "what does the note say?",
    ):
        assert not own_subject(question), question
    assert own_subject("how many staff appraisals were done?")
    asked = topic_then_question("and staff appraisal - what progress is recorded?", None)
    assert asked == "What progress is recorded for staff appraisal?"
    asked = topic_then_question("For the boiler checks, what was the deadline initially?", None)
    assert asked == "What was the deadline initially for the boiler checks?"
    asked = topic_then_question("And vetting: what's the current update?", None)
    assert asked is not None and asked.endswith("for vetting?"), asked


def _talk(assistant: Assistant, *questions: str) -> list[str]:
    """The standalone question each turn was answered as, and the last answer's text."""
    chat, messages, asked = Chat(assistant), [], []
    for question in questions:
        messages.append(Turn(role="user", content=question))
        result = chat.respond(messages)
        asked.append(result.standalone)
        messages.append(Turn(role="assistant", content=result.answer.answer))
    return [*asked, result.answer.answer]


def test_a_column_asked_in_another_paper_is_of_the_same_row_there(
    carried_assistant: Assistant,
) -> None:
    first = "Who owns the contracts register recommendation in Pellingham's progress report?"
    for then, state in (
        ("And what's its status in the annual follow-up?", "Complete"),
        ("what is the status in the annual follow-up?", "Complete"),
        ("and the status given by the annual follow-up?", "Complete"),
    ):
        *asked, answer = _talk(carried_assistant, first, then)
        assert state in answer and "PBC 20/02" in answer, (asked, answer)
        assert "Annual Follow-up" in answer, (asked, answer)


def test_a_theme_read_from_the_rows_own_words_is_no_subject_of_the_turn(
    assistant: Assistant,
) -> None:
    *asked, answer = _talk(
        assistant,
        "What does HMIC R4 in the PURE plan recommend?",
        "How many staff have been trained so far?",
    )
    assert "HMIC R4" in asked[-1] and "4,000" in answer, (asked, answer)


def test_a_tagged_statement_opened_by_a_discourse_word_keeps_its_subject() -> None:
    from assistant.tag_question import untagged

    assert untagged("So the boiler one was done, wasn't it?") == "Was the boiler one done?"
    assert untagged("And KP-4 was due in May, wasn't it?") == "Was KP-4 due in May?"
    # a pronoun subject after the opener points back: left for the pronoun rules
    assert untagged("So it was still open, wasn't it?") == "So it was still open, wasn't it?"


def test_a_neighbour_described_in_passing_is_asked_its_question(assistant: Assistant) -> None:
    focus = _row(assistant, "R10")
    found = neighbour_row(
        "and the following recommendation, on backlog maintenance: when is it due?",
        focus,
        assistant.register,
    )
    assert found is not None and [r.ref for r in found[1].records] == ["R11"]
    assert found[0] == "When is it due?"
    found = neighbour_row(
        "The one straight after it, about the new structures - who owns it?",
        focus,
        assistant.register,
    )
    assert found is not None and found[0] == "Who owns it?"


def test_a_quoted_row_holding_the_turns_words_is_asked_its_column(assistant: Assistant) -> None:
    *asked, answer = _talk(
        assistant,
        "When was the interim scheme of delegation put in place? (PURE plan)",
        "and when is the full solution supposed to go live?",
    )
    assert "R18" in asked[-1] and "Q2 2009" in answer, (asked, answer)
