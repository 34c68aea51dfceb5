"""What a question asserts or assumes, checked against the record.

A question may assert something about a record ('was fully met', 'was delivered by its
November 2008 deadline', 'was cancelled'); :func:`record_premise` corrects it from the
record's own facts. A question may also use words no document uses: :func:`missing_terms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import (
    cite,
    cite_record,
    doc_label,
    due_words,
    negative_sentences,
    record_name,
    safe_text,
    status_sentence,
)
from assistant.citations import CitationBuilder, record_quote
from assistant.register import record_text
from assistant.text import stem, stems
from ingest.model import ActionRecord


def missing_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Key words of the question that no chunk of the record contains."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    return [t for t in q.terms if context.stats.df(t) == 0 and stem(t) not in claim_stems]


def subject_of(q: QueryAnalysis) -> str:
    """The question's subject in its own words and casing ('MPS partnership toolkit')."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    written = {w.lower(): w for w in re.findall(r"[A-Za-z0-9']+", q.question)}
    words = [written.get(t, t) for t in q.terms if stem(t) not in claim_stems]
    return " ".join(words) if words else "that"


def record_premise(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    subject: str | None = None,
) -> str | None:
    """A correction when the question asserts what the record contradicts or does not say.

    `subject` is the question's own name for the thing ('partnership toolkit'); when given, an
    unsupported claim is denied in the question's words and the record is then named.
    """
    name = record_name(record)
    where = f"({doc_label(None, record)})"
    if q.priority and record.priority and q.priority.lower() != record.priority.lower():
        head = f"**No — {name} {where} is {safe_text(record.priority)} priority, not {q.priority}**"
        return (
            head
            + cite(builder, record, chunk_id, record.priority)
            + "."
            + _facts(record, builder, chunk_id)
        )
    contradiction = _value_contradicted(q, record, builder, chunk_id, name, where)
    if contradiction:
        return contradiction
    text = record_text(record) + " " + (record.due_text or "") + " " + (record.status_text or "")
    present = stems(text)
    for claim in q.claims:
        if claim.kind == "complete" and record.status != "complete":
            head = (
                f"**No — the record does not show {name} {where} as {_claim_words(claim.text)}.**"
            )
            return head + _facts(record, builder, chunk_id, negatives=True)
        if claim.kind == "slipped" and not record.revised_from_date and not _slipped(record):
            return f"**The record does not say {name} {where} slipped.**" + _facts(
                record, builder, chunk_id
            )
        if claim.kind in ("stopped", "other") and not (stems(claim.text) & present):
            if subject:
                head = (
                    f"**The record does not say that the {subject} was {claim.text.lower()}.**"
                    f" The record has it as {name} {where}."
                )
            else:
                head = f"**The record does not say {name} {where} was {claim.text.lower()}.**"
            return head + _facts(record, builder, chunk_id)
    asked = {q.since, q.until} - {None}
    dated = {int(d[:4]) for d in (record.due_date, record.revised_from_date) if d}
    if asked and dated and not asked & dated and ("due" in q.fields or q.claims):
        return f"**No — {name} {where} was not due then.**" + _facts(record, builder, chunk_id)
    return None


_STATUS_WORDS = {
    "complete": "complete",
    "partial": "partly met",
    "ongoing": "ongoing",
    "not_started": "not started",
}


def _value_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
) -> str | None:
    """A value of a field the question names for this record (its owner, how far it was met,
    its status) that the record's own value of that field contradicts: corrected, cited."""
    if q.intent in ("list", "count"):
        return None  # there the values are filters, not assertions
    if q.owner and record.owner and q.owner.lower() not in record.owner.lower():
        marker = cite(builder, record, chunk_id, record.owner)
        return (
            f"**No — {name} {where} is owned by {safe_text(record.owner)}{marker}, "
            f"not {q.owner}.**" + _facts(record, builder, chunk_id)
        )
    stated = record.status_basis == "stated" and record.status != "unknown"
    if q.degree and record.status_text and q.degree.lower() not in record.status_text.lower():
        marker = cite(builder, record, chunk_id, record.status_text)
        return (
            f"**No — the record gives {name} {where} as “{safe_text(record.status_text)}”"
            f"{marker}, not met {q.degree}.**" + _facts(record, builder, chunk_id)
        )
    if q.statuses and stated and record.status not in q.statuses and not q.claims:
        said = " or ".join(_STATUS_WORDS.get(s, s) for s in q.statuses)
        return f"**No — the record does not show {name} {where} as {said}.**" + _facts(
            record, builder, chunk_id
        )
    return None


def _claim_words(text: str) -> str:
    lowered = text.lower()
    if lowered.startswith("by "):
        return f"done {lowered}"
    return lowered


def _slipped(record: ActionRecord) -> bool:
    return bool(
        record.due_date
        and record.report_date
        and record.due_date < record.report_date
        and record.status != "complete"
    )


def _facts(
    record: ActionRecord, builder: CitationBuilder, chunk_id: str | None, negatives: bool = False
) -> str:
    """What the record does say: owner, deadline (and revision), status, the telling sentences."""
    parts = []
    if record.owner:
        marker = cite(builder, record, chunk_id, record.owner)
        parts.append(f" Owner: {safe_text(record.owner)}{marker}.")
    if record.due_date and record.due_text:
        due = f" Its deadline is {due_words(record)}"
        if record.revised_from_text:
            due += f", revised from {safe_text(record.revised_from_text)}"
        parts.append(due + cite(builder, record, chunk_id, record.due_text) + ".")
    parts.append(status_sentence(record, builder, chunk_id))
    sentences = negative_sentences(record) if negatives else []
    if not sentences:
        first = record_quote(record, record.progress)
        sentences = [first] if first else []
    for sentence in sentences:
        parts.append(f" “{sentence[0]}”{cite_record(builder, record, chunk_id, sentence)}")
    return "".join(parts)


def claim_supported(claim_text: str, texts: list[str]) -> bool:
    claim = {stem(w) for w in re.findall(r"[A-Za-z]+", claim_text)}
    return any(claim & stems(t) for t in texts)


# -- figures the question takes for granted ------------------------------------------------------
# '£5m', '£1.2 million', '12%', '40 per cent', '13 recommendations': a figure with its kind
_FIGURE = re.compile(
    r"(?P<amount>£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k|thousand)?\b)|"
    r"(?P<percent>\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b))|"
    r"(?P<count>\b\d{1,4}(?:,\d{3})*\s+(?P<noun>[a-z]{3,})\b)",
    re.I,
)
_SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
_NOT_A_COUNT = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|and|or|to|per|of)$",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    """A figure as written, its kind ('amount', 'percent' or 'count of <noun stem>') and value."""

    text: str
    kind: str
    value: float


def figures(text: str) -> list[Figure]:
    """The figures ``text`` states: amounts, percentages and counts of a noun (not years, not
    dates, not refs)."""
    found = []
    for match in _FIGURE.finditer(text):
        written = match.group(0).strip()
        number = re.search(r"\d[\d,]*(?:\.\d+)?", written)
        if number is None:
            continue
        value = float(number.group(0).replace(",", ""))
        if match.group("amount"):
            unit = re.search(r"(bn|billion|m|million|k|thousand)\s*$", written, re.I)
            value *= _SCALE[unit.group(1).lower()] if unit else 1
            found.append(Figure(written, "amount", value))
        elif match.group("percent"):
            found.append(Figure(written, "percent", value))
        else:
            noun = match.group("noun")
            before = text[max(0, match.start() - 12) : match.start()]
            if (
                _NOT_A_COUNT.match(noun)
                or (1900 <= value <= 2100 and "," not in written)
                or re.search(r"(?:item|ref|paragraph|para|section|page|no\.?)\s*$", before, re.I)
            ):
                continue
            found.append(Figure(written, f"count of {stem(noun)}", value))
    return found


def figure_contradicted(question: str, texts: list[str]) -> tuple[Figure, Figure, int] | None:
    """A figure the question states that none of ``texts`` (the passages about its subject,
    best first) states, while one of them gives a different figure of the same kind: (the
    question's figure, the record's, the index of the text that gives it). None when every
    figure is borne out, or nothing of its kind is said."""
    said = [(index, figure) for index, text in enumerate(texts) for figure in figures(text)]
    for asked in figures(unquoted(question)):
        same_kind = [(i, f) for i, f in said if f.kind == asked.kind]
        if not same_kind or any(abs(f.value - asked.value) < 1e-9 for _, f in same_kind):
            continue
        index, given = same_kind[0]
        return asked, given, index
    return None
