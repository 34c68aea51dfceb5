"""A later part of a question read against the part before it (assistant.bridging)."""

from __future__ import annotations

from assistant.bridging import bridge


def test_what_refers_to_it_refers_to_the_thing_asked_about() -> None:
    # a row does not refer to itself: 'it' is what the part before asked about
    asked, bridged, within = bridge(
        "Which areas of the inspection refer to it?",
        "Which committee received the vehicle leasing review?",
        None,
        None,
    )
    assert asked == "Which areas of the inspection refer to the vehicle leasing review?"
    assert bridged and within == []
    # 'it' as the subject of the part is not a mention
    asked, _, _ = bridge(
        "When is it due?", "Which committee received the vehicle leasing review?", None, None
    )
    assert "vehicle leasing review refer" not in asked
