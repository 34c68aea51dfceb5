"""A detail of one row that neither the row nor its paper gives (``support/unheld``): typed by
the question's head words and refused, naming the row and what it holds, in place of the row
card; a detail the row or its paper gives is still answered. Over the bundled record and
another bodies' papers (``bodies_assistant``, ``data/papers/dev``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.unheld import asked_detail, unheld
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker
from vectorstore.filters import SearchFilters

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When was R3 approved?", "event"),
        ("On what date did the panel agree AB-2?", "event"),
        ("in which month was X7 ratified?", "event"),
        ("When were the X7 trackers put in the vans?", None),  # not a decision: row_event's
        ("Which committee signed it off?", "body"),
        ("Who endorsed Q-12?", "body"),
        ("which meeting was it taken to?", "body"),
        ("Where will the checks be carried out?", "place"),
        ("where are the new cameras going?", "place"),
        ("Why was it recommended?", "reason"),
        ("What was the reason for R4?", "reason"),
        ("How much did it cost?", "amount"),
    ],
)
def test_the_detail_asked_is_typed_by_its_head_words(question: str, kind: str | None) -> None:
    asked = asked_detail(question, ["R3", "AB-2", "X7", "Q-12", "R4"])
    assert (asked.kind if asked else None) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Who owns R3?",  # the owner column
        "When is AB-2 due?",  # the deadline column
        "When was X7 completed?",  # the row's own closing: its status and deadline
        "When was it originally meant to be done by?",
        "Where does R4 stand now?",  # its state
        "Where is Q-12 reported?",  # its place in the record
        "What progress has been made on R3?",
    ],
)
def test_what_a_column_answers_is_no_detail(question: str) -> None:
    assert asked_detail(question, ["R3", "AB-2", "X7", "Q-12", "R4"]) is None


def _unheld(assistant: Assistant, question: str, ref: str) -> bool:
    """Whether :func:`unheld` refuses ``question`` of the row ``ref``."""
    q = assistant.analyse(question)
    context = assistant.context(SearchFilters(), None)
    record = next(r for r in context.register.all() if r.ref == ref)
    return unheld(q, record, context) is not None


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        # 'Introduce daily vehicle check sheets …' / 'Check sheets in use.': no approval dated
        ("When were the AL-05 check sheets approved?", "AL-05"),
        # 'Awaiting new backup software.': no body named
        ("Which board was AL-09 taken to?", "AL-09"),
        ("Who ratified AL-09?", "AL-09"),
        # 'Review and close all enforcement cases …': no place named
        ("Where will the AL-01 enforcement reviews be held?", "AL-01"),
    ],
)
def test_a_detail_the_row_never_gives_is_refused_not_carded(
    bodies_assistant: Assistant, ask_bodies: Ask, question: str, ref: str
) -> None:
    assert _unheld(bodies_assistant, question, ref)  # the check itself, whichever refuses first
    answer = ask_bodies(question)
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer
    first = answer.answer.splitlines()[0]
    assert ref in first and "Rest of the row" not in answer.answer


@pytest.mark.parametrize(
    ("question", "ref", "given"),
    [
        ("Who approved the IA-08 compliance statement?", "IA-08", "approved by the Board"),
        ("When was the IA-04 retraining delivered?", "IA-04", "September 2020"),
        ("Why was AL-02 raised?", "AL-02", "banked late"),  # its issue is why
    ],
)
def test_a_detail_the_row_gives_is_answered(
    bodies_assistant: Assistant, ask_bodies: Ask, question: str, ref: str, given: str
) -> None:
    assert not _unheld(bodies_assistant, question, ref)
    answer = ask_bodies(question)
    assert not answer.abstained, answer.answer
    assert given in answer.answer


def test_a_bundled_row_is_refused_for_an_undated_approval(ask: Ask) -> None:
    answer = ask("When was R18 in the PURE action plan approved?")
    assert answer.abstained and "R18" in answer.answer.splitlines()[0]
    assert "Director of Finance Services" in answer.answer  # what the row does hold


def test_a_bundled_row_answers_an_event_it_dates(ask: Ask) -> None:
    answer = ask("When was the R18 interim solution for the scheme of delegation implemented?")
    assert not answer.abstained and "October 08" in answer.answer
