"""A question naming a ref of a shape the register does not hold ('QX-07') still carries it,
so the answer is about that ref (and can say the record does not hold it)."""

from __future__ import annotations

import pytest

from assistant.analysis.names import NameIndex, refs_named


def _index(refs: dict[str, str] | None = None) -> NameIndex:
    index = NameIndex(documents=[], sections={}, owners=[])
    index.refs = refs or {}
    return index


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        ("When is action QX-07 due?", "QX-07"),
        ("Who owns gov12?", "GOV12"),
        ("What is the status of IA/19/02?", "IA/19/02"),
    ],
)
def test_ref_shaped_tokens_are_refs_even_when_the_register_lacks_them(
    question: str, ref: str
) -> None:
    assert refs_named(question, _index()) == [ref]


def test_the_registers_spelling_wins_when_it_holds_the_ref() -> None:
    assert refs_named("When is nv-03 due?", _index({"nv-03": "NV-03"})) == ["NV-03"]


def test_quarters_years_dates_and_plain_numbers_are_not_refs() -> None:
    question = "What was due in Q3 2019/20, by 30/06/2019, as item 4, since COVID-19?"
    assert refs_named(question, _index()) == []
