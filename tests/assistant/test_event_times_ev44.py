"""Time, status and reason evidence (issue 14, forty-fourth session): an event's date tied to
its own clause; a year span in a note read as a time; a 'done in full' premise corrected by
the row's status; the row's own note before another report's; a status that says the action
was set aside ('Superseded', 'Withdrawn', 'Merged into …') not read as done. Invented papers
of an invented body (``tests/fixtures/event_times``), several wordings per class, and the
wordings that must not change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.analysis.own_clauses import joined_clauses, own_subject_clauses
from assistant.analysis.status_kind import set_aside, status_kind
from assistant.analysis.time_spans import begun_by, span_starts
from assistant.answers.model import Answer
from assistant.answers.support.event_bound import clauses, event_words
from assistant.answers.support.event_evidence import premise_corrected, states_cause
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, checked_asker

Ask = Callable[[str], Answer]
PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "event_times"


@pytest.fixture(scope="module")
def times_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "event-times"
    )


@pytest.fixture()
def ask(times_assistant: Assistant) -> Ask:
    return checked_asker(times_assistant)


# --- status values typed by meaning -------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Superseded",
        "Withdrawn",
        "Closed – transferred to the corporate risk register",
        "Merged into the ethics portal project",
        "Replaced by the regional strategy",
        "No longer required",
        "Cancelled",
        "Subsumed within the new workforce plan",
    ],
)
def test_a_status_that_sets_the_action_aside_is_not_done(said: str) -> None:
    assert set_aside(said)
    assert status_kind("complete", said) == "set_aside"


@pytest.mark.parametrize(
    ("status", "said", "action", "kind"),
    [
        ("complete", "Complete", "", "done"),
        ("complete", "Closed", "", "done"),
        ("partial", "Partially implemented", "", "partial"),
        ("ongoing", "Overdue", "", "overdue"),
        ("ongoing", "In progress", "", "in_progress"),
        ("not_started", "Not started", "", "not_started"),
        # the set-aside word is the row's own action done, or negated: not set aside
        ("complete", "Transferred", "Transfer the pool contract to the council.", "done"),
        ("complete", "Replaced", "Replace the ageing boilers at the depot.", "done"),
        ("ongoing", "Not withdrawn; in progress", "", "in_progress"),
    ],
)
def test_status_kinds_and_what_must_not_read_as_set_aside(
    status: str, said: str, action: str, kind: str
) -> None:
    assert status_kind(status, said, "", action) == kind


def test_a_closed_row_whose_note_opens_by_setting_it_aside() -> None:
    assert status_kind("complete", "Closed", "Superseded by the 2015 plan.") == "set_aside"
    # a note that only mentions a replacement further on says nothing of the row's own state
    assert status_kind("complete", "Closed", "Boilers checked; one valve replaced.") == "done"


# --- spans of time -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Rolled out 2014–15 across the service", "2014-01-01"),
        ("introduced during 2009/10", "2009-04-01"),
        ("replaced over 2012-2014", "2012-01-01"),
        ("between 2011 and 2013", "2011-01-01"),
        ("agreed in FY14/15", "2014-04-01"),
        ("run in 16/17", "2016-04-01"),
        ("consulted on in winter 2014/15", "2014-12-01"),
        ("throughout 2013", "2013-01-01"),
    ],
)
def test_a_year_span_is_a_time(text: str, start: str) -> None:
    assert span_starts(text)[0] == start


@pytest.mark.parametrize("text", ["12/15 stations inspected", "due 2012-08", "at 2,014 sites"])
def test_what_is_no_span(text: str) -> None:
    assert span_starts(text) == []


def test_a_span_begun_by_the_papers_date_is_past() -> None:
    assert begun_by("Rolled out 2014-15", "2014-09-09")
    assert not begun_by("To be rolled out 2015-16", "2014-09-09")


# --- clauses with subjects of their own ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "The policy was approved in May 2013 and staff training will follow.",
            ["The policy was approved in May 2013", "staff training will follow."],
        ),
        (
            "The group was set up in June 2011 and reported to the Board in March 2012.",
            ["The group was set up in June 2011", "reported to the Board in March 2012."],
        ),
        # no clause of its own after 'and': one clause
        (
            "The policy and procedures were approved in May 2013.",
            ["The policy and procedures were approved in May 2013."],
        ),
        (
            "Fire and rescue staff were trained in May.",
            ["Fire and rescue staff were trained in May."],
        ),
    ],
)
def test_a_clause_with_its_own_subject_is_its_own(sentence: str, parts: list[str]) -> None:
    assert [clause for _, clause in clauses([sentence])] == parts


def test_a_verb_joined_to_the_same_subject_keeps_it() -> None:
    sentence = "The new CCTV system was procured and installed in March 2014."
    assert own_subject_clauses(sentence) == [sentence]
    assert joined_clauses(sentence) == [
        "The new CCTV system was procured",
        "installed in March 2014.",
    ]


@pytest.mark.parametrize(
    ("note", "gives"),
    [
        ("Behind schedule – the chosen supplier went into administration.", True),
        ("Delayed by the administrator's system migration.", True),
        ("Slipped; subject to the outcome of the estates review.", True),
        ("Behind schedule.", False),
        ("Delayed by three months.", False),
    ],
)
def test_a_cause_in_the_forms_a_note_writes(note: str, gives: bool) -> None:
    assert states_cause(note) is gives


# --- the whole answer, on the invented papers -------------------------------------------------


def test_a_date_in_a_clause_of_another_subject_is_not_the_events(ask: Ask) -> None:
    for question in (
        "When will the anti-fraud staff awareness training happen?",
        "When will the BF8 staff awareness training take place?",
    ):
        answer = ask(question)
        assert answer.abstained and "unbound-when" in answer.notes, (question, answer.answer)
    # the clause whose verb is the asked event dates it
    approved = ask("When did the Strategy Board approve the refreshed anti-fraud policy?")
    assert not approved.abstained and "May 2013" in approved.answer
    live = ask("When did the backup alerting link go live?")
    assert not live.abstained and "March 2014" in live.answer
    reported = ask("When did the working group report to the Strategy Board?")
    assert not reported.abstained and "March 2012" in reported.answer


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("When were BF10's cameras replaced?", "2012-2014"),
        ("When was BF2's rostering software rolled out?", "2014–15"),
        ("When was BF11's appraisal scheme introduced?", "2009/10"),
        ("When was the new appraisal scheme introduced?", "2009/10"),
    ],
)
def test_a_year_span_in_a_note_answers_when(ask: Ask, question: str, span: str) -> None:
    answer = ask(question)
    assert not answer.abstained and span in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When was the vehicle inspection policy fully implemented?",
        "When was BF3 fully completed?",
        "When was BF3 done in full?",
        "Since the vehicle inspection policy was fully implemented, who signed it off?",
    ],
)
def test_a_done_in_full_premise_is_corrected_by_the_status(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not answer.abstained and "premise-corrected" in answer.notes, answer.answer
    assert "Partially implemented" in answer.answer and answer.answer.startswith("**No")


def test_a_row_done_keeps_its_date(ask: Ask) -> None:
    answer = ask("When was the hydrant backlog action completed?")
    assert not answer.abstained and "premise-corrected" not in answer.notes
    assert "December 2013" in answer.answer


def test_the_rows_own_note_gives_the_cause_before_another_report(ask: Ask) -> None:
    answer = ask("Why is BF12 behind schedule in the 2014 report?")
    assert "went into administration" in answer.answer, answer.answer
    assert "capital budget" not in answer.answer
    answer = ask("Why was BF12 delayed in the 2013 report?")
    assert "capital budget" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Has the training records plan been completed?", "Superseded"),
        ("When was the training records plan completed?", "Superseded"),
        ("Is BF4 done?", "Superseded"),
        ("Was the gifts register action completed?", "Withdrawn"),
    ],
)
def test_a_set_aside_status_is_not_done(ask: Ask, question: str, said: str) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes and answer.answer.startswith("**No"), answer.answer
    assert f"set aside (“{said}”)" in answer.answer


def test_a_set_aside_rows_deadline_is_still_its_deadline(ask: Ask) -> None:
    answer = ask("When is the training records plan due?")
    assert not answer.abstained and "April 2014" in answer.answer
    assert "Status: set aside (“Superseded”)" in answer.answer


def test_an_actual_completion_date_the_row_never_gives(ask: Ask) -> None:
    answer = ask("On what date was BF14 actually finished?")
    assert answer.abstained and "February 2014" in answer.answer, answer.answer
    # asked plainly, the deadline of a row marked done still answers
    plain = ask("When was BF14 completed?")
    assert not plain.abstained and "February 2014" in plain.answer


def test_the_time_of_what_replaced_the_row_is_not_its_deadline(ask: Ask) -> None:
    for question in (
        "When is the regional training records strategy meant to be published?",
        "When is BF4's regional strategy supposed to be published?",
    ):
        answer = ask(question)
        assert answer.abstained and "unbound-when" in answer.notes, (question, answer.answer)
    # the row's own date, in the same words: its deadline
    own = ask("When was BF4 supposed to be done?")
    assert not own.abstained and "April 2014" in own.answer


@pytest.mark.parametrize(
    ("question", "mention", "corrected"),
    [
        # deciding on a thing is not doing it
        ("When will the strategy be published?", "Strategy agreed with partners", False),
        ("When will the strategy be agreed?", "Strategy agreed with partners", True),
        ("When will the new software arrive?", "New software installed", True),
    ],
)
def test_a_decision_corrects_only_a_decision_to_come(
    question: str, mention: str, corrected: bool
) -> None:
    words = event_words(question, [], set())
    assert premise_corrected("when", question, [mention], words) is corrected


def test_an_event_the_rows_earlier_report_mentions_undated(ask: Ask) -> None:
    """The 2014 row's note is blank; the 2013 report's note on the same row speaks of the
    event: undated there, the refusal says so; dated there, no refusal."""
    answer = ask(
        "When is the regional control room specification expected, for BF15 in the 2014 report?"
    )
    assert answer.abstained and "unbound-when" in answer.notes, answer.answer
    assert "2013" in answer.answer and "Waiting for the regional control room" in answer.answer
    dated = ask("When is the national data sharing template expected, for BF16 in the 2014 report?")
    assert "unbound-when" not in dated.notes, dated.answer


@pytest.mark.parametrize(
    "question", ["Why hasn't BF18 got going?", "Why haven't the home fire safety visits started?"]
)
def test_an_obstacle_the_rows_note_reports_is_its_reason(ask: Ask, question: str) -> None:
    """BF18 has no finding; its note says only 'Community safety coordinator post vacant.'"""
    answer = ask(question)
    assert not answer.abstained and "post vacant" in answer.answer, answer.answer


def test_the_finishing_asked_past_a_papers_name_with_a_colon() -> None:
    from assistant.answers.composers.row_event import _CLOSED

    assert _CLOSED.search(
        "on what date was R3 in the Internal audit recommendations: progress report 2 "
        "actually finished?"
    )
    assert not _CLOSED.search("when is R3 in the Audit plan: update 2 due to be finished?")
