"""Two values of one field compared by how many rows of the scope hold each ('more rated high
or medium?', 'met significantly or moderately, and how many each?'): both counts, and which is
more; never two records picked by the side's words."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import sides
from assistant.answers.context import AnswerContext
from assistant.answers.support.tallies import side_values
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.answers.conftest import check_answer

_DOC = DocumentInfo(id="x", filename="x.txt", format="txt", sha256="x", title="Depot log")


def _row(ref: str, priority: str | None, status_text: str | None = None) -> ActionRecord:
    return ActionRecord(
        id=f"x:{ref}",
        document=_DOC.ref(),
        ref=ref,
        ordinal=1,
        title=ref,
        priority=priority,
        status_text=status_text,
        source_text=ref,
        source_start=0,
        source_end=1,
    )


def test_sides_naming_values_of_one_field() -> None:
    rows = [_row("A", "High"), _row("B", "Low"), _row("C", None, "Recommendation met: partly")]
    found = side_values(["more rated high", "more rated low"], rows)
    assert found is not None and found[:2] == ("priority", ["high", "low"])
    rows.append(_row("D", None, "Recommendation met: fully"))
    found = side_values(["more met partially", "fully"], rows)
    assert found is not None and found[:2] == ("degree", ["partly", "fully"])
    assert side_values(["the depot review", "the fleet audit"], rows) is None


def test_more_of_one_value_or_another_counts_both(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(
        "Were more District Audit recommendations met significantly or moderately, and how many "
        "each?"
    )
    assert q.intent == "compare" and len(q.sides) == 2
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare")
    first = answer.answer.splitlines()[0]
    assert first == "**More are significantly: 4 against 2 moderately.**"
