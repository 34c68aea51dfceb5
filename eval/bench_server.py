"""``govrag serve`` on loopback for the bench: the server, its memory sampled, and throughput."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from eval.latency import QUESTIONS, summarise


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``govrag serve`` on loopback over one index, with its resident memory sampled."""

    def __init__(self, index_dir: Path, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(
            os.environ,
            GOVRAG_INDEX_DIR=str(index_dir),
            GOVRAG_EMBEDDING_QUERY_CACHE="0",
            HF_HUB_OFFLINE="1",
            # the bench measures capacity: no per-client rate limit, and every client admitted
            GOVRAG_SERVER__RATE_LIMIT_PER_MINUTE="0",
            GOVRAG_SERVER__MAX_CONCURRENCY="1000",
        )
        command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(self.port)]
        if workers > 1:
            command += ["--workers", str(workers)]
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        self.peak_rss = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"govrag serve exited: {error[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise RuntimeError("govrag serve did not answer /healthz within 180 s")
        self._sampler.start()
        return self

    def _rss(self) -> int:
        import psutil

        try:
            parent = psutil.Process(self.process.pid)
            return int(sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)]))
        except psutil.Error:
            return 0

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_rss = max(self.peak_rss, self._rss())
            self._stop.wait(0.2)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._sampler.is_alive():
            self._sampler.join(2)
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def throughput(url: str, clients: int, requests_per_client: int) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, each asking ``requests_per_client``
    questions in turn; requests per second over the wall time, and every non-200 counted."""
    errors: list[str] = []
    samples: list[float] = []
    lock = threading.Lock()

    def client(offset: int) -> None:
        with httpx.Client(timeout=60) as http:
            for i in range(requests_per_client):
                question = QUESTIONS[(offset + i) % len(QUESTIONS)]
                started = time.perf_counter()
                try:
                    response = http.post(f"{url}/v1/ask", json={"question": question})
                    ok = response.status_code == 200
                    problem = f"HTTP {response.status_code}" if not ok else ""
                except httpx.HTTPError as exc:
                    ok, problem = False, type(exc).__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    samples.append(elapsed)
                    if not ok:
                        errors.append(problem)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    seconds = time.perf_counter() - started
    total = clients * requests_per_client
    return {
        "clients": clients,
        "requests": total,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "seconds": round(seconds, 2),
        "requests_per_s": round(total / max(seconds, 1e-9), 1),
        "latency": summarise(samples),
    }
