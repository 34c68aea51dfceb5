"""The dense-search switch (``retrieval.matrix_max_chunks``): at most that many chunks in the
catalog, a worker ranks its in-memory matrix; above it, it holds no vectors and asks the index."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from eval.latency import QUESTIONS
from ingest.errors import ConfigError
from tests.fakes import HashingEmbedder
from vectorstore.dense import IndexDense, ScaledDense
from vectorstore.filters import SearchFilters
from vectorstore.matrix import VectorMatrix
from vectorstore.retriever import HybridRetriever

R18_OWNER = "Director of Finance Services/ Director of Business"


def scaled(services: Services) -> ScaledDense:
    dense = services.retriever.dense
    assert isinstance(dense, ScaledDense)
    return dense


def test_the_setting_is_read_and_checked() -> None:
    assert load_settings().retrieval.matrix_max_chunks == 500_000
    assert load_settings(retrieval={"matrix_max_chunks": 0}).retrieval.matrix_max_chunks == 0
    with pytest.raises(ConfigError, match="matrix_max_chunks"):
        load_settings(retrieval={"matrix_max_chunks": -1})


def test_crossing_the_threshold_drops_and_refills_the_matrix(
    tmp_path: Path, sample_dir: Path
) -> None:
    settings = load_settings(index_dir=tmp_path / "index", retrieval={"matrix_max_chunks": 50})
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    try:
        dense = scaled(services)
        first = sample_dir / "000_f60702f293bad3c1.txt"
        services.indexer.ingest_paths([first])
        small = len(services.catalog.chunk_ids())
        assert 0 < small <= 50
        assert services.retriever.search("partnership governance", k=3).hits
        assert not dense.uses_index() and dense.held() == small

        services.indexer.ingest_paths([sample_dir])  # 94 chunks: over the threshold
        assert dense.uses_index()
        hits = services.retriever.search("partnership governance", k=3).hits
        assert hits and dense.held() == 0
        filtered = services.retriever.search(
            "risk", k=5, filters=SearchFilters.parse({"kind": "record", "year_from": 2008})
        ).hits
        assert filtered and all(h.chunk.kind == "record" for h in filtered)
        assert dense.held() == 0

        for document in services.catalog.documents():  # back under it
            if document.filename != first.name:
                services.indexer.remove(document.filename)
        assert services.retriever.search("partnership governance", k=3).hits
        assert not dense.uses_index() and dense.held() == small
    finally:
        services.catalog.close()


@pytest.fixture()
def index_only(real_services: Services) -> Iterator[Services]:
    """The bundled record (real MiniLM vectors), served with the threshold at 0."""
    settings = load_settings(
        index_dir=real_services.settings.index_dir,
        embedding_query_cache=0,
        retrieval={"matrix_max_chunks": 0},
    )
    services = Services(settings, embedder=real_services.embedder)
    yield services
    services.catalog.close()


def test_a_worker_over_the_threshold_holds_no_vectors_and_still_answers(
    index_only: Services,
) -> None:
    """The API's warm-up fills no matrix, and "Who is responsible for R18?" is still right."""
    assistant = Assistant(index_only)
    with TestClient(create_app(assistant)) as client:  # runs the warm-up
        dense = scaled(index_only)
        assert dense.uses_index() and dense.held() == 0
        response = client.post("/v1/ask", json={"question": "Who is responsible for R18?"})
        assert response.status_code == 200
        body = response.json()
        assert R18_OWNER in body["answer"]
        assert any(c["ref"] == "R18" for c in body["citations"])
        search = client.get("/v1/search", params={"q": "strategic partnerships", "k": 5})
        assert search.status_code == 200 and search.json()
        assert dense.held() == 0


def test_the_index_finds_what_exact_search_finds_on_the_bundled_record(
    index_only: Services,
) -> None:
    """HNSW against the exact matrix, on the latency questions: the same best chunk for nearly
    every question and nearly all of the top 40 (HNSW tolerance)."""
    services = index_only
    matrix = VectorMatrix(services.vectors, services.catalog)
    index = IndexDense(services.vectors)
    recall, same_best = [], 0
    for question in QUESTIONS:
        vector = services.embedder.embed_query(question)
        exact = matrix.nearest(vector, 40)
        approx = index.nearest(vector, 40)
        recall.append(len({c for c, _ in exact} & {c for c, _ in approx}) / len(exact))
        same_best += exact[0][0] == approx[0][0]
        assert approx[0][1] == pytest.approx(exact[0][1], abs=1e-4)
    assert statistics.mean(recall) >= 0.95
    assert same_best >= len(QUESTIONS) - 1
    # and the hybrid search a user sees: the same top hits either way
    exact_retriever = HybridRetriever(
        services.catalog, services.vectors, services.embedder, services.lexical, dense=matrix
    )
    for question in QUESTIONS[:10]:
        got = [h.chunk.id for h in services.retriever.search(question, k=5).hits]
        want = [h.chunk.id for h in exact_retriever.search(question, k=5).hits]
        assert len(set(got) & set(want)) >= 4, question
