"""Lookups asked in the asker's own words (issue 14, classes 2 and 7), with the real model:
abstention rests on evidence of the asked value about the asked subject, not on how many of
the question's words the record happens to use.

Questions are invented over the bundled papers; every fact is checked against the file too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from tests.conftest import SAMPLE_DIR

Ask = Callable[..., Answer]


def _sample(stem: str) -> str:
    return (SAMPLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")


PURE_2008 = "002_93be34f48625d430"
AGS_2007_08 = "000_f60702f293bad3c1"


# -- question words linked to the passage by meaning --------------------------------------------
def test_a_paraphrase_is_answered_when_its_words_mean_the_record_s(ask: Ask) -> None:
    # 'yearly' / 'Annual', 'website' / 'web site': few literal words, the same subject
    assert "R2 Ensure the Annual Audit Letter" in _sample(PURE_2008)
    answer = ask("Who looks after putting the yearly audit letter on the authority's website?")
    assert not answer.abstained
    assert "Treasurer" in answer.answer


def test_a_paraphrased_when_question_gets_the_record_s_deadline(ask: Ask) -> None:
    assert "R9 Provide regular financial training for members." in _sample(PURE_2008)
    answer = ask("When are members supposed to get training on money matters?")
    assert not answer.abstained
    assert "March 2009" in answer.answer


def test_a_who_question_in_other_words_names_the_record_s_owner(ask: Ask) -> None:
    # 'given the job of' is no word of responsibility: answered from passages, with the owner
    answer = ask("Who was given the job of dealing with the backlog of building repairs?")
    assert "Owner: **Director of Property Services**" in answer.answer


def test_a_compound_written_closed_is_searched_as_the_record_writes_it(ask: Ask) -> None:
    assert "whistle-blowing" in _sample(PURE_2008)
    answer = ask("What is the status of the whistleblowing publicity recommendation?")
    assert not answer.abstained
    assert "R22" in answer.answer and "Complete" in answer.answer


# -- subjects and attributes the record does not hold --------------------------------------------
def test_a_word_no_paper_uses_narrowing_a_subject_is_not_answered(ask: Ask) -> None:
    # the record has schemes (of delegation) and reviews, but no pension scheme
    assert "pension" not in _sample(PURE_2008).lower()
    assert ask("Who is accountable for the police pension scheme review?").abstained
    assert ask("Who owns the police pension scheme action?").abstained


def test_a_denial_must_be_about_the_question_s_subject(ask: Ask) -> None:
    # 'without a working lead' is said of strategic partnerships, not of cameras
    answer = ask("Who leads the rollout of body-worn cameras?")
    assert answer.abstained
    assert "premise-corrected" not in answer.notes


def test_an_event_the_record_never_reports_has_no_date(ask: Ask) -> None:
    assert "established a Gold Group to control overtime" in _sample("001_f17b8c3d3b95c95d")
    assert ask("When was the Gold Group on overtime disbanded?").abstained


# -- the sentence giving the asked type of value, first ------------------------------------------
def test_the_sentence_with_the_asked_date_comes_first(ask: Ask) -> None:
    assert "programme launched in July 2008" in _sample(AGS_2007_08)
    answer = ask("When did the Developing Resource Management programme start?")
    first = answer.answer.strip().splitlines()[0]
    assert "July 2008" in first


def test_an_amount_asked_with_how_much_were_is_found(ask: Ask) -> None:
    assert "£142m of budget reductions" in _sample(PURE_2008)
    answer = ask("How much were the budget reductions in the draft budget submission?")
    assert not answer.abstained
    assert "£142m" in answer.answer.strip().splitlines()[0]


# -- a year that names a paper -----------------------------------------------------------------
def test_a_paper_s_year_is_no_deadline_the_question_asserts(ask: Ask) -> None:
    answer = ask("In the 2002 paper, what was the deadline for defining reporting hierarchies?")
    assert "End of 2002/2003" in answer.answer
    assert "premise-corrected" not in answer.notes


def test_a_paper_s_year_does_not_drop_the_actions_it_set_for_later(ask: Ask) -> None:
    answer = ask("What was due by March 2009 according to the 2008 plan for member training?")
    assert "R9" in answer.answer and "financial training for members" in answer.answer


# -- an event the question takes for granted that the record says is still to come ------------
def test_a_date_asked_of_an_approval_still_awaited_is_corrected(ask: Ask) -> None:
    text = _sample("001_f17b8c3d3b95c95d")
    assert "Strategic Outline Business Case is yet to be approved." in text
    answer = ask("When was the IM Futures Programme business case approved?")
    assert not answer.abstained
    assert "premise-corrected" in answer.notes
    assert "is yet to be approved" in answer.answer


def test_a_span_of_years_names_a_plan_not_a_window(ask: Ask) -> None:
    # 'the 2009-12 budget' is what the 2008 paper plans; no paper is dated 2009
    assert "2009-12 budget" in _sample(PURE_2008)
    answer = ask("What budget reductions are in the 2009-12 budget?")
    assert not answer.abstained
    assert "£142m" in answer.answer


# -- an owner the question credits with someone else's action ---------------------------------
def test_an_owner_credited_with_another_s_action_is_corrected(ask: Ask) -> None:
    assert "R9 Provide regular financial training for members.\tHigh\tТВА\tMPA" in _sample(
        PURE_2008
    )
    answer = ask("What did the Treasurer do to improve financial training for members?")
    assert "premise-corrected" in answer.notes
    assert "is owned by MPA" in answer.answer and "not the Treasurer" in answer.answer
    # the owner it names is the record's own: nothing to correct
    right = ask("What did the MPA do to improve financial training for members?")
    assert "premise-corrected" not in right.notes


def test_an_amount_said_in_other_words_is_found_in_the_record_cell(ask: Ask) -> None:
    # 'revenue-raising schemes' / 'income generation initiatives': the value check reads the
    # record's cells for meaning before it refuses
    assert "£12.5m from income generation initiatives" in _sample(PURE_2008)
    answer = ask("How much in net savings from revenue-raising schemes is in the 2009-12 budget?")
    assert not answer.abstained, answer.answer
    assert "£12.5m" in answer.answer.splitlines()[0]


def test_words_naming_a_source_do_not_count_against_the_passages(ask: Ask) -> None:
    # the record says what was done, never 'in response to the auditors' call'
    assert "in response to the auditors" not in _sample(PURE_2008)
    answer = ask(
        "Which programme did the MPS set up in response to the auditors' call for comparative "
        "information?"
    )
    assert not answer.abstained, answer.answer


def test_the_guard_reads_the_whole_record_its_best_cells_are_from(ask: Ask) -> None:
    # the title says 'programme … coverage', its lead cell 'Best Value Group': one record
    text = _sample("004_8a3584b528f67d05")
    assert "Confirm that 5 year review programme provides full coverage" in text
    answer = ask("Who is answerable for producing the best value review programme coverage check?")
    assert not answer.abstained, answer.answer
    assert "Head of Best Value Group" in answer.answer


@pytest.mark.parametrize(
    ("question", "given"),
    [
        # the wh-phrase names the kind asked ('what month'), not the subject to search for
        (
            "what month and year did the Developing Resource Management programme kick off",
            "July 2008",
        ),
        ("In which month was the Community Engagement Strategy published?", "July 2016"),
        ("on what date were the cross cutting review guidelines put to the BVPB", "7 March 2002"),
    ],
)
def test_a_time_asked_by_its_noun_is_found_by_the_subject(
    ask: Ask, question: str, given: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and given in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize(
    ("question", "given"),
    [
        # the figure's sentence names part of the subject; its row's recommendation the rest
        (
            "How many staff had been put through financial training in total, going by the "
            "response to HMIC's senior manager training recommendation?",
            "4,000",
        ),
        (
            "In total, what percentage of contracts had been made visible in value terms, going "
            "by the AGS response to non compliance with contract regulations and late procurement?",
            "97%",
        ),
    ],
)
def test_a_figure_about_part_of_the_subject_is_read_with_its_row(
    ask: Ask, question: str, given: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and given in answer.answer, answer.answer
