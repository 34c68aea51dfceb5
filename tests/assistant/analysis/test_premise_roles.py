"""Premises read by role (issue 14, false premises): a negative quantifier that is the subject
of an owner predicate is the blank-owner filter, elsewhere it only frames; a state still to come
or asked of the person ('to be appointed', 'who was appointed') asserts nothing of the thing; a
sentence putting a deadline on a thing before the question is its premise; a rating with an
article ('rated a low risk') is a rating. Wordings written here."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.claimed import read_claims, read_premise
from assistant.answers.support.dated import agrees, asserted_dates
from ingest.dates import scan_dates


@pytest.mark.parametrize(
    "question",
    [
        "Which recommendations had no one been put down as responsible for?",
        "How many items is nobody formally accountable for?",
        "List the actions without anybody in charge",
        "Which actions has no officer ever been named as leading?",
    ],
)
def test_a_negative_subject_of_an_owner_predicate_keeps_rows_with_no_owner(
    name_index: NameIndex, question: str
) -> None:
    analysis = analyse(question, name_index)
    assert analysis.intent in ("list", "count"), question
    assert analysis.no_owner, question


@pytest.mark.parametrize(
    "question",
    [
        "Nobody could tell me: which actions are due in 2009?",
        "Which actions does the Treasurer own with nobody else sharing them?",
        "List the recommendations that nobody seems to think were completed",
    ],
)
def test_a_negative_quantifier_elsewhere_is_no_owner_filter(
    name_index: NameIndex, question: str
) -> None:
    assert not analyse(question, name_index).no_owner, question


def test_a_state_still_to_come_or_asked_of_the_person_is_no_claim() -> None:
    for question in (
        "Who is going to be appointed to chair the scrutiny panel?",
        "Who was appointed to run the new review?",
        "Which posts are being replaced in the restructure?",
    ):
        assert read_claims(question, None, "lookup") == [], question
    # a reported state is asserted, and so is a state said of the thing itself
    assert read_claims("Why was the auditor appointed so late?", None, "explain")
    claims = read_claims("The plan is reported to be completed - who signed it?", None, "lookup")
    assert [c.kind for c in claims] == ["complete"]


def test_a_sentence_putting_a_deadline_on_a_thing_is_the_premise() -> None:
    premise = read_premise(
        "The stock check was meant to be finished by June 2021. What went wrong?"
    )
    assert premise == "The stock check was meant to be finished by June 2021"
    assert [a.event for a in asserted_dates(premise)] == ["due"]
    # a sentence with no deadline in it stays part of the question
    assert read_premise("Training keeps coming back. Which actions cover it?") is None


def test_a_day_written_in_figures_is_no_span_of_years() -> None:
    (march,) = asserted_dates("it was due in March 2022")
    assert not any(agrees(march, d) for d in scan_dates("30/04/2022")[0])
    assert not any(agrees(march, d) for d in scan_dates("2022-08-31")[0])
    assert any(agrees(march, d) for d in scan_dates("2022-03-31")[0])
    (year,) = asserted_dates("it was due in 2015")
    assert any(agrees(year, d) for d in scan_dates("2015/16")[0])  # a span holds its years


def test_a_rating_with_an_article_is_read(name_index: NameIndex) -> None:
    assert analyse("Why is R14 graded as a medium priority?", name_index).priority == "Medium"
    assert analyse("Why was the budget item rated a high risk?", name_index).priority == "High"
