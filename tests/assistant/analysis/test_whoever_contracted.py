"""'Whoever's responsible for X - what else is on their plate?': the contracted verb is spelt
out, so the free relative is a first hop (the owner of X) and the rest is asked of it."""

from __future__ import annotations

from assistant.analysis.hops import embedded_hop


def test_a_contracted_whoever_is_a_first_hop() -> None:
    for question, first in (
        ("Whoever's responsible for KB-04 - what other items are on their plate?", "Who is"),
        ("Whoever’s in charge of the depot survey, which other actions do they hold?", "Who is"),
        ("Whoever's got the boiler action - is anything else of theirs overdue?", "Who has"),
    ):
        parts = embedded_hop(question)
        assert parts is not None and len(parts) == 2, question
        assert parts[0].startswith(first), parts
