"""Dense search at scale: the in-memory matrix (exact) against Chroma's HNSW index, measured.

Over an existing index (the settings say where: ``GOVRAG_INDEX_DIR``, ``GOVRAG_CATALOG_URL``,
``GOVRAG_CHROMA_URL``), for the latency questions embedded once each:

* the matrix: the time to rank every stored vector (``VectorMatrix.nearest``), its memory
  (rows × dimension × 4 bytes) and the time to load it;
* Chroma: the time of ``query`` through ``vectorstore.dense.IndexDense`` (the dense search a
  worker uses above ``retrieval.matrix_max_chunks``: its HNSW index, over HTTP for a Chroma
  server), and how many of the exact top ``k`` it returns (recall@k). Where many chunks share
  one vector (the bench's scale corpus copies its texts), which of the tied ids come back is
  arbitrary, so ``hnsw_score_recall_at_k`` also counts a hit as found when its similarity
  reaches the exact k-th one.

Then, with ``--synthetic N …``, the matrix's scan time and memory on N random unit vectors, for
sizes no index on this machine holds (the scan is memory-bound: it does not depend on content).

    python -m eval.dense_probe --k 40 --synthetic 100000 1000000 --out /tmp/dense.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.latency import QUESTIONS


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
    }


def probe_index(k: int, rounds: int) -> dict[str, Any]:
    from assistant.container import Services
    from assistant.settings import load_settings
    from vectorstore.dense import IndexDense
    from vectorstore.matrix import VectorMatrix

    services = Services(load_settings(embedding_query_cache=0))
    vectors = [services.embedder.embed_query(q) for q in QUESTIONS]
    matrix = VectorMatrix(services.vectors, services.catalog)
    index = IndexDense(services.vectors)
    started = time.perf_counter()
    matrix.sync()
    load_s = time.perf_counter() - started
    rows = len(matrix)
    exact_ms, hnsw_ms, recall, score_recall = [], [], [], []
    for _ in range(rounds):
        for vector in vectors:
            started = time.perf_counter()
            exact = matrix.nearest(vector, k)
            exact_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            approx = index.nearest(vector, k)
            hnsw_ms.append((time.perf_counter() - started) * 1000)
            truth = {cid for cid, _ in exact}
            recall.append(len(truth & {cid for cid, _ in approx}) / max(len(truth), 1))
            floor = min((score for _, score in exact), default=0.0) - 1e-4
            reached = sum(score >= floor for _, score in approx[: len(exact)])
            score_recall.append(reached / max(len(exact), 1))
    dimension = len(vectors[0])
    return {
        "chunks": rows,
        "catalog": "postgresql" if services.settings.catalog_url else "sqlite",
        "vectors": services.settings.chroma_url or "embedded chroma",
        "k": k,
        "matrix_mb": round(rows * dimension * 4 / 2**20, 1),
        "matrix_load_s": round(load_s, 2),
        "matrix_exact": _ms(exact_ms),
        "chroma_hnsw": _ms(hnsw_ms),
        "hnsw_recall_at_k": round(statistics.mean(recall), 3),
        "hnsw_score_recall_at_k": round(statistics.mean(score_recall), 3),
    }


def probe_synthetic(
    sizes: Sequence[int], dimension: int = 384, k: int = 40
) -> list[dict[str, Any]]:
    rng = np.random.default_rng(0)
    out = []
    for size in sizes:
        matrix = rng.standard_normal((size, dimension), dtype=np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        samples = []
        for _ in range(20):
            query = rng.standard_normal(dimension, dtype=np.float32)
            query /= np.linalg.norm(query)
            started = time.perf_counter()
            scores = matrix @ query
            top = np.argpartition(-scores, k)[:k]
            top[np.argsort(-scores[top])]
            samples.append((time.perf_counter() - started) * 1000)
        out.append({"rows": size, "matrix_mb": round(matrix.nbytes / 2**20, 1), **_ms(samples)})
        del matrix
    return out


def probe_synthetic_hnsw(size: int, dimension: int = 384, k: int = 40) -> dict[str, Any]:
    """Chroma's HNSW (an embedded collection made as govrag makes its own) over ``size`` random
    unit vectors, all distinct: query time and recall@k against an exact scan. Random vectors
    have no structure for the graph to use, so this recall is a pessimistic bound."""
    import tempfile

    from vectorstore.chroma_index import ChromaVectorIndex
    from vectorstore.dense import IndexDense

    rng = np.random.default_rng(1)
    matrix = rng.standard_normal((size, dimension), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    ids = [f"v{i:07d}" for i in range(size)]
    with tempfile.TemporaryDirectory(prefix="govrag-hnsw-") as folder:
        index = ChromaVectorIndex.open(path=Path(folder), url="", name="hnsw_probe")
        started = time.perf_counter()
        for start in range(0, size, 5000):
            index.upsert(
                ids[start : start + 5000],
                matrix[start : start + 5000].tolist(),
                [{"n": 0}] * len(ids[start : start + 5000]),
            )
        load_s = time.perf_counter() - started
        dense = IndexDense(index)
        samples, recall = [], []
        for _ in range(40):
            query = rng.standard_normal(dimension, dtype=np.float32)
            query /= np.linalg.norm(query)
            truth = {ids[i] for i in np.argpartition(-(matrix @ query), k)[:k]}
            started = time.perf_counter()
            found = dense.nearest(query.tolist(), k)
            samples.append((time.perf_counter() - started) * 1000)
            recall.append(len(truth & {cid for cid, _ in found}) / k)
        index.close()
    return {
        "rows": size,
        "load_s": round(load_s, 1),
        "chroma_hnsw": _ms(samples),
        "hnsw_recall_at_k": round(statistics.mean(recall), 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.dense_probe", description=__doc__)
    parser.add_argument("--k", type=int, default=40, help="neighbours (retrieval.candidates)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the questions")
    parser.add_argument("--skip-index", action="store_true", help="only the synthetic sizes")
    parser.add_argument("--synthetic", type=int, nargs="*", default=[], metavar="N")
    parser.add_argument(
        "--synthetic-hnsw",
        type=int,
        metavar="N",
        help="also Chroma's HNSW over N random distinct vectors (embedded): time and recall",
    )
    parser.add_argument("--out", type=Path, help="write the report (JSON) here")
    options = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    report: dict[str, Any] = {}
    if not options.skip_index:
        report["index"] = probe_index(options.k, options.rounds)
    if options.synthetic:
        report["synthetic_matrix"] = probe_synthetic(options.synthetic, k=options.k)
    if options.synthetic_hnsw:
        report["synthetic_hnsw"] = probe_synthetic_hnsw(options.synthetic_hnsw, k=options.k)
    text = json.dumps(report, indent=2)
    if options.out:
        options.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
