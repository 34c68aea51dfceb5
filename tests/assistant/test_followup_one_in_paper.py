"""'the one about X' left in a resolved question, naming a row the last answer did not show:
the row of the paper in focus whose title and action hold most of X's words (at least half,
more than any other row). My own wordings over the bundled record."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.one_in_paper import one_in_paper
from assistant.service import Assistant


def _about(assistant: Assistant, ref: str) -> Previous:
    row = next(r for r in assistant.register.all() if r.ref == ref and "PURE" in r.document.title)
    return Previous(f"who owns {ref}?", [row], [ref])


@pytest.mark.parametrize(
    ("asked", "ref"),
    [
        ("Which came first, R18 or the one on declaring hospitality and interests?", "R21"),
        ("Does R18 share an owner with the one about whistle-blowing arrangements?", "R22"),
    ],
)
def test_the_described_row_of_the_paper_in_focus(
    assistant: Assistant, asked: str, ref: str
) -> None:
    resolved = one_in_paper(asked, _about(assistant, "R18"), assistant.register)
    assert resolved is not None and ref in resolved and "the one" not in resolved


@pytest.mark.parametrize(
    "asked",
    [
        "Which came first, R18 or the one about sponsorship of bicycles on the moon?",  # no row
        "Which came first, R18 or the one about it?",  # too few words to describe a row
        "When is R18 due?",
    ],
)
def test_no_row_described(assistant: Assistant, asked: str) -> None:
    assert one_in_paper(asked, _about(assistant, "R18"), assistant.register) is None
