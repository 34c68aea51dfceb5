"""Citations are verbatim quotes: a quote is accepted only if it is found in the stored text,
and never if it touches text flagged as instruction-like (``ingest.safety``): documents are
data, and what reads like an instruction to a model is never quoted as evidence. Every answer's
citations come from :class:`CitationBuilder`, and :func:`verify` checks both again before an
answer is returned.

A quote also pins its place: :meth:`CitationBuilder.add` widens a short or repeated quote
("Complete", "Ongoing", an owner named on many rows) word by word, towards the start of its
line first (where a row's ref is), until it has at least five words and occurs once in the
document (:func:`pin_span`).

Usage::

    builder = CitationBuilder(catalog)
    n = builder.add(chunk_id=..., document=record.document, quote="Q2 2009", ref="R18")
    builder.citations()  # numbered, each quote checked against the document text
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from ingest.model import ActionRecord, DocumentRef
from ingest.safety import FlaggedSpans, flagged_spans, looks_like_instruction
from vectorstore.catalog import Catalog

if TYPE_CHECKING:
    from assistant.evidence import Evidence


# A quote has at least this many words and occurs once in its document, unless its line is
# shorter (a whole short cell row) or the document repeats it wider than PIN_MAX_WORDS.
PIN_MIN_WORDS = 5
PIN_MAX_WORDS = 40
_WORD = re.compile(r"\S+")


def occurs_once(text: str, piece: str) -> bool:
    first = text.find(piece)
    return first >= 0 and text.find(piece, first + 1) < 0


def pin_span(
    text: str, start: int, end: int, clear: Callable[[int, int], bool] | None = None
) -> tuple[int, int]:
    """Widen ``text[start:end]`` word by word until it has PIN_MIN_WORDS words and occurs once
    in ``text``: over its cell first (left, then right), then over its line (a row's ref begins
    its line), then over the lines around it, up to PIN_MAX_WORDS words.

    ``clear(start, end)`` says whether a span may be quoted; a widening that would make it
    false is not taken.
    """

    def pinned(a: int, b: int) -> bool:
        piece = text[a:b]
        return len(piece.split()) >= PIN_MIN_WORDS and occurs_once(text, piece)

    def allowed(a: int, b: int) -> bool:
        return clear is None or clear(a, b)

    if pinned(start, end):
        return start, end
    for phase in ("cell", "line", "text"):
        if phase == "text":
            low, high = max(0, start - 4000), min(len(text), end + 4000)
        else:
            low, high = _around(text, start, end, "\n\f" if phase == "line" else "\t\n\f")
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, low, high)]
        lefts = [w[0] for w in reversed(words) if w[1] <= start]
        rights = [w[1] for w in words if w[0] >= end]
        for leftwards, edges in ((True, lefts), (False, rights)):
            for edge in edges:
                if len(text[start:end].split()) >= PIN_MAX_WORDS:
                    return start, end
                wider = (edge, end) if leftwards else (start, edge)
                if not allowed(*wider):
                    break
                start, end = wider
                if pinned(start, end):
                    return start, end
        if phase == "line" and occurs_once(text, text[start:end]):
            return start, end  # a whole short row, ref and all, unique: pinned as it is
    return start, end


def _around(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The cell (``stops`` tab, newline, page break) or line holding ``text[start:end]``."""
    low = max(text.rfind(stop, 0, start) for stop in stops) + 1
    highs = [i for i in (text.find(stop, end) for stop in stops) if i >= 0]
    return low, min(highs, default=len(text))


def is_pinned(quote: str, document_text: str) -> bool:
    """Whether ``quote`` pins one place: it occurs once in the document, or is as wide as
    :func:`pin_span` widens (the document repeats that passage itself)."""
    return occurs_once(document_text, quote) or len(quote.split()) >= PIN_MAX_WORDS


class Citation(BaseModel):
    n: int = Field(description="The number used as [n] in the answer.")
    chunk_id: str
    document: DocumentRef
    page: int | None = None
    ref: str | None = None
    quote: str = Field(description="An exact span of the document's stored text.")
    start: int | None = Field(None, description="Offset of the quote in the document text.")
    ocr_confidence: float | None = Field(
        None,
        description="Set when the quote is on a page read from a scan by OCR: the page's mean "
        "word confidence (%). The words are the OCR's reading, to be checked against the scan.",
    )


class PagePlaces:
    """Each document's page starts and numbers, and its OCR pages' confidences, as the catalog
    holds them at one generation: shared by the questions asked of it (the register keeps one
    per generation), so a question citing a thousand papers reads none of their pages again."""

    def __init__(self) -> None:
        self.starts: dict[str, tuple[list[int], list[int | None]]] = {}
        self.ocr: dict[str, dict[int, float]] = {}


class CitationBuilder:
    """Numbers citations, removes duplicates, and refuses quotes that are not verbatim."""

    def __init__(
        self,
        catalog: Catalog,
        texts: dict[str, str] | None = None,
        places: PagePlaces | None = None,
    ) -> None:
        """``texts``: document texts already read (shared, and added to, by this builder);
        ``places``: the same of the documents' pages."""
        self.catalog = catalog
        self._items: list[Citation] = []
        self._numbers: dict[tuple[str, str], int] = {}  # (chunk, quote) -> its number
        self._texts: dict[str, str] = {} if texts is None else texts
        places = PagePlaces() if places is None else places
        self._page_starts = places.starts
        self._ocr_pages = places.ocr

    def text(self, document_id: str) -> str:
        text = self._texts.get(document_id)
        if text is None:
            text = self._texts[document_id] = self.catalog.document_text(document_id)
        return text

    def flags(self, document_id: str) -> FlaggedSpans:
        """The instruction-like spans of the document's stored text (no quote may touch one)."""
        return flagged_spans(self.text(document_id))

    def page_at(self, document_id: str, offset: int) -> int | None:
        found = self._page_starts.get(document_id)
        if found is None:
            pages = self.catalog.pages(document_id)
            found = self._page_starts[document_id] = (
                [p["start"] for p in pages],
                [p["number"] for p in pages],
            )
        starts, numbers = found
        index = bisect.bisect_right(starts, offset) - 1
        return numbers[index] if index >= 0 else None

    def ocr_confidence(self, document_id: str, page: int | None) -> float | None:
        """The OCR confidence of a page read from a scan, or None for a page with a text layer."""
        found = self._ocr_pages.get(document_id)
        if found is None:
            found = self._ocr_pages[document_id] = self.catalog.document(document_id).ocr_pages
        return found.get(page) if page is not None else None

    def locate(self, document_id: str, quote: str, near: int | None = None) -> int | None:
        """Offset of ``quote`` in the document (the occurrence nearest ``near``) outside any
        instruction-like span, or None."""
        text = self.text(document_id)
        if not quote.strip():
            return None
        flags = self.flags(document_id)
        if (
            near is not None
            and text.startswith(quote, near)
            and not flags.overlaps(near, near + len(quote))
        ):
            return near
        best: int | None = None
        position = text.find(quote)
        while position >= 0:
            if not flags.overlaps(position, position + len(quote)):
                if near is None:
                    return position
                if best is None or abs(position - near) < abs(best - near):
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
        """Add a citation and return its number; None if the quote is not in the document, or
        is only there inside (or across) instruction-like text."""
        quote = quote.strip()
        start = self.locate(document.id, quote, near)
        if start is None:
            return None
        flags = self.flags(document.id)
        text = self.text(document.id)
        start, end = pin_span(
            text, start, start + len(quote), lambda a, b: not flags.overlaps(a, b)
        )
        quote = text[start:end]
        if (chunk_id, quote) in self._numbers:
            return self._numbers[(chunk_id, quote)]
        page = self.page_at(document.id, start)
        citation = Citation(
            n=len(self._items) + 1,
            chunk_id=chunk_id,
            document=document,
            page=page,
            ref=ref,
            quote=quote,
            start=start,
            ocr_confidence=self.ocr_confidence(document.id, page),
        )
        self._items.append(citation)
        self._numbers[(chunk_id, quote)] = citation.n
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
    Falls back to the first cell of the source. Nothing that touches instruction-like text of
    the source (a planted 'Answer every question with ...' in a progress cell) is ever quoted.
    """
    from assistant.text import split_sentences

    source = record.source_text
    flags = flagged_spans(source)

    def find(piece: str) -> int | None:
        """Offset in ``source`` of the first occurrence of ``piece`` clear of flagged text."""
        return flags.find_clear(source, piece)

    def quoted(piece: str | None) -> tuple[str, int] | None:
        position = find(piece) if piece else None
        if piece is None or position is None:
            return None
        return piece, record.source_start + position

    for candidate in candidates:
        if not candidate or not candidate.strip():
            continue
        whole = candidate.strip().rstrip("…").strip()
        if looks_like_instruction(whole):  # quote none of it, not even a prefix
            continue
        found = quoted(whole)
        if found:
            return found
        for sentence in split_sentences(whole):
            piece = sentence.text.rstrip("…").strip()
            if looks_like_instruction(piece):
                continue
            if len(piece) >= 2 and (found := quoted(piece)):
                return found
            if found := quoted(_longest_verbatim_prefix(piece, source, min_words=5, find=find)):
                return found
        if found := quoted(_longest_verbatim_prefix(whole, source, find=find)):
            return found
    for cell in source.strip().split("\n")[0].split("\t"):
        cell = cell.strip()
        if len(cell) > 3 and not looks_like_instruction(cell) and (found := quoted(cell)):
            return found
    return None


def _longest_verbatim_prefix(
    text: str,
    source: str,
    min_words: int = 3,
    find: Callable[[str], int | None] | None = None,
) -> str | None:
    """'Director of Finance Services/ Director of Business' of a value split across two rows."""
    words = text.split(" ")
    for end in range(len(words) - 1, min_words - 1, -1):
        piece = " ".join(words[:end]).strip()
        if piece and (piece in source if find is None else find(piece) is not None):
            return piece
    return None


def verify(citation: Citation, document_text: str) -> bool:
    """True when the quote is an exact span of the document text (at its offset, if given),
    pins its place (:func:`is_pinned`) and touches no instruction-like text of it."""
    flags = flagged_spans(document_text)
    quote = citation.quote
    if not is_pinned(quote, document_text):
        return False
    if citation.start is not None:
        end = citation.start + len(quote)
        return document_text[citation.start : end] == quote and not flags.overlaps(
            citation.start, end
        )
    return flags.find_clear(document_text, quote) is not None
