"""A follow-up's rewrite that pasted in a piece of the last question's clause rather than a noun
phrase is not used when one row is in focus: the question is asked of that row instead
(assistant.well_formed)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.service import Assistant
from assistant.well_formed import inserted, malformed, well_formed


@pytest.mark.parametrize(
    ("question", "rewrite"),
    [
        # a frame verb with its preposition opens the phrase put in
        (
            "and what has it cost so far?",
            "and what has going on with the depot roof repairs cost so far?",
        ),
        # the phrase stops on words that need something after them
        ("why the hold-up there?", "why the hold-up for the mower contract not being?"),
        # a clause pasted in as an aside
        (
            "Can we see the minutes themselves?",
            "Can we see the minutes themselves (the trust made faster on the estates plan)?",
        ),
        # a slot left empty before a colon
        ("and its rating?", "and the rating of other items in : grounds log?"),
    ],
)
def test_a_rewrite_pasting_a_clause_piece_is_malformed(question: str, rewrite: str) -> None:
    assert malformed(question, rewrite), inserted(question, rewrite)


@pytest.mark.parametrize(
    ("question", "rewrite"),
    [
        ("who owns the second one?", "who owns K7 in the Grounds Maintenance Log?"),
        ("and the revised one?", "what was the revised deadline of item 4 in the Estates Plan?"),
        (
            "how much has been recovered?",
            "How much rent arrears in the Income Log has been recovered?",
        ),
        (
            "and how many sit behind them?",
            "and how many sit behind them (priority areas are in the 2019 plan's table)?",
        ),
        ("and in the 2021 plan, anything on training?", "Anything on training in the 2021 plan?"),
    ],
)
def test_a_rewrite_putting_in_a_noun_phrase_is_well_formed(question: str, rewrite: str) -> None:
    assert not malformed(question, rewrite), inserted(question, rewrite)


def test_a_malformed_rewrite_is_asked_of_the_one_row_in_focus(assistant: Assistant) -> None:
    row = next(r for r in assistant.register.all() if r.ref == "R21")
    previous = Previous("who leads on R21?", [row], ["R21"], quoted=True)
    bad = "how much has happening with the pay review been spent so far?"
    asked = well_formed("how much has been spent so far?", bad, previous)
    assert asked == "how much has been spent so far for R21?"
    asked = well_formed("why is it stuck?", "why is the pay review not being stuck?", previous)
    assert asked == "why is R21 stuck?"
    good = "how much has been spent so far for R21?"
    assert well_formed("how much has been spent so far?", good, previous) == good
    # several rows in focus: no one row to ask it of, the rewrite kept (it names the paper)
    two = Previous("which mention pay?", [row, row.model_copy(update={"id": "x"})], ["R21", "x"])
    assert well_formed("how much has been spent so far?", bad, two) == bad
