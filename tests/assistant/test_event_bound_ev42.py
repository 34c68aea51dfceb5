"""The time, reason or decision of an event a row mentions but is not about (issue 14): answered
only by a clause that binds one to the mention, else refused without citations
(``support/event_bound.unbound_event``, ``support/event_outcome.unstated_outcome``). The row's
own action is still dated by its deadline, and a bound time or stated outcome still answers.
Over another body's papers (``data/papers/dev``) and the bundled record, in wordings written
here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.event_bound import clauses, event_words, initials, own_cells
from assistant.answers.support.event_outcome import asked_body
from assistant.service import Assistant
from assistant.text import stems
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def test_the_event_is_read_from_the_questions_own_words() -> None:
    words = event_words(
        "the update says the post is vacant - when do they expect to fill it?", [], set()
    )
    assert {"post", "vacant", "fill"} <= set(words)
    assert not {"expect", "updat", "say"} & set(words)  # the frame is no event
    assert event_words("when is 19/20-04 due?", ["19/20-04"], set()) == []  # the row's own date


def test_a_label_keeps_its_value_in_one_clause() -> None:
    found = clauses(["Meeting date: 7 December 2020 - minutes to follow"])
    assert (
        "Meeting date: 7 December 2020 - minutes to follow",
        "Meeting date: 7 December 2020",
    ) in found


@pytest.mark.parametrize(
    ("question", "body", "went"),
    [
        ("Did it actually go to the Finance Committee?", "committe", True),
        ("what did cabinet decide about the savings?", "cabinet", False),
        ("Did the Board approve the final accounts?", "board", False),
    ],
)
def test_the_body_whose_outcome_is_asked(question: str, body: str, went: bool) -> None:
    asked = asked_body(question, [])
    assert asked is not None and body in asked[0] and asked[1] is went
    assert asked_body("what did they decide?", []) is None  # no body named: not read here


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # AL-09: 'Awaiting new backup software.'
        ("When is the new backup software for AL-09 expected to arrive?", "Awaiting new backup"),
        # NV-05: 'Procurement paused.'
        (
            "Why was the procurement of the maintenance contract for real time screens paused?",
            "paused",
        ),
        # IA-07: 'Complete a skills audit of the Board.' / 'Questionnaire issued.'
        ("Did the Board approve the IA-07 skills audit?", "skills have not been assessed"),
        # 19/20-09: 'Not started: staff vacancy.'
        ("When is 19/20-09's staff vacancy going to be filled?", "vacancy"),
    ],
)
def test_an_event_the_row_mentions_but_does_not_bind_is_refused(
    ask_bodies: Ask, question: str, said: str
) -> None:
    answer = ask_bodies(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert said in answer.answer  # what the record does say, in plain words


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # 19/20-10: 'Fallback exercise held on 20 November 2019.'
        ("When did the fallback exercise take place?", "20 November 2019"),
        # IA-04: 'Training delivered September 2020.'
        ("When was the arrears escalation training delivered for IA-04?", "September 2020"),
        # IA-08: 'Statement approved by the Board.'
        ("Did the Board approve the code compliance statement?", "approved by the Board"),
        # AL-08: its own action, dated by its deadline
        ("When will the AL-08 trail maintenance contracts be tendered?", "2021-09-30"),
    ],
)
def test_a_bound_time_an_outcome_or_the_rows_own_action_is_answered(
    ask_bodies: Ask, question: str, said: str
) -> None:
    answer = ask_bodies(question)
    assert not answer.abstained and said in answer.answer, answer.answer


def test_a_paper_due_before_a_board_has_no_decision_yet(ask: Ask) -> None:
    """R21's note: 'A report to the Management Board is due shortly.'"""
    answer = ask("What did the Management Board decide on the R21 declarations report?")
    assert answer.abstained and not answer.citations, answer.answer
    assert "due shortly" in answer.answer


def test_a_short_form_of_the_papers_body_names_no_event() -> None:
    """'the Corvedale IMB' names the body the paper comes from ('Independent Monitoring
    Board'): its capitals are no thing of the event asked."""
    naming = "Board Development and Action Log Independent Monitoring Board, HMP Corvedale"
    assert "imb" in initials(naming) and "bdal" in initials(naming)
    words = event_words(
        "By when should the Corvedale IMB be attending the monthly reviews?",
        [],
        stems(naming),
        frozenset(initials(naming)),
    )
    assert "imb" not in words and "attend" in words
    # a word in small letters is a word, even when it spells a short form
    assert "cat" in event_words("when will the cat be fed?", [], set(), frozenset({"cat"}))


def test_a_column_read_as_no_field_is_the_rows_own_work() -> None:
    """A row whose action sits in a column the register did not map ('Action agreed') has
    that action as its own work (its deadline dates it); its notes, status and dates are not."""
    text = "Footage unseen\tAttend the monthly review meeting.\tOct-24\tOpen\tMoved from Feb-24."
    record = ActionRecord(
        id="log:9", document=DocumentRef(id="log", title="Action log", filename="log.pdf"),
        ordinal=9, title="Footage unseen", progress="Moved from Feb-24.", due_text="Oct-24",
        revised_from_text="Feb-24", status_text="Open",
        columns={"Matter": "Footage unseen", "Action agreed": "Attend the monthly review meeting.",
                 "By": "Feb-24", "Status": "Open", "Notes": "Moved from Feb-24."},
        source_text=text, source_start=0, source_end=len(text),
    )  # fmt: skip
    own = stems(" ".join(own_cells(record)))
    assert {"attend", "month", "review"} <= own
    assert not {"open", "move"} & own
