"""Owners read against what the register holds (issue 14): a row whose owner cell is blank in a
paper that names owners is answered plainly ('the record names no owner'), not abstained on
and not given a neighbour's owner; a chain through an owner written as a statement ('X sits
with an officer — what else do they have?') or with a verb of holding the question wording
picks ('look after', 'answer for') lists that owner's other rows; an overdue list of a paper
named by its body's words is not narrowed by those words."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import question_parts
from assistant.service import Assistant
from tests.assistant.conftest import check_citations

MOORS = """# Estates Audit Tracker

**Body:** Brackwater Moorland Conservators
**Committee:** Audit Committee
**Meeting:** 14 May 2024

## Actions

| Ref | Finding | Agreed action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| BM-1 | Stile repairs are not logged. | Keep a log of stile repairs. | Rangers Manager | 2024-03-31 | Open |
| BM-2 | Grazing licences have lapsed. | Renew the grazing licences. | | 2024-09-30 | Open |
| BM-3 | Moorland volunteer hours are not recorded. | Record volunteer hours monthly. | Rangers Manager | 2024-12-31 | Open |
| BM-4 | Visitor car park income is not banked weekly. | Bank car park takings weekly. | Finance Officer | 2024-06-30 | Overdue |
| BM-5 | The fire plan for the heath is out of date. | Update the heath fire plan. | Rangers Manager | 2024-01-31 | Complete |
"""


OTHER = """# Library Service Action Plan

**Body:** Eastmere Libraries Board
**Committee:** Board
**Meeting:** 3 June 2024

## Actions

| Ref | Finding | Agreed action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| EL-1 | Overdue book fines are not banked. | Bank fines weekly. | Branch Manager | 2024-05-31 | Open |
| EL-2 | Mobile library insurance lapsed. | Renew the mobile library insurance. | Head of Libraries | 2024-07-31 | Complete |
| EL-3 | Library room hire income is not invoiced. | Invoice room hire monthly. | Branch Manager | 2024-09-30 | Open |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "brackwater_estates_tracker.md").write_text(MOORS, encoding="utf-8")
    (folder / "eastmere_libraries_plan.md").write_text(OTHER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "Who is responsible for renewing the grazing licences?",
        "Who owns the grazing licences action?",
        "Which officer leads on the lapsed grazing licences?",
    ],
)
def test_a_blank_owner_cell_is_said_plainly(assistant: Assistant, question: str) -> None:
    """An abstention with no citations, saying the row's owner cell is blank."""
    answer = assistant.ask(question)
    assert answer.abstained and not answer.citations
    assert "owner cell is blank" in answer.answer and "BM-2" in answer.answer
    assert [r.ref for r in answer.records] == ["BM-2"]
    assert "Rangers Manager" not in answer.answer and "Finance Officer" not in answer.answer


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "The stile repairs log sits with an officer — what else do they have on the tracker?",
            "Who is responsible for the stile repairs log?",
        ),
        (
            "The volunteer hours action is down to a manager: which other actions do they hold?",
            "Who is responsible for the volunteer hours action?",
        ),
        (
            "What else does the officer responsible for the stile repairs look after?",
            "Who is responsible for the stile repairs?",
        ),
    ],
)
def test_a_chain_through_an_owner_is_asked_in_parts(question: str, first: str) -> None:
    parts = question_parts(question)
    assert parts[0] == first and len(parts) == 2


def test_a_statement_that_names_no_owner_stays_one_question() -> None:
    question = "The audit is with the committee — what did it find?"
    assert question_parts(question) == [question]


@pytest.mark.parametrize(
    "question",
    [
        "The stile repairs log sits with an officer — what else do they have on the tracker?",
        "What else does the officer responsible for the stile repairs look after?",
        "What else does the Rangers Manager look after?",
    ],
)
def test_an_owners_other_rows_are_listed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    refs = {r.ref for r in answer.records}
    assert {"BM-3", "BM-5"} <= refs and "BM-4" not in refs and "BM-2" not in refs


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        # the paper writes 'Overdue' itself: its label, not BM-1 ('Open', past its date) besides
        ("What is overdue on the moorland conservators' tracker?", {"BM-4"}),
        ("List the moorland board's overdue actions.", {"BM-4"}),
        ("Which of the Brackwater conservators' actions are marked overdue?", {"BM-4"}),
        # the state at the meeting: past the deadline and not done, the labelled row among them
        ("Which moorland board actions were overdue at the meeting?", {"BM-1", "BM-4"}),
    ],
)
def test_overdue_rows_of_a_paper_named_by_its_body(
    assistant: Assistant, question: str, refs: set[str]
) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert {r.ref for r in answer.records} == refs


@pytest.mark.parametrize(
    "question",
    [
        "Which of the Eastmere libraries board's actions are still open?",
        "How many actions on the Eastmere library service plan are open?",
        "List the open actions of the libraries board at Eastmere.",
    ],
)
def test_words_naming_the_paper_do_not_narrow_its_list(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert {r.ref for r in answer.records} == {"EL-1", "EL-3"}
