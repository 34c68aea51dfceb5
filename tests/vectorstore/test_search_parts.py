"""BM25 query building and pruning, rank fusion, filter translation and filtered dense search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import vectorstore.bm25 as bm25_module
import vectorstore.retriever as retriever_module
from assistant.container import Services
from ingest.errors import InvalidRequest
from vectorstore.bm25 import fts_match, query_terms
from vectorstore.chunk_table import chunk_table
from vectorstore.dense import ScaledDense
from vectorstore.filters import SearchFilters
from vectorstore.fusion import reciprocal_rank_fusion
from vectorstore.identifiers import as_held, identifiers
from vectorstore.matrix import VectorMatrix


def matrix_of(services: Services) -> VectorMatrix:
    dense = services.retriever.dense
    assert isinstance(dense, ScaledDense)
    return dense.matrix


def test_query_terms_drop_stopwords_and_quote_syntax() -> None:
    assert query_terms("Which of the partnership actions slipped since 2008?") == [
        "partnership",
        "actions",
        "slipped",
        "since",
        "2008",
    ]
    assert fts_match(query_terms('R18 "NEAR" OR * col:x')) == '"r18" OR "near" OR "col"'
    assert query_terms("the of and") == []


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


@pytest.mark.parametrize("oversample", [(4, 100), (1,)], ids=["post-filter", "matrix"])
@pytest.mark.parametrize("data", FILTERS)
def test_filtered_dense_search_equals_chromas_filter(
    fake_services: Services,
    sample_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: dict[str, object],
    oversample: tuple[int, ...],
) -> None:
    """Post-filtering oversampled results and exact ranking over the in-memory matrix both
    return what Chroma's own ``where`` returns: the filtered set's nearest chunks, in order."""
    monkeypatch.setattr(retriever_module, "DENSE_OVERSAMPLE", oversample)
    fake_services.indexer.ingest_paths([sample_dir])
    retriever = fake_services.retriever
    retriever.candidates = 10  # both strategies are reachable on 94 chunks
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


def test_the_vector_matrix_follows_ingest_and_removal(
    fake_services: Services, sample_dir: Path
) -> None:
    """The in-memory copy of the vectors gains new chunks and drops removed ones when the
    index changes, and ranks exactly what the vector index ranks."""
    indexer, matrix = fake_services.indexer, matrix_of(fake_services)
    first = sample_dir / "000_f60702f293bad3c1.txt"
    indexer.ingest_paths([first])
    matrix.sync()
    assert len(matrix) == len(fake_services.catalog.chunk_ids()) > 0
    indexer.ingest_paths([sample_dir])
    every = sorted(fake_services.catalog.chunk_ids())
    vector = fake_services.embedder.embed_query("partnership governance")
    expected = fake_services.vectors.query(vector, 5)
    got = matrix.rank(vector, every, 5)
    assert len(matrix) == len(every) == 94
    assert [c for c, _ in got] == [c for c, _ in expected]
    assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-5)

    indexer.remove("000_f60702f293bad3c1.txt")
    remaining = fake_services.catalog.chunk_ids()
    assert matrix.rank(vector, every, 94)  # removed ids are ignored, not an error
    assert {c for c, _ in matrix.rank(vector, every, 94)} == remaining
    assert len(matrix) == len(remaining) < 94
    assert matrix.rank(vector, [], 5) == [] and matrix.rank(vector, every, 0) == []


def test_the_vector_matrix_serves_unfiltered_search_and_closes_the_index(
    fake_services: Services, sample_dir: Path
) -> None:
    """Once the matrix has read the vectors it ranks all of them exactly as the index does,
    and the index is closed (its in-memory copy let go) until something needs it again."""
    closed: list[int] = []
    vectors = fake_services.vectors
    close = vectors.close

    def counting_close() -> None:
        closed.append(1)
        close()

    vectors.close = counting_close  # type: ignore[method-assign]
    fake_services.indexer.ingest_paths([sample_dir])
    matrix = matrix_of(fake_services)
    matrix.sync()
    assert closed == [1]
    matrix.sync()  # nothing new to read: the index stays closed
    assert closed == [1]
    vector = fake_services.embedder.embed_query("risk management strategy")
    got = matrix.nearest(vector, 8)
    expected = vectors.query(vector, 8)  # opens the index again
    assert [c for c, _ in got] == [c for c, _ in expected]
    assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-5)


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


@pytest.mark.parametrize("oversample", [50, 1], ids=["ranked-then-filtered", "joined"])
@pytest.mark.parametrize("data", FILTERS)
def test_filtered_keyword_search_equals_the_joined_query(
    fake_services: Services,
    sample_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: dict[str, object],
    oversample: int,
) -> None:
    """Ranking in FTS5 and keeping the best that pass a filter gives the filtered ranking
    (bm25 uses the whole index's statistics); too few passing ranks the passing rows in memory,
    never joining every match in SQL (slow under a filter of thousands of papers)."""
    monkeypatch.setattr(bm25_module, "FILTER_OVERSAMPLE", oversample)
    fake_services.indexer.ingest_paths([sample_dir])
    retriever = fake_services.retriever
    joined: list[str] = []
    original = retriever.lexical._joined

    def counted(*args: Any) -> list[tuple[str, float]]:
        joined.append("joined")
        return original(*args)

    monkeypatch.setattr(retriever.lexical, "_joined", counted)
    filters = SearchFilters.parse(data)
    document_ids = retriever.resolve_documents(filters)
    condition, params = filters.to_sql(document_ids)
    for query in ("partnership governance", "risk register", "budget savings"):
        match = " OR ".join(f'"{t}"' for t in query.split())
        expected = [
            (str(r["id"]), -float(r["score"]))
            for r in fake_services.catalog.conn.execute(
                "SELECT c.id AS id, bm25(chunks_fts) AS score FROM chunks_fts "
                "JOIN chunks c ON c.rowid = chunks_fts.rowid "
                f"WHERE chunks_fts MATCH ? AND {condition} ORDER BY score, c.id LIMIT 5",
                [match, *params],
            )
        ]
        got = retriever.lexical._ranked(query.split(), 5, filters, document_ids)
        assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-9)
        assert (
            {c for c, s in got if s > expected[-1][1] + 1e-9}
            == {c for c, s in expected if s > expected[-1][1] + 1e-9}
            if expected
            else got == []
        )
    table = chunk_table(fake_services.catalog).current()
    if table is not None and table.passing(filters, document_ids) is not None:
        assert joined == []  # the fields in memory decide the filter: no SQL join


def test_identifiers_read_any_house_style_of_ref() -> None:
    """Refs of shapes no bundled paper uses are read; quarters, month-years and years are not."""
    text = "Who owns IA/19/02, QX-07 and gov12, due Mar-20 in Q3, per the MOPAC 2017 report?"
    assert identifiers(text) == ["IA/19/02", "QX-07", "GOV12"]
    assert identifiers("Is HMIC 4 done? And Item 3?") == ["HMIC 4", "3"]
    assert identifiers("r18 and R18") == ["R18"]


def test_an_acronym_prefixed_ref_is_read_as_the_data_holds_it() -> None:
    held = {"R1", "HMIC R4"}
    assert as_held(["PURE R1", "HMIC R4", "QX-07"], held.__contains__) == ["R1", "HMIC R4", "QX-07"]
