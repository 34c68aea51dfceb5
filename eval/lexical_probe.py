"""Keyword (BM25) search alone at scale: SQLite FTS5 against PostgreSQL, on the same chunks.

``/v1/ask`` at 100k chunks on PostgreSQL was slowest on questions with common words, and the
time went to keyword search (docs/benchmarks.md). This probe isolates it: the bench's scale
corpus (copies of the bundled papers, years shifted) is extracted once and written to both
catalogs, with no encoder and no vectors; then every gold question is searched on both, and
on PostgreSQL both with the rare-term candidate selection and without it (every matching row
scored), in one run::

    python -m eval.lexical_probe --chunks 100000 --catalog-url postgresql://user@host:port/db

The PostgreSQL database should be empty (the probe creates the catalog's tables in it).
Prints p50/p95/max per backend in ms, and whether the pruned and full rankings agree.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval.bench import synthesize
from eval.latency import summarise
from ingest.extract import ChunkingOptions, extract
from ingest.loaders import load_document
from vectorstore import pg_lexical
from vectorstore.bm25 import SqliteBm25Index
from vectorstore.catalog import SqliteCatalog
from vectorstore.pg_catalog import PostgresCatalog
from vectorstore.pg_lexical import PostgresBm25Index

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "sample"
GOLD = ROOT / "eval" / "gold.jsonl"
PER_COPY = 95  # chunks of one copy of the bundled record


def _timed(index: Any, questions: list[str], k: int, rounds: int) -> tuple[dict, dict]:
    times: list[float] = []
    results: dict[str, list[str]] = {}
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            hits = index.search(question, k)
            times.append((time.perf_counter() - started) * 1000)
            results[question] = [chunk_id for chunk_id, _ in hits]
    return summarise(times), results  # the bench's percentiles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000, help="scale (default 100000)")
    parser.add_argument("--catalog-url", required=True, help="an empty PostgreSQL database")
    parser.add_argument("--k", type=int, default=40, help="hits per search (default 40)")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the questions")
    parser.add_argument("--work", type=Path, default=None, help="folder for the copies")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    options = parser.parse_args(argv)
    work = options.work or Path(tempfile.mkdtemp(prefix="govrag-lexical-"))
    copies = max(1, math.ceil(options.chunks / PER_COPY))
    paths = synthesize(SAMPLE_DIR, work / "corpus", range(copies))
    sqlite = SqliteCatalog(work / "catalog.sqlite")
    postgres = PostgresCatalog(options.catalog_url)
    started = time.perf_counter()
    for number, path in enumerate(paths, start=1):
        data = path.read_bytes()
        extracted = extract(load_document(path), ChunkingOptions())
        for catalog in (sqlite, postgres):
            with catalog.transaction() as tx:
                catalog.replace_document(tx, extracted, data, "lexical-probe")
        if number % 500 == 0:
            print(f"  {number}/{len(paths)} documents written", file=sys.stderr)
    written = time.perf_counter() - started
    questions = [json.loads(line)["question"] for line in GOLD.read_text().splitlines() if line]
    fts5, pg = SqliteBm25Index(sqlite), PostgresBm25Index(postgres)
    for index in (fts5, pg):  # warm: statistics and caches
        for question in questions:
            index.search(question, options.k)
    report: dict[str, Any] = {
        "chunks": len(sqlite.chunk_ids()),
        "documents_written_s": round(written, 1),
        "k": options.k,
        "questions": len(questions),
        "rounds": options.rounds,
    }
    report["sqlite"], _ = _timed(fts5, questions, options.k, options.rounds)
    report["postgres_pruned"], pruned = _timed(pg, questions, options.k, options.rounds)
    cap = pg_lexical.CANDIDATE_CAP
    pg_lexical.CANDIDATE_CAP = 10**12  # every matching row scored
    try:
        report["postgres_full"], full = _timed(pg, questions, options.k, options.rounds)
    finally:
        pg_lexical.CANDIDATE_CAP = cap
    report["rankings_agree"] = sum(pruned[q] == full[q] for q in questions)
    sqlite.close()
    postgres.close()
    if options.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
