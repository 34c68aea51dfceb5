"""A value asked in the asker's words, read from the cell or sentence that holds it: a row's
dated report of its own action answers a date asked of it in other words (not refused); a row
marked complete with no date anywhere is refused its completion date; a date a verb of setting
a time puts on a row is its deadline; a year written before a paper's noun names the paper;
an unheaded column's placeholder name is no header; the degrees of an audit opinion are
ratings; a title's 'plan' is no verb of intention; an aspect of beginning in other words
('begin', 'launched'). Invented wordings over the bodies' papers and the bundled record."""

from __future__ import annotations

import pytest

from assistant.analysis import ANSWER_SHAPES, SET_DATE, answer_type
from assistant.analysis.patterns import EARLIER_MEETING
from assistant.analysis.periods import due_window
from assistant.answers.composers.headers import _header_stems
from assistant.answers.support.planned import asks_planned_date
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # 'Fallback exercise held on 20 November 2019.' of a control-room continuity row
        ("When did 19/20-10's backup control room drill happen?", "20 November 2019"),
        # 'First report made in December 2019.' of a row on reporting waivers
        ("When did 19/20-05's first waiver report reach the committee?", "December 2019"),
    ],
)
def test_a_date_asked_in_other_words_of_a_row_reporting_its_action_is_answered(
    bodies_assistant: Assistant, question: str, said: str
) -> None:
    answer = checked_asker(bodies_assistant)(question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer


def test_a_row_with_no_dated_report_is_still_refused_the_date(bodies_assistant: Assistant) -> None:
    # 'Weekly monitoring started.': no date; the event asked is no report of the row's
    answer = checked_asker(bodies_assistant)(
        "When did IA-10's weekly numbers first go to the Board?"
    )
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer


def test_a_completion_date_of_a_row_marked_complete_with_no_date_is_refused(
    assistant: Assistant,
) -> None:
    ask = checked_asker(assistant)
    answer = ask("On what date was R10 in the PURE plan signed off as done?")
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer
    assert "R10" in answer.answer and "complete" in answer.answer
    # a row whose cells hold a date is left to its row
    assert not ask("When was R2 of the District Audit progress summary completed?").abstained


def test_a_date_a_verb_of_setting_puts_on_a_row_is_its_first_deadline(
    bodies_assistant: Assistant,
) -> None:
    answer = checked_asker(bodies_assistant)(
        "What date was first agreed for reconciling fuel cards to mileage?"
    )
    assert not answer.abstained, answer.answer
    assert "first due" in answer.answer and "2019-12-31" in answer.answer
    assert SET_DATE.search("what was the originally agreed date for it?")
    assert SET_DATE.search("What date was set for the survey?")
    assert not SET_DATE.search("What date was the policy agreed by the board?")


def test_a_year_before_a_paper_noun_names_the_paper_not_a_deadline_window(
    assistant: Assistant,
) -> None:
    assert due_window("What deadline does the 2007/08 governance action plan give for X?") == (
        None,
        None,
        None,
    )
    assert due_window("Which actions are due in 2009 in the plan?")[2] == "due in 2009"
    answer = checked_asker(assistant)(
        "What deadline did the 2008 PURE plan give for the scheme of delegation work?"
    )
    assert "Q2 2009" in answer.answer and "not due then" not in answer.answer


def test_an_unheaded_column_is_named_by_no_question(assistant: Assistant) -> None:
    assert _header_stems("Column 3") == set()
    assert _header_stems("Progress to date") == {"progress", "date"}
    answer = checked_asker(assistant)(
        "Going by the progress column of the 2007/08 plan, what proportion of contracts by "
        "value were visible on the contracts database?"
    )
    assert "97%" in answer.answer


def test_the_degrees_of_an_audit_opinion_are_ratings() -> None:
    assert answer_type("What assurance opinion did the auditors give the fund?") == "rating"
    assert answer_type("What assurance did internal audit give it?") == "rating"
    shape = ANSWER_SHAPES["rating"]
    assert shape.search("The review gave moderate assurance and raised six actions.")
    assert shape.search("an audit opinion of partial assurance")
    assert not shape.search("The board sought assurance on the budget.")


def test_a_titles_plan_is_no_verb_of_intention() -> None:
    assert not asks_planned_date("When was R4 in the Zeta plan marked as done?")
    assert not asks_planned_date("When was the action plan agreed?")
    assert asks_planned_date("When do they plan to close R4?")
    assert asks_planned_date("When does the council plan to publish it?")


def test_an_aspect_of_beginning_in_other_words_dates_the_start(assistant: Assistant) -> None:
    answer = checked_asker(assistant)(
        "When did the Developing Resource Management programme commence?"
    )
    assert not answer.abstained and "July 2008" in answer.answer


def test_an_earlier_meeting_is_no_paper_date() -> None:
    assert EARLIER_MEETING.search("When did the panel last meet?")
    assert EARLIER_MEETING.search("when did it sit before this one?")
    assert EARLIER_MEETING.search("When was the previous meeting of the board?")
    assert not EARLIER_MEETING.search("When did the panel meet to consider the plan?")
    assert not EARLIER_MEETING.search("When was the last action closed?")
