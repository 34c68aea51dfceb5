"""Chains through an owner inside one question, and facts the prose states in other words
(issue 18): an owner pointed at by a noun phrase ('that same person', 'whoever that is') or
named with words of the found owner, or asked of another paper, lists the owner's rows, not
the row; a sum asked with other money words (outlay, spend, bill) is the prose sentence's; a
reason asked behind a fronted topic is the sentence's cause; a person asked with an
imperative or a noun phrase is the name the prose gives; a row's progress figure asked across
a body's two papers is given for each, the direction first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.antecedents import Previous
from assistant.owners_other import owners_other
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef

OLD = """# Harbour Audit Tracker 2023

**Body:** Quillmouth Harbour Board
**Committee:** Audit Committee
**Meeting:** 9 March 2023

The Audit Committee is chaired by Mrs Orla Penhallow, a board member.

The dredging review has slipped because the survey vessel was out of service until January.

The annual external audit fee was £21,300.

## Actions

| Ref | Finding | Agreed action | Owner | Due | Status | Progress |
| --- | --- | --- | --- | --- | --- | --- |
| QH-1 | Mooring fees are not reconciled. | Reconcile mooring fees monthly. | Harbour Master | 2023-03-31 | Open | Berth reconciliation coverage 40%. |
| QH-2 | Pontoon inspections are not logged. | Log every pontoon inspection. | Harbour Master | 2023-06-30 | Open | |
| QH-3 | The dredging review is overdue. | Complete the dredging review. | Marine Engineer | 2023-01-31 | Overdue | |
| QH-4 | Fuel sales are not checked. | Check fuel sales weekly. | Finance Lead | 2023-05-31 | Open | |
"""

NEW = """# Harbour Audit Tracker 2024

**Body:** Quillmouth Harbour Board
**Committee:** Audit Committee
**Meeting:** 12 March 2024

The breakwater repair is budgeted at £640,000, of which £200,000 is a coastal grant.

## Actions

| Ref | Finding | Agreed action | Owner | Due | Status | Progress |
| --- | --- | --- | --- | --- | --- | --- |
| QH-1 | Mooring fees are not reconciled. | Reconcile mooring fees monthly. | Harbour Master | 2024-03-31 | Open | Berth reconciliation coverage now 75%. |
| QH-5 | Crane certificates have lapsed. | Renew the crane certificates. | Marine Engineer | 2024-04-30 | Open | |
| QH-6 | The breakwater repair has no project board. | Set up a breakwater project board. | Finance Lead | 2024-06-30 | Open | |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    from assistant.container import Services
    from assistant.settings import load_settings
    from tests.fakes import HashingEmbedder

    root = tmp_path_factory.mktemp("quillmouth")
    folder = root / "papers"
    folder.mkdir()
    (folder / "quillmouth_tracker_2023.md").write_text(OLD, encoding="utf-8")
    (folder / "quillmouth_tracker_2024.md").write_text(NEW, encoding="utf-8")
    settings = load_settings(index_dir=root / "index")
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    assert not services.indexer.ingest_paths([folder]).skipped
    yield Assistant(services)
    services.catalog.close()


def _found(owner: str, ref: str) -> Previous:
    document = DocumentRef(id="d", title="Tracker", filename=Path("t.md").name)
    row = ActionRecord(
        id=f"d:{ref}",
        document=document,
        ref=ref,
        ordinal=1,
        title="x",
        owner=owner,
        source_text="x",
        source_start=0,
        source_end=1,
    )
    return Previous(standalone="Who owns it?", records=[row], names=[ref])


@pytest.mark.parametrize(
    ("part", "asked"),
    [
        ("and what else does that same person look after?", "other than R1 are owned by Head"),
        ("is whoever that is named on any other recommendation?", "other than R1 are owned by"),
        ("does the same officer carry another action?", "other than R1 are owned by Head"),
        ("is the Head responsible for anything else?", "other than R1 are owned by the Head?"),
        ("what did they hold in the earlier report?", "Which actions are owned by Head of"),
        ("does that owner appear in the 2024 plan?", "owned by Head of Estates in the 2024 plan"),
    ],
)
def test_a_part_pointing_at_the_owner_asks_of_the_owners_rows(part: str, asked: str) -> None:
    said = owners_other(part, _found("Head of Estates", "R1"))
    assert said is not None and asked in said, said


@pytest.mark.parametrize(
    "part",
    ["is the same person responsible for the fuel checks?", "when is it due?", "who leads it?"],
)
def test_a_part_not_asking_for_the_owners_rows_is_left(part: str) -> None:
    assert owners_other(part, _found("Head of Estates", "R1")) is None


@pytest.mark.parametrize(
    "question",
    [
        "Who owns the mooring fee reconciliation, and what else does that same person look after?",
        "Who leads on mooring fees - is whoever that is down for any other action?",
        "Who owns the mooring fee reconciliation, and does whoever it is hold any other action?",
    ],
)
def test_the_owners_other_rows_answer_a_chain(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    refs = {r.ref for r in answer.records}
    assert "QH-2" in refs and "QH-4" not in refs, answer.answer


def test_the_owners_rows_in_the_other_paper(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who is responsible for the crane certificates, and what did they own in the earlier "
        "year's tracker?"
    )
    assert "QH-3" in {r.ref for r in answer.records}, answer.answer


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("What was the spend on the external audit fee in 2023?", "£21,300"),
        ("Breakwater repair: what's the outlay?", "£640,000"),
        ("tell me the bill for the breakwater repair", "£640,000"),
    ],
)
def test_a_sum_in_prose_answers_other_money_words(
    assistant: Assistant, question: str, sum_: str
) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith(f"**{sum_}**"), answer.answer


def test_a_sum_of_a_thing_a_row_is_more_about_is_not_the_prose_sum(assistant: Assistant) -> None:
    answer = assistant.ask("How much did the breakwater project board cost?")
    assert not answer.answer.startswith("**£640,000**"), answer.answer


@pytest.mark.parametrize(
    "question",
    ["As for the dredging review, why was it held up?", "The dredging review - what held it up?"],
)
def test_a_reason_behind_a_fronted_topic(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith("- **Because the survey vessel"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "name the board member who chairs the audit committee",
        "the board member chairing the harbour audit committee?",
    ],
)
def test_a_person_asked_without_who(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith("- **Mrs Orla Penhallow**"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Did berth reconciliation coverage go up between the two harbour trackers?",
        "Is the mooring fee reconciliation coverage higher in 2024 than in 2023?",
    ],
)
def test_a_progress_figure_compared_across_two_papers(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith("**Up: from 40% (2023) to 75% (2024).**"), answer.answer
    assert len(answer.citations) == 2


def test_a_row_in_one_paper_has_no_figure_to_compare(assistant: Assistant) -> None:
    answer = assistant.ask("Did the crane certificates improve between the two trackers?")
    assert not answer.answer.startswith("**Up"), answer.answer
