"""A comparison the records could not make, answered from passages: the best sentence in
each document that speaks to the subject, oldest first."""

from __future__ import annotations

from collections import OrderedDict

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.gather import gather
from assistant.answers.support.premises import subject_of
from assistant.answers.support.recordtext import doc_label
from assistant.evidence import Evidence, coverage


def side_by_side(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A comparison the records could not make: the best sentence in each document that
    speaks to the subject, oldest first; None when fewer than two documents do."""
    evidence, weights = gather(q, context, k=max(16, context.top_k * 2))
    strong = [
        e
        for e in evidence
        if len(e.text.split()) >= 4 and (not weights or coverage(e.text, weights) >= 0.5)
    ]
    by_doc: OrderedDict[str, Evidence] = OrderedDict()
    for item in sorted(strong, key=lambda e: -e.score):
        by_doc.setdefault(item.document.id, item)
    if len(by_doc) < 2:
        return None
    builder = context.citations()
    documents = {d.id: d for d in context.documents}
    lines = [f"**{subject_of(q).capitalize()} across {len(by_doc)} documents, oldest first:**"]
    for item in sorted(by_doc.values(), key=lambda e: (e.year or 0, e.document.title)):
        n = builder.add_evidence(item)
        if n is None:
            continue
        label = f" ({item.ref})" if item.ref else ""
        lines.append(
            f"- *{doc_label(documents.get(item.document.id))}*{label}: {item.display()} [{n}]"
        )
    searched = context.searched()
    span = context.span(searched)
    line = f"Compared {len(by_doc)} of {len(searched)} documents that speak to it; searched {span}."
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(by_doc),
        citations=builder.citations(),
        route="compare",
    )
