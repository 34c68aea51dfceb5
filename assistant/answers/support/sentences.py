"""Sentences of retrieved passages: the sentence that goes on about the one quoted, the best
sentence for one part of a question of several parts, a document's opening sentences."""

from __future__ import annotations

import re

from assistant.analysis import GENERIC, QueryAnalysis, QuestionPart
from assistant.answers.context import AnswerContext
from assistant.answers.support.gather import gather
from assistant.evidence import Evidence, coverage, evidence_from_hits, term_weights
from assistant.text import NOT_IT_ACRONYM
from ingest.model import DocumentInfo
from vectorstore.bm25 import query_terms
from vectorstore.retriever import SearchHit

MAX_SENTENCES = 3  # quoted for a passage answer

_POINTS_BACK = rf"\b{NOT_IT_ACRONYM}(?:it|its|they|them|their|this|that)\b"

_PRONOUN = ("It ", "This ", "These ", "They ", "Its ", "Their ")
# a sentence that adds a second item to the one before ('In addition, B was not yet
# available'): the two are one fact in two sentences
_ADDITIVE = re.compile(
    r"^(?:In addition|Additionally|Also|Similarly|Likewise|Furthermore|Moreover|As well|"
    r"Equally|Besides)\b",
)


def _part_terms(text: str) -> list[str]:
    return [t for t in query_terms(text) if t not in GENERIC and not t.isdigit()]


def _names_in_answer(
    previous: QuestionPart, chosen: list[Evidence], context: AnswerContext
) -> list[str]:
    """Names in the sentence answering the previous part ('Grant Thornton'): what 'them' is."""
    weights = term_weights(_part_terms(previous.text), context.stats)
    if not weights or not chosen:
        return []
    answer = max(chosen, key=lambda e: coverage(e.text, weights))
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", previous.text)}
    names = re.findall(r"(?<=[a-z,;] )((?:[A-Z][a-z]+ ?){1,3})", answer.text)
    return [w.lower() for n in names for w in n.split() if w.lower() not in asked]


def best_for_part(
    q: QueryAnalysis,
    context: AnswerContext,
    part: QuestionPart,
    chosen: list[Evidence],
    previous: QuestionPart | None = None,
) -> Evidence | None:
    """The best sentence for one part of a multi-part question, if not already chosen.

    It is looked for in the documents the part names; else, when it points back ('when is it
    holding a workshop with them?'), in those of the sentences chosen so far, preferring the
    names the previous part's answer gave ('Grant Thornton'); else in every document.
    """
    terms = _part_terms(part.text)
    if not terms:
        return None
    documents: list[str] = list(part.documents)
    if not documents and chosen and re.search(_POINTS_BACK, part.text, re.I):
        documents = list(dict.fromkeys(e.document.id for e in chosen))
        if previous is not None:
            terms += [n for n in _names_in_answer(previous, chosen, context) if n not in terms]
    evidence, weights = gather(
        q, context, text=" ".join([part.text, *terms]), terms=terms, documents=documents
    )
    taken = {e.start for e in chosen}
    candidates = evidence[:5]
    if chosen and re.search(_POINTS_BACK, part.text, re.I):  # 'it' = what was just quoted
        candidates = sentences_of(chosen, context, weights) + candidates
    for item in candidates:
        if item.start in taken or len(item.text.split()) < 4:
            continue
        if coverage(item.text, weights) >= 0.34:
            return item
    return None


def sentences_of(
    items: list[Evidence], context: AnswerContext, weights: dict[str, float]
) -> list[Evidence]:
    """Every sentence of the passages the items came from, best for ``weights`` first."""
    ids = list(dict.fromkeys(e.chunk_id for e in items))
    chunks = context.chunks(ids)
    records = context.register.by_id()
    used = {c.document_id for c in chunks.values()}
    texts = {d: context.document_text(d) for d in used}
    hits = [SearchHit(chunks[i], 0.0) for i in ids if i in chunks]
    sentences = evidence_from_hits(hits, records, texts, context.document_refs(), context.years())
    return sorted(sentences, key=lambda e: -coverage(e.text, weights))


def opening_sentences(context: AnswerContext, doc: DocumentInfo, limit: int) -> list[Evidence]:
    """The first substantive prose sentences of a document (eight words or more), in order."""
    stubs = [_stub(chunk_id, doc) for chunk_id in context.prose_chunk_ids(doc.id, 4)]
    items = sentences_of(stubs, context, {})
    ordered = sorted(items, key=lambda e: e.start)
    return [
        e
        for e in ordered
        if len(e.text.split()) >= 8
        and not e.partial
        and not re.match(r"[\w ]{1,25}:\s", e.text)  # 'Report by: ...' is a label, not prose
        and not e.text.rstrip().endswith(":")  # nor is 'The key things you need to know are:'
    ][:limit]


def _stub(chunk_id: str, doc: DocumentInfo) -> Evidence:
    return Evidence("", 0, doc.ref(), chunk_id, None, None, None, "", 0, doc.year)


def continuation(item: Evidence, context: AnswerContext) -> Evidence | None:
    """The sentence after ``item`` in its passage when it goes on about it ('It is due ...')."""
    return following_sentence(item, sentences_of([item], context, {}))


def following_sentence(
    item: Evidence, evidence: list[Evidence], in_list: bool = False
) -> Evidence | None:
    """The next sentence of the same passage when it goes on about the same thing ('It is...'),
    or the rest of a sentence ``item`` is a cut piece of, or when ``item`` introduces a list
    ('…the following workstreams:') or ``in_list``: the list's next item; or the next sentence
    when it introduces a list of what ``item`` says ('The main areas are as follows:')."""
    following = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start > item.start
    ]
    if not following:
        return None
    nearest = min(following, key=lambda e: e.start)
    # 'It is …' goes on about the same thing; a line ending in a colon introduces a list; a
    # piece of a sentence a wrapped cell or page break cut goes on in the next piece
    goes_on = (
        in_list
        or item.partial
        or nearest.text.startswith(_PRONOUN)
        or _ADDITIVE.match(nearest.text) is not None
        or item.text.rstrip().endswith(":")
        # 'The main areas identified are as follows:' and its list after it: the next
        # sentence lists what this one says (not a heading for what comes next, with no list)
        or (nearest.text.rstrip().endswith(":") and len(following) > 1)
    )
    return nearest if goes_on else None


def next_in_passage(item: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right after ``item`` in the same passage, if retrieved."""
    following = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start > item.start
    ]
    return min(following, key=lambda e: e.start) if following else None


def previous_in_passage(item: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right before ``item`` in the same passage, if retrieved."""
    before = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start < item.start
    ]
    return max(before, key=lambda e: e.start) if before else None


ANAPHORIC = re.compile(r"\b(?:these|those|them|this|it|they)\b", re.I)  # points back
# a sentence whose counted set is the one the sentence before names: '18 of these', 'They
# number 12' (not any 'it' inside: 'in 2008 it was agreed that 12 …')
COUNTS_BACK = re.compile(
    r"\b(?:of|among|amongst)\s+(?:these|those|them)\b|^\W*(?:these|those|they)\b", re.I
)
ASKS_DONE = re.compile(r"\b(?:complet\w*|finish\w*|done|implemented|met|closed|delivered)\b", re.I)


def choose_sentences(evidence: list[Evidence], weights: dict[str, float]) -> list[Evidence]:
    """Up to three strong sentences, at most two from one chunk, none repeating another."""
    chosen: list[Evidence] = []
    per_chunk: dict[str, int] = {}
    best = evidence[0].score if evidence else 0.0
    for item in evidence:
        if len(chosen) >= MAX_SENTENCES:
            break
        if chosen and item.score < best * 0.55:
            break
        if per_chunk.get(item.chunk_id, 0) >= 2:
            continue
        if any(item.text in c.text or c.text in item.text for c in chosen):
            continue
        short = len(item.text.split()) < 4 and (chosen or len(evidence) > 1)
        if short and not _alone_says_it(item, evidence[:12], weights):
            continue  # a bare title or label says nothing on its own
        if weights and coverage(item.text, weights) == 0 and chosen:
            continue
        chosen.append(item)
        per_chunk[item.chunk_id] = per_chunk.get(item.chunk_id, 0) + 1
    return chosen


def _alone_says_it(item: Evidence, evidence: list[Evidence], weights: dict[str, float]) -> bool:
    """Whether a short sentence ('Weak passwords.', a row's whole title) holds every word the
    question weighs and no other sentence found holds as many: then it is what was asked
    about, not a bare label beside the answer."""
    if not weights:
        return False
    own = coverage(item.text, weights)
    return own >= 1.0 and all(coverage(e.text, weights) < own for e in evidence if e is not item)
