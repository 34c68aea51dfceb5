"""Normalise how far an action has got: complete, partial, ongoing, not_started or unknown.

A status the paper states ('Recommendation met: significantly', 'Complete', 'Ongoing' in a
date or status column) wins. Otherwise the status is inferred from progress wording ('work is
continuing', 'has not yet been approved') and marked ``inferred``; the triggering words are kept
verbatim in ``status_text``. Nothing found means 'unknown'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ingest.model import Status

_MET = re.compile(r"recommendation\s+met\s*:\s*(?P<degree>[a-z]+)", re.I)
_DEGREE: dict[str, Status] = {
    "completely": "complete",
    "fully": "complete",
    "significantly": "partial",
    "substantially": "partial",
    "moderately": "partial",
    "partially": "partial",
    "partly": "partial",
    "minimally": "partial",
    "not": "not_started",
}
_STATED: list[tuple[re.Pattern[str], Status]] = [
    (
        re.compile(r"\bnot (?:yet )?started\b|\bto commence\b|\bnot yet begun\b", re.I),
        "not_started",
    ),
    (
        re.compile(r"^\W*(?:complete|completed|implemented|closed|done|achieved)\b", re.I),
        "complete",
    ),
    (re.compile(r"\b(?:on-?\s?going|in progress|underway|started)\b", re.I), "ongoing"),
    (re.compile(r"\bpartial(?:ly)?\b", re.I), "partial"),
]
_LEADING_STATUS = re.compile(
    r"^\W*(complete[d]?|implemented|closed|done|on-?\s?going|not (?:yet )?started)\b[.;:]?", re.I
)
_STILL_GOING = (
    r"continu(?:es|ing|e) to",
    r"remains? (?:a |an )?(?:key|ongoing|developing)",
    r"will remain ongoing",
    r"(?:is|are) still",
    r"is currently (?:being|in)",
    r"are currently being",
    r"in the process of",
    r"awaiting",
    r"work is (?:underway|continuing|ongoing)",
    r"in the final stages",
    r"in development",
    r"almost complete",
    r"(?:is|are) being developed",
    r"further work is required",
)
_NOT_YET = (
    r"not yet (?:been )?(?:approved|started|begun|in place)",
    r"yet to be (?:approved|agreed|started)",
)


def _sentence_with(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The whole sentence around any of the phrases, so status_text reads on its own."""
    return re.compile(r"[^.]*\b(?:" + "|".join(phrases) + r")\b[^.]*\.?", re.I)


_INFERRED: list[tuple[re.Pattern[str], Status]] = [
    (_sentence_with(_NOT_YET), "ongoing"),
    (_sentence_with(_STILL_GOING), "ongoing"),
    (_sentence_with((r"(?:has|have) been (?:completed|implemented|achieved)",)), "complete"),
]


@dataclass(frozen=True)
class StatusReading:
    status: Status
    text: str | None
    basis: Literal["stated", "inferred", "none"]


def read_status(
    status_cells: list[str], progress_texts: list[str], stated_anywhere: list[str] | None = None
) -> StatusReading:
    """Status from 'Recommendation met' phrases, explicit status/date cells, then wording."""
    for text in progress_texts + status_cells + (stated_anywhere or []):
        match = _MET.search(text)
        if match:
            degree = match.group("degree").lower()
            verbatim = text[match.start() : match.end()]
            return StatusReading(_DEGREE.get(degree, "partial"), verbatim, "stated")
    for text in status_cells:
        for line in text.split("\n"):
            for pattern, status in _STATED:
                if pattern.search(line):
                    return StatusReading(status, line.strip(), "stated")
    for text in progress_texts:
        lead = _LEADING_STATUS.match(text)
        if lead:
            word = lead.group(1).lower()
            stated: Status = (
                "ongoing" if "going" in word else "not_started" if "not" in word else "complete"
            )
            return StatusReading(stated, lead.group(0).strip(), "stated")
    for text in progress_texts:
        for pattern, status in _INFERRED:
            match = pattern.search(text.replace("\n", " "))
            if match:
                return StatusReading(status, match.group(0).strip(), "inferred")
    return StatusReading("unknown", None, "none")
