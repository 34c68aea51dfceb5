"""Follow-ups that bundle two things in one turn: a pronoun meaning the OWNER the last answer
named plus a condition ('are any of his items finished?'); a slot change plus a question of
its own ('and for the high ones, who holds them?'), the slot found in an earlier question
when the last one narrowed it away; a year named alone ('and what about 2021?') meaning that
year's paper of the same body. Rules over invented records and an invented reader of
questions, then questions of my own over other bodies' papers (data/papers/dev) and the
invented multi-year papers of tests/fixtures/carried."""

from __future__ import annotations

import re

import pytest

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.counted_pick import counted_pick
from assistant.owner_pronoun import owner_filtered
from assistant.service import Assistant
from assistant.swap_question import swapped_earlier
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_focus import record

TREASURER = Previous(
    "Who holds R4?", [record("R4", owner="Borough Treasurer")], ["R4"], route="register"
)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("are any of his items finished?", "Which actions owned by Borough Treasurer in the"),
        (
            "Does that treasurer hold anything still open?",
            "Which actions owned by Borough Treasurer",
        ),
        ("is she responsible for any late recommendations", "Which late actions in the"),
        (
            "so how many of their actions have slipped",
            "How many actions owned by Borough Treasurer",
        ),
    ],
)
def test_a_pronoun_that_holds_rows_is_the_owner(asked: str, expected: str) -> None:
    standalone = owner_filtered(asked, TREASURER)
    assert standalone is not None and standalone.startswith(expected), standalone
    assert "R4" not in standalone and "Borough Treasurer" in standalone


@pytest.mark.parametrize(
    "asked",
    [
        "what is their deadline?",  # a value of the row
        "do they have any target date?",
        "what else does he hold?",  # the owner's OTHER rows: owner_back's
        "when is it due?",
    ],
)
def test_a_pronoun_that_reads_a_value_is_the_row(asked: str) -> None:
    assert owner_filtered(asked, TREASURER) is None


def test_no_owner_is_meant_when_the_rows_have_several() -> None:
    two = Previous("x", [record("R1", owner="Clerk"), record("R2", owner="Treasurer")], [])
    assert owner_filtered("are any of their actions done?", two) is None


def test_no_owner_is_meant_by_a_row_a_passage_answer_happened_to_cite() -> None:
    """After an answer quoting passages, 'their' is what the user was talking about (a body
    named earlier), not the owner of the one row the passage cited."""
    quoted = Previous(
        "What did the trust say about fuel cards?",
        [record("R4", owner="Borough Treasurer")],
        ["R4"],
        quoted=True,
        route="passages",
    )
    assert owner_filtered("which of their actions are finished?", quoted) is None
    assert owner_filtered("which of their actions are finished?", TREASURER) is not None


_RATING = re.compile(r"\b(high|medium|low)\b", re.I)
_STATE = re.compile(r"\b(complete|ongoing)\b", re.I)


def _read(question: str) -> QueryAnalysis:
    """An invented reader: a rating and a state, the other words terms."""
    rating, state = _RATING.search(question), _STATE.search(question)
    rest = _STATE.sub("", _RATING.sub("", question))
    kept = {"which", "of", "the", "are", "is", "and", "park", "plan", "actions", "rated"}
    return QueryAnalysis(
        question=question,
        intent="list",
        priority=rating.group(1).title() if rating else None,
        statuses=[state.group(1).lower()] if state else [],
        terms=[w for w in re.findall(r"[a-z]\w*", rest.lower()) if w not in kept],
    )


def test_the_slot_is_changed_in_the_nearest_question_that_has_it() -> None:
    listed = Previous("Which park plan actions are rated high?", [], [])
    narrowed = Previous("Which of P1 and P2 is complete?", [], [], before=listed)
    assert swapped_earlier("and the medium one?", narrowed, _read) == (
        "Which park plan actions are rated medium?"
    )
    assert swapped_earlier("and the medium one?", Previous("x", [], []), _read) is None


@pytest.mark.slow
def test_a_rating_changed_and_asked_of_in_one_turn(bodies_assistant: Assistant) -> None:
    _, high = converse(
        bodies_assistant,
        "Which low priority Severnside fire authority recommendations are complete?",
        "ok and for the high ones, who holds them?",
    )
    assert {r.ref for r in high.answer.records} == {"19/20-01", "19/20-08", "19/20-10"}
    assert "Pensions Manager" in high.answer.answer


@pytest.mark.slow
def test_a_possessive_owner_with_a_state(bodies_assistant: Assistant) -> None:
    _, done = converse(
        bodies_assistant,
        "Who is in charge of the grant register conditions at Severnside?",
        "are any of his items finished?",
    )
    assert [r.ref for r in done.answer.records] == ["19/20-01"]


@pytest.mark.slow
def test_a_year_named_alone_is_that_years_paper(carried_assistant: Assistant) -> None:
    first, later = converse(
        carried_assistant,
        "By when should the fuel delivery notes be checked, in Ostwick's 2019 actions?",
        "and what about 2021?",
    )
    assert "Mar-20" in first.answer.answer
    assert {r.year for r in later.answer.records} == {2021}
    assert "Mar-22" in later.answer.answer


@pytest.mark.slow
def test_completions_history_finds_the_row_again(bodies_assistant: Assistant) -> None:
    """On /v1/chat/completions the history comes back as the replies' plain text (a system
    message first, a user turn in parts): the follow-up rests on the same row as on /v1/chat."""
    from fastapi.testclient import TestClient

    from assistant.api.app import create_app

    first = "Which of the Kestrel Moors actions are done?"
    then = "and who owns the last one?"
    with TestClient(create_app(bodies_assistant, warm_up=False)) as client:
        listed = client.post(
            "/v1/chat/completions", json={"messages": [{"role": "user", "content": first}]}
        )
        reply = listed.json()["choices"][0]["message"]["content"]
        messages = [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": [{"type": "text", "text": first}]},
            {"role": "assistant", "content": reply},
            {"role": "user", "content": then},
        ]
        plain = client.post("/v1/chat/completions", json={"messages": messages})
    assert plain.status_code == 200, plain.text
    said = plain.json()["choices"][0]["message"]["content"]
    assert "Ranger Service Manager" in said and "AL-05" in said
    assert converse(bodies_assistant, first, then)[1].answer.answer in said


def test_several_rows_or_one_of_a_pair_are_picked_in_the_order_shown() -> None:
    shown = [record(ref) for ref in ("K1", "K2", "K3", "K4")]
    listed = Previous("Which park actions are open?", shown, ["K1", "K2", "K3", "K4"])
    for asked, refs in (
        ("who owns the first two?", ["K1", "K2"]),
        ("and the last 3 items, when are they due?", ["K2", "K3", "K4"]),
        ("the latter - is it done?", ["K4"]),
        ("is the former one complete?", ["K1"]),
    ):
        pick = counted_pick(asked, listed)
        assert pick is not None and [r.ref for r in pick[2]] == refs, asked
    for asked in ("what did the former director say?", "what happened in the last two years?"):
        assert counted_pick(asked, listed) is None, asked


@pytest.mark.slow
def test_the_first_two_of_a_list_and_the_owner_who_has_got_others(
    bodies_assistant: Assistant,
) -> None:
    _, two = converse(
        bodies_assistant,
        "Which Tamar Vale Homes actions are still ongoing?",
        "ok, who holds the first two of them?",
    )
    assert [r.ref for r in two.answer.records] == ["IA-02", "IA-03"]
    _, others = converse(
        bodies_assistant,
        "Who looks after the former tenant arrears at Tamar Vale?",
        "has that person got any other actions?",
    )
    assert [r.ref for r in others.answer.records] == ["IA-04"]
