"""An owner introduced by one row, then asked about another row they hold ('the officer
responsible for X owns one other: when is it due?'): the chain is asked in parts (who holds
the row described; which other rows they hold; those the statement picks; the question asked
of the one found). Questions of my own over other bodies' papers (data/papers/dev)."""

from __future__ import annotations

from assistant.analysis.parts import question_parts
from assistant.service import Assistant


def test_the_chain_is_spelt_out_in_parts() -> None:
    parts = question_parts(
        "The manager in charge of the depot keys holds one other action. When is it due?"
    )
    assert parts == [
        "Who is responsible for the depot keys?",
        "Which other actions do they own?",
        "When is it due?",
    ]
    parts = question_parts(
        "Whoever owns the grants review also has one that has slipped. Who shares that one?"
    )
    assert parts[1:] == [
        "Which other actions do they own?",
        "Which of those has slipped?",
        "Who shares it?",
    ]
    parts = question_parts(
        "Kelbury's head of payroll leads on overtime claims. What is the status of their other "
        "recommendation?"
    )
    assert parts[0] == "Who is responsible for Kelbury's overtime claims?"
    assert parts[-1] == "What is the status of it?"
    for plain in ("Whoever owns R13, what else do they own?", "Who owns the grants review?"):
        assert "Which other actions do they own?" not in question_parts(plain)


def test_the_other_row_of_the_owner_is_answered(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "The officer responsible for Severnside's grant register conditions owns one other "
        "recommendation. What is it and when is it due?"
    )
    assert [r.ref for r in answer.records][-1] == "19/20-01"
    assert "is due **2019-10-31 (31 October 2019)**" in answer.answer  # ISO written out
    answer = bodies_assistant.ask(
        "Whoever leads Tamar Vale's former tenant arrears work also has another action. What "
        "is its status?"
    )
    assert "**IA-04**" in answer.answer.split("What is IA-04's status?**")[1]
    answer = bodies_assistant.ask(
        "Northern Valleys' head of concessions leads on travel pass stock. When is their other "
        "action due?"
    )
    assert (
        "**When is NV-01 due?**" in answer.answer
        and "**2020-06-30 (30 June 2020)**" in answer.answer
    )
