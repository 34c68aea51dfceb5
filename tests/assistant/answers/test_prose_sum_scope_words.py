"""A sum stated in prose is found by the question's words read as its paper, body or date
(issue 14, prose facts): when the question's verb is not the sentence's ('receive' for
'was offered'), the sentence naming the fund and the month with a sum is still the one. The
sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers.prose_amounts import sentence_with_sum
from assistant.evidence import Evidence
from ingest.model import DocumentInfo

Analyse = Callable[[str], QueryAnalysis]

_DOC = DocumentInfo(
    id="ormsby",
    filename="ormsby.md",
    format="md",
    sha256="ormsby",
    title="Harbour programme assurance plan",
    organisation="Ormsby Harbour Board",
    date="2024-01-10",
    year=2024,
)


def _sentence(text: str, rank: int) -> Evidence:
    return Evidence(
        text=text,
        start=0,
        document=_DOC.ref(),
        chunk_id=f"ormsby:{rank}",
        page=1,
        ref=None,
        record_id=None,
        label="Introduction",
        rank=rank,
        year=2024,
    )


def test_the_fund_and_month_named_find_the_sum(analyse: Analyse) -> None:
    q = analyse("How much did Ormsby receive from the Quayside Fund in May 2020?")
    evidence = [
        _sentence("Dredging cost £80,000 in the winter.", 0),
        _sentence("Ormsby was offered £3.2 million from the Quayside Fund in May 2020.", 1),
    ]
    bodies = {"ormsby": "Ormsby Harbour Board"}
    found = sentence_with_sum(q, evidence, {"receiv": 1.0}, bodies)
    assert found is not None and "£3.2 million" in found.text


def test_a_sentence_sharing_neither_verb_nor_scope_is_not_taken(analyse: Analyse) -> None:
    q = analyse("How much did Ormsby receive from the Quayside Fund in May 2020?")
    evidence = [_sentence("Dredging cost £80,000 in the winter.", 0)]
    assert (
        sentence_with_sum(q, evidence, {"receiv": 1.0}, {"ormsby": "Ormsby Harbour Board"}) is None
    )


def test_a_row_as_much_about_the_wider_subject_keeps_it(analyse: Analyse) -> None:
    q = analyse("How much did Ormsby receive from the Quayside Fund in May 2020?")
    row = Evidence(
        text="Ormsby has not yet received the Quayside Fund award of May 2020.",
        start=0,
        document=_DOC.ref(),
        chunk_id="ormsby:Q1",
        page=1,
        ref="Q1",
        record_id="ormsby:Q1",
        label="Finding",
        rank=0,
        year=2024,
    )
    evidence = [
        row,
        _sentence("Ormsby was offered £3.2 million from the Quayside Fund in May 2020.", 1),
    ]
    assert (
        sentence_with_sum(q, evidence, {"receiv": 1.0}, {"ormsby": "Ormsby Harbour Board"}) is None
    )


def test_a_sum_of_another_year_answers_no_question_about_this_one(analyse: Analyse) -> None:
    """Read by the wider words, a sentence must still write the year the question asks of: a
    sum for 2025/26 is no answer about 2024/25 (the record does not give it)."""
    q = analyse("How much did Ormsby receive from the Quayside Fund for 2024/25?")
    other_year = [
        _sentence("Ormsby was offered £1.1 million from the Quayside Fund for 2025/26.", 0)
    ]
    bodies = {"ormsby": "Ormsby Harbour Board"}
    assert sentence_with_sum(q, other_year, {"receiv": 1.0}, bodies) is None
    same_year = [
        _sentence("Ormsby was offered £0.9 million from the Quayside Fund for 2024-25.", 0)
    ]
    found = sentence_with_sum(q, same_year, {"receiv": 1.0}, bodies)
    assert found is not None and "£0.9 million" in found.text
