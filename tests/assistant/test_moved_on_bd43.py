"""'How has it moved on?', 'has X moved forward?': the work progressed, no deadline moved, and
'moved' is no topic word; 'has its deadline moved?' and 'moved back' still ask of a revised
date (no index; wordings of my own)."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.names import NameIndex

_EMPTY = NameIndex(documents=[], sections={}, owners=[])


@pytest.mark.parametrize(
    "question",
    [
        "Track the lettings income recommendation across both reports - how has it moved on?",
        "Has the boiler servicing action moved forward since the last report?",
    ],
)
def test_moved_on_is_progress(question: str) -> None:
    q = analyse(question, _EMPTY)
    assert not q.revised
    assert "moved" not in q.terms


@pytest.mark.parametrize(
    "question",
    [
        "Has the deadline for the boiler servicing action moved?",
        "Which actions were moved back to 2024?",
    ],
)
def test_a_moved_deadline_is_still_a_revision(question: str) -> None:
    assert analyse(question, _EMPTY).revised
