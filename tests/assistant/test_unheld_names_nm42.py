"""Names, members and expansions the record never gives: the typed refusal without citations
(``support/listed_kind``, ``support/expansion``), the answers that hold them kept, and the
reading of names bound to a kind (``support/unnamed_quotes``). Over the bundled record and other bodies' papers (``data/papers/dev``), in
wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.expansion import asked_short
from assistant.answers.support.unnamed_kind import names_near
from assistant.answers.support.unnamed_quotes import asked_group
from assistant.service import Assistant
from assistant.text import stem_of, stems
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What was the name of the sergeant appointed to chase them?", ["sergeant"]),
        ("and what's the sergeant's name?", ["sergeant"]),
        ("who were the names of the trustees on it?", ["trustees"]),
        ("which two committees still need assessing?", ["committees"]),  # counted: members
        ("which trustees sit on the committee?", ["trustees"]),
    ],
)
def test_the_group_or_person_named_is_read_from_the_frame(question: str, kind: list[str]) -> None:
    assert asked_group(question, []) == kind


@pytest.mark.parametrize(
    "question",
    [
        "which committee approved it?",  # a body one name answers: its own typed answers
        "which actions are overdue?",  # rows
        "what's the name of the officer who owns R3?",  # a post: the owner column
        "what is the status of it?",
    ],
)
def test_a_body_a_post_or_rows_ask_no_group(question: str) -> None:
    assert asked_group(question, []) == []


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("what does NICC actually stand for?", "NICC"),
        ("So what is BVPB short for?", "BVPB"),
        ("what's the full name of the ILAU?", "ILAU"),
        ("MTFP stands for what exactly?", "MTFP"),
    ],
)
def test_a_short_form_asked_is_read_from_the_frame(question: str, short: str) -> None:
    assert asked_short(question) == short


@pytest.mark.parametrize(
    "question",
    ["what does the new system mean for staff?", "what does it stand for?", "what is R5 for?"],
)
def test_no_short_form_is_asked_without_capitals_or_the_frame(question: str) -> None:
    assert asked_short(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "what does NICC stand for?",
        "What is NICC short for, in the PURE plan?",
        "what's the full form of NICC?",
    ],
)
def test_a_short_form_no_paper_spells_out_is_refused(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert "NICC" in answer.answer and "never spells it out" in answer.answer


def test_a_short_form_a_paper_defines_is_not_refused_for_it(ask: Ask) -> None:
    """'the Inspection Liaison & Analysis Unit (ILAU)' defines it in the 2002 summary."""
    answer = ask("what does ILAU stand for?")
    assert "unheld-expansion" not in answer.notes, answer.answer


def test_a_short_form_spelled_in_lower_case_is_not_refused_for_it(ask_bodies: Ask) -> None:
    """Tamar Vale: 'Data protection impact assessments are not completed …' then 'a DPIA'."""
    answer = ask_bodies("what does DPIA stand for?")
    assert "unheld-expansion" not in answer.notes, answer.answer


@pytest.mark.parametrize(
    ("text", "kind", "flags", "named"),
    [
        # a total is no member named, when the question counts its own ('which two …')
        (
            "Four of six committees assessed.",
            "committees",
            {"members": True, "counted": True},
            False,
        ),
        # a count answers 'which stations' in part
        (
            "Inventory records were incomplete at three stations.",
            "stations",
            {"members": True},
            True,
        ),
        # a sort of the group names no member of it
        ("Check every volunteer driver each year.", "drivers", {"members": True}, False),
        # a count tells no one of a singular kind apart
        ("Payments to be authorised by two councillors.", "councillor", {"one": True}, False),
        # a name in the kind's noun phrase
        ("The Oracle and SAP systems lack an interface.", "systems", {"members": True}, True),
    ],
)
def test_a_name_is_one_bound_to_the_kind(
    text: str, kind: str, flags: dict[str, bool], named: bool
) -> None:
    head = stem_of(kind)
    said = stems(f"which {kind}") | {head}
    assert names_near(text, {head}, head, said, set(), **flags) is named


def test_a_list_of_rows_the_kind_narrows_is_kept(ask_bodies: Ask) -> None:
    """'which actions are closed?' asks rows: the register's list answers."""
    answer = ask_bodies("which actions are closed?")
    assert not answer.abstained and answer.records, answer.answer
