"""'their grant register action' after a turn about one owner's row: the row of that owner
the words describe, not the row in focus; 'in the first place' is an idiom, no pick. My own
wordings over a fire authority's tracker (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.followup_forms import ORDINAL
from assistant.owner_topic import owners_row
from assistant.service import Assistant


def _about(assistant: Assistant, ref: str) -> Previous:
    record = next(r for r in assistant.register.all() if r.ref == ref)
    return Previous(f"who owns {ref}?", [record], [ref], route="register")


@pytest.mark.parametrize(
    ("asked", "ref"),
    [
        ("And what happened to their grant register action?", "19/20-09"),
        ("where is his overtime claims recommendation at?", "19/20-01"),
    ],
)
def test_the_owners_row_the_words_describe(
    bodies_assistant: Assistant, asked: str, ref: str
) -> None:
    previous = _about(bodies_assistant, "19/20-01")  # the Head of Finance's
    resolved = owners_row(asked, previous, bodies_assistant.register)
    assert resolved is not None and ref in resolved
    assert "their" not in resolved.split() and "his" not in resolved.split()


@pytest.mark.parametrize(
    "asked",
    [
        "what about their other action?",  # no description: the rules for 'other' take it
        "what happened to their pension action?",  # a row of another owner
        "when is it due?",
    ],
)
def test_no_row_is_made_up(bodies_assistant: Assistant, asked: str) -> None:
    previous = _about(bodies_assistant, "19/20-01")
    assert owners_row(asked, previous, bodies_assistant.register) is None


def test_in_the_first_place_picks_nothing() -> None:
    assert ORDINAL.search("What went wrong in the first place?") is None
    assert ORDINAL.search("and who owns the first one?") is not None
