"""After a turn about a row, 'the report' or 'it' with a verb only a paper takes (published,
written; says, lists, mentions) is the row's paper, named by its title; a row's own plan (the
noun in its text) and the verbs of a row (due, owned) are left alone. My own wordings over rows
of other bodies' papers (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.paper_verbs import of_the_paper
from assistant.service import Assistant


def _about(assistant: Assistant, record_id: str) -> Previous:
    record = next(r for r in assistant.register.all() if r.id == record_id)
    return Previous("who owns it?", [record], [record.ref or ""], route="register")


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("and when was the report published?", "and when was the {t} published?"),
        ("What does it say about hydrants?", "What does the {t} say about hydrants?"),
        ("did that tracker mention pensions at all", "did the {t} mention pensions at all"),
        ("so who wrote it?", "so who wrote the {t}?"),
    ],
)
def test_a_paper_verb_binds_to_the_rows_paper(
    bodies_assistant: Assistant, asked: str, read: str
) -> None:
    previous = _about(bodies_assistant, "d02_severnside_fra_ia_tracker-xlsx:19/20-04")
    title = previous.records[0].document.title
    assert of_the_paper(asked, previous) == read.format(t=title)


@pytest.mark.parametrize(
    "asked", ["when is it due?", "who owns the report?", "is it done yet?", "who wrote about it?"]
)
def test_a_rows_verbs_are_left_alone(bodies_assistant: Assistant, asked: str) -> None:
    previous = _about(bodies_assistant, "d02_severnside_fra_ia_tracker-xlsx:19/20-04")
    assert of_the_paper(asked, previous) is None


def test_the_rows_own_plan_is_left_alone(bodies_assistant: Assistant) -> None:
    previous = _about(bodies_assistant, "d14_holmebridge_college_audit_actions-csv:HC-05")
    assert of_the_paper("does the plan cover the student records system?", previous) is None
    assert of_the_paper("does it cover the student records system?", previous) is not None
