"""Answers: the contract of ``/v1/ask``, and the default answerer that needs no LLM.

The default answerer routes each analysed question (see ``router``) to a composer:
``listing`` answers from the register (complete sets, counts, recurrence, field lookups) and
``passages`` answers from retrieved text (lookups, explanations, comparisons, corrected
premises). Each composer returns an :class:`Answer` whose citations are verbatim quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from pydantic import BaseModel, Field

from assistant.analysis import QueryAnalysis
from assistant.citations import Citation, CitationBuilder
from assistant.register import Register
from assistant.text import TermStats
from ingest.model import ActionRecord, DocumentInfo, DocumentRef
from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters
from vectorstore.retriever import QuestionRetriever

ABSTAIN_PHRASE = "The governance record here does not cover"


class Coverage(BaseModel):
    matched: int = Field(description="Records (or passages) the answer rests on.")
    searched_documents: int
    period: str | None = Field(None, description="Years the searched documents span.")
    rule: str | None = Field(None, description="Definition applied, e.g. of 'slipped'.")
    line: str = Field("", description="The coverage line shown under the answer.")


class Answer(BaseModel):
    answer: str = Field(description="Markdown with [n] citation markers.")
    abstained: bool = False
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


@dataclass
class AnswerContext:
    """Everything a composer may read for one question."""

    catalog: Catalog
    register: Register
    retriever: QuestionRetriever
    stats: TermStats
    documents: list[DocumentInfo]
    filters: SearchFilters = field(default_factory=SearchFilters)
    top_k: int = 8
    min_evidence: float = 0.32
    # read once per question: a composer may quote one document many times
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    _refs: dict[str, DocumentRef] | None = field(default=None, init=False, repr=False)
    _years: dict[str, int | None] | None = field(default=None, init=False, repr=False)

    def document_refs(self) -> dict[str, DocumentRef]:
        if self._refs is None:
            self._refs = {d.id: d.ref() for d in self.documents}
        return self._refs

    def years(self) -> dict[str, int | None]:
        if self._years is None:
            self._years = {d.id: d.year for d in self.documents}
        return self._years

    def document_text(self, document_id: str) -> str:
        """The document's stored text (read from the catalog once per question)."""
        if document_id not in self.texts:
            self.texts[document_id] = self.catalog.document_text(document_id)
        return self.texts[document_id]

    def span(self, documents: list[DocumentInfo] | None = None) -> str | None:
        years = sorted(d.year for d in (documents or self.documents) if d.year)
        if not years:
            return None
        return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"

    def searched(self) -> list[DocumentInfo]:
        """Documents within the user's document and year filters."""
        docs = self.documents
        f = self.filters
        if f.document:
            docs = [d for d in docs if d.id in f.document or d.filename in f.document]
        if f.year_from is not None:
            docs = [d for d in docs if d.year is not None and d.year >= f.year_from]
        if f.year_to is not None:
            docs = [d for d in docs if d.year is not None and d.year <= f.year_to]
        return docs

    def citations(self) -> CitationBuilder:
        return CitationBuilder(self.catalog, self.texts)


class Answerer(Protocol):
    """Anything that turns an analysed question into an :class:`Answer`."""

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        """Answer ``q`` from the record in ``context``."""
        ...


def limit_records(answer: Answer, limit: int) -> Answer:
    """Keep the first ``limit`` records of ``answer`` and say so in its text and notes; the
    complete count stays in ``records_total`` (and the coverage line)."""
    total = answer.records_total = len(answer.records)
    if total <= limit:
        return answer
    answer.records = answer.records[:limit]
    said = (
        f"`records` holds the first {limit:,} of these {total:,} records; "
        f"ask with `records_limit` of {total:,} or more for all of them."
    )
    head, sep, tail = answer.answer.rpartition("\n\n_")
    answer.answer = f"{head}\n\n{said}{sep}{tail}" if sep else f"{answer.answer}\n\n{said}"
    answer.notes.append(f"records cut to the first {limit:,} of {total:,}")
    return answer


def abstain(q: QueryAnalysis, context: AnswerContext, subject: str, reason: str = "") -> Answer:
    """The 'no evidence' answer: nothing in the record supports an answer."""
    searched = context.searched()
    span = context.span(searched)
    text = f"{ABSTAIN_PHRASE} {subject}."
    if reason:
        text += f" {reason}"
    line = (
        f"Searched {len(searched)} documents"
        + (f" ({span})" if span else "")
        + "; no passage supports an answer."
    )
    return Answer(
        answer=text,
        abstained=True,
        coverage=Coverage(matched=0, searched_documents=len(searched), period=span, line=line),
        query=q,
        route="abstain",
    )


class DefaultAnswerer:
    """Answers without an LLM, from the register, document facts and verbatim sentences."""

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        from assistant import docfacts, listing, lookup, passages, recurrence
        from assistant.router import choose_route

        route = choose_route(q)
        if route == "unknown_period":
            covered = ", ".join(
                sorted({d.period or str(d.year) for d in context.documents if d.year})
            )
            return abstain(q, context, ", ".join(q.unknown_periods), f"It covers {covered}.")
        if route == "document":
            result = docfacts.document_answer(q, context)
        elif route == "refs":
            result = lookup.refs_answer(q, context)
        elif route == "register":
            result = listing.register_answer(q, context)
        elif route == "select":
            result = listing.select_answer(q, context)
        elif route == "recurring":
            result = recurrence.recurring_answer(q, context)
        elif route == "field":
            result = lookup.field_answer(q, context) or passages.passage_answer(q, context)
        elif route == "compare":
            result = passages.compare_answer(q, context)
        else:
            result = passages.passage_answer(q, context)
        if not result.route:
            result.route = route
        return result
