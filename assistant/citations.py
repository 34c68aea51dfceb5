"""Citations are verbatim quotes: a quote is accepted only if it is found in the stored text.

Usage::

    builder = CitationBuilder(catalog)
    n = builder.add(chunk_id=..., document=record.document, quote="Q2 2009", ref="R18")
    builder.citations()  # numbered, each quote checked against the document text
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from ingest.model import ActionRecord, DocumentRef
from ingest.safety import looks_like_instruction
from vectorstore.catalog import Catalog

if TYPE_CHECKING:
    from assistant.evidence import Evidence


class Citation(BaseModel):
    n: int = Field(description="The number used as [n] in the answer.")
    chunk_id: str
    document: DocumentRef
    page: int | None = None
    ref: str | None = None
    quote: str = Field(description="An exact span of the document's stored text.")
    start: int | None = Field(None, description="Offset of the quote in the document text.")


class CitationBuilder:
    """Numbers citations, removes duplicates, and refuses quotes that are not verbatim."""

    def __init__(self, catalog: Catalog, texts: dict[str, str] | None = None) -> None:
        """``texts``: document texts already read (shared, and added to, by this builder)."""
        self.catalog = catalog
        self._items: list[Citation] = []
        self._texts: dict[str, str] = {} if texts is None else texts
        self._page_starts: dict[str, tuple[list[int], list[int | None]]] = {}

    def text(self, document_id: str) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = self.catalog.document_text(document_id)
        return self._texts[document_id]

    def page_at(self, document_id: str, offset: int) -> int | None:
        if document_id not in self._page_starts:
            pages = self.catalog.pages(document_id)
            self._page_starts[document_id] = (
                [p["start"] for p in pages],
                [p["number"] for p in pages],
            )
        starts, numbers = self._page_starts[document_id]
        index = bisect.bisect_right(starts, offset) - 1
        return numbers[index] if index >= 0 else None

    def locate(self, document_id: str, quote: str, near: int | None = None) -> int | None:
        """Offset of ``quote`` in the document (the occurrence nearest ``near``), or None."""
        text = self.text(document_id)
        if not quote.strip():
            return None
        if near is not None and text.startswith(quote, near):
            return near
        first = text.find(quote)
        if first < 0 or near is None:
            return first if first >= 0 else None
        best, position = first, first
        while position >= 0:
            if abs(position - near) < abs(best - near):
                best = position
            position = text.find(quote, position + 1)
        return best

    def add(
        self,
        *,
        chunk_id: str,
        document: DocumentRef,
        quote: str,
        ref: str | None = None,
        near: int | None = None,
    ) -> int | None:
        """Add a citation and return its number; None if the quote is not in the document."""
        quote = quote.strip()
        start = self.locate(document.id, quote, near)
        if start is None:
            return None
        for item in self._items:
            if item.chunk_id == chunk_id and item.quote == quote:
                return item.n
        citation = Citation(
            n=len(self._items) + 1,
            chunk_id=chunk_id,
            document=document,
            page=self.page_at(document.id, start),
            ref=ref,
            quote=quote,
            start=start,
        )
        self._items.append(citation)
        return citation.n

    def add_evidence(self, item: Evidence) -> int | None:
        """Cite a retrieved sentence (see :meth:`add`)."""
        return self.add(
            chunk_id=item.chunk_id,
            document=item.document,
            quote=item.text,
            ref=item.ref,
            near=item.start,
        )

    def citations(self) -> list[Citation]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)


def record_quote(record: ActionRecord, *candidates: str | None) -> tuple[str, int] | None:
    """The first candidate that is verbatim in the record's source, as (quote, document offset).

    A candidate is tried whole, then sentence by sentence in order; a sentence cut by a page
    break is quoted up to the break (its longest verbatim prefix of five words or more).
    Falls back to the first cell of the source.
    """
    from assistant.text import split_sentences

    source = record.source_text
    for candidate in candidates:
        if not candidate or not candidate.strip():
            continue
        whole = candidate.strip().rstrip("…").strip()
        if whole in source and not looks_like_instruction(whole):
            return whole, record.source_start + source.find(whole)
        if looks_like_instruction(whole):  # quote none of it, not even a prefix
            continue
        for sentence in split_sentences(whole):
            piece = sentence.text.rstrip("…").strip()
            if looks_like_instruction(piece):
                continue
            if len(piece) >= 2 and piece in source:
                return piece, record.source_start + source.find(piece)
            prefix = _longest_verbatim_prefix(piece, source, min_words=5)
            if prefix:
                return prefix, record.source_start + source.find(prefix)
        prefix = _longest_verbatim_prefix(whole, source)
        if prefix:
            return prefix, record.source_start + source.find(prefix)
    for cell in source.strip().split("\n")[0].split("\t"):
        cell = cell.strip()
        if len(cell) > 3 and not looks_like_instruction(cell):
            return cell, record.source_start + source.find(cell)
    return None


def _longest_verbatim_prefix(text: str, source: str, min_words: int = 3) -> str | None:
    """'Director of Finance Services/ Director of Business' of a value split across two rows."""
    words = text.split(" ")
    for end in range(len(words) - 1, min_words - 1, -1):
        piece = " ".join(words[:end]).strip()
        if piece and piece in source:
            return piece
    return None


def verify(citation: Citation, document_text: str) -> bool:
    """True when the quote is an exact span of the document text (at its offset, if given)."""
    if citation.start is not None:
        return (
            document_text[citation.start : citation.start + len(citation.quote)] == citation.quote
        )
    return citation.quote in document_text
