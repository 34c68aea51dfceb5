"""Two-step questions carried through their bridge value, and dates of the asked kind: the
meeting a paper went to, and a date the row's own text sets when its deadline cell is empty."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.stated_target import stated_target
from assistant.antecedents import Previous
from assistant.owners_other import owners_other
from assistant.service import Assistant


def test_the_meeting_a_paper_went_to_is_its_date(ask: Callable[..., Answer]) -> None:
    answer = ask("Which Audit Panel sitting was the MOPAC improvement plan submitted to?")
    assert not answer.abstained
    assert "19 December 2017" in answer.answer.splitlines()[0]


def test_a_row_with_no_deadline_cell_answers_with_the_date_its_text_sets(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "By when is item 3 of the 2017 MPS governance report to have reviewed the 6 million "
        "records?"
    )
    assert not answer.abstained
    first = answer.answer.splitlines()[0]
    assert "March 2018" in first and "no deadline is given in its date column" in first


def test_a_date_set_for_part_of_the_work_is_not_the_rows_deadline(assistant: Assistant) -> None:
    records = assistant.register.loaded().records
    undated = [r for r in records if not r.due_text]
    # the same row answers a question about the work its sentence dates, not one naming the row
    dated = [r for r in undated if stated_target(r, "when will the records be reviewed?")]
    assert dated
    assert all(stated_target(r, f"when will {r.ref} be finished?") is None for r in undated)
    for record in dated:
        target = stated_target(record, "when will the records be reviewed?")
        assert target is not None and target[2] in record.source_text


def test_an_owners_rows_keep_the_predicate_and_stay_in_the_body(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "Who is responsible for 19/20-01, and which of their actions have not been started?"
    )
    text = answer.answer
    assert "Head of Finance" in text
    assert "19/20-09" in text  # the one of theirs not started, in the same body's paper
    tail = text.split("19/20-01", 2)[-1]
    assert "NV-04" not in tail and "W8" not in tail  # a post of that name in another body


def test_a_predicate_is_kept_only_after_the_owners_rows_are_named(assistant: Assistant) -> None:
    record = next(r for r in assistant.register.loaded().records if r.owner and r.ref)
    previous = Previous(standalone="who?", records=[record], names=[record.ref or ""])
    kept = owners_other("and which of their items were due in 2009?", previous)
    assert kept == f"Which actions owned by {record.owner} were due in 2009?"
    plain = owners_other("what else do they have on the list?", previous)
    assert plain is not None and plain.endswith(f"are owned by {record.owner}?")


def test_the_owners_other_rows_leave_out_the_row_not_the_owner(assistant: Assistant) -> None:
    # 'other than X owned by Y' reads as rows not owned by Y: the row left out follows the owner
    record = next(
        r
        for r in assistant.register.loaded().records
        if r.ref == "R5" and r.owner and "Finance" in r.owner
    )
    previous = Previous(standalone="who?", records=[record], names=["R5"])
    asked = owners_other("which of their other items were due in 2009?", previous)
    assert asked == f"Which actions owned by {record.owner} other than R5 were due in 2009?"
    text = assistant.ask(asked).answer
    assert " not owned by" not in text and "R5" in text.split("\n", 1)[0]
