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


def test_rows_held_by_a_pronoun_are_the_owner_s() -> None:
    from assistant.antecedents import Previous
    from tests.assistant.test_followup_rules import record

    one = Previous("Who owns the lift action?", [record("EA-2", owner="Head of Estates")], ["EA-2"])
    asked, bridged, _ = bridge(
        "Which other actions are theirs?", "Who owns the lift action?", one, None
    )
    assert asked == "Which actions other than EA-2 are owned by Head of Estates?" and bridged
    asked, _, _ = bridge("what else does she lead?", "Who owns the lift action?", one, None)
    assert asked == "Which actions other than EA-2 are owned by Head of Estates?"
    asked, _, _ = bridge("How many items do they hold?", "Who owns the lift action?", one, None)
    assert asked == "How many items are owned by Head of Estates?"


def test_rows_of_the_same_lead_or_theirs_alone_keep_their_modifiers() -> None:
    from assistant.antecedents import Previous
    from tests.assistant.test_followup_rules import record

    one = Previous("Who owns the lift action?", [record("EA-2", owner="Head of Estates")], ["EA-2"])
    asked, bridged, _ = bridge(
        "which other actions have that same lead?", "Who owns the lift action?", one, None
    )
    assert asked == "Which actions other than EA-2 are owned by Head of Estates?" and bridged
    asked, _, _ = bridge(
        "what other depot audit actions are theirs alone?", "Who owns the lift action?", one, None
    )
    assert asked == "Which depot audit actions other than EA-2 are owned by Head of Estates alone?"
    asked, _, _ = bridge(
        "How many items share the same owner?", "Who owns the lift action?", one, None
    )
    assert asked == "How many items are owned by Head of Estates?"
