"""A short follow-up that changes one slot of the last question ('and the low ones?', 'what
about the Treasurer?', 'and which are still open?') is the last question with that slot
replaced, not pasted after it; 'which of the two …' narrows the pair just shown. The rule over
an invented reader of questions, then questions of my own over other bodies' papers
(data/papers/dev)."""

from __future__ import annotations

import re

import pytest

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.service import Assistant
from assistant.slot_swap import fragment_of, swapped_slot
from assistant.turn_answers import TurnAnswers
from tests.assistant.test_follow_ups import converse

_RATING = re.compile(r"\b(high|medium|low)\b(?:\s+(?:priority|rated))?", re.I)
_STATE = re.compile(r"\b(complete|ongoing|not started)\b", re.I)
_OWNER = re.compile(r"\b(Chief Clerk|Head of Parks)\b", re.I)


def _read(question: str) -> QueryAnalysis:
    """An invented reader: a rating, a state and one of two owners, the other words terms."""
    rating, state, owner = (
        _RATING.search(question),
        _STATE.search(question),
        _OWNER.search(question),
    )
    rest = _OWNER.sub("", _STATE.sub("", _RATING.sub("", question)))
    kept = {"which", "of", "the", "are", "is", "actions", "does", "own", "in", "plan", "parks"}
    terms = [w for w in re.findall(r"[a-z]+", rest.lower()) if w not in kept]
    return QueryAnalysis(
        question=question,
        intent="list",
        priority=rating.group(1).title() if rating else None,
        statuses=[state.group(1).lower().replace(" ", "_")] if state else [],
        owner=owner.group(1).title() if owner else None,
        terms=terms,
    )


def _previous(question: str) -> Previous:
    return Previous(question, [], [])


@pytest.mark.parametrize(
    ("last", "asked", "expected"),
    [
        ("Which parks plan actions are high priority?", "and the low ones?",
         "Which parks plan actions are low priority?"),
        ("Which parks plan actions are complete?", "And which are still ongoing?",
         "Which parks plan actions are ongoing?"),
        ("Which actions does the Chief Clerk own in the parks plan?", "how about the head of parks",
         "Which actions does the head of parks own in the parks plan?"),
        ("Which parks plan actions are ongoing?", "Same for the not started ones please",
         "Which parks plan actions are not started?"),
    ],
)  # fmt: skip
def test_the_slot_the_follow_up_names_is_replaced(last: str, asked: str, expected: str) -> None:
    assert swapped_slot(asked, _previous(last), _read) == expected


@pytest.mark.parametrize(
    "asked",
    [
        "and when is it due?",  # asks something of its own
        "and the second one?",  # a pick
        "and in 2024?",  # another year's paper
        "which of those are complete?",  # narrows the list shown
        "and the hedge cutting ones?",  # a new subject: no slot of the last question
    ],
)
def test_what_changes_no_slot_is_left_to_the_other_rules(asked: str) -> None:
    last = _previous("Which parks plan actions are high priority?")
    assert swapped_slot(asked, last, _read) is None


def test_a_second_state_is_no_replacement() -> None:
    """'ongoing' put in place of a word that is not the state adds a state: not a swap."""
    assert fragment_of("and which are ongoing?") == "ongoing"
    last = _previous("Which complete actions are in the parks plan?")
    assert swapped_slot("and which are ongoing?", last, _read) == (
        "Which ongoing actions are in the parks plan?"
    )


def test_each_question_is_answered_once_a_turn() -> None:
    asked: list[str] = []

    def ask(question: str, filters: dict[str, object] | None) -> object:
        asked.append(question)
        return object()  # an answer, as far as the memo cares

    answers = TurnAnswers(ask)  # type: ignore[arg-type]
    first = answers.ask("who owns R1?", {"document": ["a"]})
    assert answers.ask("who owns R1?", {"document": ["a"]}) is first
    answers.ask("who owns R1?", None)
    assert asked == ["who owns R1?", "who owns R1?"]


@pytest.mark.slow
def test_a_rating_swapped_over_a_paper(bodies_assistant: Assistant) -> None:
    _, low = converse(
        bodies_assistant,
        "Which Severnside fire authority recommendations are rated high?",
        "what about the low rated ones?",
    )
    assert {r.ref for r in low.answer.records} == {"19/20-05", "19/20-09", "19/20-11"}


@pytest.mark.slow
def test_which_of_the_two_narrows_the_pair(bodies_assistant: Assistant) -> None:
    _, picked = converse(
        bodies_assistant,
        "Which Severnside fire authority recommendations does the Treasurer own?",
        "which of the two is complete?",
    )
    assert [r.ref for r in picked.answer.records] == ["19/20-05"]


_DEGREE = re.compile(r"\b(?:met\s+)?(?:only\s+)?(partially|largely|completely)\b", re.I)


def _read_degree(question: str) -> QueryAnalysis:
    """An invented reader of degrees: 'completely' the state complete, another degree both
    the degree and the state partial."""
    found = _DEGREE.search(question)
    word = found.group(1).lower() if found else None
    rest = _DEGREE.sub("", question)
    kept = {"how", "many", "parks", "plan", "actions", "were", "met", "of", "the", "in"}
    return QueryAnalysis(
        question=question,
        intent="count",
        statuses=["complete"] if word == "completely" else ["partial"] if word else [],
        degree=word if word and word != "completely" else None,
        documents=["parks"] if "parks" in question.lower() else [],
        terms=[w for w in re.findall(r"[a-z]+", rest.lower()) if w not in kept],
    )


def test_a_count_of_another_degree_swaps_the_state() -> None:
    """'and how many only partially?' after a count of rows met completely: the same count,
    of the degree named (a degree and a state are one slot)."""
    assert fragment_of("and how many only partially") == "only partially"
    last = _previous("How many parks plan actions were met completely?")
    assert swapped_slot("and how many only partially", last, _read_degree) == (
        "How many parks plan actions were met only partially?"
    )


def test_which_after_a_count_asks_for_the_rows() -> None:
    """'which are ongoing?' after 'how many … are complete?': the rows in the new state."""
    last = _previous("How many parks plan actions are complete?")
    assert swapped_slot("and which are ongoing?", last, _read) == (
        "Which parks plan actions are ongoing?"
    )
