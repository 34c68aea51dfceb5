"""A premise that gives a row to an owner, against one that only names the owner (merge of
the thirty-fifth session)."""

from __future__ import annotations

import pytest

from assistant.answers.support.given_to import given_to


@pytest.mark.parametrize(
    "premise",
    [
        "DM10 was given to the Estates Manager",
        "the action owned by Estates Manager",
        "the Estates Manager's action on damp",
        "the Estates Manager leads it",
    ],
)
def test_a_premise_giving_the_row_to_the_owner(premise: str) -> None:
    assert given_to(premise, "Estates Manager")


def test_a_premise_only_naming_the_owner() -> None:
    assert not given_to("the Estates Manager need a damp policy", "Estates Manager")
    assert not given_to(None, "Estates Manager")
