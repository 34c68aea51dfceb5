"""Answers over several rows read from the register's own values (issue 14): a column named
with a negation keeps the rows whose cell is empty; 'which services show X as not started?'
lists the rows in that state under each paper; a comparison whose sides name two
papers compares the row of each that the other words describe; a deadline stated before a
dash is checked against the row's real one; a second part may front its paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import question_parts
from assistant.analysis.blank_columns import blank_column
from assistant.service import Assistant
from tests.assistant.conftest import check_citations

_HEAD = """# Audit recommendations: follow-up

**Body:** Kestrel Vale Museums Service {n}
**Committee:** Joint Committee
**Meeting:** {meeting}

## Recommendations

| Ref | Finding | Recommendation | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
"""

ONE = _HEAD.format(n=1, meeting="12 March 2025") + (
    "| KV-1 | The herbarium has no pest traps. | Set pest traps in the herbarium stores. "
    "| Collections Officer | 31/03/2025 | Not started |\n"
    "| KV-2 | Loans leave without a signed form. | Adopt a collections care plan (CCP) "
    "for every loan. | | 30/06/2025 | In progress |\n"
    "| KV-3 | Gallery lights are left on. | Fit timers to the gallery lights. "
    "| Facilities Lead | | Complete |\n"
    "| KV-4 | Volunteers are not trained. | Train volunteers under the CCP each spring. "
    "| | 30/09/2025 | In progress |\n"
    "| KV-5 | The shop plan does not care for stock. | Count the shop stock each month. "
    "| Retail Manager | 31/12/2025 | In progress |\n"
)
TWO = _HEAD.format(n=2, meeting="14 May 2025") + (
    "| KV-1 | The herbarium has no pest traps. | Set pest traps in the herbarium stores. "
    "| Collections Officer | 31/05/2025 | Partially implemented |\n"
    "| KV-2 | Loans leave without a signed form. | Adopt a collections care plan (CCP) "
    "for every loan. | Registrar | 30/06/2025 | Complete |\n"
    "| KV-3 | Gallery lights are left on. | Fit timers to the gallery lights. "
    "| Facilities Lead | 31/07/2025 | Complete |\n"
)


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "kestrel_service_1.md").write_text(ONE, encoding="utf-8")
    (folder / "kestrel_service_2.md").write_text(TWO, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("which actions don't have a responsible officer named against them?", "owner"),
        ("which of the recommendations have not been given a lead?", "owner"),
        ("list the actions whose owner isn't recorded", "owner"),
        ("which actions don't have a due date set?", "due"),
        ("which ones have not yet been given a deadline?", "due"),
        ("how many actions have a status that isn't recorded?", "status"),
        ("which recommendations have no RAG rating?", "status"),
    ],
)
def test_a_negated_column_names_its_empty_cells(question: str, column: str) -> None:
    found = blank_column(question)
    assert found is not None and found[0] == column


@pytest.mark.parametrize(
    "question",
    [
        "which actions do not have a deadline in 2025?",  # a window, not an empty cell
        "leaving out those without an owner, which are open?",  # the rows kept are owned
        "which actions do not have a status of complete?",
        "who owns the herbarium action?",
    ],
)
def test_no_empty_cell_is_read_where_none_is_asked(question: str) -> None:
    assert blank_column(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "In service 1's report, which actions don't have a responsible officer named against them?",
        "Which of service 1's recommendations have not been given an owner?",
        "how many of service 1's actions do not have a lead officer?",
    ],
)
def test_rows_without_an_owner_are_those_listed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert sorted(str(r.ref) for r in answer.records) == ["KV-2", "KV-4"]


@pytest.mark.parametrize(
    "question",
    [
        "Which of service 1's actions don't have a due date set?",
        "In service 1's paper, which recommendations have not been given a deadline?",
    ],
)
def test_rows_without_a_deadline_are_those_listed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert [r.ref for r in answer.records] == ["KV-3"]


@pytest.mark.parametrize(
    "question",
    [
        "Across the Kestrel Vale papers, which services show the pest traps as not started?",
        "which services have the herbarium pest traps not started?",
        "In which papers is the pest traps recommendation marked not started?",
    ],
)
def test_which_papers_show_a_state(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.query.intent == "list"
    assert [(r.ref, r.status) for r in answer.records] == [("KV-1", "not_started")]
    assert "Service 1" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which services show the shop stock count as in progress?",
        "which of the services have the shop stock count still in progress?",
        "In which reports is counting the shop stock in progress?",
    ],
)
def test_the_noun_naming_the_papers_is_no_subject_word(assistant: Assistant, question: str) -> None:
    """Three rows of service 1 are in progress; the words other than 'services' pick one."""
    answer = assistant.ask(question)
    assert answer.query.intent == "list"
    assert [r.ref for r in answer.records] == ["KV-5"]


@pytest.mark.parametrize(
    "question",
    [
        "Herbarium pest traps: is service 1 or service 2 further along?",
        "Are the herbarium pest traps further along at service 2 or service 1?",
        "On the herbarium pest traps, which is further ahead, service 1 or service 2?",
    ],
)
def test_sides_naming_two_papers_compare_their_rows(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert {r.ref for r in answer.records[:2]} == {"KV-1"}
    assert len({r.document.id for r in answer.records[:2]}) == 2
    assert "Partially implemented" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "The herbarium pest traps action in service 1's report had a June 2025 deadline - "
        "did it make it?",
        "Service 1's pest traps recommendation had a deadline of June 2025; was it met?",
    ],
)
def test_a_stated_deadline_is_checked(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert "premise-corrected" in answer.notes
    assert "31/03/2025" in answer.answer or "March 2025" in answer.answer


def test_a_second_part_may_front_its_paper() -> None:
    parts = question_parts("Who owns KV-2, and according to service 2's report when is it due?")
    assert parts == ["Who owns KV-2?", "According to service 2's report when is it due?"]
    assert len(question_parts("Which actions are open and in which paper?")) == 1


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Who owns the pest traps action in service 1's report, and who in service 2's?",
            "Who owns the pest traps action in service 2's?",
        ),
        (
            "When is the loan form action due at service 1, and when at service 2?",
            "When is the loan form action due at service 2?",
        ),
        ("Who owns KV-1? Who in the second paper?", "Who owns KV-1 in the second paper?"),
    ],
)
def test_a_gapped_part_is_the_part_before_at_its_place(question: str, second: str) -> None:
    assert question_parts(question)[1] == second


def test_gapped_parts_are_answered_each_at_their_paper(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who owns the loan form action in service 1's report, and who in service 2's?"
    )
    check_citations(assistant, answer)
    assert "Registrar" in answer.answer  # service 2's owner; service 1 names none
