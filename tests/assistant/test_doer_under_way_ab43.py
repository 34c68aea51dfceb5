"""The doer of an event under way ('who is supplying …?', "who's carrying out …?") is asked as
the doer of a past one is (``support/doers.WHO_DID``): the row's owner is no answer when the
event is not the row's own work, and no sentence about it names who. The row's own work in
the progressive ('who is leading it?') stays an owner question. Over other bodies' papers
(``data/papers/dev``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.doers import WHO_DID
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who's supplying the new software?", "supplying"),
        ("who is carrying out the review?", "carrying"),
        ("who drafted it?", "drafted"),
        ("who was appointed?", None),  # a passive: who was named to a post, no doer
        ("who is going to lead it?", None),
        ("who is the supervising engineer?", None),
    ],
)
def test_a_doer_is_asked_in_the_progressive_too(question: str, verb: str | None) -> None:
    found = WHO_DID.search(question)
    assert (found["verb"] if found else None) == verb


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def test_a_supplier_under_way_the_row_never_names_is_refused(ask_bodies: Ask) -> None:
    """Kestrel Moors AL-09: 'Awaiting new backup software.'; its owner is the ICT Officer."""
    answer = ask_bodies("who's supplying the new backup software for AL-09?")
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer


def test_the_row_s_own_work_in_the_progressive_is_its_owner(ask_bodies: Ask) -> None:
    answer = ask_bodies("Who is leading AL-09?")
    assert not answer.abstained and "ICT Officer" in answer.answer, answer.answer
