"""One contract for every catalog backend: the SQLite file and PostgreSQL.

Each backend's class provides a ``make`` fixture that opens a catalog on one store (calling it
again opens a second instance on the same store, as a second process would) and a ``lexical``
factory. The PostgreSQL class runs on a throwaway cluster (``tests/pg.py``).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ingest.errors import IndexStateError, NotFound
from ingest.extract import ChunkingOptions, extract
from ingest.loaders import load_bytes
from ingest.model import ExtractedDocument
from tests.conftest import SAMPLE_DIR
from tests.pg import Cluster
from vectorstore.bm25 import SqliteBm25Index, fts_tokens
from vectorstore.catalog import Catalog, SqliteCatalog
from vectorstore.filters import SearchFilters
from vectorstore.protocols import LexicalIndex

MakeCatalog = Callable[[], Catalog]
GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold.jsonl"
QUERIES = [
    "R18",
    "risk management",
    "partnership working with the authority",
    "internal audit recommendations",
    "who is responsible for the budget",
    "training of staff",
    "HMIC",
    "governance statement 2008",
]


@pytest.fixture(scope="module")
def sample() -> list[tuple[ExtractedDocument, bytes]]:
    out = []
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        data = path.read_bytes()
        out.append((extract(load_bytes(data, path.name), ChunkingOptions()), data))
    return out


def store(catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]) -> None:
    for extracted, data in sample:
        with catalog.transaction() as tx:
            catalog.replace_document(tx, extracted, data, "pipeline-1")


class CatalogContract:
    @pytest.fixture()
    def make(self) -> MakeCatalog:
        raise NotImplementedError

    def lexical(self, catalog: Catalog) -> LexicalIndex:
        raise NotImplementedError

    @pytest.fixture()
    def catalog(self, make: MakeCatalog) -> Iterator[Catalog]:
        catalog = make()
        yield catalog
        catalog.close()

    # -- round trips ---------------------------------------------------------------------
    def test_documents_records_chunks_and_pages_round_trip(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample)
        wanted = sorted((e for e, _ in sample), key=lambda e: e.info.filename)
        assert [d.model_dump() for d in catalog.documents()] == [
            e.info.model_dump() for e in wanted
        ]
        assert [r.model_dump() for r in catalog.records()] == [
            r.model_dump() for e in wanted for r in e.records
        ]
        every = {c.id: c for e in wanted for c in e.chunks}
        assert catalog.chunk_ids() == set(every)
        found = catalog.chunks([*every, "no-such-chunk"])
        assert {cid: c.model_dump() for cid, c in found.items()} == {
            cid: c.model_dump() for cid, c in every.items()
        }
        assert catalog.chunks([]) == {}
        first = wanted[2]
        assert catalog.chunk_ids(first.info.id) == {c.id for c in first.chunks}
        assert catalog.document(first.info.id) == first.info
        assert catalog.find_document(first.info.filename) == first.info
        assert catalog.find_document("nothing.txt") is None
        assert catalog.document_text(first.info.id) == first.text
        pages = catalog.pages(first.info.id)
        assert [p["text"] for p in pages] == [text for _, text in first.page_texts]
        assert catalog.fingerprint(first.info.id) == (first.info.sha256, "pipeline-1")
        assert catalog.fingerprint("nothing") is None
        record = first.records[0]
        chunk_id = catalog.record_chunk_id(record.id)
        assert chunk_id is not None and every[chunk_id].record_id == record.id
        refs = {c.ref for c in every.values() if c.ref}
        ref = sorted(refs)[0]
        assert set(catalog.chunk_ids_with_ref([ref.lower()])) == {
            c.id for c in every.values() if c.ref and c.ref.lower() == ref.lower()
        }
        prose = [c.id for c in first.chunks if c.kind == "prose"]
        assert catalog.prose_chunk_ids(first.info.id, 2) == prose[:2]
        first_chunk = catalog.first_chunk_id(first.info.id)
        assert first_chunk in {c.id for c in first.chunks}
        assert catalog.counts() == {
            "documents": len(sample),
            "pages": sum(len(e.page_texts) for e, _ in sample),
            "records": sum(len(e.records) for e, _ in sample),
            "chunks": len(every),
        }
        inputs = catalog.chunk_vectors_input(sorted(every)[:3])
        assert {i for i, _, _ in inputs} == set(sorted(every)[:3])
        with pytest.raises(NotFound):
            catalog.document("nothing")

    def test_source_bytes_round_trip(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        extracted, _ = sample[0]
        raw = bytes(range(256)) * 3  # any bytes, NUL and invalid UTF-8 included
        with catalog.transaction() as tx:
            catalog.replace_document(tx, extracted, raw)
        assert catalog.source(extracted.info.id) == (extracted.info.filename, raw)
        assert catalog.sources() == [(extracted.info.filename, raw)]
        assert catalog.source("nothing") is None

    def test_with_content_finds_the_same_bytes_under_another_document(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample[:2])
        info = sample[0][0].info
        assert catalog.with_content(info.sha256, other_than="other") == info
        assert catalog.with_content(info.sha256, other_than=info.id) is None
        with catalog.transaction() as tx:
            assert catalog.with_content(info.sha256, other_than="x", conn=tx) == info

    def test_delete_removes_a_document_everywhere(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample)
        extracted, _ = sample[2]
        lexical = self.lexical(catalog)
        before = catalog.generation()
        with catalog.transaction() as tx:
            removed = catalog.delete_document(tx, extracted.info.id)
        assert sorted(removed) == sorted(c.id for c in extracted.chunks)
        assert catalog.generation() > before
        assert catalog.find_document(extracted.info.id) is None
        assert catalog.chunk_ids(extracted.info.id) == set()
        assert catalog.pages(extracted.info.id) == []
        assert catalog.source(extracted.info.id) is None
        assert all(r.document.id != extracted.info.id for r in catalog.records())
        hits = lexical.search(extracted.chunks[0].text[:200], 50)
        assert hits and not {cid for cid, _ in hits} & set(removed)
        with catalog.transaction() as tx:
            assert catalog.delete_document(tx, extracted.info.id) == []

    def test_replacing_a_document_swaps_its_rows(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample[:1])
        extracted, data = sample[0]
        smaller = dataclasses.replace(extracted, chunks=extracted.chunks[:2])
        with catalog.transaction() as tx:
            catalog.replace_document(tx, smaller, data + b"!")
        assert catalog.chunk_ids() == {c.id for c in extracted.chunks[:2]}
        assert catalog.source(extracted.info.id) == (extracted.info.filename, data + b"!")
        assert catalog.counts()["documents"] == 1

    # -- atomicity and generations ------------------------------------------------------------
    def test_a_failed_transaction_leaves_nothing(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample[:1])
        generation = catalog.generation()
        extracted, data = sample[1]
        with pytest.raises(RuntimeError, match="disk full"), catalog.transaction() as tx:
            catalog.replace_document(tx, extracted, data)
            raise RuntimeError("disk full")
        assert catalog.find_document(extracted.info.id) is None
        assert catalog.chunk_ids(extracted.info.id) == set()
        assert catalog.generation() == generation
        assert self.lexical(catalog).search(extracted.chunks[0].text[:200], 5)[0][0] not in {
            c.id for c in extracted.chunks
        }

    def test_a_reader_never_sees_half_a_document(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        writer, reader = make(), make()
        extracted, data = sample[2]
        written, checked = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def write() -> None:
            try:
                with writer.transaction() as tx:
                    writer.replace_document(tx, extracted, data)
                    written.set()
                    assert checked.wait(30)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)
                written.set()

        thread = threading.Thread(target=write)
        thread.start()
        assert written.wait(30)
        try:
            assert reader.find_document(extracted.info.id) is None
            assert reader.chunk_ids() == set()
            assert reader.records() == []
            assert reader.generation() == 0
            assert self.lexical(reader).search(extracted.chunks[0].text[:200], 5) == []
        finally:
            checked.set()
            thread.join(30)
        assert not errors
        assert reader.find_document(extracted.info.id) == extracted.info
        assert reader.chunk_ids() == {c.id for c in extracted.chunks}
        assert len(reader.records()) == len(extracted.records)
        hits = self.lexical(reader).search(extracted.chunks[0].text[:200], 5)
        assert hits and {i for i, _ in hits} <= {c.id for c in extracted.chunks}
        writer.close()
        reader.close()

    def test_writers_in_two_instances_take_turns(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        """The duplicate check inside a write holds across processes: of two writers storing
        the same bytes under two names at once, the second sees the first."""
        first, _ = sample[0]
        second = dataclasses.replace(
            sample[1][0], info=sample[1][0].info.model_copy(update={"sha256": first.info.sha256})
        )
        stored: list[str] = []
        barrier = threading.Barrier(2)

        def write(catalog: Catalog, extracted: ExtractedDocument) -> None:
            barrier.wait(30)
            with catalog.transaction() as tx:
                if catalog.with_content(
                    extracted.info.sha256, other_than=extracted.info.id, conn=tx
                ):
                    return
                threading.Event().wait(0.3)  # the other writer tries meanwhile
                catalog.replace_document(tx, extracted, b"same bytes")
                stored.append(extracted.info.id)

        catalogs = [make(), make()]
        threads = [
            threading.Thread(target=write, args=(c, e))
            for c, e in zip(catalogs, (first, second), strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(stored) == 1
        assert [d.id for d in catalogs[0].documents()] == stored
        for catalog in catalogs:
            catalog.close()

    def test_generation_bumps_are_seen_by_a_second_instance(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        first, second = make(), make()
        start = second.generation()
        store(first, sample[:1])
        seen = second.generation()
        assert seen > start
        assert second.find_document(sample[0][0].info.id) == sample[0][0].info
        with first.transaction() as tx:
            first.delete_document(tx, sample[0][0].info.id)
        assert second.generation() > seen
        assert second.documents() == []
        first.close()
        second.close()

    def test_a_read_snapshot_sees_one_state(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        reader, writer = make(), make()
        store(writer, sample[:1])
        with reader.read_snapshot() as generation:
            assert reader.counts()["documents"] == 1
            store(writer, sample[1:2])
            assert reader.generation() == generation
            assert reader.counts()["documents"] == 1
            with reader.read_snapshot() as inner:  # nested: the same snapshot
                assert inner == generation
        assert reader.generation() > generation
        assert reader.counts()["documents"] == 2
        reader.close()
        writer.close()

    def test_reads_in_a_snapshot_are_of_its_generation(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        """Texts, pages, info and record chunks read (and kept, on PostgreSQL) inside a
        snapshot are its own; a replaced document is read anew in the next snapshot."""
        reader, writer = make(), make()
        extracted, data = sample[0]
        store(writer, sample[:1])
        changed = dataclasses.replace(
            extracted,
            text=extracted.text + " (revised)",
            info=extracted.info.model_copy(update={"title": "Revised"}),
            chunks=extracted.chunks[1:],
        )
        record = extracted.chunks[0].record_id
        document = extracted.info.id

        def read() -> tuple[str, int, str | None, str | None]:
            return (
                reader.document_text(document),
                len(reader.pages(document)),
                reader.document(document).title,
                reader.record_chunk_id(record) if record else None,
            )

        with reader.read_snapshot():
            before = read()
            with writer.transaction() as tx:
                writer.replace_document(tx, changed, data)
            assert read() == before
        with reader.read_snapshot():
            after = read()
        assert after[0] == extracted.text + " (revised)" and after[2] == "Revised"
        assert record is None or after[3] != before[3]
        with reader.read_snapshot():
            assert read() == after
        reader.close()
        writer.close()

    def test_meta_and_a_schema_mismatch_is_refused(self, make: MakeCatalog) -> None:
        catalog = make()
        catalog.set_meta("note", "a")
        catalog.set_meta("note", "b")
        assert catalog.get_meta("note") == "b"
        assert catalog.get_meta("missing") is None
        catalog.set_meta("schema_version", "1")
        catalog.close()
        with pytest.raises(IndexStateError, match=r"catalog schema 1, this version needs \d"):
            make()

    # -- lexical ------------------------------------------------------------------------------
    def test_lexical_search_finds_identifiers_and_filters(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        store(catalog, sample)
        lexical = self.lexical(catalog)
        every = {c.id: c for e, _ in sample for c in e.chunks}
        hits = lexical.search("R18", 5)
        assert hits and every[hits[0][0]].ref == "R18"
        assert all(a[1] >= b[1] for a, b in itertools.pairwise(hits))
        only = sample[2][0].info.id
        hits = lexical.search("risk management", 10, SearchFilters(), [only])
        assert hits and all(every[cid].document_id == only for cid, _ in hits)
        records = lexical.search("risk management", 10, SearchFilters(kind="record"))
        assert records and all(every[cid].kind == "record" for cid, _ in records)
        assert lexical.search("the of and", 5) == []
        df, total = lexical.frequencies(["risk", "risks", "zzzunknown"])
        assert total == len(every)
        assert df["risk"] == df["risks"] > 0 and df["zzzunknown"] == 0
        assert df["risk"] == sum(1 for c in every.values() if "risk" in fts_tokens(c.text))


class TestSqliteCatalog(CatalogContract):
    @pytest.fixture()
    def make(self, tmp_path: Path) -> MakeCatalog:
        return lambda: SqliteCatalog(tmp_path / "catalog.sqlite")

    def lexical(self, catalog: Catalog) -> LexicalIndex:
        return SqliteBm25Index(catalog)

    def test_the_generation_is_read_once_a_snapshot(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        """Inside a read snapshot the generation cannot change: asked again (hundreds of times
        an answer) it is the snapshot's, with no statement run; outside, it is read anew."""
        reader, writer = make(), make()
        assert isinstance(reader, SqliteCatalog)
        store(writer, sample[:1])
        statements: list[str] = []
        reader.conn.set_trace_callback(statements.append)
        with reader.read_snapshot() as generation:
            run = len(statements)
            assert {reader.generation() for _ in range(50)} == {generation}
            assert len(statements) == run  # no read
            store(writer, sample[1:2])
            assert reader.generation() == generation
            with reader.read_snapshot() as inner:
                assert inner == generation and reader.generation() == generation
            assert reader.counts()["documents"] == 1
        run = len(statements)
        assert reader.generation() > generation and len(statements) == run + 1
        reader.conn.set_trace_callback(None)
        with reader.read_snapshot() as later:  # a new snapshot, its own generation
            assert later == reader.generation() > generation
        store(writer, sample[2:3])
        assert reader.generation() > later
        reader.close()
        writer.close()


class TestPostgresCatalog(CatalogContract):
    @pytest.fixture()
    def make(self, pg_cluster: Cluster) -> MakeCatalog:
        from vectorstore.pg_catalog import PostgresCatalog

        url = pg_cluster.database()
        return lambda: PostgresCatalog(url, max_connections=4)

    def lexical(self, catalog: Catalog) -> LexicalIndex:
        from vectorstore.pg_lexical import PostgresBm25Index

        return PostgresBm25Index(catalog)

    def test_bm25_ranks_as_sqlite_fts5(
        self,
        catalog: Catalog,
        tmp_path: Path,
        sample: list[tuple[ExtractedDocument, bytes]],
    ) -> None:
        sqlite = SqliteCatalog(tmp_path / "catalog.sqlite")
        store(sqlite, sample)
        store(catalog, sample)
        fts5, pg = SqliteBm25Index(sqlite), self.lexical(catalog)
        every = {c.id: c for e, _ in sample for c in e.chunks}
        terms = sorted({t for q in QUERIES for t in q.lower().split()})
        assert pg.frequencies(terms) == fts5.frequencies(terms)
        gold = [json.loads(line)["question"] for line in GOLD.read_text().splitlines() if line]
        for query in [*QUERIES, *gold]:
            for filters in (None, SearchFilters(kind="record")):
                want, got = fts5.search(query, 8, filters), pg.search(query, 8, filters)
                assert [i for i, _ in got] == [i for i, _ in want], (query, filters)
                for (_, a), (_, b) in zip(got, want, strict=True):
                    assert a == pytest.approx(b, rel=1e-6, abs=1e-6), query
        assert len(every) == fts5.frequencies([])[1]
        sqlite.close()

    def test_filtered_rankings_match_sqlite_on_every_path(
        self,
        catalog: Catalog,
        tmp_path: Path,
        sample: list[tuple[ExtractedDocument, bytes]],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Filters by document, year, status and kind, with the oversampled ranking and with
        it too small (every match joined to the filter), and after a document is deleted
        (its terms' frequencies and the totals go down with it)."""
        from vectorstore import pg_lexical

        sqlite = SqliteCatalog(tmp_path / "catalog.sqlite")
        store(sqlite, sample)
        store(catalog, sample)
        fts5, pg = SqliteBm25Index(sqlite), self.lexical(catalog)
        document = sample[1][0].info.id
        cases = [
            (SearchFilters(), [document]),
            (SearchFilters(year_from=2008, year_to=2009), None),
            (SearchFilters(status=["complete"]), None),
            (SearchFilters(kind="prose"), None),
        ]

        def same(queries: list[str]) -> None:
            for query in queries:
                for filters, documents in cases:
                    want = fts5.search(query, 8, filters, documents)
                    got = pg.search(query, 8, filters, documents)
                    assert [i for i, _ in got] == [i for i, _ in want], (query, filters)
                    for (_, a), (_, b) in zip(got, want, strict=True):
                        assert a == pytest.approx(b, rel=1e-6, abs=1e-6), query

        same(QUERIES)
        monkeypatch.setattr(pg_lexical, "FILTER_OVERSAMPLE", 1)  # too few pass: joined
        same(QUERIES)
        for each in (sqlite, catalog):
            with each.transaction() as tx:
                each.delete_document(tx, sample[0][0].info.id)
        terms = sorted({t for q in QUERIES for t in q.lower().split()})
        assert pg.frequencies(terms) == fts5.frequencies(terms)
        same(QUERIES)
        sqlite.close()

    def test_postings_follow_their_document(
        self, catalog: Catalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        """Each chunk's postings are its FTS tokens; a deleted or replaced document's are gone,
        and the frequencies and totals are those of what is left."""
        from collections import Counter

        store(catalog, sample)
        extracted = sample[2][0]
        with catalog.transaction() as tx:
            catalog.delete_document(tx, extracted.info.id)
        replaced, data = sample[3]
        smaller = dataclasses.replace(replaced, chunks=replaced.chunks[:3])
        with catalog.transaction() as tx:
            catalog.replace_document(tx, smaller, data)
        left = [c for e, _ in sample if e is not extracted and e is not replaced for c in e.chunks]
        left += replaced.chunks[:3]
        want = {
            (c.id, term, tf, len(fts_tokens(c.text)))
            for c in left
            for term, tf in Counter(fts_tokens(c.text)).items()
        }
        got = catalog.conn.execute(
            "SELECT c.id, p.term, p.tf, p.length FROM postings p JOIN chunks c ON c.rowid = p.chunk"
        ).fetchall()
        assert {tuple(r) for r in got} == want and len(got) == len(want)
        df = Counter(t for c in left for t in set(fts_tokens(c.text)))
        stats = catalog.conn.execute("SELECT term, df FROM term_stats WHERE df > 0").fetchall()
        assert dict((str(r[0]), int(r[1])) for r in stats) == df
        assert catalog.get_meta("lexical_chunks") == str(len(left))
        assert catalog.get_meta("lexical_length") == str(sum(len(fts_tokens(c.text)) for c in left))

    def test_a_schema_2_catalog_is_migrated_in_place(
        self, make: MakeCatalog, sample: list[tuple[ExtractedDocument, bytes]]
    ) -> None:
        """A catalog written before the postings (schema 2) gets them, the frequencies and
        the totals when first opened, the same as a new write would; other versions are
        refused (test_meta_and_a_schema_mismatch_is_refused)."""
        catalog = make()
        store(catalog, sample)
        query = "SELECT term, chunk, tf, length FROM postings ORDER BY term, chunk"
        postings = catalog.conn.execute(query).fetchall()
        stats = catalog.conn.execute("SELECT term, df FROM term_stats ORDER BY term").fetchall()
        totals = [catalog.get_meta(k) for k in ("lexical_chunks", "lexical_length")]
        gold = [json.loads(line)["question"] for line in GOLD.read_text().splitlines() if line]
        ranked = {q: self.lexical(catalog).search(q, 8) for q in gold[:20]}
        with catalog.transaction() as tx:  # as schema 2 left it
            tx.execute("DROP TABLE postings, term_stats")
            tx.execute("DELETE FROM meta WHERE key IN ('lexical_chunks', 'lexical_length')")
            tx.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        catalog.close()
        migrated = make()
        assert migrated.get_meta("schema_version") == "3"
        assert migrated.conn.execute(query).fetchall() == postings
        assert (
            migrated.conn.execute("SELECT term, df FROM term_stats ORDER BY term").fetchall()
            == stats
        )
        assert [migrated.get_meta(k) for k in ("lexical_chunks", "lexical_length")] == totals
        lexical = self.lexical(migrated)
        for question, want in ranked.items():
            got = lexical.search(question, 8)
            assert [i for i, _ in got] == [i for i, _ in want], question
            assert [s for _, s in got] == pytest.approx([s for _, s in want], rel=1e-9)
        migrated.close()

    def test_an_unreachable_database_is_named(self) -> None:
        from tests.servers import free_port
        from vectorstore.pg_catalog import PostgresCatalog

        port = free_port()
        with pytest.raises(IndexStateError) as refused:
            PostgresCatalog(f"postgresql://u:secret@127.0.0.1:{port}/x")
        assert f"postgresql://u:***@127.0.0.1:{port}/x" in str(refused.value)
        assert "secret" not in str(refused.value)


END_TO_END_QUESTIONS = [
    "Who is responsible for R18?",
    "Which partnership actions slipped since 2008?",
    "Has risk management been a recurring weakness?",
    "Why was the partnership toolkit cancelled?",
    "What is the MPS policy on body-worn cameras?",
]


@pytest.mark.slow
def test_ingest_and_ask_answer_the_same_on_postgres_as_on_sqlite(
    real_services: object, stored_vectors: object, pg_cluster: Cluster, tmp_path: Path
) -> None:
    """The bundled record ingested into PostgreSQL (no SQLite file anywhere) answers as the
    SQLite index does: the same answers, citations and search hits."""
    from assistant.container import Services
    from assistant.service import Assistant
    from assistant.settings import load_settings
    from vectorstore.pg_catalog import PostgresCatalog

    sqlite = real_services
    settings = load_settings(index_dir=tmp_path / "index", catalog_url=pg_cluster.database())
    # the model's vectors of the record, read back from the SQLite index, not computed again
    services = Services(settings, embedder=stored_vectors)  # type: ignore[arg-type]
    assert isinstance(services.catalog, PostgresCatalog)
    result = services.indexer.ingest_paths([SAMPLE_DIR])
    assert not result.skipped
    assert services.catalog.counts() == sqlite.catalog.counts()  # type: ignore[attr-defined]
    assert not list((tmp_path / "index").rglob("catalog.sqlite*"))  # (embedded Chroma here)
    on_pg, on_sqlite = Assistant(services), Assistant(sqlite)  # type: ignore[arg-type]
    for question in END_TO_END_QUESTIONS:
        got = on_pg.ask(question).model_dump(exclude={"timings_ms"})
        want = on_sqlite.ask(question).model_dump(exclude={"timings_ms"})
        assert got == want, question
        hits = [h.chunk.id for h in services.retriever.search(question, 8).hits]
        assert hits == [
            h.chunk.id
            for h in sqlite.retriever.search(question, 8).hits  # type: ignore[attr-defined]
        ], question
    services.catalog.close()


def test_without_postgresql_the_tests_skip_but_fail_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.pg

    monkeypatch.setattr(tests.pg, "postgres_bin", lambda: None)
    monkeypatch.delenv("CI_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed"):
        tests.pg.require_postgres()
    monkeypatch.setenv("CI_REQUIRE_POSTGRES", "1")
    with pytest.raises(pytest.fail.Exception, match="CI_REQUIRE_POSTGRES is set"):
        tests.pg.require_postgres()
