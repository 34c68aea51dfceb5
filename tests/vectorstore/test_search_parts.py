"""BM25 query building, rank fusion and filter translation."""

from __future__ import annotations

import pytest

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
