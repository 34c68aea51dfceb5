"""A follow-up asked of each of a body's papers ('what completion figure did each year's paper
give?', 'and in both years' reports?', 'how did it move across the years?'): the papers are
those of the body the turn before was about, every year of it, so the body is named in the
question (the analysis then finds its papers, and the distributive word asks of each).

Nothing here knows a body or a paper: the words are those of English about papers and years,
the body is the one the turn before's papers name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.antecedents import Previous
from ingest.model import DocumentInfo

_PAPERS = (
    r"(?:papers?|reports?|trackers?|plans?|logs?|registers?|updates?|follow[- ]?ups?|reviews?|"
    r"versions?|statements?|editions?|ones)"
)
_YEARS = r"(?:years?['’]?s?|years['’])"
# 'each year's paper', 'both years' reports', 'in each year', 'every year', 'for both
# papers', 'across the years', 'year by year', 'each of the papers'
_EACH_PAPER = re.compile(
    rf"\b(?:each|every|both)\s+(?:of\s+(?:the|its|their)\s+)?(?:{_YEARS}(?:\s+{_PAPERS})?|"
    rf"{_PAPERS})(?![\w'’-])"
    rf"|\bacross\s+(?:the|its|their)\s+(?:years|{_PAPERS})\b"
    r"|\byear\s+(?:by|on|after)\s+year\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def asks_each_paper_of_body(question: str) -> bool:
    """Whether ``question`` asks of each paper or year, naming no year ('what did each year's
    report say?'); 'each recommendation' is a row noun, not a paper."""
    return _EACH_PAPER.search(question) is not None and not _YEAR.search(question)


def _body(previous: Previous, documents: Sequence[DocumentInfo]) -> str | None:
    """The one body whose papers the turn before rested on, when it has two papers or more."""
    by_id = {d.id: d for d in documents}
    ids = [r.document.id for r in previous.records] or list(previous.document_ids)
    bodies = {(by_id[i].organisation or "").strip() for i in ids if i in by_id}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    if not body:
        return None
    papers = [d for d in documents if (d.organisation or "").strip().lower() == body.lower()]
    return body if len(papers) >= 2 else None


def each_paper_of_body(
    question: str, previous: Previous | None, documents: Sequence[DocumentInfo]
) -> str | None:
    """``question`` with the body of the turn before named ('… did each year's paper give at
    the Trust?'), when it asks of each of that body's papers and names no year; else None."""
    if previous is None or not asks_each_paper_of_body(question):
        return None
    body = _body(previous, documents)
    if body is None or body.lower() in question.lower():
        return None
    text = question.rstrip()
    end = len(text.rstrip("?.! "))
    return f"{text[:end]} at {body}{text[end:]}"
