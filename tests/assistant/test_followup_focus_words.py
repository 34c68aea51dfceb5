"""A follow-up that points back by its content, not by a pronoun: its words are words of one
record the turn before rested on ('how full is the reserve fund now?' after a turn about the
row whose issue is that fund), so it is asked of that record; a question whose words two records
hold as much, one asking for a list, or one naming a ref of its own stands alone. After an
answer drawn from passages, 'why did it slip?' and 'how much will it cost?' ask of the user's
own subject (the passages answer them), while 'who owns it?' asks the record's column."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answers.model import Answer
from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.focus_words import on_focus_row
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef


def record(ref: str, title: str, **fields: Any) -> ActionRecord:
    document = DocumentRef(id="d9", title="Harbour Works Plan", filename="d9.txt")
    data: dict[str, Any] = {
        "id": f"d9:{ref}",
        "document": document,
        "ref": ref,
        "ordinal": 1,
        "title": title,
        "source_text": title,
        "source_start": 0,
        "source_end": len(title),
    }
    return ActionRecord(**{**data, **fields})


ROWS = [
    record("HW-1", "The dredging reserve fund of £2m is unallocated.", progress="£0.5m committed."),
    record("HW-2", "Quay wall inspections are late.", progress="Four of nine berths inspected."),
]
PREVIOUS = Previous("Which harbour actions are late?", ROWS, ["HW-1", "HW-2"])


def test_the_row_whose_text_holds_the_words_is_asked() -> None:
    assert on_focus_row("How big is the reserve fund in all?", PREVIOUS) == (
        "How big is the reserve fund in all for HW-1?"
    )
    assert on_focus_row("and how many berths are done so far?", PREVIOUS) == (
        "and how many berths are done so far for HW-2?"
    )


def test_no_row_or_two_rows_or_a_list_or_a_ref_stand_alone() -> None:
    assert on_focus_row("Who chairs the harbour board?", PREVIOUS) is None  # no row's words
    assert on_focus_row("when were the reserve berths last surveyed?", PREVIOUS) is None  # tie
    assert on_focus_row("Which actions mention the reserve fund?", PREVIOUS) is None
    assert on_focus_row("How big is the reserve fund in HW-7?", PREVIOUS) is None
    # who or when asks of someone or a date the text names, not the row's owner or date column
    assert on_focus_row("and when will the reserve fund be spent?", PREVIOUS) is None
    assert on_focus_row("Who decides on the reserve fund?", PREVIOUS) is None


def test_a_word_that_may_name_another_paper_needs_a_second_word() -> None:
    other = {"d2"}  # 'the harbour board' read as naming another paper
    assert on_focus_row("What is the board doing about the quay?", PREVIOUS, other) is None
    assert on_focus_row("What is the board doing about the quay inspections?", PREVIOUS, other)


def test_a_chat_follow_up_by_the_words_of_the_row_shown(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = Chat(assistant)
    first = "who owns R10 in the PURE plan?"
    follow = "so how big were the disinvestments in total?"
    history = [Turn(role="user", content=first), Turn(role="assistant", content="…")]
    # asked as written it finds an answer: it stands
    _, standalone, rewritten, _ = chat.standalone([*history, Turn(role="user", content=follow)])
    assert not rewritten and standalone == follow
    # when it finds nothing as written, it is asked of the row whose words it uses
    asked = assistant.ask

    def finds_nothing(question: str, filters: dict[str, object] | None = None) -> Answer:
        answer = asked(question, filters)
        return (
            answer.model_copy(update={"abstained": True, "abstention": "nothing_found"})
            if question == follow
            else answer
        )

    monkeypatch.setattr(assistant, "ask", finds_nothing)
    _, standalone, rewritten, _ = chat.standalone([*history, Turn(role="user", content=follow)])
    assert rewritten and "R10" in standalone, standalone
    # asked with no turn before, it stays as written
    _, alone, rewritten, _ = chat.standalone([Turn(role="user", content=follow)])
    assert not rewritten and alone == follow


QUOTED = Previous(
    "What is happening on the dredging reserve?",
    [ROWS[0]],
    ["HW-1"],
    quoted=True,
    focus="the dredging reserve",
)
ASKED = [Turn(role="user", content=QUOTED.standalone), Turn(role="assistant", content="…")]


def test_after_passages_why_and_how_much_ask_of_the_users_subject() -> None:
    for question, expected in (
        ("Why did it slip?", "Why did the dredging reserve slip?"),
        ("what's holding it up?", "what's holding the dredging reserve up?"),
        ("How much is it expected to cost?", "How much is the dredging reserve expected to cost?"),
    ):
        assert rewrite_by_rules(question, ASKED, QUOTED) == expected
    # a column of the record quoted is asked of the record
    assert rewrite_by_rules("who owns it?", ASKED, QUOTED) == "who owns HW-1?"


def test_after_passages_all_of_one_record_a_longer_column_question_asks_of_it() -> None:
    asked = "What target date did it carry in the 2019 plan?"
    assert rewrite_by_rules(asked, ASKED, QUOTED) == (
        "What target date did HW-1 carry in the 2019 plan?"
    )
    # passages of two records: nothing clear to point at, it is asked as written
    two = Previous(QUOTED.standalone, ROWS, ["HW-1", "HW-2"], quoted=True, focus=QUOTED.focus)
    assert rewrite_by_rules(asked, ASKED, two) is None
    # a longer column question whose one noun phrase is the pronoun points back at that record
    assert rewrite_by_rules("when is it now due to be finished, then?", ASKED, QUOTED) == (
        "when is HW-1 now due to be finished, then?"
    )
    # one with a noun phrase of its own ('the board') is asked as written
    assert rewrite_by_rules("when did the board say it is due, then?", ASKED, QUOTED) is None
