"""A follow-up refused for lack of words is asked of the rows in focus, unless it names a
subject of its own; its own noun phrase names a row shown; 'that same X' finds the rows that
share X with the row in focus; one action followed across papers is one antecedent."""

from __future__ import annotations

from assistant.antecedents import Previous, record_names
from assistant.conversation import Chat, Turn
from assistant.followups import followed_action, rewrite_by_rules
from assistant.own_noun import named_row, states_new_subject
from assistant.referring import topic_then_question
from assistant.refused_turn import refused_of_focus
from assistant.same_value import same_value
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers
from ingest.model import ActionRecord
from vectorstore.identifiers import identifiers


def _row(assistant: Assistant, ref: str, paper: str = "PURE") -> ActionRecord:
    return next(r for r in assistant.register.all() if r.ref == ref and paper in r.document.title)


def _refused(assistant: Assistant, question: str, previous: Previous) -> str | None:
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    return refused_of_focus(question, previous, answers, assistant.register)


def test_a_refused_pointing_turn_is_asked_of_the_row_in_focus(assistant: Assistant) -> None:
    row = _row(assistant, "R18")
    previous = Previous("when is R18 due?", [row], ["R18"])
    asked = _refused(assistant, "what has really been achieved on it to date?", previous)
    assert asked == "what has really been achieved on R18 to date?"
    # two rows in focus: 'them' is both
    other = _row(assistant, "R19")
    two = Previous("which are due in Q2 2009?", [row, other], ["R18", "R19"])
    asked = _refused(assistant, "where have they got to with them?", two)
    assert asked is not None and "R18" in asked and "R19" in asked, asked


def test_a_refused_turn_with_a_subject_of_its_own_stays_refused(assistant: Assistant) -> None:
    row = _row(assistant, "R18")
    previous = Previous("when is R18 due?", [row], ["R18"])
    assert _refused(assistant, "when is the canteen refurbishment due?", previous) is None
    assert _refused(assistant, "and the 2017 governance report, when is it due?", previous) is None
    assert _refused(assistant, "is it true that the plan was dropped?", previous) is None


def test_the_chat_asks_a_refused_turn_of_the_row_over_plain_text(assistant: Assistant) -> None:
    chat = Chat(assistant)
    history = [
        Turn(role="user", content="When is R18 in the PURE plan due?"),
        Turn(role="assistant", content="R18 is due Q2 2009."),
    ]
    result = chat.respond(
        [*history, Turn(role="user", content="what's truly been done on it so far?")]
    )
    assert result.rewritten and "R18" in result.standalone, result.standalone
    assert result.answer.route != "abstain"
    fresh = chat.respond([*history, Turn(role="user", content="when is the canteen refit due?")])
    assert "R18" not in fresh.standalone, fresh.standalone


def test_a_stated_noun_names_the_row_shown_that_holds_it(assistant: Assistant) -> None:
    r10, r11 = _row(assistant, "R10"), _row(assistant, "R11")
    found = named_row(
        "when will the backlog maintenance plan be ready?", [r10, r11], ["R10", "R11"]
    )
    assert found is not None and found[2] == "R11"
    question = "when will the backlog maintenance plan be ready?"
    assert question[found[0] : found[1]] == "the backlog maintenance plan"
    # a column or a pronoun names no row: the rows in focus are its subject
    assert named_row("when is the deadline now?", [r10, r11], ["R10", "R11"]) is None
    assert not states_new_subject("when is the deadline now?", [r10])
    # a phrase followed by another verb is an agent or a thing the row speaks of, not the row;
    # 'the final one' picks by order, not by words
    for other_verb in (
        "when did the backlog maintenance panel last sit?",
        "what did the backlog maintenance team report back?",
        "who signed off the backlog maintenance plan for property?",
        "who is responsible for the final one?",
    ):
        assert named_row(other_verb, [r10, r11], ["R10", "R11"]) is None, other_verb
    assert states_new_subject("when is the canteen refurbishment due?", [r10])
    # the last turn picked R10 out of R10 and R11: 'its' after the phrase is the phrase's
    previous = Previous("who owns R10?", [r10], ["R10"], pool=[r10, r11], pool_names=["R10", "R11"])
    history = [Turn(role="user", content="who owns R10?")]
    asked = rewrite_by_rules(
        "and is the backlog maintenance work still on its first deadline?", history, previous
    )
    assert asked is not None and "R11" in asked and "R10" not in asked, asked


def test_that_same_column_finds_the_rows_sharing_the_value(assistant: Assistant) -> None:
    row = _row(assistant, "R18")
    previous = Previous("who owns R18?", [row], ["R18"])

    def names(rows: list[ActionRecord]) -> list[str]:
        return record_names(assistant.register, rows)

    section = same_value(
        "which recommendations are in that same section?", previous, assistant.register, names
    )
    assert section is not None and "R18" not in section.replace("R18 ", "")
    shared = [
        r
        for r in assistant.register.of_document(row.document.id)
        if r.section == row.section and r.category == row.category and r.id != row.id
    ]
    assert all(r.ref and r.ref in section for r in shared), section
    dated = same_value(
        "which other recommendations are due on that same date?",
        previous,
        assistant.register,
        names,
    )
    due = [
        r
        for r in assistant.register.of_document(row.document.id)
        if r.due_date == row.due_date and r.id != row.id
    ]
    assert dated is not None and all(r.ref and r.ref in dated for r in due), dated
    # an owner is held_by_owner's; no 'that same': not this form
    assert (
        same_value("which other ones have that same owner?", previous, assistant.register, names)
        is None
    )
    assert (
        same_value("which other recommendations are due?", previous, assistant.register, names)
        is None
    )


def test_one_action_followed_across_papers_is_one_antecedent(assistant: Assistant) -> None:
    row = _row(assistant, "R18")
    later = row.model_copy(update={"id": row.id + "-later", "title": row.title + " (follow-up)"})
    previous = Previous("when was R18 first due?", [row, later], ["R18 in A", "R18 in B"])
    assert followed_action(previous) == "R18"
    history = [Turn(role="user", content="when was R18 first due?")]
    assert (
        rewrite_by_rules("why did it slip back then?", history, previous)
        == "why did R18 slip back then?"
    )
    different = later.model_copy(
        update={"title": "Publish the annual audit letters", "action": None}
    )
    assert followed_action(Previous("x", [row, different], ["R18", "R18"])) is None


def test_a_part_of_a_year_is_no_ref_and_back_to_opens_a_topic() -> None:
    assert identifiers("still on its end-of-2023 deadline, or mid-2024? R7 and IA-07") == [
        "R7",
        "IA-07",
    ]
    asked = topic_then_question("Back to the staff appraisal rec - is it finished?", None)
    assert asked == "Is the staff appraisal rec finished?"
