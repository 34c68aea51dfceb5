"""Where a paper of a body says an issue in its prose, not as a row: a narrative paper (an
annual governance statement, a covering report) shares no ref with the body's action plans,
so an issue followed across papers is looked for in its sentences too. The sentence must hold
every key word of the issue; when a date is asked, the sentence holding a date in the same
passage after it ('… following the SAP upgrade in March 2009') is the one given."""

from __future__ import annotations

import re

from assistant.answers.context import AnswerContext
from assistant.evidence import Evidence, evidence_from_hits
from assistant.text import stems
from ingest.model import DocumentInfo
from vectorstore.filters import SearchFilters

_K = 8  # passages of the paper searched
_NEAR = 3  # sentences after the one naming the issue, for the date asked
_DATED = re.compile(
    r"\b(?:(?:19|20)\d\d|Q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+"
    r"(?:19|20)?\d\d)\b",
    re.I,
)


def _holds_all(text: str, key: set[str], phrase: str | None) -> bool:
    if phrase is not None:  # the words as the question runs them ('scheme of delegation')
        return " ".join(phrase.lower().split()) in " ".join(text.lower().split())
    return key <= stems(text)


def _phrase(question: str, words: list[str]) -> str | None:
    """The run of the question from the first of ``words`` to the last, when it is short."""
    lowered = question.lower()
    spots = [
        (m.start(), m.end()) for w in words for m in [re.search(rf"\b{re.escape(w)}", lowered)] if m
    ]
    if len(spots) != len(words):
        return None
    start, end = min(a for a, _ in spots), max(b for _, b in spots)
    end += len(re.match(r"\w*", lowered[end:]).group(0))  # type: ignore[union-attr]
    run = question[start:end]
    return run if len(run.split()) <= 6 else None


def mention_in_paper(
    context: AnswerContext, paper: DocumentInfo, words: list[str], dated: bool, question: str = ""
) -> Evidence | None:
    """The sentence of ``paper`` that names the issue by all of ``words`` (or, when ``dated``,
    the first sentence after it in its passage holding a date, or itself if it holds one);
    None when no sentence holds them all."""
    key = stems(" ".join(words))
    if len(key) < 2:
        return None
    hits = context.retriever.search(
        " ".join(words), k=_K, filters=SearchFilters(document=[paper.id])
    ).hits
    if not hits:
        return None
    texts = {paper.id: context.document_text(paper.id)}
    records = context.register.by_id()
    sentences = evidence_from_hits(hits, records, texts, context.document_refs(), context.years())
    phrase = _phrase(question, words)
    naming = [e for e in sentences if _holds_all(e.text, key, phrase)]
    if not naming:
        return None
    first = naming[0]
    if not dated or _DATED.search(first.text):
        return first
    after = sorted(
        (e for e in sentences if e.chunk_id == first.chunk_id and e.start > first.start),
        key=lambda e: e.start,
    )[:_NEAR]
    return next((e for e in after if _DATED.search(e.text)), first)
