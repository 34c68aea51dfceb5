"""The predicates a list's heading says of the states asked ('were partially met', 'are
still ongoing', 'were not yet complete')."""

from __future__ import annotations

import re

STATE_ORDER = ["complete", "partial", "ongoing", "not_started", "unknown"]
STATUS_PHRASES = {
    ("complete",): "are complete",
    ("partial",): "were partially met",
    ("ongoing",): "are still ongoing",
    ("not_started",): "had not started",
    ("partial", "ongoing", "not_started"): "were not yet complete",
}


def either_state(statuses: list[str], degree: str | None) -> str:
    """The states a row is in either of ('were met partially or are still ongoing'), a degree
    said of the partly met state (of the complete one when it is a degree of full)."""
    full = degree and re.match(r"(?:in\s+)?(?:complete|full|whol|total|entire)", degree, re.I)
    graded = "complete" if full else "partial"
    return " or ".join(
        f"were met {degree}" if degree and s == graded else STATUS_PHRASES[(s,)]
        for s in statuses
        if (s,) in STATUS_PHRASES
    )
