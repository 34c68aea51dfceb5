"""The register's position arrays give exactly what the record-by-record definitions give."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from assistant.register import RecordQuery, Register, record_text, record_year
from assistant.service import Assistant
from assistant.text import stem_of, stems
from assistant.threads import when
from ingest.errors import UnknownDocument

QUERIES = [
    RecordQuery(),
    RecordQuery(status=["ongoing"]),
    RecordQuery(status=["partial", "ongoing"], theme=["partnership"]),
    RecordQuery(theme=["risk"], since=2008),
    RecordQuery(since=2009, until=2010),
    RecordQuery(until=2005, status=["complete"]),
    RecordQuery(ref=["r18", "HMIC R4"]),
    RecordQuery(revised=True),
    RecordQuery(revised=False, status=["ongoing"]),
    RecordQuery(slipped=True, theme=["partnership"]),
    RecordQuery(owner="director", status=["ongoing", "partial"]),
    RecordQuery(priority="high"),
    RecordQuery(no_due=True),
    RecordQuery(owner="director", owner_only=True),
    RecordQuery(owner="Director of Finance Services", priority="high"),
    RecordQuery(priority="not high"),
    RecordQuery(priority="Essential or High", status=["ongoing", "partial", "not_started"]),
]


@pytest.fixture(scope="module")
def register(assistant: Assistant) -> Register:
    return assistant.register


@pytest.mark.parametrize("query", QUERIES, ids=[str(i) for i in range(len(QUERIES))])
def test_select_equals_checking_every_record(register: Register, query: RecordQuery) -> None:
    query.validate()
    expected = [r.id for r in register.all() if register.matches(r, query)]
    assert [r.id for r in register.query(query)] == expected
    assert expected and (query == RecordQuery() or len(expected) < len(register.all()))


def test_document_and_section_filters_use_ids_and_file_names(register: Register) -> None:
    record = next(r for r in register.all() if r.section)
    by_id = register.query(RecordQuery(document=[record.document.id], section=record.section))
    by_name = register.query(
        RecordQuery(document=[record.document.filename], section=record.section)
    )
    assert by_id == by_name and record in by_id
    assert all(r.section == record.section for r in by_id)
    with pytest.raises(UnknownDocument):
        register.select(RecordQuery(document=["no-such-paper.pdf"]))


def test_years_without_a_date_never_match_a_year_window(register: Register) -> None:
    undated = [r for r in register.all() if record_year(r) is None]
    found = {r.id for r in register.query(RecordQuery(since=1900))}
    assert not any(r.id in found for r in undated)
    assert len(found) == sum(1 for r in register.all() if record_year(r) is not None)


@pytest.mark.parametrize(
    "words", [["partnership"], ["risk", "management"], ["hmic", "income", "generation"]]
)
def test_topic_shares_equal_the_share_record_by_record(
    register: Register, assistant: Assistant, words: list[str]
) -> None:
    weights = {stem_of(w): assistant.stats.idf(w) for w in words}
    positions = np.arange(len(register.all()), dtype=np.int32)
    shares = register.topic_shares(positions, weights)
    total = sum(weights.values())
    expected = [
        sum(weight for stem, weight in weights.items() if stem in stems(record_text(r))) / total
        for r in register.all()
    ]
    assert shares.tolist() == pytest.approx(expected, abs=1e-12)
    some = register.all()[::7]
    assert register.topic_share_of(some, weights) == pytest.approx(expected[::7], abs=1e-12)
    odd = positions[1::2][::-1]  # any subset, in any order
    assert register.topic_shares(odd, weights).tolist() == pytest.approx(
        [expected[p] for p in odd.tolist()], abs=1e-12
    )
    assert 0 < sum(s >= 0.6 for s in expected) < len(expected)
    having = set(register.mentioning([stem_of(w) for w in words]).tolist())
    assert having == {p for p, share in enumerate(expected) if share > 0}


def test_orders_equal_the_python_sorts(register: Register) -> None:
    records = register.all()
    positions = register.select(RecordQuery(status=["ongoing", "partial"]))
    chosen = [records[p] for p in positions.tolist()]
    chronological = sorted(chosen, key=lambda r: (when(r), r.document.filename, r.ordinal))
    assert register.loaded().at(register.chronological(positions)) == chronological

    rank = {r.id: i for i, r in enumerate(reversed(chosen[::3]))}
    ranked = sorted(chosen, key=lambda r: (rank.get(r.id, 10_000), when(r), r.ordinal))
    assert register.loaded().at(register.ranked(positions, rank, 10_000)) == ranked
    assert ranked != chronological


def test_a_pinned_register_reads_one_generation(register: Register) -> None:
    """Inside ``pinned`` the register is checked once: the catalog is not queried again."""
    calls = itertools.count()
    generation = register.catalog.generation

    def counting() -> int:
        next(calls)
        return generation()

    register.catalog.generation = counting  # type: ignore[method-assign]
    try:
        with register.pinned():
            first = register.loaded()
            for _ in range(50):
                assert register.loaded() is first
                register.of_document(first.records[0].document.id)
        assert next(calls) == 1
        register.all()
        assert next(calls) == 3  # unpinned: checked again
    finally:
        del register.catalog.generation


def test_a_memo_is_built_once_a_generation(register: Register) -> None:
    """What a question reads off every record is built once, and again when the register is
    reloaded (another generation of the catalog), never served from the old one."""
    builds = itertools.count()

    def build() -> int:
        return next(builds)

    assert register.memo("test: builds", build) == register.memo("test: builds", build) == 0
    generation, loaded = register.catalog.generation, register._loaded
    register.catalog.generation = lambda: generation() + 1  # type: ignore[method-assign]
    try:
        assert register.memo("test: builds", build) == 1  # reloaded: built again
        assert register.memo("test: builds", build) == 1
    finally:
        del register.catalog.generation
        register._loaded = loaded


def test_priorities_by_document_are_the_values_each_paper_states(register: Register) -> None:
    expected: dict[str, set[str]] = {}
    for record in register.all():
        if record.priority:
            expected.setdefault(record.document.id, set()).add(record.priority)
    assert expected and register.priorities_by_document() == expected
