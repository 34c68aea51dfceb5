"""'was it finally done?' after a turn about one row of an earlier paper asks the same issue's
row in the latest paper of its body, not the paper the turn before quoted
(assistant/other_paper_row.py finally_in_latest; invented bodies of tests/fixtures/carried,
and the transport logs of data/papers/dev14 through the eval sets)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse


@pytest.mark.parametrize(
    ("first", "then", "latest"),
    [
        (
            "In Ostwick's 2019 audit actions, who leads on checking fuel deliveries?",
            "was it finally done?",
            "2021",
        ),
        (
            "What did Pellingham's 2021 progress report say about PBC 20/02?",
            "did it ever get completed?",
            "2022",
        ),
        (
            "Who leads on Ostwick's 2019 action on fuel deliveries against invoices?",
            "was that eventually implemented?",
            "2021",
        ),
    ],
)
def test_finally_done_reads_the_bodys_latest_paper(
    carried_assistant: Assistant, first: str, then: str, latest: str
) -> None:
    _, after = converse(carried_assistant, first, then)
    assert latest in after.standalone
    cited = {c.document.id for c in after.answer.citations}
    assert any(latest in d for d in cited)  # the latest paper is quoted
    assert "omplete" in after.answer.answer  # the latest paper's state: Complete


def test_a_turn_naming_its_paper_is_not_moved(carried_assistant: Assistant) -> None:
    _, after = converse(
        carried_assistant,
        "In Ostwick's 2019 audit actions, who leads on checking fuel deliveries?",
        "was it finally done in the 2020 report?",
    )
    assert "2021" not in after.standalone
