"""The two ways to build an answer (finish, abstain) and limit_records: where the coverage line
goes, and what a cut list says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import register
from assistant.answers.context import AnswerContext
from assistant.answers.model import ABSTAIN_PHRASE, Answer, abstain, finish, limit_records
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.answers.conftest import PURE_2008, check_coverage, doc_id


def _document(name: str, year: int) -> DocumentInfo:
    return DocumentInfo(
        id=name, filename=f"{name}.txt", format="txt", sha256=name, title=name, year=year
    )


class TwoDocuments:
    """A Scope of two searched documents, 2002 and 2008."""

    def __init__(self, span: str | None = "2002–2008") -> None:
        self._span = span

    def searched(self) -> list[DocumentInfo]:
        return [_document("a", 2002), _document("b", 2008)]

    def span(self, documents: list[DocumentInfo] | None = None) -> str | None:
        return self._span


QUESTION = QueryAnalysis(question="Which actions slipped?", intent="list")


@pytest.fixture(scope="module")
def records(assistant: Assistant) -> list[ActionRecord]:
    return [r for r in assistant.register.all() if r.document.id == doc_id(PURE_2008)][:6]


def test_finish_puts_the_coverage_line_last_in_italics(records: list[ActionRecord]) -> None:
    body = "**6 actions:**\n- R1 [1]"
    answer = finish(
        QUESTION,
        TwoDocuments(),
        body=body,
        line="6 of 76 actions match.",
        matched=6,
        route="register",
        records=records,
        rule="a rule",
        notes=["a note"],
    )
    assert answer.answer == f"{body}\n\n_6 of 76 actions match._"
    assert answer.answer.endswith(f"_{answer.coverage.line}_")
    assert not answer.abstained and answer.route == "register"
    assert answer.coverage.matched == 6 and answer.coverage.searched_documents == 2
    assert answer.coverage.period == "2002–2008" and answer.coverage.rule == "a rule"
    assert answer.records == records and answer.notes == ["a note"] and answer.query is QUESTION


def test_abstain_says_the_phrase_the_subject_and_the_reason() -> None:
    answer = abstain(
        QUESTION, TwoDocuments(), "body-worn cameras", "No document uses it.", kind="unknown_words"
    )
    assert answer.abstained and answer.route == "abstain"
    assert answer.abstention == "unknown_words"  # why, for the API and the follow-up code
    assert answer.answer == f"{ABSTAIN_PHRASE} body-worn cameras. No document uses it."
    assert answer.citations == [] and answer.records == [] and answer.coverage.matched == 0
    assert answer.coverage.line == (
        "Searched 2 documents (2002–2008); no passage supports an answer."
    )
    assert answer.coverage.line not in answer.answer  # shown apart, not in the text

    bare = abstain(QUESTION, TwoDocuments(span=None), "that", kind="nothing_found")
    assert bare.answer == f"{ABSTAIN_PHRASE} that."
    assert bare.coverage.line == "Searched 2 documents; no passage supports an answer."


def _listed(records: list[ActionRecord]) -> Answer:
    return finish(
        QUESTION,
        TwoDocuments(),
        body="**6 actions:**",
        line="6 of 76 actions match.",
        matched=len(records),
        route="register",
        records=records,
    )


def test_limit_records_says_so_between_the_body_and_the_coverage_line(
    records: list[ActionRecord],
) -> None:
    answer = limit_records(_listed(records), 2)
    said = (
        "`records` holds the first 2 of these 6 records; "
        "ask with `records_limit` of 6 or more for all of them."
    )
    assert answer.answer == f"**6 actions:**\n\n{said}\n\n_6 of 76 actions match._"
    assert answer.records == records[:2] and answer.records_total == 6
    assert answer.notes == ["records cut to the first 2 of 6"]
    assert answer.coverage.matched == 6  # the coverage still counts them all


@pytest.mark.parametrize("limit", [6, 50])
def test_limit_records_leaves_a_list_under_the_limit_alone(
    records: list[ActionRecord], limit: int
) -> None:
    answer = _listed(records)
    text = answer.answer
    limit_records(answer, limit)
    assert answer.answer == text and answer.records == records
    assert answer.records_total == 6 and answer.notes == []


def test_limit_records_on_a_composed_list_keeps_its_coverage_line_last(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    answer = register.listing(analyse("Which PURE recommendations are high priority?"), context())
    total = len(answer.records)
    assert total > 3
    body = answer.answer.removesuffix(f"\n\n_{answer.coverage.line}_")
    limit_records(answer, 3)
    check_coverage(answer)
    assert answer.answer.startswith(body + "\n\n`records` holds the first 3 of these ")
    assert len(answer.records) == 3 and answer.records_total == total
