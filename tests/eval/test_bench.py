"""`govrag bench` end to end on a tiny scale (real model, real server on loopback): the report
has every figure the issue names, and the bundled record's ingest is idempotent. The workload
is the smallest that runs every step (one scale copy, a few texts for the raw encoder): the
speed figures come from `govrag bench` itself (docs/benchmarks.md), never from this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eval.latency import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(660)  # its `govrag bench` child may take 600 s on a loaded machine
def test_bench_reports_ingest_scale_latency_throughput_and_memory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [
        sys.executable, "-m", "assistant.cli", "bench",
        "--scales", "50", "--rounds", "1", "--requests", "2", "--clients", "1", "3",
        "--raw-sample", "4",
        "--skip-cli", "--work", str(tmp_path / "work"), "--out", str(out), "--json",
    ]  # fmt: skip
    done = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((out / "bench.json").read_text())
    assert json.loads(done.stdout) == report

    bundled = report["bundled"]
    assert bundled["cold"]["documents"] == 5 and bundled["cold"]["chunks"] == 94
    assert bundled["cold"]["chunks_per_s"] > 0 and bundled["cold"]["ratio"] > 0
    assert bundled["cold"]["raw_sample"] == 4
    assert bundled["warm"]["embedded"] == 0  # re-ingesting unchanged files does nothing

    (scale,) = report["scale"]
    assert scale["target_chunks"] == 50 and scale["index"]["chunks"] >= 50
    assert scale["index"]["documents"] == 5 * scale["copies"]
    assert scale["ingest_step"]["raw_encode_chunks_per_s"] > 0
    assert scale["ingest_step"]["raw_sample"] == 4 and scale["ingest_step"]["embedded"] == 94

    for queries in (bundled["queries"], scale["queries"]):
        for where in ("in_process", "http"):
            assert queries[where]["ask"]["n"] == len(QUESTIONS)
            assert 0 < queries[where]["ask"]["p50_ms"] <= queries[where]["ask"]["p95_ms"]
        assert set(queries["in_process"]["ask_by_question"]) == set(QUESTIONS)
        assert [t["clients"] for t in queries["throughput"]] == [1, 3]
        assert all(
            t["errors"] == 0 and t["requests"] == 2 * t["clients"] for t in queries["throughput"]
        )
        assert queries["server_peak_rss_mb"] > 100  # the model alone is bigger

    markdown = (out / "bench.md").read_text()
    assert "## Scale corpus" in markdown and "slowest questions" in markdown


def test_reused_vectors_embed_each_text_once_up_to_its_years(tmp_path: Path) -> None:
    """The scale corpus without re-embedding: a copy's chunks (years shifted) take the vectors of
    the first text that reads the same, and every copy is different bytes (ingest refuses the
    same bytes under a second name), so 13 copies of the bundled record all go in (the twelve
    year shifts, and one more that repeats the first shift's text)."""
    from assistant.container import Services
    from assistant.settings import load_settings
    from eval.bench import SAMPLE_DIR, ReusedVectors, synthesize
    from tests.fakes import HashingEmbedder

    inner = HashingEmbedder()
    reused = ReusedVectors(inner)
    texts = ["Due March 2009, revised to 2010.", "Due March 2012, revised to 2013.", "Other."]
    vectors = reused.embed_documents(texts)
    assert vectors[0] == vectors[1] != vectors[2]
    assert (reused.embedded, reused.reused, inner.texts_embedded) == (2, 1, 2)
    assert reused.embed_query("R18") == inner.embed_query("R18")

    paths = synthesize(SAMPLE_DIR, tmp_path / "corpus", range(13))
    assert len({p.read_bytes() for p in paths}) == len(paths) == 13 * 5
    settings = load_settings(index_dir=tmp_path / "index")
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=ReusedVectors(HashingEmbedder()))
    try:
        result = services.indexer.ingest_paths(paths)
        assert not result.skipped
        embedder = services.embedder
        assert isinstance(embedder, ReusedVectors)
        assert (embedder.embedded, embedder.reused) == (94, 94 * 12)  # one copy's worth
        assert services.catalog.counts()["chunks"] == 94 * 13
    finally:
        services.catalog.close()
