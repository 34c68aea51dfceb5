"""Totals by group: the rows in scope counted by the column the group noun names (a paper's own
header, a field's general word, a word the owners are written in), in wordings written here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest

from assistant.analysis.grouping import asked_grouping
from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "headers", "owners", "field", "extreme"),
    [
        ("Split the tracker's items up by RAG, please", {("rag",): "status"}, [], "status", None),
        ("How many recommendations sit with each officer?", {}, ["Finance Officer"], "owner", None),
        ("which post-holder carries the fewest actions?", {}, [], "owner", "fewest"),
        ("Who is down for the most items in the log?", {}, [], "owner", "most"),
        ("What's the most common priority among them?", {}, [], "priority", "most"),
    ],
)
def test_the_group_noun_is_typed_as_a_column(
    question: str,
    headers: dict[tuple[str, ...], str],
    owners: list[str],
    field: str,
    extreme: str | None,
) -> None:
    found = asked_grouping(question, headers, owners)  # type: ignore[arg-type]
    assert found is not None and (found.field, found.extreme) == (field, extreme)


@pytest.mark.parametrize(
    "question",
    [
        "How many actions are held by the Treasurer?",  # a value after 'by': a filter
        "For each directorate, how many actions are there?",  # a director is no directorate
        "Who owns each action?",  # no total asked
        "How many staff were trained, per the response to R4?",  # 'per the': according to
    ],
)
def test_a_noun_naming_no_column_asks_no_grouping(question: str) -> None:
    assert asked_grouping(question, {}, ["Head of Finance", "Treasurer", "Director of HR"]) is None


def _counts(assistant: Assistant, title_word: str) -> Counter[str]:
    records = [r for r in assistant.register.all() if title_word in r.document.title.lower()]
    return Counter(r.owner or "" for r in records)


def test_rows_are_counted_by_owner_with_each_row_cited(
    ask: Ask, bodies_assistant: Assistant
) -> None:
    answer = ask("Give me a count of the Fenbury Housing recommendations for every resp. officer")
    expected = _counts(bodies_assistant, "recommendations log")
    assert expected, "the Fenbury log holds rows"
    for owner, n in expected.items():
        assert re.search(rf"\*\*{re.escape(owner)}\*\*: {n} —", answer.answer), answer.answer
    assert len(answer.citations) == sum(expected.values())


def test_the_group_at_an_extreme_comes_first_with_ties(ask: Ask) -> None:
    answer = ask("In Northern Valleys' RAG tracker, what RAG colour do the most actions carry?")
    first = answer.answer.splitlines()[0]
    assert "**Green**" in first and "**Amber**" in first and "**4** each" in first, first
    assert "by RAG" in answer.answer
