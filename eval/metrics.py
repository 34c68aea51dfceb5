"""Evaluation metrics, computed offline with no LLM judge. Pure functions: no I/O.

A system's ``/v1/ask`` object becomes a :class:`Response`; :func:`score_question` scores it
against one gold question; :func:`aggregate` averages scores over a slice (all questions, or
one type).

Usage::

    score = score_question(gold, Response.from_api(body), hit_documents, texts)
    summary = aggregate([score, ...])
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from assistant.citations import is_pinned  # the rule every answer's quotes are held to
from eval.gold import GoldQuestion
from eval.latency import percentile

Outcome = Literal["correct", "hallucinated", "missing"]

# What every aggregate holds, in report order, with the definition shown in the reports.
METRICS: dict[str, str] = {
    "n": "questions scored",
    "retrieval_recall_at_5": "share of expected source documents among the documents of the "
    "top 5 search hits (questions with sources)",
    "retrieval_recall_at_10": "the same over the top 10 hits",
    "retrieval_mrr": "1 / rank of the first expected source among the distinct documents of "
    "the top 10 hits (0 if none)",
    "fact_recall": "share of key facts found in the answer text (any alternative, "
    "case-insensitive, whitespace and dashes normalised)",
    "set_precision": "returned records that are gold records (list, count, recurring)",
    "set_recall": "gold records that were returned (list, count, recurring)",
    "set_f1": "harmonic mean of set precision and recall (list, count, recurring)",
    "strict_accuracy": "answerable: every fact present, cited (or a stated zero-match) and not "
    "abstained; unanswerable: abstained with no citations",
    "abstention_accuracy": "share of unanswerable questions abstained on",
    "false_abstention_rate": "share of answerable questions abstained on",
    "citations": "citations returned",
    "citation_grounding": "share of citations whose quote is a verbatim substring of the cited "
    "document's stored text",
    "citation_pinning": "share of citations whose quote occurs once in its document (so it pins "
    "one place), or is 40 words or more where the document repeats a passage",
    "citation_relevance": "share of citations whose document is an expected source",
    "correct_rate": "share of questions strictly correct",
    "hallucination_rate": "share answered (not abstained) but not strictly correct",
    "missing_rate": "share abstained (or failed) without being strictly correct",
    "truthfulness": "CRAG-style score: correct_rate - hallucination_rate (from -1 to 1)",
    "latency_p50_ms": "median time of the ask call",
    "latency_p95_ms": "95th percentile time of the ask call (nearest rank)",
    "errors": "ask calls that failed",
}

_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_NONE_WORDS = re.compile(r"\b(no|none|nothing|zero)\b")
# citation markers such as "[3]" or "[3, 4]", and the coverage line ("_46 of 76 actions in 5
# documents match …; searched 2002–2017._"): numbers there are bookkeeping, not the answer
_MARKERS = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")
_COVERAGE_LINE = re.compile(r"^\s*_[^\n]*_\s*$", re.MULTILINE)
#: markdown emphasis: every '*', and an '_' at either edge of a word ('file_name' keeps its own)
_EMPHASIS = re.compile(r"\*+|(?<![^\W_])_+|_+(?![^\W_])")


# -- the answer under test ------------------------------------------------------------------------
@dataclass(frozen=True)
class CitationView:
    """What the metrics read of a citation: the cited document (file name) and the quote."""

    filename: str
    quote: str


@dataclass(frozen=True)
class Response:
    """The parts of a ``/v1/ask`` answer the metrics use."""

    answer: str = ""
    abstained: bool = False
    citations: tuple[CitationView, ...] = ()
    records: tuple[str, ...] = ()
    matched: int | None = None
    notes: tuple[str, ...] = ()
    latency_ms: float | None = None
    error: str | None = None

    @classmethod
    def from_api(cls, body: Mapping[str, Any], latency_ms: float | None = None) -> Response:
        citations = []
        for item in body.get("citations") or []:
            document = item.get("document") or {}
            name = document.get("filename") or document.get("id") or ""
            citations.append(CitationView(filename=str(name), quote=str(item.get("quote") or "")))
        coverage = body.get("coverage") or {}
        matched = coverage.get("matched")
        return cls(
            answer=str(body.get("answer") or ""),
            abstained=bool(body.get("abstained")),
            citations=tuple(citations),
            records=tuple(str(r["id"]) for r in body.get("records") or [] if r.get("id")),
            matched=int(matched) if isinstance(matched, int) else None,
            notes=tuple(str(n) for n in body.get("notes") or []),
            latency_ms=latency_ms,
        )

    @classmethod
    def failed(cls, error: str, latency_ms: float | None = None) -> Response:
        return cls(error=error, latency_ms=latency_ms)


# -- text ---------------------------------------------------------------------------------------
def normalise(text: str) -> str:
    """Case-folded, every dash as '-', every run of whitespace as one space."""
    return " ".join(text.translate(_DASHES).split()).casefold()


def answer_body(answer: str) -> str:
    """The answer as a reader sees it, without citation markers and its italic coverage line,
    whose numbers ("[5]", "in 5 documents") would otherwise be found as facts: markdown
    emphasis is dropped, so '**3** actions' is read as '3 actions'."""
    return _EMPHASIS.sub("", _COVERAGE_LINE.sub(" ", _MARKERS.sub(" ", answer)))


def fact_present(alternatives: Iterable[str], answer: str) -> bool:
    """True when any alternative occurs in the answer's body (:func:`answer_body`), after
    :func:`normalise`, starting at a word boundary, and not running on into a longer number:
    'SIB' is not found in 'responsibility', nor '6' in '76', nor '7' in '76' or '7.5', while
    'March 31' is found in 'March 31st'; '5' is not found in a marker '[5]'."""
    text = normalise(answer_body(answer))
    for alternative in alternatives:
        wanted = normalise(_EMPHASIS.sub("", alternative))  # '**3** actions' as '3 actions'
        if not wanted:
            continue
        lead = r"(?<!\w)" if wanted[0].isalnum() or wanted[0] == "_" else ""
        tail = r"(?![\d]|[.,]\d)" if wanted[-1].isdigit() else ""
        if re.search(lead + re.escape(wanted) + tail, text):
            return True
    return False


def fact_recall(facts: Sequence[Sequence[str]], answer: str) -> float | None:
    """Share of facts present; None when there are no facts to find."""
    if not facts:
        return None
    return sum(fact_present(f, answer) for f in facts) / len(facts)


def missing_facts(facts: Sequence[Sequence[str]], answer: str) -> list[str]:
    """The first alternative of every fact not found."""
    return [f[0] for f in facts if not fact_present(f, answer)]


# -- retrieval ----------------------------------------------------------------------------------
def distinct(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    return list(dict.fromkeys(items))


def recall_at_k(hit_documents: Sequence[str], expected: Collection[str], k: int) -> float | None:
    """Share of ``expected`` among the documents of the first ``k`` hits; None if none expected."""
    wanted = set(expected)
    if not wanted:
        return None
    found = wanted & set(hit_documents[:k])
    return len(found) / len(wanted)


def reciprocal_rank(hit_documents: Sequence[str], expected: Collection[str]) -> float | None:
    """1 / rank of the first expected document among the distinct hit documents (0 if absent)."""
    wanted = set(expected)
    if not wanted:
        return None
    for rank, document in enumerate(distinct(hit_documents), start=1):
        if document in wanted:
            return 1.0 / rank
    return 0.0


# -- sets of records ----------------------------------------------------------------------------
def set_scores(returned: Iterable[str], gold: Iterable[str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of returned ids against gold ids.

    Both empty is a perfect answer (1, 1, 1); otherwise an empty side gives 0 where the
    ratio would divide by zero (nothing returned: precision 0; nothing expected: recall 0).
    """
    got, want = set(returned), set(gold)
    if not got and not want:
        return 1.0, 1.0, 1.0
    hits = len(got & want)
    precision = hits / len(got) if got else 0.0
    recall = hits / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- answers ------------------------------------------------------------------------------------
def is_zero_match(response: Response) -> bool:
    """An answer (not an abstention) saying that no record matched, with nothing returned."""
    if response.abstained or response.error or response.records:
        return False
    if response.matched != 0 and "zero-match" not in response.notes:
        return False
    first = re.split(r"(?<=[.!?])\s|\n", normalise(response.answer).lstrip("*_# "), maxsplit=1)[0]
    return bool(_NONE_WORDS.search(first))


def is_cited(response: Response) -> bool:
    """At least one citation, or a zero-match answer that states so."""
    return bool(response.citations) or is_zero_match(response)


def strict_correct(question: GoldQuestion, response: Response) -> bool:
    if response.error:
        return False
    if not question.answerable:
        return response.abstained and not response.citations
    return (
        not response.abstained
        and is_cited(response)
        and all(fact_present(f, response.answer) for f in question.facts)
        and precise_enough(question, response)
    )


#: list and count answers must not bury the gold records in a larger set: at least this share of
#: the records returned must be gold records. Recurring sets are left out: their gold is a
#: judgement of which items count as the same issue.
MIN_SET_PRECISION = 0.5


def precise_enough(question: GoldQuestion, response: Response) -> bool:
    """False when a list or count answer returns records of which fewer than
    :data:`MIN_SET_PRECISION` are gold records (a whole section listed for a few items)."""
    if question.type not in ("list", "count") or not question.records or not response.records:
        return True
    precision, _, _ = set_scores(response.records, question.records)
    return precision >= MIN_SET_PRECISION


def outcome(question: GoldQuestion, response: Response) -> Outcome:
    """CRAG's three-way split: correct, hallucinated (answered but wrong) or missing."""
    if strict_correct(question, response):
        return "correct"
    if response.abstained or response.error:
        return "missing"
    return "hallucinated"


def grounded_citations(citations: Iterable[CitationView], texts: Mapping[str, str]) -> int:
    """How many quotes are verbatim, non-empty substrings of their document's stored text."""
    count = 0
    for citation in citations:
        text = texts.get(citation.filename)
        quote = citation.quote.strip()
        if text is not None and quote and quote in text:
            count += 1
    return count


def pinned_citations(citations: Iterable[CitationView], texts: Mapping[str, str]) -> int:
    """How many quotes occur exactly once in their document's stored text (or are 40 words or
    more: a passage the document itself repeats). 'Complete' alone pins nothing."""
    count = 0
    for citation in citations:
        text = texts.get(citation.filename)
        quote = citation.quote.strip()
        if text is not None and quote and quote in text and is_pinned(quote, text):
            count += 1
    return count


def relevant_citations(citations: Iterable[CitationView], expected: Collection[str]) -> int:
    return sum(1 for c in citations if c.filename in expected)


# -- one question -------------------------------------------------------------------------------
@dataclass
class QuestionScore:
    id: str
    type: str
    answerable: bool
    strict: bool
    outcome: Outcome
    abstained: bool
    recall_at_5: float | None = None
    recall_at_10: float | None = None
    mrr: float | None = None
    fact_recall: float | None = None
    facts_missing: list[str] = field(default_factory=list)
    set_precision: float | None = None
    set_recall: float | None = None
    set_f1: float | None = None
    citations: int = 0
    grounded: int = 0
    pinned: int = 0
    relevant: int = 0
    latency_ms: float | None = None
    error: str | None = None


def score_question(
    question: GoldQuestion,
    response: Response,
    hit_documents: Sequence[str] | None,
    texts: Mapping[str, str],
) -> QuestionScore:
    """Score one answer. ``hit_documents``: the document of each search hit, best first (None
    when retrieval was not measured); ``texts``: stored text of each document by file name."""
    score = QuestionScore(
        id=question.id,
        type=question.type,
        answerable=question.answerable,
        strict=strict_correct(question, response),
        outcome=outcome(question, response),
        abstained=response.abstained,
        fact_recall=fact_recall(question.facts, response.answer),
        facts_missing=missing_facts(question.facts, response.answer),
        citations=len(response.citations),
        grounded=grounded_citations(response.citations, texts),
        pinned=pinned_citations(response.citations, texts),
        relevant=relevant_citations(response.citations, question.sources),
        latency_ms=response.latency_ms,
        error=response.error,
    )
    if hit_documents is not None:
        score.recall_at_5 = recall_at_k(hit_documents, question.sources, 5)
        score.recall_at_10 = recall_at_k(hit_documents, question.sources, 10)
        score.mrr = reciprocal_rank(hit_documents, question.sources)
    if question.is_set_question:
        score.set_precision, score.set_recall, score.set_f1 = set_scores(
            response.records, question.records
        )
    return score


# -- a slice ------------------------------------------------------------------------------------
def mean(values: Iterable[float | bool | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    present = [float(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def aggregate(scores: Sequence[QuestionScore]) -> dict[str, float | int | None]:
    """Every metric of :data:`METRICS` over ``scores`` (None where it does not apply)."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    citations = sum(s.citations for s in scores)
    outcomes = [s.outcome for s in scores]
    correct = ratio(outcomes.count("correct"), len(scores))
    hallucinated = ratio(outcomes.count("hallucinated"), len(scores))
    latencies = [s.latency_ms for s in scores if s.latency_ms is not None and not s.error]
    result: dict[str, float | int | None] = {
        "n": len(scores),
        "retrieval_recall_at_5": mean(s.recall_at_5 for s in scores),
        "retrieval_recall_at_10": mean(s.recall_at_10 for s in scores),
        "retrieval_mrr": mean(s.mrr for s in scores),
        "fact_recall": mean(s.fact_recall for s in scores),
        "set_precision": mean(s.set_precision for s in scores),
        "set_recall": mean(s.set_recall for s in scores),
        "set_f1": mean(s.set_f1 for s in scores),
        "strict_accuracy": mean(s.strict for s in scores),
        "abstention_accuracy": mean(s.abstained for s in unanswerable),
        "false_abstention_rate": mean(s.abstained for s in answerable),
        "citations": citations,
        "citation_grounding": ratio(sum(s.grounded for s in scores), citations),
        "citation_pinning": ratio(sum(s.pinned for s in scores), citations),
        "citation_relevance": ratio(sum(s.relevant for s in scores), citations),
        "correct_rate": correct,
        "hallucination_rate": hallucinated,
        "missing_rate": ratio(outcomes.count("missing"), len(scores)),
        "truthfulness": None if correct is None or hallucinated is None else correct - hallucinated,
        "latency_p50_ms": statistics.median(latencies) if latencies else None,
        "latency_p95_ms": percentile(latencies, 95) if latencies else None,
        "errors": sum(1 for s in scores if s.error),
    }
    assert list(result) == list(METRICS), "aggregate() and METRICS list different metrics"
    return result


def by_type(
    scores: Sequence[QuestionScore], types: Sequence[str]
) -> dict[str, dict[str, float | int | None]]:
    """:func:`aggregate` for each type, in the order given."""
    return {t: aggregate([s for s in scores if s.type == t]) for t in types}
