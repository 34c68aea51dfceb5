"""A search whose dense part ranks by a chunk's stored vector (a row's re-reports are sought
by the row's own meaning, without embedding its wording again)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.container import Services
from vectorstore.filters import SearchFilters
from vectorstore.matrix import VectorMatrix
from vectorstore.retriever import QuestionRetriever

RECORDS = SearchFilters(kind="record")


def _matrix(services: Services) -> VectorMatrix:
    matrix = services.retriever.matrix()
    assert isinstance(matrix, VectorMatrix)
    return matrix


def test_a_rows_stored_vector_finds_the_row_itself_first(real_services: Services) -> None:
    question = QuestionRetriever(real_services.retriever)
    hits = question.search("contracts database", k=3, filters=RECORDS).hits
    row = hits[1].chunk
    vector = _matrix(real_services).vector(row.id)
    assert vector is not None and np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)

    near = question.search_near(row.id, "contracts database", k=5, filters=RECORDS).hits
    by_id = {h.chunk.id: h for h in near}
    assert row.id in by_id and by_id[row.id].dense_score == pytest.approx(1.0, abs=1e-4)
    assert (hits[1].dense_score or 0.0) < 0.95  # the text alone is not that near the row


def test_a_chunk_without_a_stored_vector_is_searched_by_its_text(real_services: Services) -> None:
    question = QuestionRetriever(real_services.retriever)
    assert _matrix(real_services).vector("no such chunk") is None
    near = question.search_near("no such chunk", "risk register", k=5, filters=RECORDS).hits
    plain = question.search("risk register", k=5, filters=RECORDS).hits
    assert near and [h.chunk.id for h in near] == [h.chunk.id for h in plain]
