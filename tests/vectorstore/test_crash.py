"""Crash-safe ingest: an ingest killed with SIGKILL at chosen points of its work leaves every
document wholly present or absent (catalog rows, records, chunks, BM25 rows and vectors agree),
and running the ingest again completes it.

The ingest runs in a child process (embedded Chroma, the hashing embedder). The child marks the
points of its work on stdout; at the chosen point it stops, and the test kills it there.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.container import Services
from assistant.settings import load_settings
from tests.fakes import HashingEmbedder

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
pytestmark = pytest.mark.slow

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from assistant.container import Services
    from assistant.settings import load_settings
    from tests.fakes import HashingEmbedder

    index, folder, point, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    settings = load_settings(index_dir=Path(index))
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    seen = {}

    def mark(name):
        seen[name] = seen.get(name, 0) + 1
        print(name, seen[name], flush=True)
        if name == point and seen[name] == nth:
            print("CRASH-POINT", flush=True)
            time.sleep(120)  # the test kills us here

    vectors, catalog, indexer = services.vectors, services.catalog, services.indexer
    upsert, delete, replace = vectors.upsert, vectors.delete, catalog.replace_document

    def upsert_then_mark(*args, **kwargs):
        upsert(*args, **kwargs)
        mark("after-vectors")

    def replace_then_mark(*args, **kwargs):
        result = replace(*args, **kwargs)
        mark("inside-transaction")  # rows written, not committed
        return result

    def mark_then_delete(*args, **kwargs):
        mark("before-stale-delete")  # committed; old vectors not yet deleted
        return delete(*args, **kwargs)

    vectors.upsert, vectors.delete = upsert_then_mark, mark_then_delete
    catalog.replace_document = replace_then_mark
    store = indexer.store

    def store_then_mark(*args, **kwargs):
        outcome = store(*args, **kwargs)
        mark("after-document")
        return outcome

    indexer.store = store_then_mark
    indexer.ingest_paths([Path(folder)], group_chunks=1)  # embed document by document
    print("DONE", flush=True)
    """
)


def services(index: Path) -> Services:
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    return Services(settings, embedder=HashingEmbedder())


def run_child(index: Path, folder: Path, point: str, nth: int) -> str:
    """Run the ingest until ``point`` happens the ``nth`` time, then SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(index), str(folder), point, str(nth)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith("CRASH-POINT"):
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(60)
    outcome = "\n".join(lines)
    if "CRASH-POINT" not in outcome:
        error = process.stderr.read() if process.stderr else ""
        raise AssertionError(f"the child never reached {point} #{nth}: {outcome}\n{error}")
    assert process.returncode == -signal.SIGKILL
    return outcome


def check_consistent(index: Path, expected: dict[str, tuple[int, int]]) -> set[str]:
    """Every document in the catalog is whole; returns the ids present."""
    opened = services(index)
    catalog, vectors = opened.catalog, opened.vectors
    present = set()
    for doc in catalog.documents():
        present.add(doc.id)
        records, chunks = expected[doc.filename]
        assert (doc.records, doc.chunks) == (records, chunks), doc.filename
        rows = catalog.conn.execute(
            "SELECT COUNT(*) FROM records WHERE document_id = ?", (doc.id,)
        ).fetchone()[0]
        ids = sorted(catalog.chunk_ids(doc.id))
        fts = catalog.conn.execute(
            "SELECT COUNT(*) FROM chunks_fts WHERE rowid IN "
            "(SELECT rowid FROM chunks WHERE document_id = ?)",
            (doc.id,),
        ).fetchone()[0]
        assert rows == records and len(ids) == chunks and fts == chunks, doc.filename
        assert vectors.existing(ids) == set(ids), f"{doc.filename}: vectors missing"
    opened.catalog.close()
    return present


def complete(index: Path, folder: Path, expected: dict[str, tuple[int, int]]) -> None:
    opened = services(index)
    result = opened.indexer.ingest_paths([folder])
    assert not result.skipped
    catalog, vectors = opened.catalog, opened.vectors
    assert {d.filename for d in catalog.documents()} == set(expected)
    assert vectors.all_ids() == catalog.chunk_ids()  # orphans from the crash are gone
    opened.catalog.close()


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, int]]:
    """(records, chunks) of each sample document, from a clean ingest."""
    index = tmp_path_factory.mktemp("clean") / "index"
    opened = services(index)
    opened.indexer.ingest_paths([SAMPLE])
    found = {d.filename: (d.records, d.chunks) for d in opened.catalog.documents()}
    opened.catalog.close()
    return found


@pytest.mark.parametrize(
    ("point", "nth"),
    [
        ("after-vectors", 1),  # first document's vectors in, its rows not
        ("inside-transaction", 2),  # second document's rows written, not committed
        ("after-document", 3),  # three documents stored, two to go
        ("after-vectors", 5),  # the last document
    ],
)
def test_a_killed_ingest_leaves_whole_documents_and_completes(
    tmp_path: Path, expected: dict[str, tuple[int, int]], point: str, nth: int
) -> None:
    index = tmp_path / "index"
    run_child(index, SAMPLE, point, nth)
    present = check_consistent(index, expected)
    stored = {"after-vectors": nth - 1, "inside-transaction": nth - 1, "after-document": nth}
    assert len(present) == stored[point]  # exactly the documents that finished
    complete(index, SAMPLE, expected)
    check_consistent(index, expected)


def test_a_kill_while_replacing_a_changed_document_keeps_one_version(
    tmp_path: Path, expected: dict[str, tuple[int, int]]
) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(SAMPLE, folder)
    index = tmp_path / "index"
    complete(index, folder, expected)
    target = folder / "000_f60702f293bad3c1.txt"
    changed = target.read_text().replace("Performance Board", "Performance Committee")
    target.write_text(changed)
    run_child(index, folder, "before-stale-delete", 1)  # new version committed, old vectors left
    check_consistent(index, expected)
    opened = services(index)
    text = opened.catalog.document_text("000_f60702f293bad3c1-txt")
    assert "Performance Committee" in text and "Performance Board" not in text
    opened.catalog.close()
    complete(index, folder, expected)
