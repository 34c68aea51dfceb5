"""What a composer may read for one question, and the contract of an answerer.

Composers read the record only through :class:`AnswerContext`: the register (records and
their filters), retrieval, term statistics, the documents, and the catalog's texts and chunks
through the methods here, never its SQL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from assistant.analysis import QueryAnalysis
from assistant.analysis.names import item_nouns
from assistant.answers.model import Answer
from assistant.citations import CitationBuilder, PagePlaces
from assistant.register import Register
from assistant.text import TermStats
from ingest.model import Chunk, DocumentInfo, DocumentRef
from vectorstore.catalog import Catalog
from vectorstore.filters import SearchFilters
from vectorstore.retriever import QuestionRetriever
from vectorstore.word_file import WordVectorFile


class _Refs(Mapping[str, DocumentRef]):
    """Document references by id, each made on first use."""

    def __init__(self, documents: list[DocumentInfo]) -> None:
        self._documents = {d.id: d for d in documents}
        self._refs: dict[str, DocumentRef] = {}

    def __getitem__(self, document_id: str) -> DocumentRef:
        ref = self._refs.get(document_id)
        if ref is None:
            ref = self._refs[document_id] = self._documents[document_id].ref()
        return ref

    def __iter__(self) -> Iterator[str]:
        return iter(self._documents)

    def __len__(self) -> int:
        return len(self._documents)


class DocumentTexts(dict[str, str]):
    """Document texts as the catalog holds them at one generation, shared by the questions
    asked of it (the register keeps one per generation): a question citing a thousand papers
    reads none of them again. The last ``limit`` read are kept."""

    def __init__(self, limit: int = 2048) -> None:
        super().__init__()
        self.limit = limit
        self._lock = threading.Lock()

    def __setitem__(self, document_id: str, text: str) -> None:
        with self._lock:
            super().__setitem__(document_id, text)
            while len(self) > self.limit:
                super().__delitem__(next(iter(self)))  # the first read of those kept


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
    # the papers' word vectors kept between processes (None: embedded anew in each)
    word_file: WordVectorFile | None = None
    # read once per question: a composer may quote one document many times
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    # the same of the documents' page starts (the register keeps one per generation)
    places: PagePlaces = field(default_factory=PagePlaces, repr=False)
    _refs: _Refs | None = field(default=None, init=False, repr=False)
    _years: dict[str, int | None] | None = field(default=None, init=False, repr=False)
    _span: tuple[str | None] | None = field(default=None, init=False, repr=False)

    def document_refs(self) -> Mapping[str, DocumentRef]:
        """Each document's reference by id, made when first asked for (a question's hits name
        a few of the thousands of documents a large record holds)."""
        if self._refs is None:
            self._refs = _Refs(self.documents)
        return self._refs

    def years(self) -> dict[str, int | None]:
        if self._years is None:
            self._years = {d.id: d.year for d in self.documents}
        return self._years

    def documents_of(self, ids: list[str]) -> list[DocumentInfo]:
        """The documents ``ids`` names, in the record's order (the ids as a set: at 100k chunks
        one paper's name may pick thousands of papers)."""
        wanted = set(ids)
        return [d for d in self.documents if d.id in wanted] if wanted else []

    def document_text(self, document_id: str) -> str:
        """The document's stored text (read from the catalog once per question, or once a
        generation when ``texts`` is the generation's :class:`DocumentTexts`)."""
        text = self.texts.get(document_id)
        if text is None:
            text = self.texts[document_id] = self.catalog.document_text(document_id)
        return text

    def chunks(self, ids: list[str]) -> dict[str, Chunk]:
        """Chunks by id (those the catalog still holds)."""
        return self.catalog.chunks(ids)

    def record_chunk_id(self, record_id: str) -> str | None:
        """The chunk of a record, to cite it by: a register record's from the register's
        chunk ids (read once a generation: a count over a thousand papers cites thousands of
        rows), any other's from the catalog."""
        loaded = self.register.loaded()
        position = loaded.position.get(record_id)
        chunk_ids = self.register.chunk_ids() if position is not None else ()
        if position is None or self.register.loaded() is not loaded:  # or reloaded meanwhile
            return self.catalog.record_chunk_id(record_id)
        return chunk_ids[position] or None

    def first_chunk_id(self, document_id: str) -> str | None:
        """A chunk of the document to attribute a front-matter citation to."""
        return self.catalog.first_chunk_id(document_id)

    def prose_chunk_ids(self, document_id: str, limit: int) -> list[str]:
        """The document's first prose chunks, in reading order."""
        return self.catalog.prose_chunk_ids(document_id, limit)

    def row_nouns(self) -> set[str]:
        """What the papers call their rows (:func:`item_nouns`), read once a generation."""
        return self.register.memo(
            "row nouns", lambda: item_nouns(self.documents, self.register.all())
        )

    def span(self, documents: list[DocumentInfo] | None = None) -> str | None:
        """The years ``documents`` (else all) cover: '2002–2017', '2009', None for none. The
        span of the whole record is read once a question (thousands of papers at 100k)."""
        every = not documents or documents is self.documents
        if every and self._span is not None:
            return self._span[0]
        years = [d.year for d in (documents or self.documents) if d.year]
        span = None
        if years:
            first, last = min(years), max(years)
            span = str(first) if first == last else f"{first}–{last}"
        if every:
            self._span = (span,)
        return span

    def searched(self) -> list[DocumentInfo]:
        """Documents within the user's document and year filters."""
        docs = self.documents
        f = self.filters
        if f.document:
            wanted = set(f.document)  # may name thousands (a part asked within another's papers)
            docs = [d for d in docs if d.id in wanted or d.filename in wanted]
        if f.year_from is not None:
            docs = [d for d in docs if d.year is not None and d.year >= f.year_from]
        if f.year_to is not None:
            docs = [d for d in docs if d.year is not None and d.year <= f.year_to]
        return docs

    def citations(self) -> CitationBuilder:
        return CitationBuilder(self.catalog, self.texts, self.places)


class Answerer(Protocol):
    """Anything that turns an analysed question into an :class:`Answer`."""

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        """Answer ``q`` from the record in ``context``."""
        ...
