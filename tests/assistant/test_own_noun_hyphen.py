"""A frame word written with its hyphen ('the hold-up', 'the follow-up') frames the turn as
its unhyphenated form does: no subject of its own, so the row in focus is asked."""

from __future__ import annotations

from assistant.analysis.reason_asks import REASON_FRAME
from assistant.own_noun import states_new_subject
from tests.assistant.test_followup_rules import record


def test_a_hyphenated_frame_word_names_no_subject() -> None:
    row = record("EA-4", progress="Waiting for the board to decide.")
    assert not states_new_subject("What's the hold-up?", [row], REASON_FRAME)
    assert not states_new_subject("What's the holdup?", [row], REASON_FRAME)
    assert states_new_subject("What's the canteen hold-up?", [row], REASON_FRAME)
