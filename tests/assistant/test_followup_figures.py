"""A short figure question with no subject of its own ('how many were developed?', 'over how many
years?', 'what percentage by June?') right after an answer that quoted passages asks of the
user's own subject of that turn, so the passage that held the number answers it again; a figure
question with a subject of its own, or about the register's rows, is left as it is."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def passages_about(focus: str) -> Previous:
    previous = Previous(
        "What does the fleet plan say about electric vans", [], [], route="passages"
    )
    previous.quoted = True
    previous.focus = focus
    return previous


def test_a_figure_question_asks_of_the_subject_of_the_passages() -> None:
    vans = passages_about("electric vans in the fleet plan")
    for question, expected in (
        ("how many were bought?", "How many electric vans in the fleet plan were bought?"),
        ("and how many by March 2020?", "How many electric vans in the fleet plan by March 2020?"),
        ("over how many years?", "Over how many years for electric vans in the fleet plan?"),
        ("how many vans?", "How many electric vans in the fleet plan?"),
        (
            "what percentage is charged overnight?",
            "What percentage of electric vans in the fleet plan is charged overnight?",
        ),
    ):
        assert rewrite_by_rules(question, HISTORY, vans) == expected


def test_a_figure_question_with_its_own_subject_is_left_alone() -> None:
    vans = passages_about("electric vans in the fleet plan")
    for question in (
        "how long is the strategy?",
        "how many recommendations were met?",
        "how much of that is capital?",
    ):
        asked = rewrite_by_rules(question, HISTORY, vans)
        assert (
            asked is None or "electric vans in the fleet plan" not in asked or "of that" in question
        )


def test_figures_of_the_bundled_papers_follow_the_passage(assistant: Assistant) -> None:
    chat = Chat(assistant)
    for first, then, figure in (
        (
            "What does the 2017 Met governance report say about activities and milestones?",
            "how many have been completed?",
            "18",
        ),
        (
            "what did the 2007/08 action plan say about corporate health indicators?",
            "how many were developed?",
            "60",
        ),
    ):
        shown = chat.respond([Turn(role="user", content=first)]).answer.answer
        turns = [Turn(role="user", content=first), Turn(role="assistant", content=shown)]
        answer = chat.respond([*turns, Turn(role="user", content=then)]).answer
        assert figure in answer.answer and answer.route != "abstain", answer.answer[:300]
