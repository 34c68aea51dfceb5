"""A state asked in the canonical words where the paper writes its own label: 'not started'
asked of a paper whose open rows are labelled 'Not implemented' or 'Not yet met' lists
those rows under the paper's label, with a note; a paper with a row truly not started keeps
the canonical reading (``support/open_rows.unstarted_as_written``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

LABELLED = """# Internal Audit Follow-up

**Body:** Cranleigh Vale Drainage Board
**Committee:** Audit Committee
**Meeting:** 12 June 2024

| Ref | Recommendation | Owner | Due | Position |
| --- | --- | --- | --- | --- |
| CV-1 | Reconcile the pumping station fuel log monthly. | Engineer | March 2024 | Implemented |
| CV-2 | Review the drainage rate debt write-off policy. | Finance Officer | May 2024 | Not implemented |
| CV-3 | Test the flood warning call-out list twice a year. | Operations Manager | April 2024 | Partially implemented |
| CV-4 | Record board members' interests annually. | Clerk | July 2024 | Not yet met |
"""

STARTED = """# Action Plan

**Body:** Hollin Edge Sports Council
**Committee:** Finance and Audit Panel
**Meeting:** 3 October 2024

| Ref | Action | Lead | Target | Status |
| --- | --- | --- | --- | --- |
| HE-1 | Refresh the grant scoring guidance. | Grants Manager | December 2024 | Not started |
| HE-2 | Publish grant awards over £25,000. | Communications Lead | November 2024 | Not implemented |
| HE-3 | Renew the pavilion lease. | Estates Lead | January 2025 | In progress |
"""


@pytest.fixture(scope="module")
def papers(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = Path(tmp_path_factory.mktemp("labelled-states"))
    (folder / "cranleigh_vale_followup.md").write_text(LABELLED, encoding="utf-8")
    (folder / "hollin_edge_plan.md").write_text(STARTED, encoding="utf-8")
    yield from assistant_over(sorted(folder.glob("*.md")), real_services, tmp_path_factory, "lab")


@pytest.mark.parametrize(
    "question",
    [
        "Which of the drainage board's recommendations haven't been started yet?",
        "List the Cranleigh Vale actions that have not been started",
        "which drainage board recommendations are not started",
    ],
)
def test_not_started_lists_the_rows_the_paper_labels_as_not_done(
    papers: Assistant, question: str
) -> None:
    answer = papers.ask(question)
    check_citations(papers, answer)
    refs = {r.ref for r in answer.records}
    assert refs == {"CV-2", "CV-4"}, answer.answer
    assert "Not implemented" in answer.answer and "no row in scope is marked as not started" in (
        answer.answer
    )


def test_counting_them_gives_the_labelled_rows(papers: Assistant) -> None:
    answer = papers.ask("How many Cranleigh Vale recommendations have not started?")
    assert answer.answer.lstrip("*").startswith("2"), answer.answer


def test_a_paper_with_a_row_not_started_keeps_the_canonical_state(papers: Assistant) -> None:
    answer = papers.ask("Which Hollin Edge actions have not started?")
    assert {r.ref for r in answer.records} == {"HE-1"}, answer.answer
    assert "no row in scope is marked as not started" not in answer.answer
