"""A follow-up about the row in focus asked of another paper of its body (the same issue's row
there, assistant.other_paper_row.reported_again), a sibling row named by its own words after a
turn about one row (assistant.sibling_row), and an all-capitals 'IT' read as no pronoun."""

from __future__ import annotations

import re

from assistant.antecedents import HAS_PRONOUN, Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.other_paper_row import reported_again
from assistant.referring import SINGULAR
from assistant.service import Assistant
from assistant.sibling_row import sibling_row
from tests.assistant.test_followup_rules import HISTORY, ONE

EARLY, LATE = "pellingham_2021-md", "pellingham_2022-md"


def _one(assistant: Assistant, paper: str, ref: str, asked: str) -> Previous:
    row = next(r for r in assistant.register.of_document(paper) if r.ref == ref)
    return Previous(asked, [row], [ref], route="refs")


def _named(assistant: Assistant):  # type: ignore[no-untyped-def]
    return lambda text: set(assistant.analyse(text).documents)


def test_the_same_issue_is_found_again_in_the_other_paper_named(
    carried_assistant: Assistant,
) -> None:
    a = carried_assistant
    papers, register = a.documents(), a.register
    focus = _one(a, EARLY, "PBC 20/04", "When is PBC 20/04 due?")
    for question in ("and what about the 2022 one?", "And in the following year's report?"):
        found = reported_again(question, focus, _named(a), papers, register)
        assert found is not None, question
        assert [r.document.id for r in found[1].records] == [LATE], question
        assert found[0].startswith("When is PBC 20/04 in the ") and "2022" in found[0], found[0]
    # a turn asking something of its own: the pronoun is the row found again
    found = reported_again("how did it stand a year later?", focus, _named(a), papers, register)
    assert found is not None and not re.search(r"\bit\b", found[0], re.I), found
    assert found[1].records[0].document.id == LATE
    # the paper of the row itself, or a paper holding no such row: nothing to move to
    assert reported_again("and in the 2021 report?", focus, _named(a), papers, register) is None
    closed = _one(a, EARLY, "PBC 20/05", "Who owns PBC 20/05?")  # not carried forward
    assert reported_again("and in the 2022 follow-up?", closed, _named(a), papers, register) is None


def test_of_several_rows_shown_the_one_in_the_paper_named_is_taken(
    carried_assistant: Assistant,
) -> None:
    a = carried_assistant
    rows = [
        next(r for r in a.register.of_document(paper) if r.ref == "PBC 20/03")
        for paper in (EARLY, LATE)
    ]
    shown = Previous("What about the allotment rents?", rows, ["one", "two"], route="compare")
    found = reported_again(
        "what had happened to it by the 2022 follow-up?",
        shown,
        _named(a),
        a.documents(),
        a.register,
    )
    assert found is not None and found[1].records[0].document.id == LATE, found


def test_a_conversation_asks_the_last_question_of_the_row_in_the_later_paper(
    carried_assistant: Assistant,
) -> None:
    chat = Chat(carried_assistant)
    first = "When was PBC 20/03 due in the 2021 progress report?"
    answered = chat.respond([Turn(role="user", content=first)])
    follow = chat.respond(
        [
            Turn(role="user", content=first),
            Turn(role="assistant", content=answered.answer.answer),
            Turn(role="user", content="And in the 2022 follow-up?"),
        ]
    )
    assert follow.rewritten, follow.standalone
    assert "Apr-22" in follow.answer.answer or "April 2022" in follow.answer.answer


def test_a_sibling_row_is_named_by_its_title_words(assistant: Assistant) -> None:
    statement = "001_f17b8c3d3b95c95d-txt"
    focus = _one(assistant, statement, "5", "What progress has been made on item 5?")
    focus.names = ["item 5"]
    for question in ("And the information management one?", "what about the assurance one?"):
        found = sibling_row(question, focus, assistant.register)
        assert found is not None, question
        row = found[1].records[0]
        assert row.document.id == statement and row.ref in {"3", "9"}, question
        assert found[0].startswith("What progress has been made on item "), found[0]
        assert "item 5" not in found[0]
    # a place ('the next one'), the row in focus itself, or more asked than the phrase: not here
    assert sibling_row("and the next one?", focus, assistant.register) is None
    assert sibling_row("and the budgetary control one?", focus, assistant.register) is None
    assert sibling_row("the assurance one - who owns it?", focus, assistant.register) is None


def test_an_all_capitals_it_is_no_pronoun() -> None:
    assert not HAS_PRONOUN.search("What else does the IT Manager hold?")
    assert HAS_PRONOUN.search("Is it with the IT Manager?")
    assert not SINGULAR.search("Who in IT signed off?")
    asked = rewrite_by_rules("When did the IT Manager sign it off?", HISTORY, ONE)
    assert asked is not None and "IT Manager" in asked and "EA-4" in asked, asked


def test_a_turn_naming_another_paper_but_pointing_at_nothing_keeps_its_own_subject(
    carried_assistant: Assistant,
) -> None:
    a = carried_assistant
    focus = _one(a, EARLY, "PBC 20/04", "When is PBC 20/04 due?")
    asked = "which actions in the 2022 follow-up are still in progress?"
    assert reported_again(asked, focus, _named(a), a.documents(), a.register) is None
