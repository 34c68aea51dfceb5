"""The meeting a paper went before is dated by the paper's masthead whatever verb the question
uses ('taken by', 'discussed at', 'brought to', 'did the panel look at'), and reading that
verb consumes only the verb: the words naming what was considered stay the subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import documents
from assistant.answers.context import AnswerContext
from assistant.answers.router import choose_route
from assistant.service import Assistant
from tests.assistant.answers.conftest import MOPAC_2017, check_answer, sample_text

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


@pytest.mark.parametrize(
    "question",
    [
        "When was the MOPAC governance improvement plan taken by the Audit Panel?",
        "When was the MOPAC governance improvement plan brought to the Audit Panel?",
        "When did the Audit Panel look at the MOPAC governance improvement plan?",
        "On what date was the MOPAC governance improvement plan heard by the Audit Panel?",
    ],
)
def test_a_paper_s_meeting_is_dated_whatever_the_verb(
    assistant: Assistant, analyse: Analyse, context: Context, question: str
) -> None:
    assert "19 December 2017" in sample_text(MOPAC_2017)
    q = analyse(question)
    assert q.doc_field == "date" and choose_route(q) == "document", (q.doc_field, q.documents)
    answer = check_answer(assistant, documents.document_facts(q, context()), "document")
    assert "19 December 2017" in answer.answer


def test_the_verb_alone_is_read_the_subject_stays(analyse: Analyse) -> None:
    q = analyse("When was a report on cost comparisons with most similar forces considered?")
    assert {"cost", "comparisons", "forces"} <= set(q.terms), q.terms
