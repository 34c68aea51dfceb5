"""BM25 query building and pruning, rank fusion, filter translation and filtered dense search."""

from __future__ import annotations

from pathlib import Path

import pytest

import vectorstore.retriever as retriever_module
from assistant.container import Services
from ingest.errors import InvalidRequest
from vectorstore.bm25 import fts_query, query_terms
from vectorstore.filters import SearchFilters
from vectorstore.fusion import reciprocal_rank_fusion
from vectorstore.retriever import identifiers


def test_query_terms_drop_stopwords_and_quote_syntax() -> None:
    assert query_terms("Which of the partnership actions slipped since 2008?") == [
        "partnership",
        "actions",
        "slipped",
        "since",
        "2008",
    ]
    assert fts_query('R18 "NEAR" OR * col:x') == '"r18" OR "near" OR "col"'
    assert fts_query("the of and") is None


def test_identifiers() -> None:
    assert identifiers("What did R18 say, and HMIC R4 and BVPI 153b, item 4, 1.2?") == [
        "R18",
        "HMIC R4",
        "BVPI 153B",
        "4",
        "1.2",
    ]


def test_rrf_rewards_agreement() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]], k=60)
    assert [i for i, _ in fused][:2] == ["a", "b"] or [i for i, _ in fused][:2] == ["b", "a"]
    assert {i for i, _ in fused} == {"a", "b", "c", "d"}
    weighted = reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0, 2.0])
    assert weighted[0][0] == "b"


def test_filters_translate_to_chroma_and_sql() -> None:
    filters = SearchFilters.parse(
        {"year_from": 2008, "theme": ["partnerships"], "status": ["ongoing"], "has_revised": True}
    )
    assert filters.theme == ["partnership"]
    where = filters.to_chroma_where(["doc-a"])
    assert where == {
        "$and": [
            {"year": {"$gte": 2008}},
            {"document_id": {"$in": ["doc-a"]}},
            {"status": {"$in": ["ongoing"]}},
            {"theme_partnership": True},
            {"has_revised": True},
        ]
    }
    sql, params = filters.to_sql(["doc-a"])
    assert "c.year >= ?" in sql and params[0] == 2008 and "%|partnership|%" in params
    assert SearchFilters().to_chroma_where() is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "red"}, "colour"),
        ({"status": ["finished"]}, "status"),
        ({"theme": ["astrology"]}, "unknown theme"),
        ({"year_from": "soon"}, "year_from"),
    ],
)
def test_bad_filters_are_named(data: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidRequest, match=message):
        SearchFilters.parse(data)


FILTERS = [
    {"kind": "record"},
    {"year_from": 2008},
    {"document": ["002_93be34f48625d430-txt"]},
    {"theme": ["partnership"], "status": ["ongoing", "partial"]},
    {"year_from": 2030},
]


@pytest.mark.parametrize(
    ("oversample", "exact_max"),
    [((4, 100), 3000), ((1,), 3000), ((1,), 0)],
    ids=["post-filter", "exact", "chroma-where"],
)
@pytest.mark.parametrize("data", FILTERS)
def test_filtered_dense_search_equals_chromas_filter(
    fake_services: Services,
    sample_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: dict[str, object],
    oversample: tuple[int, ...],
    exact_max: int,
) -> None:
    """Post-filtering oversampled results, exact ranking of a narrow filter's vectors, and
    Chroma's own ``where`` all return the filtered set's nearest chunks, in order."""
    monkeypatch.setattr(retriever_module, "DENSE_OVERSAMPLE", oversample)
    monkeypatch.setattr(retriever_module, "EXACT_SEARCH_MAX", exact_max)
    fake_services.indexer.ingest_paths([sample_dir])
    retriever = fake_services.retriever
    retriever.candidates = 10  # several strategies are reachable on 95 chunks
    filters = SearchFilters.parse(data)
    document_ids = retriever.resolve_documents(filters)
    for query in ("partnership governance", "risk register", "budget savings"):
        vector = fake_services.embedder.embed_query(query)
        expected = fake_services.vectors.query(
            vector, retriever.candidates, filters.to_chroma_where(document_ids)
        )
        got = retriever._dense(vector, filters, document_ids)
        assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-5)
        scores = [s for _, s in expected]
        for n, (cid, score) in enumerate(expected):  # ties may come in either order
            tied = sum(abs(score - other) < 1e-5 for other in scores) > 1
            if not tied and abs(score - scores[-1]) > 1e-5:  # the last may tie beyond the cut
                assert got[n][0] == cid


def test_bm25_leaves_out_terms_in_most_chunks_without_changing_the_ranking(
    fake_services: Services, sample_dir: Path
) -> None:
    fake_services.indexer.ingest_paths([sample_dir])
    lexical = fake_services.retriever.lexical
    common = max(
        ("actions", "action", "progress", "recommendation"),
        key=lambda t: lexical.frequencies([t])[0][t],
    )
    df, total = lexical.frequencies([common, "partnership"])
    assert df[common] >= total / 2 > df["partnership"] > 0  # the premise of the test
    assert lexical.informative_terms([common, "partnership"]) == ["partnership"]
    assert lexical.informative_terms([common]) == [common]
    full = lexical._ranked([common, "partnership"], 5, SearchFilters(), None)
    pruned = lexical.search(f"{common} partnership", 5)
    assert [i for i, _ in pruned] == [i for i, _ in full]
    # too few rows for the informative terms alone: the full query fills the list
    everything = lexical.search(f"{common} partnership", 60)
    assert len(everything) == 60
    assert [i for i, _ in everything[:5]] == [i for i, _ in pruned]
