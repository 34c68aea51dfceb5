"""`govrag reindex` with the catalog in PostgreSQL and the vectors in a Chroma server: the
original bytes are in the database, so the vectors, and the whole catalog, are rebuilt from it
with no file on disk (the papers are gone and no index folder is ever created)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from assistant.cli import common, main
from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from tests.fakes import HashingEmbedder
from tests.pg import Cluster
from tests.servers import chroma_server
from vectorstore.pg_catalog import SCHEMA_VERSION

pytestmark = pytest.mark.server
R18_OWNER = "Director of Finance Services/ Director of Business"


@pytest.fixture()
def deployment(
    pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Path]]:
    """GOVRAG_CATALOG_URL and GOVRAG_CHROMA_URL set, an index folder that must stay absent, and
    the CLI's services over the hashing embedder; yields (catalog URL, index folder)."""
    url = pg_cluster.database()
    with chroma_server(tmp_path / "chroma") as chroma:
        index = tmp_path / "never-created"
        monkeypatch.setenv("GOVRAG_CATALOG_URL", url)
        monkeypatch.setenv("GOVRAG_CHROMA_URL", chroma)
        monkeypatch.setenv("GOVRAG_INDEX_DIR", str(index))
        built: list[Services] = []

        def services() -> Services:
            settings = load_settings()
            settings.ingest.pdf_in_subprocess = False
            built.append(Services(settings, embedder=HashingEmbedder()))
            return built[-1]

        monkeypatch.setattr(common, "services", services)
        yield url, index
        for made in built:
            made.catalog.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    value = json.loads(out[out.index("{") :]) if "{" in out else {}
    assert isinstance(value, dict)
    return value


def r18(services: Services) -> str:
    return Assistant(services).ask("Who is responsible for R18?").answer


def test_reindex_restores_every_vector_from_the_postgres_catalog(
    deployment: tuple[str, Path],
    sample_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, index = deployment
    papers = tmp_path / "papers"
    shutil.copytree(sample_dir, papers)
    run(capsys, "ingest", str(papers))
    shutil.rmtree(papers)  # from here on the originals exist only in the database
    services = common.services()
    chunks = services.catalog.chunk_ids()
    assert services.vectors.count() == len(chunks) == 94
    services.vectors.drop()  # type: ignore[attr-defined]  # the Chroma server lost them
    assert services.vectors.count() == 0

    report = run(capsys, "reindex")
    assert report == {"orphans_removed": 0, "vectors_added": 94}
    after = common.services()
    assert after.vectors.all_ids() == chunks
    assert R18_OWNER in r18(after)
    assert run(capsys, "reindex") == {"orphans_removed": 0, "vectors_added": 0}
    assert not index.exists()


def test_reindex_rebuild_reingests_an_old_postgres_catalog(
    deployment: tuple[str, Path],
    sample_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, index = deployment
    papers = tmp_path / "papers"
    shutil.copytree(sample_dir, papers)
    run(capsys, "ingest", str(papers))
    shutil.rmtree(papers)
    before = common.services()
    documents = sorted(d.filename for d in before.catalog.documents())
    chunks = before.catalog.chunk_ids()
    before.catalog.set_meta("schema_version", "1")  # as an older govrag left it
    before.catalog.close()

    report = run(capsys, "reindex", "--rebuild")
    assert report["rebuilt"] == 5 and report["failed"] == []
    assert "govrag_old_" in str(report["old_index"]) and "schema" in str(report["old_index"])
    rebuilt = common.services()
    assert sorted(d.filename for d in rebuilt.catalog.documents()) == documents
    assert rebuilt.catalog.get_meta("schema_version") == str(SCHEMA_VERSION)
    assert rebuilt.catalog.chunk_ids() == chunks  # the same chunks, so the same vectors
    assert rebuilt.catalog.get_meta("lexical_chunks") == str(len(chunks))  # postings rebuilt
    assert rebuilt.lexical.search("R18", 3)
    assert rebuilt.vectors.all_ids() == chunks
    assert R18_OWNER in r18(rebuilt)
    with psycopg.connect(url) as conn:  # the old catalog is kept beside the new one
        schemas = [
            r[0]
            for r in conn.execute(
                "SELECT schema_name FROM information_schema.schemata "
                "WHERE schema_name LIKE 'govrag_old_%'"
            )
        ]
        assert len(schemas) == 1
        old = conn.execute(
            f"SELECT value FROM \"{schemas[0]}\".meta WHERE key = 'schema_version'"
        ).fetchone()
        assert old is not None and old[0] == "1"
        count = conn.execute(f'SELECT COUNT(*) FROM "{schemas[0]}".sources').fetchone()
        assert count is not None and count[0] == 5
    assert not index.exists()


def test_rebuild_refuses_a_database_without_a_catalog(
    deployment: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reindex", "--rebuild"]) != 0
    assert "there is no catalog" in capsys.readouterr().err
