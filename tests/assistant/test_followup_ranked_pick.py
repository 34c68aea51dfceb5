"""A row of those shown picked by where a column puts it ('which of those falls due soonest?',
'the one with the latest completion date', 'whichever is least pressing'), and a row picked by
a state said after its noun ('the ones not yet complete', 'the one that's complete')."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.conversation import Chat
from assistant.followups import Turn
from assistant.ranked_pick import ranked_form, ranked_pick
from assistant.service import Assistant
from assistant.state_described import state_described
from ingest.model import ActionRecord


def _rows(assistant: Assistant, year: int, *refs: str) -> list[ActionRecord]:
    """The rows of ``refs`` in the one paper of ``year`` holding all of them."""
    papers: dict[str, dict[str | None, ActionRecord]] = {}
    for r in assistant.register.all():
        if r.year == year:
            papers.setdefault(r.document.id, {})[r.ref] = r
    held = next(rows for rows in papers.values() if all(ref in rows for ref in refs))
    return [held[ref] for ref in refs]


def _shown(assistant: Assistant, year: int, *refs: str) -> Previous:
    return Previous("which ones are about finance?", _rows(assistant, year, *refs), list(refs))


def test_which_row_of_those_shown_is_asked_of_its_column(assistant: Assistant) -> None:
    # due 2008-12, 2009-04, 2009-03; rated Low, High, Medium
    shown = _shown(assistant, 2008, "R2", "R4", "R25")
    for asked, expected in (
        ("and out of those, which one falls due soonest?", "When is R2 due?"),
        ("which of these carries the latest completion date?", "When is R4 due?"),
        ("so which of them is rated the highest?", "What priority does R4 have?"),
        (
            "which one is least pressing, and who holds it?",
            "What priority does R2 have, and who holds it?",
        ),
    ):
        assert ranked_pick(asked, shown) == expected, asked
        assert ranked_form(asked), asked


def test_a_row_named_by_an_order_is_put_in_by_its_name(assistant: Assistant) -> None:
    shown = _shown(assistant, 2008, "R2", "R4", "R25")
    assert ranked_pick("is the one with the earliest timescale done yet?", shown) == (
        "is R2 done yet?"
    )
    assert ranked_pick("whichever is most urgent - who leads it?", shown) == "R4 - who leads it?"
    assert ranked_pick("the sooner-due item: what does it say?", shown) == "R2: what does it say?"


def test_the_original_deadline_and_the_slip_are_ordered_too(assistant: Assistant) -> None:
    # the 2007/08 plan: item 2 moved Nov 2008 -> Mar 2009, item 3 Dec 2008 -> Mar 2009
    shown = _shown(assistant, 2008, "2", "3")
    shown.names = ["item 2", "item 3"]
    assert ranked_pick("which of the two was initially due sooner?", shown) == (
        "When was item 2 originally due?"
    )
    assert ranked_pick("which of them was pushed back the most?", shown) == "When is item 2 due?"
    # both are due now on the same day: no pick by the current deadline
    assert ranked_pick("which of them is due last?", shown) is None


def test_no_pick_by_a_place_a_tie_or_a_question_of_its_own(assistant: Assistant) -> None:
    shown = _shown(assistant, 2008, "R2", "R4", "R25")
    # 'the last one', 'the first one' are places in the list, for the ordinal rules
    assert ranked_pick("who has the last one?", shown) is None
    assert ranked_pick("and the first one?", shown) is None
    assert not ranked_form("who has the last one?")
    # a question naming its own rows asks the register, not the rows shown
    assert not ranked_form("Which action in the PURE plan has the latest deadline?")
    tied = _shown(assistant, 2008, "R4", "R8")  # both due 2009-04-30
    assert ranked_pick("which of those is due later?", tied) is None
    # level at the top: asked of every row there
    several = ranked_pick("which of those has the highest priority?", tied)
    assert several is None  # both High: all level, nothing picked out


def test_one_row_shown_or_one_item_in_two_papers(assistant: Assistant) -> None:
    one = _shown(assistant, 2008, "3")
    one.names = ["item 3"]
    # one row: 'the later one' is that row (its answer gives the deadline and its revision)
    assert ranked_pick("right, and when's the later one due?", one) == (
        "right, and when's item 3 due?"
    )
    early = _rows(assistant, 2002, "R1")[0]
    late = _rows(assistant, 2008, "R1")[0]
    both = Previous("what is R1?", [early, late], ["R1 of 2002", "R1 of 2008"])
    # the same ref in two papers: the later one is the later paper's
    assert ranked_pick("what does the later one say?", both) == "what does R1 of 2008 say?"
    assert ranked_pick("and the earlier one?", both) == "and R1 of 2002?"


def test_a_state_said_after_the_noun_picks_the_rows(assistant: Assistant) -> None:
    # R3 complete, R5 and R6 ongoing
    shown = _shown(assistant, 2008, "R3", "R5", "R6")
    analyse, register = assistant.analyse, assistant.register
    for asked in ("who owns the ones not yet complete?", "the ones not finished: who has them?"):
        rest = state_described(asked, shown, analyse, register)
        assert rest is not None and "R5 and R6" in rest and "R3" not in rest, asked
    done = state_described(
        "and the ones already finished, who signed them off?", shown, analyse, register
    )
    assert done is None or ("R3" in done and "R5" not in done)


def test_a_conversation_binds_the_later_one_to_the_row_shown(assistant: Assistant) -> None:
    chat = Chat(assistant)
    first = "Which partnership actions slipped since 2008?"
    answer = chat.respond([Turn(role="user", content=first)]).answer
    messages = [
        Turn(role="user", content=first),
        Turn(role="assistant", content=answer.answer),
        Turn(role="user", content="fine - and when's the later one due?"),
    ]
    result = chat.respond(messages)
    assert not result.answer.abstained
    assert "2017" not in result.standalone
    assert "March 2009" in result.answer.answer


def test_a_row_is_picked_by_its_refs_number(assistant: Assistant) -> None:
    shown = _shown(assistant, 2008, "R25", "R2", "R4")
    assert ranked_pick("who owns the higher-numbered of those two?", shown) == "who owns R25?"
    assert ranked_pick("and the lowest-numbered one - when is it due?", shown) == (
        "and R2 - when is it due?"
    )
    assert ranked_pick("what does the one with the highest number say?", shown) == (
        "what does R25 say?"
    )
    assert ranked_pick("which of those has the lowest number?", shown) == "What is R2?"
