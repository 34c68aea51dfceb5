"""The answer: the contract of ``/v1/ask``, and the only two ways to build one.

Every answer is built by :func:`finish` (an answer, with its coverage line) or :func:`abstain`
(nothing in the record supports one). Both keep the answer's body apart from its coverage
line, so :func:`limit_records` can say a list was cut without editing the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, Protocol

from pydantic import BaseModel, Field, PrivateAttr

from assistant.analysis import QueryAnalysis
from assistant.citations import Citation
from ingest.model import ActionRecord, DocumentInfo

ABSTAIN_PHRASE = "The governance record here does not cover"

# why an answer abstained: the question's words found nothing ('unknown_words': no paper uses
# them; 'nothing_found': no passage is about them), or the record speaks of the subject and
# refuses on its evidence ('value_not_given': not the value asked; 'only_planned': only as
# something planned; 'out_of_record': a year, ref, part or paper the record does not hold)
AbstentionKind = Literal[
    "unknown_words", "nothing_found", "value_not_given", "only_planned", "out_of_record"
]
# the kinds where the question's words are what failed: asked of a row in focus, it may answer
LACK_OF_WORDS: frozenset[str] = frozenset({"unknown_words", "nothing_found"})


class Coverage(BaseModel):
    matched: int = Field(description="Records (or passages) the answer rests on.")
    searched_documents: int
    period: str | None = Field(None, description="Years the searched documents span.")
    rule: str | None = Field(None, description="Definition applied, e.g. of 'slipped'.")
    line: str = Field("", description="The coverage line shown under the answer.")


class Answer(BaseModel):
    answer: str = Field(description="Markdown with [n] citation markers.")
    abstained: bool = False
    abstention: AbstentionKind | None = Field(
        None,
        description="Why it abstained (null when it did not): unknown_words, nothing_found "
        "(the question's words found nothing), value_not_given, only_planned, out_of_record "
        "(the record speaks of the subject but does not support the answer asked).",
    )
    citations: list[Citation] = Field(default_factory=list)
    records: list[ActionRecord] = Field(
        default_factory=list,
        description="The records the answer rests on, most relevant first: all of them, or the "
        "first `records_limit` when there are more (see `records_total`).",
    )
    records_total: int = Field(
        0, description="How many records the answer rests on; more than `records` holds when cut."
    )
    coverage: Coverage
    query: QueryAnalysis
    route: str = ""
    notes: list[str] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    # the text before the coverage line, and the coverage line as shown ('' when not shown)
    _body: str = PrivateAttr("")
    _tail: str = PrivateAttr("")


class Scope(Protocol):
    """What the searched part of the record is (an ``AnswerContext`` is one)."""

    def searched(self) -> list[DocumentInfo]:
        """Documents within the user's document and year filters."""
        ...

    def span(self, documents: list[DocumentInfo] | None = None) -> str | None:
        """The years those documents span, e.g. '2002–2017'."""
        ...


def _built(answer: Answer, body: str, tail: str) -> Answer:
    answer._body = body
    answer._tail = tail
    return answer


def finish(
    q: QueryAnalysis,
    scope: Scope,
    *,
    body: str,
    line: str,
    matched: int,
    route: str,
    citations: Iterable[Citation] = (),
    records: Iterable[ActionRecord] = (),
    rule: str | None = None,
    notes: Iterable[str] = (),
) -> Answer:
    """An answer: ``body`` (Markdown with [n] markers), then the coverage ``line`` in italics.
    The coverage counts ``matched`` and the documents in ``scope``, with their span of years."""
    searched = scope.searched()
    tail = f"\n\n_{line}_"
    answer = Answer(
        answer=body + tail,
        citations=list(citations),
        records=list(records),
        coverage=Coverage(
            matched=matched,
            searched_documents=len(searched),
            period=scope.span(searched),
            rule=rule,
            line=line,
        ),
        query=q,
        route=route,
        notes=list(notes),
    )
    return _built(answer, body, tail)


def abstain(
    q: QueryAnalysis, scope: Scope, subject: str, reason: str = "", *, kind: AbstentionKind
) -> Answer:
    """The 'no evidence' answer: nothing in the record supports an answer about ``subject``,
    for the reason ``kind`` names."""
    searched = scope.searched()
    span = scope.span(searched)
    text = f"{ABSTAIN_PHRASE} {subject}."
    if reason:
        text += f" {reason}"
    line = (
        f"Searched {len(searched)} documents"
        + (f" ({span})" if span else "")
        + "; no passage supports an answer."
    )
    answer = Answer(
        answer=text,
        abstained=True,
        abstention=kind,
        coverage=Coverage(matched=0, searched_documents=len(searched), period=span, line=line),
        query=q,
        route="abstain",
    )
    return _built(answer, text, "")


def mark_scanned(answer: Answer) -> Answer:
    """Say which quotes come from a page read from a scan by OCR, with the lowest confidence,
    between the answer's body and its coverage line (and in its notes): the words are the
    OCR's reading of the page, and may differ from what is printed."""
    scanned = [c for c in answer.citations if c.ocr_confidence is not None]
    if not scanned:
        return answer
    numbers = ", ".join(f"[{c.n}]" for c in scanned)
    lowest = min(c.ocr_confidence or 0.0 for c in scanned)
    which = "Quote" if len(scanned) == 1 else "Quotes"
    said = (
        f"{which} {numbers} {'is' if len(scanned) == 1 else 'are'} from a scanned page read by "
        f"OCR (word confidence {lowest:.0f}%): check the wording against the original."
    )
    return _say_above_coverage(answer, said, "ocr")


def limit_records(answer: Answer, limit: int) -> Answer:
    """Keep the first ``limit`` records of ``answer`` and say so between its body and its
    coverage line, and in its notes; the complete count stays in ``records_total`` (and the
    coverage line)."""
    total = answer.records_total = len(answer.records)
    if total <= limit:
        return answer
    answer.records = answer.records[:limit]
    said = (
        f"`records` holds the first {limit:,} of these {total:,} records; "
        f"ask with `records_limit` of {total:,} or more for all of them."
    )
    return _say_above_coverage(answer, said, f"records cut to the first {limit:,} of {total:,}")


def _say_above_coverage(answer: Answer, said: str, note: str) -> Answer:
    """``said`` as a paragraph between the answer's body and its coverage line, and ``note``
    in its notes."""
    answer._body = f"{answer._body}\n\n{said}"
    answer.answer = f"{answer._body}{answer._tail}"
    answer.notes.append(note)
    return answer


_MARKER = re.compile(r"\[(\d+)\]")


def _renumbered(text: str, numbers: dict[int, int]) -> str:
    """``text`` with each [n] marker replaced by [numbers[n]] (markers not in it kept)."""
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)


def joined(q: QueryAnalysis, parts: list[tuple[str, Answer]]) -> Answer:
    """One answer to a question asked in several parts: each part's question in bold, then its
    answer (with its own coverage line), citations numbered on through the parts (a quote
    cited by two parts keeps one number). Abstained only when every part abstained."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, int | None, str], int] = {}
    records: dict[str, ActionRecord] = {}
    sections: list[str] = []
    notes: list[str] = []
    for question, answer in parts:
        renumber: dict[int, int] = {}
        for citation in answer.citations:
            key = (citation.document.id, citation.start, citation.quote)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(citation.model_copy(update={"n": numbers[key]}))
            renumber[citation.n] = numbers[key]
        text = _renumbered(answer.answer, renumber)
        sections.append(f"**{question}**\n\n{text}")
        for record in answer.records:
            records.setdefault(record.id, record)
        notes.extend(n for n in answer.notes if n not in notes)
    first = parts[0][1].coverage
    answered = sum(1 for _, answer in parts if not answer.abstained)
    line = (
        f"Answered {answered} of the {len(parts)} parts of the question; searched "
        f"{first.searched_documents} documents"
        + (f" ({first.period})" if first.period else "")
        + "."
    )
    body = "\n\n".join(sections)
    tail = f"\n\n_{line}_"
    answer = Answer(
        answer=body + tail,
        abstained=answered == 0,
        abstention=parts[0][1].abstention if answered == 0 else None,
        citations=citations,
        records=list(records.values()),
        coverage=Coverage(
            matched=sum(a.coverage.matched for _, a in parts),
            searched_documents=first.searched_documents,
            period=first.period,
            line=line,
        ),
        query=q,
        route="parts:" + "+".join(a.route for _, a in parts),
        notes=[*notes, f"answered in {len(parts)} parts"],
    )
    return _built(answer, body, tail)
