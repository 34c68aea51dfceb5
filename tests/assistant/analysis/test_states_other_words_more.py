"""More states asked in words no status column writes (assistant/analysis/state_phrases.py,
patterns.py STATUS_WORDS): work going on now ('being worked on', 'in hand') is the paper's
under-way values; left alone ('untouched', "haven't been looked at") its denied values;
'unresolved' every open state, 'resolved' the complete one; 'remain' is read with the state."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.state_phrases import state_in_other_words
from tests.assistant.analysis.invented_log import stated_index

_HELD = {"d1": {"Done", "Partly implemented", "In progress", "Not begun"}}


def test_work_going_on_now_is_the_under_way_values() -> None:
    for asked in (
        "Which grants actions are still being worked on?",
        "Which of them are in hand?",
        "Where is work continuing on the fleet actions?",
    ):
        read = state_in_other_words(asked, _HELD, ["d1"])
        assert read is not None, asked
        assert sorted(read.says) == ["In progress", "Partly implemented"], asked


def test_left_alone_is_the_denied_values() -> None:
    for asked in (
        "Which fleet actions haven't been touched?",
        "How many are still untouched?",
        "Which ones have not yet been looked at?",
    ):
        read = state_in_other_words(asked, _HELD, ["d1"])
        assert read is not None and read.says == ["Not begun"], asked


def test_a_denied_work_phrase_is_not_work_going_on() -> None:
    read = state_in_other_words("Which ones are not being worked on?", _HELD, ["d1"])
    assert read is None or "In progress" not in read.says


def _index() -> NameIndex:
    return stated_index(
        {"d1": ("Kestrel Vale Council", "Audit Actions Tracker")},
        {
            "d1": [
                ("KV-1", "Fleet fuel cards unreconciled.", "Done", "complete"),
                ("KV-2", "Grant conditions unchecked.", "Under way", "ongoing"),
                ("KV-3", "No asset register.", "Not begun", "not_started"),
            ]
        },
    )


def test_unresolved_is_every_open_state_and_resolved_the_complete_one() -> None:
    index = _index()
    open_ = analyse("Which Kestrel Vale actions remain unresolved?", index)
    assert open_.statuses == ["partial", "ongoing", "not_started"]
    assert "remain" not in open_.terms
    assert analyse("How many Kestrel Vale actions have been resolved?", index).statuses == [
        "complete"
    ]
