"""Names asked of a kind that the quotes never give (``support/unnamed_quotes``, now in the
pipeline): the verb asked of the kind, codes that name one of a series, and a later part of
the question still asked of the row whose detail was refused. Over the bundled record, in
wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.unnamed_quotes import (
    _codes,
    _new_names,
    asked_group,
    asked_predicate,
)
from assistant.service import Assistant
from assistant.text import stems
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Which firm was hired for the review?", "hired"),
        ("which consultancy drafted it?", "drafted"),
        ("Which contractor has been booked to do the relining?", "booked"),
        ("What was the name of the consultant appointed to draft the policies?", "appointed"),
        ("which firm is the board's solicitor?", None),  # a copula: no event asked of the kind
        ("which partners is the income being negotiated with?", None),
    ],
)
def test_the_verb_asked_of_the_kind_is_read_from_the_frame(question: str, verb: str) -> None:
    assert asked_predicate(question, asked_group(question, [])) == verb


@pytest.mark.parametrize(
    ("text", "question", "named"),
    [
        # one of a series named by its short form and number
        ("We could not provide data for BVPI 153b.", "which indicators lack data?", True),
        ("Data for KPI 12 is late.", "which measures are late?", True),
        # the code the question itself says names nothing new
        ("Data for BVPI 153b is late.", "why is BVPI 153b late?", False),
        # a row's ref or a quarter is no name of the kind
        ("R18 is due in Q2 2009.", "which firm drafted it?", False),
    ],
)
def test_a_code_names_one_of_a_series(text: str, question: str, named: bool) -> None:
    assert _codes(text, stems(question)) is named


def test_a_name_asked_whose_verb_no_quote_speaks_of_is_refused(ask: Ask) -> None:
    """The scheme of delegation's rows name solutions and systems, and no one reviewing it."""
    answer = ask("Which consultancy reviewed the scheme of delegation?")
    assert answer.abstained and not answer.citations, answer.answer
    assert "unheld-named" in answer.notes


def test_codes_of_the_kind_asked_are_kept(ask: Ask) -> None:
    """R1 of 2002: 'unable to provide data for BVPI 153b', 'BVPI 129': performance indicators."""
    answer = ask("Which performance indicators was the MPS unable to provide data for in 2002?")
    assert not answer.abstained, answer.answer
    assert "153b" in answer.answer


def test_a_part_after_a_refused_name_is_asked_of_the_row(ask: Ask) -> None:
    """The sergeant of R13 is never named; the owner of R13 is, and the second part asks it."""
    answer = ask(
        "What was the name of the sergeant appointed in DAC TP's office to chase the "
        "implementation of recommendations, and who owns that action?"
    )
    assert "does not name the sergeant" in answer.answer, answer.answer
    assert "depends on the part before it" not in answer.answer, answer.answer
    assert "R13" in answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who are the funders of those grants?", ["funders"]),
        ("Who are the union reps working on it?", ["union", "reps"]),  # the verb after: no kind
        ("who were the MPA and MPS partnering with?", []),  # names, not a plural common noun
        ("who is the chair?", []),  # one person: the typed answers read it
    ],
)
def test_a_group_asked_by_who_is_read_as_its_members(question: str, kind: list[str]) -> None:
    assert asked_group(question, []) == kind


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def test_members_of_a_group_spoken_of_but_never_named_are_refused(ask_bodies: Ask) -> None:
    """Kestrel Moors AL-07: 'Draft with union reps.', and no rep named; the owner column is
    no answer to who the reps are."""
    answer = ask_bodies("Who are the union reps working on the lone working procedures?")
    assert answer.abstained and "unheld-named" in answer.notes, answer.answer


def test_the_owner_s_post_is_no_name_of_the_group(ask_bodies: Ask) -> None:
    """Kestrel Moors AL-04 quotes its owner, 'Head of Land Management': no funder named."""
    answer = ask_bodies("who are the funders of the grants at Kestrel Moors?")
    assert answer.abstained and "unheld-named" in answer.notes, answer.answer


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # the body the question names, with one word more: its own subject, no new name
        ("Body: Wendle Valley Joint Archives Service 5", False),
        ("Work is led by Oakfield District Council.", True),
        # a month as a cell writes it with its year is no name
        ("Jan-26 (revised from Oct-25)", False),
    ],
)
def test_a_new_name_is_mostly_words_the_question_does_not_say(text: str, named: bool) -> None:
    question = "Which councils are the partner councils in the Wendle Valley archives service?"
    assert _new_names(text, stems(question)) is named
