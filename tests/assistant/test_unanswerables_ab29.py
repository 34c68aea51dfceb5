"""Abstain on evidence, correct a premise, compare the same aspect of each side (issue 14,
twenty-ninth session). Invented wordings: the pure readers first, then the bundled record."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse, answer_type
from assistant.answers.router import choose_route
from assistant.service import Assistant


def test_a_wh_clitic_asks_the_same_kind_as_the_full_verb() -> None:
    assert answer_type("What's the projected spend on the depot roof?") == "amount"
    assert answer_type("What’s the budget for the new depot?") == "amount"
    assert answer_type("what's the percentage of invoices paid late?") == "percentage"
    assert answer_type("What's the frequency of the fleet checks?") == "frequency"
    assert answer_type("What's the depot roof about?") is None


def test_a_name_asked_of_a_post_described_by_a_grouping_goes_to_the_passages() -> None:
    index = NameIndex(documents=[], sections={}, owners=[])
    named = analyse("What is the name of the manager who holds the most actions?", index)
    assert named.group_by == "owner"
    assert choose_route(named) == "passages"
    grouped = analyse("Who holds the most actions?", index)
    assert grouped.group_by == "owner"
    assert choose_route(grouped) == "register"


def test_an_unpriced_action_asked_its_cost_with_a_clitic_abstains(assistant: Assistant) -> None:
    answer = assistant.ask("What's the expected cost of the members' financial training?")
    assert answer.abstained
    assert answer.abstention == "value_not_given"
