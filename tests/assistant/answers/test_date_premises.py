"""Dates a question asserts of an event or a deadline, checked against the record (issue 14,
exam5 FP-3 shape 3): the asserted date is corrected from the sentence that dates the event,
said to be missing when the record speaks of the event undated, and left alone when borne out
or when the date only names a paper."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.dated import (
    Asserted,
    agrees,
    asserted_dates,
    check_date,
    embedded_premise,
)
from assistant.service import Assistant
from ingest.dates import parse_dates


# -- reading the dates a premise asserts ---------------------------------------------------------
def test_a_date_on_an_event_is_asserted_with_its_event_word() -> None:
    (found,) = asserted_dates("the programme launched in May 2009")
    assert (found.text, found.year, found.month, found.event) == ("May 2009", 2009, 5, "launched")
    (year,) = asserted_dates("the strategy was published in 2015")
    assert (year.text, year.year, year.month) == ("2015", 2015, None)
    (due,) = asserted_dates("the action's deadline was March 2010")
    assert due.event == "deadline"


@pytest.mark.parametrize(
    "scope",
    [
        "The March 2017 report says all 45 milestones were completed",
        "the 2015/16 statement lists ten areas",
    ],
)
def test_a_date_that_names_a_paper_or_a_period_asserts_nothing(scope: str) -> None:
    assert asserted_dates(scope) == []


def test_a_date_that_modifies_a_deadline_asserts_that_deadline() -> None:
    """'delivered by their November 2008 deadline' asserts the deadline was November 2008:
    checked against the row, whose deadline may since have moved."""
    (found,) = asserted_dates("the policies were delivered by their November 2008 deadline")
    assert (found.year, found.month, found.event) == (2008, 11, "deadline")


def test_a_month_agrees_only_with_the_same_month_of_the_same_year() -> None:
    may = Asserted("May 2009", 2009, 5, "launched")
    assert agrees(may, parse_dates("May 2009")[0])
    assert not agrees(may, parse_dates("July 2009")[0])
    assert not agrees(may, parse_dates("May 2008")[0])
    assert agrees(Asserted("2009", 2009, None, None), parse_dates("July 2009")[0])


def test_the_clause_about_the_subject_gives_the_date_not_another_clause() -> None:
    sentence = (
        "The Interim Solution was implemented at the beginning of October 08, with the Full "
        "Solution to go live in Q2 2009."
    )
    weights = {"interim": 1.0, "solut": 1.0}
    found = check_date(Asserted("October 2009", 2009, 10, "live"), weights, [sentence])
    assert found is not None and not found.borne_out
    assert found.stated is not None and found.stated.text == "October 08"
    same = check_date(Asserted("October 2008", 2008, 10, "implemented"), weights, [sentence])
    assert same is not None and same.borne_out


# -- answers -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "given"),
    [
        (
            "Since the Developing Resource Management programme launched in May 2009, what has "
            "it achieved?",
            "July 2008",
        ),
        ("Why was the Community Engagement Strategy published in 2015?", "July 2016"),
        (
            "The Interim Solution for the scheme of delegation went live in October 2009 — what "
            "did it include?",
            "October 08",
        ),
    ],
)
def test_a_wrong_event_date_is_corrected_from_the_sentence_that_dates_it(
    ask: Callable[[str], Answer], question: str, given: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert f"it gives {given}" in answer.answer and answer.citations


def test_an_event_the_record_gives_no_date_for_is_said_to_be_undated(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("Since the MPS launched the Right Line in March 2008, how has it been used?")
    assert "premise-corrected" in answer.notes
    assert "no date for this, so not March 2008" in answer.answer


def test_a_true_event_date_is_not_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask("Was the Community Engagement Strategy published in July 2016?")
    assert not answer.abstained and "premise-corrected" not in answer.notes
    assert "July 2016" in answer.answer


def test_a_wrong_deadline_date_of_a_described_record_is_corrected(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask(
        "Given the PURE recommendation on the Annual Report was due in Feb 2010, who owns it?"
    )
    assert "premise-corrected" in answer.notes
    assert "R1" in answer.answer
    assert "is due Feb 09 (28 February 2009), not Feb 2010" in answer.answer


def test_a_date_of_another_thing_near_part_of_the_subject_corrects_nothing() -> None:
    # exam8 PR7: 'the quay plan for 2006-07' dates the plan's season, not the plan's launch
    sentence = "Inspections will follow the QL plan for 2006-07 once the berths are dredged."
    weights = {"quay": 1.0, "light": 1.0, "plan": 0.5}
    assert check_date(Asserted("2005", 2005, None, "launched"), weights, [sentence]) is None
    launched = "The Quay Lighting plan was launched in March 2006."
    found = check_date(Asserted("2005", 2005, None, "launched"), weights, [sentence, launched])
    assert found is not None and found.stated is not None and found.stated.text == "March 2006"


def test_a_premise_date_no_sentence_dates_is_no_window(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The Performance Management Framework was launched in 2007 — what does it cover?"
    )
    assert not answer.abstained, answer.answer
    assert "Nothing in the record matches" not in answer.answer
    assert "performance management framework" in answer.answer.lower()


# -- a dated event the question takes for granted inside it --------------------------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What came of the toolkit developed in 2007?", "the toolkit developed in 2007"),
        ("what did the unit, which was formed in 2004, do", "the unit, which was formed in 2004"),
        ("The review board met in 2011. What did it decide?", "The review board met in 2011"),
    ],
)
def test_a_dated_event_inside_the_question_is_its_premise(question: str, said: str) -> None:
    assert embedded_premise(question) == said


@pytest.mark.parametrize(
    "question",
    [
        "What was reported in 2008 about the toolkit?",  # the question's own verb
        "Which risks were identified in 2017?",
        "who owns the action due in March 2010?",  # a due window, a filter
        "In 2008, what did the board do about risk?",
    ],
)
def test_the_questions_own_dated_verb_is_no_premise(question: str) -> None:
    assert embedded_premise(question) is None


@pytest.mark.parametrize(
    ("question", "given"),
    [
        (
            "What was the aim of the Developing Resource Management programme launched in 2007?",
            "July 2008",
        ),
        ("the community engagement strategy came out in 2015, what did it set up?", "July 2016"),
        (
            "what happened after the interim delegation solution that was implemented in 2009",
            "October 08",
        ),
    ],
)
def test_a_wrong_date_inside_the_question_is_corrected_not_a_filter(
    ask: Callable[[str], Answer], question: str, given: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and "premise-corrected" in answer.notes, answer.answer
    assert f"it gives {given}" in answer.answer


@pytest.mark.parametrize(
    ("question", "given"),
    [
        # a hyphen typed for a dash; the subject described at length across its row
        (
            "the met's new website with the Local Life pages went live in 2016 - what does it offer",
            "March 2017",
        ),
        # 'with …,' opens a premise; a deadline no action row holds is checked in the prose
        (
            "With the GDPR compliance deadline in May 2019, how did MOPAC pace its data protection "
            "work?",
            "May 2018",
        ),
        (
            "given MOPAC's data protection compliance deadline was June 2018, what did it do",
            "May 2018",
        ),
        (
            "Since the Community Engagement Strategy with its 12 month plan came out in 2015, how "
            "has it been embedded?",
            "July 2016",
        ),
    ],
)
def test_premise_forms_members_type_are_checked(
    ask: Callable[[str], Answer], question: str, given: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes, answer.answer
    assert f"it gives {given}" in answer.answer
