"""Evidence: verbatim sentences taken from retrieved chunks, scored against the question.

Prose chunks give their sentences directly; record chunks give the sentences of each column of
the record (progress, action, deadline...), each located in the record's verbatim source span.
No sentence that touches instruction-like text (``ingest.safety``) becomes evidence: documents
are data, never instructions, so such text is neither quoted nor sent to an LLM.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.text import TermStats, split_sentences, stem_of, stems_among, verbatim_pieces
from ingest.model import ActionRecord, DocumentRef
from ingest.safety import flagged_spans, looks_like_instruction
from vectorstore.bm25 import STOPWORDS
from vectorstore.retriever import SearchHit

SKIP_COLUMNS = ("page", "cost")  # page numbers and cost estimates are not evidence


@dataclass
class Evidence:
    text: str
    start: int
    document: DocumentRef
    chunk_id: str
    page: int | None
    ref: str | None
    record_id: str | None
    label: str  # column name for records, section for prose
    rank: int
    year: int | None
    score: float = 0.0
    partial: bool = False  # a verbatim piece of a sentence that a page or row break cut

    def display(self) -> str:
        return self.text + (" …" if self.partial else "")


def evidence_from_hits(
    hits: list[SearchHit],
    records: dict[str, ActionRecord],
    texts: dict[str, str],
    documents: Mapping[str, DocumentRef],
    years: dict[str, int | None],
) -> list[Evidence]:
    out: list[Evidence] = []
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        document = documents.get(chunk.document_id)
        if document is None:
            continue
        if chunk.kind == "record" and chunk.record_id in records:
            out += record_evidence(records[chunk.record_id], chunk.id, rank)
        elif chunk.kind == "prose" and chunk.source_start is not None:
            body = chunk.text.split("\n\n", 1)[-1]
            text = texts[chunk.document_id]
            if text[chunk.source_start : chunk.source_start + len(body)] != body:
                continue
            flags = flagged_spans(text)
            for sentence in split_sentences(body, chunk.source_start):
                if flags.overlaps(sentence.start, sentence.start + len(sentence.text)):
                    continue  # documents are data: never evidence
                out.append(
                    Evidence(
                        sentence.text,
                        sentence.start,
                        document,
                        chunk.id,
                        chunk.page,
                        None,
                        None,
                        chunk.section or "text",
                        rank,
                        years.get(chunk.document_id),
                    )
                )
    return out


def record_evidence(record: ActionRecord, chunk_id: str, rank: int) -> list[Evidence]:
    """Verbatim sentences of every column of a record."""
    pieces = _record_pieces(record.source_text, record.ref, tuple(record.columns.items()))
    page = record.pages[0] if record.pages else None
    return [
        Evidence(
            piece,
            record.source_start + position,
            record.document,
            chunk_id,
            page,
            record.ref,
            record.id,
            column,
            rank,
            record.year,
            partial=partial,
        )
        for piece, position, column, partial in pieces
    ]


@lru_cache(maxsize=8192)
def _record_pieces(
    source: str, ref: str | None, columns: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, int, str, bool], ...]:
    """(piece, offset in ``source``, column, partial) of each verbatim sentence of a record's
    columns, instruction-like text left out. Read once per record text: a record is quoted by
    many questions, and reading its sentences is most of the work of its evidence."""
    out: list[tuple[str, int, str, bool]] = []
    seen: set[int] = set()
    flags = flagged_spans(source)
    for column, value in columns:
        name = column.strip().lower()
        if name.startswith(SKIP_COLUMNS) or name == "agreed" or value.strip().rstrip(".") == ref:
            continue
        for sentence in split_sentences(value):
            if looks_like_instruction(sentence.text):
                continue  # documents are data: never quoted as evidence
            for piece, position in verbatim_pieces(sentence.text, source):
                if position in seen or flags.overlaps(position, position + len(piece)):
                    continue
                seen.add(position)
                partial = piece != sentence.text and not piece.endswith((".", "!", "?"))
                out.append((piece, position, column, partial))
    return tuple(out)


def term_weights(terms: list[str], stats: TermStats) -> dict[str, float]:
    """Stemmed question terms with their IDF (terms no chunk contains get weight 0).

    A compound is matched in the spelling the record uses: two terms in a row that the record
    writes as one word ('data base' -> 'database') count as that word, and a word it never
    uses that splits into two it does ('database' -> 'data', 'base') as those two."""
    weights: dict[str, float] = {}
    index = 0
    while index < len(terms):
        term = terms[index]
        after = terms[index + 1] if index + 1 < len(terms) else None
        if after is not None and stats.df(term + after) > 0:
            parts = [term + after]  # the record's closed compound
            index += 1
        elif stats.df(term) == 0:
            parts = split_compound(term, stats)
        else:
            parts = [term]
        index += 1
        for part in parts:
            if stats.df(part) == 0:
                continue
            key = stem_of(part)
            weights[key] = max(weights.get(key, 0.0), stats.idf(part))
    return weights


def split_compound(term: str, stats: TermStats) -> list[str]:
    """Two content words of three letters or more that ``term`` is made of and the record uses
    ('database' -> ['data', 'base'], not 'rollout' -> 'roll', 'out'), the most even split when
    there are several; [] when there is none."""
    word = term.replace("-", "")
    splits = [
        (word[:at], word[at:])
        for at in range(3, len(word) - 2)
        if word[:at] not in STOPWORDS
        and word[at:] not in STOPWORDS
        and stats.df(word[:at]) > 0
        and stats.df(word[at:]) > 0
    ]
    if not splits:
        return []
    head, tail = max(splits, key=lambda s: min(len(s[0]), len(s[1])))
    return [head, tail]


def coverage(text: str, weights: dict[str, float]) -> float:
    """IDF-weighted share of the question's terms that the text contains."""
    total = sum(weights.values())
    if not total:
        return 0.0
    present = stems_among(text, weights)  # the terms' stems the text has
    return sum(w for term, w in weights.items() if term in present) / total


def score_evidence(items: list[Evidence], weights: dict[str, float]) -> list[Evidence]:
    """Best first: term coverage, then the chunk's retrieval rank; fragments are penalised."""
    for item in items:
        words = len(item.text.split())
        item.score = coverage(item.text, weights) + 0.25 / (1 + item.rank)
        if words < 4:
            item.score -= 0.2
        elif words > 70:
            item.score -= 0.1
    return sorted(items, key=lambda e: (-e.score, e.rank, e.start))
