"""The catalog's chunk fields held in memory (``vectorstore.chunk_table``): every filter passes
exactly the chunks SQL selects, the filtered searches built on it rank what the catalog's
listings rank, and nothing of an older generation is served after the record changes."""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.container import Services
from eval.latency import QUESTIONS
from vectorstore.chunk_table import chunk_table
from vectorstore.filters import SearchFilters
from vectorstore.matrix import Similarities, _top
from vectorstore.retriever import QuestionRetriever


def _sql_passing(
    services: Services, filters: SearchFilters, documents: list[str] | None
) -> set[str]:
    condition, params = filters.to_sql(documents)
    rows = services.catalog.conn.execute(f"SELECT id FROM chunks c WHERE {condition}", params)
    return {str(r[0]) for r in rows}


def _filters(services: Services) -> list[tuple[SearchFilters, list[str] | None]]:
    documents = sorted(d.id for d in services.catalog.documents())
    grid: list[tuple[SearchFilters, list[str] | None]] = []
    for year_from, year_to, kind, status, revised in itertools.product(
        (None, 2002, 2008, 2017),
        (None, 2007, 2017),
        (None, "record", "prose"),
        (None, ["complete"], ["ongoing", "not_started"]),
        (None, True, False),
    ):
        data: dict[str, Any] = {"year_from": year_from, "year_to": year_to, "kind": kind}
        data.update(status=status, has_revised=revised)
        filters = SearchFilters.model_validate({k: v for k, v in data.items() if v is not None})
        grid.append((filters, None))
    for size in (0, 1, 2, 4):
        for chosen in itertools.combinations(documents, size):
            grid.append((SearchFilters(document=list(chosen)), list(chosen)))
            grid.append((SearchFilters(document=list(chosen), kind="record"), list(chosen)))
    grid.append((SearchFilters(document=["no such id"]), ["no such id"]))
    return grid


def test_every_filter_passes_what_sql_selects(real_services: Services) -> None:
    table = chunk_table(real_services.catalog).current()
    assert table.exact and len(table) == len(real_services.catalog.chunk_ids())
    for filters, documents in _filters(real_services):
        mask = table.passing(filters, documents)
        assert mask is not None
        got = {table.ids[i] for i in np.flatnonzero(mask)}
        assert got == _sql_passing(real_services, filters, documents), filters
    assert table.passing(SearchFilters(theme=["partnership"]), None) is None  # LIKE: SQL's


def test_a_filtered_dense_search_ranks_what_the_catalog_listing_ranks(
    real_services: Services,
) -> None:
    """The in-memory filter against the pools filtered by the catalog (no similarities given:
    the retriever's own way)."""
    retriever = real_services.retriever
    checked = 0
    for question in QUESTIONS[:8]:
        vector = real_services.embedder.embed_query(question)
        prepared = retriever.dense.prepare(vector)
        assert isinstance(prepared, Similarities)
        for filters, documents in _filters(real_services)[::7]:
            fast = retriever._dense_in_memory(filters, documents, prepared)
            assert fast is not None
            assert fast == retriever._dense(vector, filters, documents, None), (question, filters)
            checked += bool(fast)
    assert checked > 50


def test_the_best_rows_are_ordered_by_score_then_by_name() -> None:
    """Ties (and the tie at the cut) ordered by name, as sorting the pairs orders them."""
    generator = random.Random(7)
    for trial in range(300):
        size = generator.randint(1, 60)
        names = [f"c{generator.randint(0, 10**6):07d}-{i}" for i in range(size)]
        pool = [0.5, 0.25, -0.125, 0.75] if trial % 2 else [generator.random() for _ in range(9)]
        scores = np.asarray([generator.choice(pool) for _ in range(size)], dtype=np.float32)
        rows = np.asarray(generator.sample(range(size), size), dtype=np.int64)
        k = generator.randint(1, size + 2)
        pairs = sorted(
            ((names[r], float(s)) for r, s in zip(rows, scores[rows], strict=True)),
            key=lambda p: (-p[1], p[0]),
        )
        assert _top(names, rows, scores[rows], k) == pairs[:k]


def test_nothing_of_an_older_generation_is_served_after_a_change(
    fake_services: Services, sample_dir: Path
) -> None:
    """A re-ingest (here: a document removed, then added back) changes the generation: the
    table, the filtered searches and a question's repeated search all see the new record."""
    services = fake_services
    files = {p.name: p for p in sorted(sample_dir.glob("*.txt"))[1:3]}  # both with prose
    services.indexer.ingest_paths(list(files.values()))
    question = QuestionRetriever(services.retriever)
    filters = SearchFilters(kind="prose", year_from=2000)
    table = chunk_table(services.catalog).current()
    assert set(table.ids) == services.catalog.chunk_ids()
    before = question.search("partnership governance", k=8, filters=filters)
    assert before.hits
    gone = services.catalog.document(before.hits[0].chunk.document_id).filename

    services.indexer.remove(gone)
    now = services.catalog.chunk_ids()
    after = question.search("partnership governance", k=8, filters=filters)
    assert after.hits and all(h.chunk.id in now for h in after.hits)
    newer = chunk_table(services.catalog).current()
    assert newer.generation > table.generation and set(newer.ids) == now
    found = services.retriever.search("risk", k=40, filters=SearchFilters(kind="record")).hits
    assert all(h.chunk.id in now for h in found)

    services.indexer.ingest_paths([files[gone]])  # back: new chunk ids, a newer generation
    now = services.catalog.chunk_ids()
    again = question.search("partnership governance", k=8, filters=filters)
    assert [h.chunk.id for h in again.hits] != [h.chunk.id for h in after.hits]
    assert all(h.chunk.id in now for h in again.hits)
    assert chunk_table(services.catalog).current().generation > newer.generation


def test_a_question_repeating_a_search_gets_the_same_hits_in_a_list_of_its_own(
    real_services: Services,
) -> None:
    question = QuestionRetriever(real_services.retriever)
    first = question.search("strategic partnerships", k=5, filters=SearchFilters(kind="record"))
    first.hits.clear()
    second = question.search("strategic partnerships", k=5, filters=SearchFilters(kind="record"))
    fresh = real_services.retriever.search(
        "strategic partnerships", k=5, filters=SearchFilters(kind="record")
    )
    assert [h.chunk.id for h in second.hits] == [h.chunk.id for h in fresh.hits]
    assert [h.score for h in second.hits] == pytest.approx([h.score for h in fresh.hits])


def test_a_filter_is_empty_only_when_no_field_is_set() -> None:
    """``is_empty`` names the fields: a field added to the filters must be added there too."""
    values: dict[str, Any] = {
        "year_from": 2000,
        "year_to": 2000,
        "document": [],
        "status": ["complete"],
        "theme": ["partnership"],
        "has_revised": False,
        "kind": "record",
    }
    assert set(values) == set(SearchFilters.model_fields)
    assert SearchFilters().is_empty()
    for name, value in values.items():
        assert not SearchFilters.model_validate({name: value}).is_empty(), name
