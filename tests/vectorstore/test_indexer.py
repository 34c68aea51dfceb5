"""Ingest bookkeeping with a real catalog and embedded Chroma (hashing embedder)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.container import Services
from ingest.errors import NotFound
from tests.fakes import HashingEmbedder


def copy_sample(sample_dir: Path, target: Path, names: list[str] | None = None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sample_dir.glob("*.txt"):
        if names is None or path.name[:3] in names:
            shutil.copy(path, target / path.name)
    return target


def test_ingest_counts_and_everything_agrees(fake_services: Services, sample_dir: Path) -> None:
    result = fake_services.indexer.ingest_paths([sample_dir])
    assert result.summary() == {
        "documents": 5,
        "pages": 40,
        "records": 76,
        "chunks": 94,
        "replaced": [],
        "skipped": [],
    }
    catalog = fake_services.catalog
    assert catalog.counts()["chunks"] == 94
    assert fake_services.vectors.all_ids() == catalog.chunk_ids()
    fts = catalog.conn.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0]
    assert fts == 94
    assert all(o.action == "added" for o in result.outcomes)


def test_reingest_unchanged_does_nothing(fake_services: Services, sample_dir: Path) -> None:
    fake_services.indexer.ingest_paths([sample_dir])
    embedder = fake_services.embedder
    assert isinstance(embedder, HashingEmbedder)
    before = (embedder.texts_embedded, fake_services.catalog.generation())
    again = fake_services.indexer.ingest_paths([sample_dir])
    assert {o.action for o in again.outcomes} == {"unchanged"}
    assert (embedder.texts_embedded, fake_services.catalog.generation()) == before


def test_changed_file_replaces_its_chunks_only(
    fake_services: Services, sample_dir: Path, tmp_path: Path
) -> None:
    folder = copy_sample(sample_dir, tmp_path / "docs", ["000", "001"])
    indexer = fake_services.indexer
    indexer.ingest_paths([folder])
    old_ids = fake_services.catalog.chunk_ids("000_f60702f293bad3c1-txt")
    path = folder / "000_f60702f293bad3c1.txt"
    path.write_text(
        path.read_text().replace("now revised to March 2009", "now revised to June 2009", 1)
    )
    embedder = fake_services.embedder
    assert isinstance(embedder, HashingEmbedder)
    embedded_before = embedder.texts_embedded
    result = indexer.ingest_paths([folder])
    actions = {o.filename: o.action for o in result.outcomes}
    assert actions == {
        "000_f60702f293bad3c1.txt": "updated",
        "001_f17b8c3d3b95c95d.txt": "unchanged",
    }
    new_ids = fake_services.catalog.chunk_ids("000_f60702f293bad3c1-txt")
    assert len(old_ids - new_ids) == 1 and len(new_ids) == len(
        old_ids
    )  # only item 2's chunk changed
    assert embedder.texts_embedded - embedded_before == 1  # unchanged chunks are not re-embedded
    assert fake_services.vectors.all_ids() == fake_services.catalog.chunk_ids()
    record = next(r for r in fake_services.catalog.records() if r.id.endswith(":2"))
    assert record.due_date == "2009-06-30"


def test_remove_deletes_everywhere(fake_services: Services, sample_dir: Path) -> None:
    fake_services.indexer.ingest_paths([sample_dir])
    removed = fake_services.indexer.remove("002_93be34f48625d430.txt")
    assert len(removed) == 49
    catalog = fake_services.catalog
    assert catalog.find_document("002_93be34f48625d430-txt") is None
    assert len(catalog.records()) == 76 - 47
    assert not set(removed) & fake_services.vectors.all_ids()
    assert catalog.conn.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0] == 94 - 49
    with pytest.raises(NotFound):
        fake_services.indexer.remove("002_93be34f48625d430.txt")


def test_bad_files_are_skipped_and_the_rest_go_in(
    fake_services: Services, sample_dir: Path, tmp_path: Path
) -> None:
    folder = copy_sample(sample_dir, tmp_path / "mixed", ["001"])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_bytes(b"this is not a pdf")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    (folder / "README.md").write_text("# About this folder\n")
    result = fake_services.indexer.ingest_paths([folder, tmp_path / "nowhere"])
    assert [o.filename for o in result.outcomes] == ["001_f17b8c3d3b95c95d.txt"]
    reasons = {Path(s["path"]).name: s["reason"] for s in result.skipped}
    assert reasons == {
        "empty.txt": "the file is empty",
        "fake.pdf": "is not a PDF (no %PDF header)",
        "slides.pptx": "unsupported file type '.pptx'",
        "nowhere": "no such file or folder",
    }


def test_reconcile_repairs_a_half_finished_ingest(
    fake_services: Services, sample_dir: Path
) -> None:
    fake_services.indexer.ingest_paths([sample_dir])
    vectors = fake_services.vectors
    some = sorted(fake_services.catalog.chunk_ids())[:3]
    vectors.delete(some)  # as if killed before the vectors of a committed document were written
    vectors.upsert(["orphan-1"], [[1.0] + [0.0] * 383], [{"document_id": "gone"}])
    report = fake_services.indexer.reconcile()
    assert report == {"orphans_removed": 1, "vectors_added": 3}
    assert vectors.all_ids() == fake_services.catalog.chunk_ids()
