"""analysis.hops.embedded_hop: a role fronted by a relative clause of the row's own verb ('the
officer who is renewing X - …'), and a free relative followed by a yes/no question ('Whoever
runs X: are they …?'), spelled out as two parts; a clause of a paper names no one."""

from __future__ import annotations

import pytest

from assistant.analysis.hops import embedded_hop


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "The manager who is renewing the cleaning contract - which other items are theirs?",
            [
                "Who is responsible for renewing the cleaning contract?",
                "Which other items are theirs?",
            ],
        ),
        (
            "the officer that checks the petty cash: what else do they look after?",
            ["Who checks the petty cash?", "What else do they look after?"],
        ),
        (
            "Whoever runs the grants review - are they also down for the audit of fees?",
            ["Who runs the grants review?", "Are they also down for the audit of fees?"],
        ),
    ],
)
def test_the_first_hop_is_spelled_out(question: str, parts: list[str]) -> None:
    assert embedded_hop(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "The paper that covers the fleet audit: what is its date?",  # a paper, not a post
        "The manager who is renewing the contract is who?",  # the role itself is asked
        # 'manager' is no verb of holding: no hop read inside the word
        "The accountable manager with the most fleet actions - which of theirs are open?",
    ],
)
def test_no_hop_without_a_post_holding_a_row(question: str) -> None:
    assert embedded_hop(question) is None
