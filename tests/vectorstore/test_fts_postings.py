"""FTS5's ranking from postings in memory (``vectorstore.fts_postings``) is FTS5's own, bit for
bit: every score and every tie in the same order, before and after the index changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.extract import ChunkingOptions, extract
from ingest.loaders import load_bytes
from tests.conftest import SAMPLE_DIR
from vectorstore.bm25 import SqliteBm25Index, fts_match, query_terms
from vectorstore.catalog import SqliteCatalog
from vectorstore.filters import SearchFilters
from vectorstore.fts_postings import varints

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold.jsonl"


def _store(catalog: SqliteCatalog, prefix: str) -> None:
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        data = path.read_bytes()
        extracted = extract(load_bytes(data, prefix + path.name), ChunkingOptions())
        with catalog.transaction() as tx:
            catalog.replace_document(tx, extracted, data, "pipeline-1")


def _queries(index: SqliteBm25Index) -> list[list[str]]:
    questions = [json.loads(line)["question"] for line in GOLD.read_text().splitlines()]
    queries: dict[tuple[str, ...], None] = {}
    for question in questions:
        terms = query_terms(question)
        if terms:
            queries[tuple(terms)] = None
            queries[tuple(index.informative_terms(terms))] = None
            queries[(terms[0],)] = None
    return [list(q) for q in queries]


def _fts5(catalog: SqliteCatalog, terms: list[str], n: int) -> list[tuple[int, float]]:
    rows = catalog.conn.execute(
        "SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?",
        [fts_match(terms), n],
    ).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows]


@pytest.fixture()
def catalog(tmp_path: Path) -> SqliteCatalog:
    catalog = SqliteCatalog(tmp_path / "catalog.sqlite")
    _store(catalog, "")
    _store(catalog, "copy-")  # every chunk twice: ties, which FTS5 leaves in rowid order
    return catalog


def test_rankings_equal_fts5_bit_for_bit(catalog: SqliteCatalog) -> None:
    index = SqliteBm25Index(catalog)
    queries = _queries(index)
    assert len(queries) > 100
    tied = 0
    for terms in queries:
        for n in (3, 8, 40, 2000):
            expected = _fts5(catalog, terms, n)
            assert index.postings.top(terms, n) == expected, (terms, n)
            tied += len(expected) - len({score for _, score in expected})
    assert tied > 0  # the copies did make ties, and they came out in FTS5's order


def test_a_new_generation_is_read_again(catalog: SqliteCatalog) -> None:
    index = SqliteBm25Index(catalog)
    terms = ["partnership", "risk"]
    assert index.postings.top(terms, 40) == _fts5(catalog, terms, 40)
    with catalog.transaction() as tx:
        removed = catalog.documents()[0].id
        catalog.delete_document(tx, removed)
    after = _fts5(catalog, terms, 40)
    assert index.postings.top(terms, 40) == after
    _store(catalog, "again-")
    assert index.postings.top(terms, 40) == _fts5(catalog, terms, 40) != after


def test_search_uses_the_postings_and_returns_the_same_hits(catalog: SqliteCatalog) -> None:
    index = SqliteBm25Index(catalog)
    hits = index.search("partnership governance between 2002 and 2017", 8)
    assert index.postings._state is not None and index.postings._state.terms  # used
    ids = dict(catalog.conn.execute("SELECT rowid, id FROM chunks").fetchall())
    expected = _fts5(catalog, ["partnership", "governance", "2002", "2017"], 8)
    assert hits == [(ids[rowid], -rank) for rowid, rank in expected]


def test_a_term_of_several_tokens_is_left_to_fts5(catalog: SqliteCatalog) -> None:
    index = SqliteBm25Index(catalog)
    assert index.postings.top(["o'clock"], 8) is None  # FTS5 reads it as a phrase of two


def test_varints() -> None:
    assert varints(bytes([0x05])) == [5]
    assert varints(bytes([0x86, 0x8D, 0x43, 0x01])) == [100035, 1]
    assert varints(bytes([0xFF] * 8 + [0x01])) == [(2**56 - 1) << 8 | 1]


@pytest.mark.parametrize(
    "filters",
    [
        SearchFilters(kind="record"),
        SearchFilters(kind="prose"),
        SearchFilters(year_from=2008, year_to=2012),
        SearchFilters(status=["complete"]),
    ],
)
def test_a_filtered_search_is_the_filtered_ranking(
    catalog: SqliteCatalog, filters: SearchFilters
) -> None:
    """The first window that holds k passing rows gives what joining every match gives."""
    index = SqliteBm25Index(catalog)
    condition, params = filters.to_sql(None)
    for terms in _queries(index)[:60]:
        for k in (1, 8, 40):
            expected = index._joined(fts_match(terms), k, condition, params)
            assert index._ranked(terms, k, filters, None) == expected, (terms, k)


def test_an_empty_index_matches_nothing(tmp_path: Path) -> None:
    index = SqliteBm25Index(SqliteCatalog(tmp_path / "catalog.sqlite"))
    assert index.postings.top(["risk"], 8) == []
    assert index.search("risk management", 8) == []


def test_a_search_within_a_few_documents_ranks_only_their_rows(catalog: SqliteCatalog) -> None:
    """Few rows pass a document filter: the postings rank only those, and give what joining
    every match gives."""
    index = SqliteBm25Index(catalog)
    documents = [r[0] for r in catalog.conn.execute("SELECT DISTINCT document_id FROM chunks")]
    one = sorted(documents)[:1]
    calls: list[int] = []
    within = index._within

    def counted(*args: Any) -> list[tuple[str, float]]:
        calls.append(1)
        return within(*args)

    index._within = counted  # type: ignore[method-assign,assignment]
    condition, params = SearchFilters().to_sql(one)
    used = 0
    for terms in _queries(index)[:60]:
        for k in (1, 8):
            expected = index._joined(fts_match(terms), k, condition, params)
            assert index._ranked(terms, k, SearchFilters(), one) == expected, (terms, k)
            used += bool(expected)
    assert used and calls  # some queries match inside the document, ranked by the postings


def _count(catalog: SqliteCatalog, term: str) -> int:
    return int(
        catalog.conn.execute(
            "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", [fts_match([term])]
        ).fetchone()[0]
    )


def test_warm_reads_the_commonest_tokens_within_its_bound(catalog: SqliteCatalog) -> None:
    """Warm-up reads the tokens in most rows first, never more postings than its bound, and the
    rankings stay FTS5's bit for bit."""
    index = SqliteBm25Index(catalog)
    read = index.postings.warm(budget=400)
    state = index.postings._state
    assert state is not None and state.holding is not None
    assert 0 < read <= 400 and state.held == read
    held = set(state.terms)
    commonest = max(state.holding, key=lambda t: state.holding[t] if state.holding else 0)
    assert commonest in held
    # a token left out is in no more rows than the rarest read
    rarest_read = min(state.holding[t] for t in held)
    assert all(n <= rarest_read for t, n in state.holding.items() if t not in held)
    for terms in _queries(index)[:80]:
        for n in (3, 40):
            assert index.postings.top(terms, n) == _fts5(catalog, terms, n), (terms, n)
    everything = SqliteBm25Index(catalog)
    assert everything.postings.warm() == sum(state.holding.values())  # all fit


def test_term_counts_from_the_vocabulary_equal_fts5s(catalog: SqliteCatalog) -> None:
    """The rows holding each term, read once from the index's vocabulary, are FTS5's own
    count; a term of several tokens is counted by FTS5."""
    index = SqliteBm25Index(catalog)
    terms = sorted({t for q in _queries(index) for t in q} | {"o'clock", "zzzunheld"})
    counts, total = index.frequencies(terms)
    assert total == catalog.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    assert counts == {t: _count(catalog, t) for t in terms}
    generation = catalog.generation()
    assert index.postings.rows_holding("o'clock", generation) is None
    assert index.postings.rows_holding("partnership", generation) == _count(catalog, "partnership")
    assert index.postings.rows_holding("partnership", generation + 1) is None


def test_warmed_postings_and_counts_are_read_again_for_a_new_generation(
    catalog: SqliteCatalog,
) -> None:
    """An ingest after the warm-up is seen by the next search and the next count."""
    index = SqliteBm25Index(catalog)
    index.postings.warm()
    terms = ["partnership", "risk"]
    before = _fts5(catalog, terms, 40)
    assert index.postings.top(terms, 40) == before
    counted = index.frequencies(terms)[0]
    assert counted == {t: _count(catalog, t) for t in terms}
    _store(catalog, "again-")
    after = _fts5(catalog, terms, 40)
    assert index.postings.top(terms, 40) == after != before
    counts = index.frequencies(terms)[0]
    assert counts == {t: _count(catalog, t) for t in terms}
    assert counts["partnership"] == counted["partnership"] * 3 // 2  # the third copy counted
