"""A follow-up asking a reason by its noun ('what's the explanation for the lateness?'), or the
latest word by a superlative standing for its noun ('and the newest?'), names no subject of its
own: it is asked of the one row in focus, whose note holds the answer (assistant.carried_row
with assistant.analysis.reason_asks)."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_row import carried_row
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers


def test_a_reason_asked_by_its_noun_is_carried(bodies_assistant: Assistant) -> None:
    row = next(
        r
        for r in bodies_assistant.register.all()
        if r.ref and r.progress and "await" in r.progress.lower()
    )
    name = row.ref or ""
    previous = Previous(f"who owns {name}?", [row], [name], quoted=True)
    answers = TurnAnswers(bodies_assistant.ask, bodies_assistant.analyse)
    asked = carried_row(
        "what's the explanation for the lateness?", previous, answers, bodies_assistant.register
    )
    assert asked == f"what's the explanation for the lateness for {name}?"
    asked = carried_row("What's behind the slippage?", previous, answers, bodies_assistant.register)
    assert asked == f"What's behind the slippage for {name}?"


def test_a_superlative_alone_asks_the_row_note(bodies_assistant: Assistant) -> None:
    row = next(r for r in bodies_assistant.register.all() if r.ref and r.progress)
    bare = row.model_copy(update={"progress": None})  # the same row with no note
    answers = TurnAnswers(bodies_assistant.ask, bodies_assistant.analyse)
    name = row.ref or ""
    previous = Previous(f"when is {name} due?", [row], [name], quoted=True)
    asked = carried_row("and the very newest?", previous, answers, bodies_assistant.register)
    assert asked == f"and the very newest for {name}?"
    # a row with no note holds no latest word: not carried
    empty = Previous("when is it due?", [bare], [bare.ref or ""], quoted=True)
    assert carried_row("and the very newest?", empty, answers, bodies_assistant.register) is None
