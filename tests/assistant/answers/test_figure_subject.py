"""A figure question with no counted noun among its words ('how much VAT …?', 'how many
outstanding visits …?') is answered only by a number in a sentence about its subject: any
number in the nearest sentences answered questions the papers never answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.support.counted import has_figure
from assistant.evidence import Evidence
from ingest.model import DocumentRef

_DOC = DocumentRef(id="d", title="Audit actions log", filename="log.csv")


def _sentences(*texts: str) -> list[Evidence]:
    out, start = [], 0
    for rank, text in enumerate(texts):
        out.append(Evidence(text, start, _DOC, f"c{rank}", 1, None, None, "prose", rank, 2021))
        start += len(text) + 1
    return out


UNRELATED = _sentences(
    "Stock at the visitor centre is not counted.",
    "Void property turnaround times exceed the 28-day target.",
    "Disposal of 3,400 surplus items was authorised.",
)


@pytest.mark.parametrize(
    "question",
    [
        "How much VAT is still to be reclaimed?",
        "How many outstanding subcontractor visits are there?",
        "how much is owed in unpaid parking fines",
        "How many open fleet defects are there now?",
    ],
)
def test_a_number_about_something_else_is_no_figure(
    analyse: Callable[[str], QueryAnalysis], question: str
) -> None:
    q = analyse(question)
    assert q.quantity
    assert not has_figure(q, UNRELATED)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How much VAT is still to be reclaimed?", "VAT of £2,300 is awaiting reclaim."),
        (
            "How many outstanding subcontractor visits are there?",
            "Two subcontractor visits remain.",
        ),
        ("How many open fleet defects are there now?", "There are 14 open defects on the fleet."),
    ],
)
def test_a_number_about_the_subject_is_a_figure(
    analyse: Callable[[str], QueryAnalysis], question: str, sentence: str
) -> None:
    assert has_figure(analyse(question), [*UNRELATED, *_sentences(sentence)])
