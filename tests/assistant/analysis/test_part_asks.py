"""A part of a whole asked: the kind, the threshold and the whole the question states."""

from __future__ import annotations

import pytest

from assistant.analysis.part_asks import part_ask, stated_whole


@pytest.mark.parametrize(
    ("question", "kind", "op", "share"),
    [
        ("Were over or under a third of the 30 vans inspected?", "either", "=", 1 / 3),
        ("Did fewer or more than half the schools return the form?", "either", "=", 0.5),
        ("Had at least three quarters of the sites been visited?", "threshold", ">=", 0.75),
        ("Were under 50% of the claims paid on time?", "threshold", "<", 0.5),
        ("Did the majority of wards adopt the chart?", "threshold", ">", 0.5),
        ("Have most depots fitted trackers?", "threshold", ">", 0.5),
    ],
)
def test_thresholds_read_from_the_frame(question: str, kind: str, op: str, share: float) -> None:
    ask = part_ask(question)
    assert ask is not None and ask.kind == kind
    assert ask.threshold is not None
    assert ask.threshold.op == op and ask.threshold.share == pytest.approx(share)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What fraction of the depots have trackers?", "share"),
        ("In what proportion of cases was the form late?", "share"),
        ("How much of the backlog has been cleared?", "share"),
        ("How many of the fourteen depots have trackers?", "count"),
        ("On how many out of the sites is the scheme live?", "count"),
    ],
)
def test_shares_and_counts_of_a_whole(question: str, kind: str) -> None:
    ask = part_ask(question)
    assert ask is not None and ask.kind == kind and ask.threshold is None


@pytest.mark.parametrize(
    "question",
    [
        "Which owner holds the most actions?",  # a superlative, no part of a whole
        "What is the most recent paper?",
        "How many actions are overdue?",
        "When is the depot review due?",
    ],
)
def test_no_part_asked(question: str) -> None:
    assert part_ask(question) is None


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("How many of the fourteen depots have trackers?", 14),
        ("Of the 1,200 invoices sampled, what share were late?", 1200),
        ("In 2019, were most of the 8 sites visited?", 8),
        ("Were most sites visited by 31 March?", None),  # a date's day counts nothing
        ("Did more than 40% of the depots report?", None),  # a share is no whole
    ],
)
def test_whole_the_question_states(question: str, whole: int | None) -> None:
    assert stated_whole(question) == whole
