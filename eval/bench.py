"""``govrag bench``: ingest and query speed, from the bundled record up to 100k chunks.

What it measures, in one run:

1. **Ingest of the bundled record**: the CLI cold (a new process and a new index: imports, model
   load, parse, embed, store), then in process with the model loaded (docs/s, chunks/s), then a
   re-ingest of the unchanged files. The chunk rate is compared with plain
   ``SentenceTransformer.encode`` on the same chunk texts, measured in the same run: a ratio
   near 1 means the encoder is the limit, not the pipeline around it.
2. **Scale corpus**: copies of the bundled documents with shifted years and new file names (so
   new ids and new chunk texts), added in steps up to each scale (1k, 10k, 100k chunks). Each
   step is ingested and measured as above (the raw encoder on a sample of the step's chunks).
3. **Queries at each scale**: ``ask`` and ``search`` latency (p50/p95/p99) in process and over
   HTTP against ``govrag serve`` on loopback, then throughput with 1, 4 and 16 concurrent
   clients (every response must be a 200), and the server's peak resident memory.

The query-embedding cache is off everywhere, so repeated questions are embedded every time.
Results go to ``bench.json`` and ``bench.md`` in ``--out``; nothing here is asserted by tests.

``--reuse-vectors`` builds the scale corpus without re-embedding it: a copied chunk's text
differs from its source's only in the years, so it takes the vector computed for the first
text that reads the same with the years blanked out (:class:`ReusedVectors`). Ingest then
times everything but the encoder, and the report says so ("vectors reused; encoder not timed
at this size"); queries are embedded by the real model as always.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.bench_report import render
from eval.bench_server import Server, throughput
from eval.client import HttpClient, InProcessClient
from eval.latency import QUESTIONS, measure

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO_ROOT / "data" / "sample"
DEFAULT_OUT = REPO_ROOT / "eval" / "out" / "bench"
DEFAULT_WORK = Path("/tmp/govrag-bench")
RAW_SAMPLE = 1000  # chunk texts the raw encoder is timed on at each scale step
BUNDLED_CHUNKS = 95  # chunks of data/sample, when the bundled step is skipped
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


# -- the machine -----------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    """CPU, memory and software versions, and the load when asked."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory_gb = round(pages / 2**30, 1)
    except (ValueError, OSError):
        pass
    # torch reads its thread policy when it loads: load it as the embedder does (its module
    # sets OMP_WAIT_POLICY), or every in-process figure pays spinning threads on a busy machine
    importlib.import_module("vectorstore.embedder")
    import chromadb
    import torch

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": memory_gb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "chromadb": chromadb.__version__,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


# -- the scale corpus ------------------------------------------------------------------------
def synthesize(sample_dir: Path, out_dir: Path, copies: range) -> list[Path]:
    """Write copies ``copies`` of every bundled document, years shifted by 1-12 and the file
    named for the copy, e.g. ``c00042_000_f60702f293bad3c1.txt``. Copies with the same shift
    differ by trailing blank lines only (ingest refuses the same bytes under a second name;
    the text it reads is the same). Existing files are kept."""
    out_dir.mkdir(parents=True, exist_ok=True)
    from vectorstore.indexer import IGNORED_IN_FOLDERS

    sources = sorted(
        p
        for p in sample_dir.iterdir()
        if p.suffix in (".txt", ".md", ".html", ".pdf")
        and not p.stem.lower().startswith(IGNORED_IN_FOLDERS)
    )
    written = []
    for copy in copies:
        shift = copy % 12 + 1
        for source in sources:
            target = out_dir / f"c{copy:05d}_{source.name}"
            if not target.exists():
                text = source.read_text(encoding="utf-8")
                distinct = "\n" * (copy // 12)  # same text, other bytes
                target.write_text(_shift_years(text, shift) + distinct, encoding="utf-8")
            written.append(target)
    return written


def _shift_years(text: str, shift: int) -> str:
    return _YEAR.sub(lambda match: str(int(match.group(1)) + shift), text)


# -- ingest ----------------------------------------------------------------------------------
@dataclass
class IngestRun:
    documents: int
    chunks: int
    embedded: int
    seconds: float

    def rates(self) -> dict[str, float]:
        seconds = max(self.seconds, 1e-9)
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "embedded": self.embedded,
            "seconds": round(self.seconds, 2),
            "docs_per_s": round(self.documents / seconds, 2),
            "chunks_per_s": round(self.embedded / seconds, 1),
        }


def services_for(index_dir: Path, *, reuse_vectors: bool = False, embedder: Any = None) -> Any:
    """Services over ``index_dir``; with ``GOVRAG_CATALOG_URL``/``GOVRAG_CHROMA_URL`` set (by
    ``--catalog-url``/``--chroma-url`` or the environment) the catalog and vectors live there.
    ``reuse_vectors``: documents are embedded through :class:`ReusedVectors`. ``embedder``: a
    model an earlier step loaded (the run loads it once), else the configured one."""
    from assistant.container import Services
    from assistant.settings import load_settings

    settings = load_settings(index_dir=index_dir, embedding_query_cache=0)
    services = Services(settings, embedder=embedder)
    if reuse_vectors:
        services = Services(services.settings, embedder=ReusedVectors(services.embedder))
    return services


class ReusedVectors:
    """An embedder that embeds each text once up to its years: a text that reads like one
    embedded before with every year blanked out (the scale corpus's copies) gets that text's
    vector. Counts what it embedded and what it reused. Queries go to the real model."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.model_id: str = inner.model_id
        self.dimension: int = inner.dimension
        self._known: dict[str, list[float]] = {}
        self.embedded = 0
        self.reused = 0

    def __getattr__(self, name: str) -> Any:  # ``loaded`` (the raw encoder) and the like
        return getattr(self.inner, name)

    @staticmethod
    def key(text: str) -> str:
        return _YEAR.sub("#", text)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        keys = [self.key(t) for t in texts]
        new = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._known}
        if new:
            vectors = self.inner.embed_documents(list(new.values()))
            self._known.update(zip(new, vectors, strict=True))
        self.embedded += len(new)
        self.reused += len(texts) - len(new)
        return [self._known[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return list(self.inner.embed_query(text))


def deployment() -> dict[str, str]:
    """Where this run keeps the catalog and the vectors."""
    catalog = os.environ.get("GOVRAG_CATALOG_URL", "")
    chroma = os.environ.get("GOVRAG_CHROMA_URL", "")
    return {
        "catalog": "postgresql" if catalog else "sqlite",
        "vectors": "chroma server" if chroma else "embedded chroma",
    }


def reset_shared() -> None:
    """Empty the PostgreSQL catalog and the Chroma server's govrag collections, if this run
    uses them: a new index there is a fresh one, as a removed index folder is locally."""
    catalog = os.environ.get("GOVRAG_CATALOG_URL", "")
    if catalog:
        from vectorstore.pg_catalog import drop_tables

        drop_tables(catalog)
    chroma = os.environ.get("GOVRAG_CHROMA_URL", "")
    if chroma:
        from urllib.parse import urlsplit

        import chromadb

        parts = urlsplit(chroma)
        client = chromadb.HttpClient(host=parts.hostname or "127.0.0.1", port=parts.port or 8000)
        for collection in client.list_collections():
            name = getattr(collection, "name", collection)
            if str(name).startswith("govrag_"):
                client.delete_collection(str(name))


def ingest(services: Any, paths: Sequence[Path]) -> IngestRun:
    started = time.perf_counter()
    result = services.indexer.ingest_paths(list(paths))
    seconds = time.perf_counter() - started
    if result.skipped:
        raise RuntimeError(f"the benchmark corpus has bad files: {result.skipped[:3]}")
    changed = [o for o in result.outcomes if o.action != "unchanged"]
    return IngestRun(
        documents=len(changed) or len(result.outcomes),
        chunks=sum(o.chunks for o in result.outcomes),
        embedded=sum(o.embedded for o in result.outcomes),
        seconds=seconds,
    )


def raw_encode_rate(services: Any, texts: Sequence[str]) -> float:
    """Chunks per second of plain ``SentenceTransformer.encode`` on these texts."""
    model = services.embedder.loaded if hasattr(services.embedder, "loaded") else None
    encoder = getattr(model, "raw_encode", None)
    if encoder is None:
        raise RuntimeError("the configured embedder has no raw SentenceTransformer to compare")
    started = time.perf_counter()
    encoder(list(texts))
    return len(texts) / max(time.perf_counter() - started, 1e-9)


def chunk_texts(services: Any, ids: Sequence[str]) -> list[str]:
    return [text for _, text, _ in services.catalog.chunk_vectors_input(list(ids))]


def encoder_ratio(
    services: Any, run: IngestRun, new_ids: Sequence[str], raw_sample: int = RAW_SAMPLE
) -> dict[str, Any]:
    """The ingest chunk rate against the raw encoder's, on (a sample of) the same texts."""
    ids = sorted(new_ids)
    sample = random.Random(7).sample(ids, min(raw_sample, len(ids))) if ids else []
    if not sample or not run.embedded:
        return {"raw_encode_chunks_per_s": None, "ratio": None, "raw_sample": 0}
    raw = raw_encode_rate(services, chunk_texts(services, sample))
    ingest_rate = run.embedded / max(run.seconds, 1e-9)
    return {
        "raw_encode_chunks_per_s": round(raw, 1),
        "ratio": round(ingest_rate / raw, 3),
        "raw_sample": len(sample),
    }


def cli_cold_ingest(index_dir: Path) -> float:
    """Wall time of ``govrag ingest data/sample`` in a new process on a new index."""
    shutil.rmtree(index_dir, ignore_errors=True)
    reset_shared()
    env = dict(os.environ, GOVRAG_INDEX_DIR=str(index_dir), HF_HUB_OFFLINE="1")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest", str(SAMPLE_DIR), "--json"],
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return time.perf_counter() - started


# -- queries ---------------------------------------------------------------------------------
def query_bench(index_dir: Path, options: argparse.Namespace, services: Any) -> dict[str, Any]:
    from assistant.service import Assistant

    out: dict[str, Any] = {}
    started = time.perf_counter()
    assistant = Assistant(services)
    assistant.ask(QUESTIONS[0])  # loads the register and the analyser's name_index
    out["first_answer_s"] = round(time.perf_counter() - started, 2)
    out["in_process"] = measure(InProcessClient(assistant), options.rounds)
    if options.skip_http:
        return out
    with Server(index_dir, options.workers) as server:
        http = HttpClient(server.url)
        out["http"] = measure(http, options.rounds)
        out["throughput"] = [
            throughput(server.url, clients, options.requests) for clients in options.clients
        ]
        out["server_peak_rss_mb"] = round(server.peak_rss / 2**20, 1)
    return out


# -- the run ---------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def bundled(options: argparse.Namespace, work: Path) -> tuple[dict[str, Any], Any]:
    """The bundled record's figures, and the embedder it loaded (for the scale steps)."""
    out: dict[str, Any] = {}
    if not options.skip_cli:
        say("bundled record: cold CLI ingest")
        out["cli_cold_s"] = round(cli_cold_ingest(work / "cli-index"), 2)
        shutil.rmtree(work / "cli-index", ignore_errors=True)
    index = work / "bundled-index"
    shutil.rmtree(index, ignore_errors=True)
    reset_shared()
    services = services_for(index)
    started = time.perf_counter()
    services.embedder.embed_query("warm up")  # model load, timed on its own
    out["model_load_s"] = round(time.perf_counter() - started, 2)
    say("bundled record: ingest in process")
    run = ingest(services, [SAMPLE_DIR])
    out["cold"] = run.rates()
    chunk_ids = sorted(services.catalog.chunk_ids())
    out["cold"].update(encoder_ratio(services, run, chunk_ids, options.raw_sample))
    warm = ingest(services, [SAMPLE_DIR])
    out["warm"] = warm.rates()
    say("bundled record: queries")
    out["queries"] = query_bench(index, options, services)
    services.catalog.close()
    return out, services.embedder


def scaled(
    options: argparse.Namespace, work: Path, per_copy: int, embedder: Any = None
) -> list[dict[str, Any]]:
    corpus = work / "corpus"
    index = work / "scale-index"
    if not options.keep_scale_index:
        shutil.rmtree(index, ignore_errors=True)
        reset_shared()
    services = services_for(index, reuse_vectors=options.reuse_vectors, embedder=embedder)
    services.embedder.embed_query("warm up")
    results = []
    for target in sorted(options.scales):
        copies = max(1, math.ceil(target / per_copy))
        paths = synthesize(SAMPLE_DIR, corpus, range(copies))
        before = services.catalog.chunk_ids()
        say(f"scale {target}: ingest up to {copies} copies ({len(paths)} files)")
        run = ingest(services, paths)
        new_ids = sorted(services.catalog.chunk_ids() - before)
        step: dict[str, Any] = dict(run.rates())
        if isinstance(services.embedder, ReusedVectors):
            step.update(
                raw_encode_chunks_per_s=None,
                ratio=None,
                vectors_embedded=services.embedder.embedded,
                vectors_reused=services.embedder.reused,
            )
        else:
            step.update(encoder_ratio(services, run, new_ids, options.raw_sample))
        counts = services.catalog.counts()
        say(f"scale {target}: {counts.get('chunks')} chunks; queries")
        results.append(
            {
                "target_chunks": target,
                "copies": copies,
                "index": counts,
                "ingest_step": step,
                "queries": query_bench(index, options, services),
                "bench_peak_rss_mb": peak_rss_mb(),
            }
        )
    services.catalog.close()
    return results


def build_parser(prog: str = "govrag bench") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Ingest and query speed on the bundled record and a scale corpus.",
    )
    parser.add_argument(
        "--scales",
        type=int,
        nargs="*",
        default=[1000, 10000, 100000],
        metavar="N",
        help="scale corpus sizes in chunks (default 1000 10000 100000; none to skip)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="latency rounds of 20 questions")
    parser.add_argument(
        "--clients", type=int, nargs="+", default=[1, 4, 16], help="concurrent clients"
    )
    parser.add_argument(
        "--requests", type=int, default=40, help="requests per client in the throughput test"
    )
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument(
        "--raw-sample",
        type=int,
        default=RAW_SAMPLE,
        metavar="N",
        help=f"chunk texts the raw encoder is timed on at each step (default {RAW_SAMPLE})",
    )
    parser.add_argument("--skip-http", action="store_true", help="in-process queries only")
    parser.add_argument("--skip-cli", action="store_true", help="no cold CLI ingest")
    parser.add_argument(
        "--keep-scale-index",
        action="store_true",
        help="reuse the scale index of an earlier run (only new copies are ingested)",
    )
    parser.add_argument(
        "--catalog-url",
        default=None,
        help="PostgreSQL catalog for this run (sets GOVRAG_CATALOG_URL; its tables are dropped "
        "and rebuilt)",
    )
    parser.add_argument(
        "--chroma-url",
        default=None,
        help="Chroma server for this run (sets GOVRAG_CHROMA_URL; its govrag_ collections are "
        "deleted and rebuilt)",
    )
    parser.add_argument(
        "--reuse-vectors",
        action="store_true",
        help="scale corpus: each copied chunk reuses the vector of the text it copies (years "
        "aside) instead of being embedded; the encoder is not timed at those sizes",
    )
    parser.add_argument(
        "--skip-bundled",
        action="store_true",
        help="no bundled-record step (with --keep-scale-index: measure an existing scale index)",
    )
    parser.add_argument(
        "--matrix-max-chunks",
        type=int,
        default=None,
        metavar="N",
        help="sets GOVRAG_RETRIEVAL__MATRIX_MAX_CHUNKS for this run: above N chunks dense "
        "search queries the vector index instead of the in-memory matrix",
    )
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="indexes and corpus")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report folder")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    if min(options.rounds, options.requests, options.raw_sample, *options.clients) < 1:
        print(
            "error: --rounds, --requests, --raw-sample and --clients must be at least 1",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if options.catalog_url is not None:
        os.environ["GOVRAG_CATALOG_URL"] = options.catalog_url
    if options.chroma_url is not None:
        os.environ["GOVRAG_CHROMA_URL"] = options.chroma_url
    if options.matrix_max_chunks is not None:
        os.environ["GOVRAG_RETRIEVAL__MATRIX_MAX_CHUNKS"] = str(options.matrix_max_chunks)
    work = options.work
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "meta": {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "command": " ".join(["govrag", "bench", *(argv or sys.argv[2:])]),
            "machine": machine(),
            "deployment": deployment(),
            "questions": len(QUESTIONS),
            "rounds": options.rounds,
            "vectors": "reused; encoder not timed at the scale sizes"
            if options.reuse_vectors
            else "embedded",
            "matrix_max_chunks": os.environ.get("GOVRAG_RETRIEVAL__MATRIX_MAX_CHUNKS", "default"),
        }
    }
    report["bundled"], embedder = ({}, None) if options.skip_bundled else bundled(options, work)
    per_copy = int(report["bundled"].get("cold", {}).get("chunks", 0)) or BUNDLED_CHUNKS
    report["scale"] = scaled(options, work, per_copy, embedder) if options.scales else []
    report["meta"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    report["meta"]["bench_peak_rss_mb"] = peak_rss_mb()
    options.out.mkdir(parents=True, exist_ok=True)
    (options.out / "bench.json").write_text(json.dumps(report, indent=2) + "\n")
    markdown = render(report)
    (options.out / "bench.md").write_text(markdown)
    print(json.dumps(report, indent=2) if options.json else markdown)
    say(f"wrote {options.out / 'bench.json'} and {options.out / 'bench.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
