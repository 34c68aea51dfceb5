"""The rows a part found, less the one its own statement described, when it asked for 'other'
ones: 'The Treasurer is down for the annual audit letter recommendation. Which other
recommendation involves the Treasurer, and how was it prioritised?' — the list found both; the
'it' of the next part is the other one, not the row the statement was about.

The described row is the one whose text holds most of the statement's own words (those the
question after it does not repeat), clearly more than any other row found."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.analysis import GENERIC
from assistant.antecedents import Previous
from assistant.text import record_text, stems
from vectorstore.bm25 import STOPWORDS

# statements, then a question asking for other rows
_STATED_THEN_OTHER = re.compile(
    r"^(?P<stated>(?:[^?]+?[.!]\s+)+)(?P<asked>[^.!?]*\b(?:which|what|any)\s+other\b[^?]*\??)$",
    re.I,
)
MIN_SHARED = 2  # statement words the described row must hold


def _content(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)}
    return stems(" ".join(w for w in words if w not in STOPWORDS and w not in GENERIC))


def without_described(prior_question: str, previous: Previous | None) -> Previous | None:
    """``previous`` less the row the prior question's statement described, when that question
    asked for other rows after it and the row stands out; else ``previous`` unchanged."""
    if (
        previous is None
        or len(previous.records) < 2
        or len(previous.names) != len(previous.records)
    ):
        return previous
    found = _STATED_THEN_OTHER.match(prior_question.strip())
    if found is None:
        return previous
    words = _content(found["stated"]) - _content(found["asked"])
    if not words:
        return previous
    held = [len(words & stems(record_text(r))) for r in previous.records]
    best = max(held)
    if best < MIN_SHARED or sorted(held)[-2] >= best:
        return previous
    kept = [i for i, n in enumerate(held) if n != best]
    return replace(
        previous,
        records=[previous.records[i] for i in kept],
        names=[previous.names[i] for i in kept],
    )
