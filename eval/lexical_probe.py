"""Keyword (BM25) search alone at scale: SQLite FTS5 against PostgreSQL, on the same chunks.

``/v1/ask`` at 100k chunks on PostgreSQL was slowest on questions with common words, and the
time went to keyword search (docs/benchmarks.md). This probe isolates it: the bench's scale
corpus (copies of the bundled papers, years shifted) is extracted once and written to both
catalogs, with no encoder and no vectors; then every gold question is searched on both,
interleaved round by round, in one run::

    python -m eval.lexical_probe --chunks 100000 --catalog-url postgresql://user@host:port/db

The PostgreSQL database should be empty (the probe creates the catalog's tables in it), unless
``--no-write`` measures the catalogs an earlier run left (``--work`` and the same database).
Prints p50/p95/max per backend in ms, and on how many questions the two top-k rankings agree.
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
from vectorstore.bm25 import SqliteBm25Index
from vectorstore.catalog import SqliteCatalog
from vectorstore.pg_catalog import PostgresCatalog
from vectorstore.pg_lexical import PostgresBm25Index

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "sample"
GOLD = ROOT / "eval" / "gold.jsonl"
PER_COPY = 95  # chunks of one copy of the bundled record


def _timed(index: Any, question: str, k: int, times: list[float]) -> list[str]:
    started = time.perf_counter()
    hits = index.search(question, k)
    times.append((time.perf_counter() - started) * 1000)
    return [chunk_id for chunk_id, _ in hits]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000, help="scale (default 100000)")
    parser.add_argument("--catalog-url", required=True, help="an empty PostgreSQL database")
    parser.add_argument("--k", type=int, default=40, help="hits per search (default 40)")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the questions")
    parser.add_argument("--work", type=Path, default=None, help="folder for the copies")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--no-write", action="store_true", help="measure the catalogs an earlier run wrote"
    )
    options = parser.parse_args(argv)
    if options.no_write and options.work is None:
        parser.error("--no-write needs the --work folder of the earlier run")
    work = options.work or Path(tempfile.mkdtemp(prefix="govrag-lexical-"))
    sqlite = SqliteCatalog(work / "catalog.sqlite")
    postgres = PostgresCatalog(options.catalog_url)
    started = time.perf_counter()
    if not options.no_write:
        copies = max(1, math.ceil(options.chunks / PER_COPY))
        paths = synthesize(SAMPLE_DIR, work / "corpus", range(copies))
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
        "postgres_chunks": len(postgres.chunk_ids()),
        "documents_written_s": round(written, 1),
        "k": options.k,
        "questions": len(questions),
        "rounds": options.rounds,
    }
    times: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    agree = 0
    for _ in range(options.rounds):  # interleaved: both backends see the same machine
        agree = 0
        for question in questions:
            want = _timed(fts5, question, options.k, times["sqlite"])
            got = _timed(pg, question, options.k, times["postgres"])
            agree += want == got
    report["sqlite"] = summarise(times["sqlite"])  # the bench's percentiles
    report["postgres"] = summarise(times["postgres"])
    report["rankings_agree"] = agree
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
