"""A question asking for a record's deadline or priority where the record's column is empty
and none of its sentences gives one: an abstention naming the record, not an answer whose only
value is 'none' (issue 14, exam7 PR4). An empty owner cell in a table whose other rows have
owners, with no sentence naming a lead, is an answer of its own, said plainly ('the record
names no owner'; blind examiners asked for it so); a sentence making a body responsible for
other work ('now responsible for considering public complaints') names no lead."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.describe import lead_sentence
from ingest.model import ActionRecord, DocumentInfo


def test_an_empty_deadline_is_an_abstention_that_names_the_record(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("When is the Training & Development improvement area due to finish?")
    assert answer.abstained and not answer.citations
    assert "item 6" in answer.answer and "no deadline" in answer.answer
    assert [r.ref for r in answer.records] == ["6"]  # what a follow-up's 'it' points at


def test_an_empty_priority_named_by_ref_is_an_abstention(ask: Callable[[str], Answer]) -> None:
    answer = ask("What priority does HMIC R5 have?")
    assert answer.abstained and "no priority" in answer.answer


def test_a_deadline_the_record_gives_is_answered(ask: Callable[[str], Answer]) -> None:
    answer = ask("By when will members' financial training be in place?")
    assert not answer.abstained and "March 2009" in answer.answer


def test_an_empty_owner_is_still_answered(ask: Callable[[str], Answer]) -> None:
    # 'no owner' may be what a question takes for granted otherwise: it stays an answer
    answer = ask("Who owns the Strategic Planning Framework improvement area?")
    assert not answer.abstained and "no owner" in answer.answer


def _row(title: str, comment: str) -> ActionRecord:
    text = f"{title}\t{comment}"
    return ActionRecord(
        id="x:F1",
        document=DocumentInfo(
            id="x", filename="x.txt", format="txt", sha256="x", title="Log"
        ).ref(),
        ref="F1",
        ordinal=1,
        title=title,
        action=comment,
        columns={"Recommendation": title, "Comment": comment},
        source_text=text,
        source_start=0,
        source_end=len(text),
    )


def test_a_body_made_responsible_for_other_work_is_no_lead() -> None:
    title = "Review how often the Fleet Board meets."
    other = _row(title, "The Fleet Board is now responsible for approving depot leases.")
    assert lead_sentence(other) is None
    this = _row(title, "The Fleet Board is responsible for this review.")
    assert lead_sentence(this) is not None
    same = _row(title, "The Fleet Board is responsible for reviewing its meetings.")
    assert lead_sentence(same) is not None


@pytest.mark.parametrize(
    "question",
    [
        "who is responsible for the review of Standards Committee meetings in the PURE plan?",
        "Who leads on R20 of the PURE plan?",
        "which director owns the Standards Committee review in the 2008 plan",
    ],
)
def test_an_empty_owner_in_a_table_of_owners_is_abstained_on_plainly(
    ask: Callable[[str], Answer], question: str
) -> None:
    """The record holds no owner to give: an abstention with no citations, saying the row's
    owner cell is blank, still pointing at the row for a follow-up."""
    answer = ask(question)
    assert answer.abstained and not answer.citations
    assert "owner cell is blank" in answer.answer and "R20" in answer.answer
    assert [r.ref for r in answer.records] == ["R20"]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Who owns HMIC R3 in the PURE plan?", "Home Office"),  # 'an issue for the Home Office'
        ("Who takes the lead on item 1.2 of the 2007/08 AGS plan?", "Quality Assurance Team"),
    ],
)
def test_an_empty_owner_with_a_lead_sentence_is_answered(
    ask: Callable[[str], Answer], question: str, lead: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and lead in answer.answer
