"""A column asked again in a fragment ('and the original date?') after a question that asked
a column by its verb ('when is F1 due?'): that column of the one row named (lead35)."""

from __future__ import annotations

import pytest

from assistant.column_again import column_again


@pytest.mark.parametrize(
    ("fragment", "last", "expected"),
    [
        ("and the original date?", "And when is GS-3 due?", "What is the original date of GS-3?"),
        (
            "what about the revised deadline?",
            "is GS-3 done?",
            "What is the revised deadline of GS-3?",
        ),
    ],
)
def test_a_column_asked_by_its_verb_is_asked_of_the_row_named(
    fragment: str, last: str, expected: str
) -> None:
    assert column_again(fragment, last) == expected


def test_the_column_named_before_is_still_swapped() -> None:
    assert (
        column_again("and the revised one?", "what was the original deadline of GS-3?")
        == "what was the revised deadline of GS-3?"
    )


@pytest.mark.parametrize(
    ("fragment", "last"),
    [
        ("and the original date?", "when are GS-3 and GS-4 due?"),  # two rows: whose?
        ("and the depot one?", "when is GS-3 due?"),  # a new subject, no column
        ("and the revised one?", "when is GS-3 due?"),  # 'one' stands for no column written
    ],
)
def test_no_column_of_one_row_is_read_otherwise(fragment: str, last: str) -> None:
    assert column_again(fragment, last) is None
