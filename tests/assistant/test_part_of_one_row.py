"""A later part of a question points back at the one row the part before quoted, though the row
has no ref ('what did X say about Y, and who owns it?'): its cells answer the part
(assistant/one_row_quoted.py; a university's review paper and a crematorium's action log of
data/papers/dev and dev2, both without refs)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import check_citations
from tests.assistant.test_followup_narrow_unrefd import unrefd  # noqa: F401 (same papers)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "who is recruiting an independent governor with digital experience at "
            "Castlebridge, and when's it due now?",
            "end of December 2020",
        ),
        (
            "What did Castlebridge say about risk appetite for international recruitment, "
            "and who owns it?",
            "Chief Financial Officer",
        ),
        (
            "What's the crematorium doing about relining cremator 2, and when is it due?",
            "31 January 2024",
        ),
    ],
)
def test_a_later_part_is_asked_of_the_one_row_quoted(
    unrefd: Assistant,  # noqa: F811
    question: str,
    expected: str,
) -> None:
    answer = unrefd.ask(question)
    check_citations(unrefd, answer)
    later = answer.answer.split("_Answer drawn", 1)[1]  # after the first part's answer
    assert "names no subject" not in later
    assert expected in later
