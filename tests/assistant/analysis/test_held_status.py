"""A status value the paper itself holds ('rated red', 'marked Open', 'not met') selects the
rows carrying it, which the normalised statuses cannot tell apart. The bodies and rows are
invented (those of test_body_names)."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.analysis.test_body_names import _index


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Which Pellingham audit points are rated red?", ["Red"]),
        ("how many of the health trust's points are amber", ["Amber"]),
        ("List the college actions whose status is shown as Open", ["Open"]),
        ("Which Hetherby actions are marked not met?", ["Not met"]),
        ("Which of the town council's actions were partly met?", ["Partly met"]),
        ("Which audit points are red or amber?", ["Red", "Amber"]),
    ],
)  # fmt: skip
def test_a_status_the_paper_holds_selects_its_rows(question: str, says: list[str]) -> None:
    q = analyse(question, _index())
    assert sorted(q.status_says) == sorted(says), question
    assert q.statuses == []


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are complete?",  # across papers: the normalised status
        "Which of the fire authority's actions are complete?",  # the closing state
        "Which Hetherby actions are not met yet?",  # 'not met yet' read as written
        "Which Hetherby actions are overdue?",  # no such label there: against the paper's date
    ],
)
def test_a_general_status_word_keeps_its_normalised_reading(question: str) -> None:
    q = analyse(question, _index())
    if "not met" in question:
        assert q.status_says == ["Not met"]
    else:
        assert q.status_says == [], question


@pytest.mark.parametrize(
    ("question", "intent", "says"),
    [
        ("Does Pellingham have any audit point rated red?", "list", ["Red"]),
        ("What is marked Open at Corrisford?", "list", ["Open"]),
        ("How many Marrowby actions are marked Complete?", "count", ["Complete"]),
        ("Is there any Hetherby action that was only partly met?", "list", ["Partly met"]),
        ("does the health trust have any points not started", "list", []),  # no value held
    ],
)
def test_rows_asked_for_without_which_are_listed(
    question: str, intent: str, says: list[str]
) -> None:
    q = analyse(question, _index())
    assert (q.intent, q.status_says) == (intent, says), question


def test_a_paper_writing_statuses_as_prose_keeps_the_normalised_reading() -> None:
    doc = DocumentInfo(id="p", filename="p.txt", format="txt", sha256="p", title="Plan")
    said = ["Complete", "Completed in March after the board approved the policy", "Ongoing"]
    records = [
        ActionRecord(
            id=f"p:{n}",
            document=doc.ref(),
            ref=f"R{n}",
            ordinal=n,
            title=f"Row {n}",
            status="complete" if n < 2 else "ongoing",
            status_text=text,
            columns={},
            source_text="x",
            source_start=0,
            source_end=1,
        )
        for n, text in enumerate(said)
    ]
    q = analyse("Which plan actions are marked complete?", NameIndex.from_records([doc], records))
    assert (q.status_says, q.statuses) == ([], ["complete"])


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Which Hetherby actions were met partly?", ["Partly met"]),  # the held words reordered
        ("Which Hetherby actions were only partly met?", ["Partly met"]),
    ],
)
def test_a_held_value_is_named_in_either_word_order(question: str, says: list[str]) -> None:
    assert analyse(question, _index()).status_says == says


def test_a_degree_before_a_shorter_held_value_is_no_name_of_it() -> None:
    doc = DocumentInfo(id="m", filename="m.docx", format="docx", sha256="m", title="Log")
    records = [
        ActionRecord(
            id=f"m:{n}",
            document=doc.ref(),
            ref=f"M{n}",
            ordinal=n,
            title=f"Row {n}",
            status=status,
            status_text=text,
            columns={},
            source_text="x",
            source_start=0,
            source_end=1,
        )
        for n, (text, status) in enumerate([("Met", "complete"), ("Not met", "ongoing")])
    ]
    q = analyse("Which log actions were partially met?", NameIndex.from_records([doc], records))
    assert "Met" not in q.status_says
