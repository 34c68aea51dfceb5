"""'Which is bigger, A or B?', 'which has more X, A or B?' of two things each paper states as a
figure ('£1.2 million over budget', 'three member places are vacant'), often in different
bodies' papers: each side is looked for on its own, in the papers it names (else in every
paper), by its words and the measure the question shares ('vacant member places'); the
sentence giving its figure is quoted, and the larger named when both are of one kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.figures import Figure, figures, in_digits
from assistant.answers.support.gather import gather
from assistant.answers.support.paper_words import masthead_names, names_paper
from assistant.answers.support.recordtext import doc_label, safe_text
from assistant.evidence import Evidence, coverage
from assistant.text import stem
from vectorstore.bm25 import query_terms

# 'which is bigger / larger / more', 'which has fewer …': a comparison of size
_MORE = re.compile(r"\b(?:bigger|larger|greater|higher|more)\b", re.I)
_LESS = re.compile(r"\b(?:smaller|lower|fewer|less)\b", re.I)
SIDE_COVERAGE = 0.6  # of a side's weighted words, in the sentence giving its figure
MEASURE_COVERAGE = 0.5  # of the measure's weighted words, in the sentence itself
DEPTH = 12  # sentences read per side


@dataclass(frozen=True)
class _Stated:
    side: str
    sentence: Evidence
    figure: Figure


def _stated(
    side: str, shared: list[str], q: QueryAnalysis, context: AnswerContext
) -> _Stated | None:
    """The best sentence stating a figure about ``side`` and the shared measure: its words
    held by the sentence or by the name of its paper ('the flood committee' of a sentence in
    the flood committee's plan), the measure's by the sentence."""
    own = [t for t in query_terms(side) if t in q.terms or t not in shared]
    terms = list(dict.fromkeys([*own, *shared]))
    named = [d for d in q.documents if any(names_paper(t, [d], context) for t in own)]
    scoped = q.model_copy(update={"documents": named, "terms": terms, "themes": []})
    evidence, weights = gather(scoped, context, text=" ".join([side, *shared]), terms=terms)
    measure = {t: w for t, w in weights.items() if t in shared}
    best: tuple[tuple[float, float], Evidence, Figure] | None = None
    for item in evidence[:DEPTH]:
        found = _figure(item.text, terms)
        about = f"{item.text} {_paper_names(item.document.id, context)}"
        score = (coverage(about, weights), coverage(item.text, measure) if measure else 0.0)
        if measure and score[1] < MEASURE_COVERAGE:
            continue  # a figure of something else ('recommendations about drones')
        if found and score[0] >= SIDE_COVERAGE and (best is None or score > best[0]):
            best = (score, item, found)
    return _Stated(side, best[1], best[2]) if best else None


def _paper_names(document_id: str, context: AnswerContext) -> str:
    """The words a paper is named by: its title, its body, its masthead."""
    doc = next((d for d in context.documents if d.id == document_id), None)
    if doc is None:
        return ""
    head = masthead_names(context.document_text(document_id))
    return f"{doc.title} {doc.organisation or ''} {head}"


def _figure(text: str, asked: list[str]) -> Figure | None:
    """The amount or count a sentence gives, the part where it gives a part of a whole ('5 of
    the 14 member places': 5): a count of a noun the side or measure names (``asked``) first,
    then an amount, then a count of anything else ('overpayments of £18,400 in six cases'
    states the overpayments as £18,400, not as six)."""
    found = [f for f in figures(text) if f.kind == "amount" or f.kind.startswith("count of")]
    if not found:
        return None
    nouns = {stem(t) for t in asked}
    found.sort(key=lambda f: 1 if f.kind == "amount" else 2 * (f.kind[9:] not in nouns))
    figure = found[0]
    part = re.search(
        rf"(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?{re.escape(figure.text)}",
        in_digits(text),
    )
    if part:
        value = float(part.group(1).replace(",", ""))
        return Figure(part.group(0), figure.kind, value)
    return figure


def figures_by_side(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Each side's figure, cited, and which is the larger (or smaller, as asked) when both are
    amounts or counts of one thing; None unless the question compares two sides by size and a
    sentence states a figure for each."""
    if q.intent != "compare" or len(q.sides) != 2:
        return None
    more, less = _MORE.search(q.question), _LESS.search(q.question)
    if not (more or less):
        return None
    side_words = {t for side in q.sides for t in query_terms(side)}
    shared = [t for t in q.terms if t not in side_words]
    if any(context.stats.df(t) == 0 for t in shared):
        return None  # a measure no paper speaks of ('recommendations about drones')
    stated = [_stated(side, shared, q, context) for side in q.sides]
    if any(s is None for s in stated):
        return None
    a, b = (s for s in stated if s is not None)
    if a.sentence.text == b.sentence.text:
        return None  # one sentence for both: no two things compared
    builder = context.citations()
    documents = {d.id: d for d in context.documents}
    lines = []
    for s in (a, b):
        n = builder.add_evidence(s.sentence)
        if n is None:
            return None
        ref = f", ref {s.sentence.ref}" if s.sentence.ref else ""
        where = f"{doc_label(documents.get(s.sentence.document.id))}{ref}"
        lines.append(
            f"- “{safe_text(s.side)}”: **{safe_text(s.figure.text)}** — “{s.sentence.display()}” "
            f"[{n}] — *{where}*"
        )
    head = "**The record gives a figure for each:**"
    if a.figure.kind == b.figure.kind and a.figure.value != b.figure.value:
        larger, smaller = (a, b) if a.figure.value > b.figure.value else (b, a)
        named = smaller if less and not more else larger
        counted = a.figure.kind != "amount"
        word = ("fewer" if counted else "the smaller") if named is smaller else ""
        word = word or ("more" if counted else "the larger")
        verb = "has" if counted else "is"
        head = (
            f"**“{safe_text(named.side)}” {verb} {word}: {safe_text(named.figure.text)}, against "
            f"{safe_text((larger if named is smaller else smaller).figure.text)}.**"
        )
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join([head, *lines]),
        line=f"Two figures compared; searched {len(searched)} documents, {context.span(searched)}.",
        matched=0,
        route="compare",
        citations=builder.citations(),
    )
