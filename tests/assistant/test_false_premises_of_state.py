"""A question resting on a row being done, when the record has it open: 'why was Y completed?',
'why was Y marked done?'; and a premise that every row of a set was
done ('since all of X's high-priority recommendations were completed, …'), checked by counting
the set's rows. Invented wordings over another body's paper (the session's bodies index)."""

from __future__ import annotations

from assistant.analysis.claimed import read_claims
from assistant.answers.support.claims import claimed_speaker
from assistant.service import Assistant


def test_a_why_question_takes_the_finishing_for_granted() -> None:
    premise = "the trust's boiler work marked as done"
    claims = read_claims(f"Why was {premise}?", premise, "explain")
    assert [c.kind for c in claims] == ["complete"]
    # a question of when asserts nothing; an intended finish is no claim
    assert read_claims("When did the trust finish the boiler work?", None, "lookup") == []
    assert read_claims("Why is the boiler work meant to be completed twice?", None, "explain") == []


def test_a_noun_of_reporting_makes_no_speaker() -> None:
    assert claimed_speaker("Why did Hollinsford close the boiler recommendation?") is None
    assert claimed_speaker("What did the Head of Estates report to the panel?") == (
        "the Head of Estates"
    )


def test_a_row_still_open_corrects_when_and_why_questions(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Why was Severnside's leavers' system access work completed?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No") and "19/20-04" in first and answer.abstention is None
    answer = bodies_assistant.ask("Why was Severnside fire's grant register action marked done?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No") and "19/20-09" in first and "marked done" in first


def test_a_row_done_is_not_corrected(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Why was Severnside's payroll overtime action completed?")
    assert not answer.answer.startswith("**No")


def test_every_row_done_is_checked_by_counting(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Since all of Severnside's high priority recommendations were completed, who signed "
        "them off?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No — not all were completed: 1 of the 4"), first
    assert "19/20-04" in first and "Overdue" in first
    answer = bodies_assistant.ask(
        "Severnside closed every low priority recommendation - which was the last?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No — not all were closed: 2 of the 3"), first
    # every one of some thing that is no row of the register: no premise about the rows
    answer = bodies_assistant.ask(
        "Now that Severnside has finished all its home fire safety visits, what is next?"
    )
    assert "not all were" not in answer.answer
