"""``govrag load``: a bounded load test of a running server, loopback only.

Each level runs N concurrent clients for a fixed time; every client asks the latency questions
in turn (``POST /v1/ask``) and starts the next request as soon as the last one ends. Reported
per level: requests, throughput, p50/p95/p99 of the answered (200) requests, and every status
code seen. Below the server's concurrency and rate limits the target is no errors at all;
above them, refusals must be 429 or 503 with ``Retry-After`` and never a 500.

    govrag serve --port 8000 &
    govrag load --url http://127.0.0.1:8000 --clients 16 32 64 --seconds 20

Against a deployment of several servers that share a PostgreSQL catalog and a Chroma server
(docs/deployment.md), give every server's URL: the clients are spread over them in turn
(client n asks server n mod len(urls)), so the figures are the deployment's throughput.

    govrag load --url http://127.0.0.1:8001 http://127.0.0.1:8002 --clients 4 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from eval.latency import QUESTIONS, summarise

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_SECONDS = 300
MAX_CLIENTS = 256


async def _client(
    http: httpx.AsyncClient,
    url: str,
    offset: int,
    deadline: float,
    statuses: Counter[str],
    latencies: list[float],
    retry_after: list[str],
) -> None:
    i = offset
    while time.monotonic() < deadline:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        started = time.perf_counter()
        try:
            response = await http.post(f"{url}/v1/ask", json={"question": question})
        except httpx.HTTPError as exc:
            statuses[type(exc).__name__] += 1
            await asyncio.sleep(0.05)
            continue
        elapsed = (time.perf_counter() - started) * 1000
        statuses[str(response.status_code)] += 1
        if response.status_code == 200:
            latencies.append(elapsed)
        elif response.status_code in (429, 503):
            retry_after.append(response.headers.get("retry-after", ""))
            await asyncio.sleep(0.05)  # a polite client backs off a little


async def run_level(url: str | Sequence[str], clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` clients for ``seconds``; with several URLs, client n asks URL n mod len."""
    urls = [url] if isinstance(url, str) else list(url)
    statuses: Counter[str] = Counter()
    latencies: list[float] = []
    retry_after: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(
            *(
                _client(http, urls[n % len(urls)], n, deadline, statuses, latencies, retry_after)
                for n in range(clients)
            )
        )
        wall = time.monotonic() - started
    total = sum(statuses.values())
    answered = statuses.get("200", 0)
    server_errors = sum(v for k, v in statuses.items() if k.isdigit() and int(k) >= 500)
    refused = statuses.get("429", 0) + statuses.get("503", 0)
    return {
        "clients": clients,
        "servers": len(urls),
        "seconds": round(wall, 2),
        "requests": total,
        "answered": answered,
        "throughput_rps": round(answered / wall, 1) if wall else 0.0,
        "statuses": dict(sorted(statuses.items())),
        "errors": total - answered,
        "refused_429_503": refused,
        "server_errors_5xx_other_than_503": server_errors - statuses.get("503", 0),
        "refusals_without_retry_after": sum(1 for r in retry_after if not r),
        "latency_ms": summarise(latencies),
    }


def build_parser(prog: str = "govrag load") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Bounded load test (loopback only).")
    parser.add_argument(
        "--url",
        required=True,
        nargs="+",
        help="a running govrag server on loopback, or several of one deployment",
    )
    parser.add_argument("--clients", type=int, nargs="+", default=[16, 32, 64])
    parser.add_argument("--seconds", type=float, default=20, help="per level (at most 300)")
    parser.add_argument("--out", type=Path, help="write load.json here")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    for given in options.url:
        host = urlparse(given).hostname or ""
        if host not in LOOPBACK:
            print(f"error: --url must be on loopback (127.0.0.1), not {host!r}", file=sys.stderr)
            return 2
    if not 0 < options.seconds <= MAX_SECONDS or not all(
        0 < c <= MAX_CLIENTS for c in options.clients
    ):
        print(
            f"error: --seconds must be in (0, {MAX_SECONDS}] and --clients in 1..{MAX_CLIENTS}",
            file=sys.stderr,
        )
        return 2
    urls = [given.rstrip("/") for given in options.url]
    healths = []
    for url in urls:
        try:
            healths.append(httpx.get(f"{url}/healthz", timeout=10).json())
        except (httpx.HTTPError, ValueError) as exc:
            print(f"error: no govrag server at {url} ({exc})", file=sys.stderr)
            return 3
    levels = []
    for clients in options.clients:
        print(
            f"[load] {clients} clients for {options.seconds:g} s on {len(urls)} server(s)",
            file=sys.stderr,
            flush=True,
        )
        levels.append(asyncio.run(run_level(urls, clients, options.seconds)))
    report: dict[str, Any] = {"url": urls[0], "server": healths[0], "levels": levels}
    if len(urls) > 1:
        report.update(urls=urls, servers=healths)
    if options.out:
        options.out.mkdir(parents=True, exist_ok=True)
        (options.out / "load.json").write_text(json.dumps(report, indent=2) + "\n")
    if options.json:
        print(json.dumps(report, indent=2))
    else:
        print("| clients | requests | answered/s | p50 ms | p95 ms | p99 ms | statuses |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for level in levels:
            lat = level["latency_ms"]
            statuses = ", ".join(f"{k}: {v}" for k, v in level["statuses"].items())
            print(
                f"| {level['clients']} | {level['requests']} | {level['throughput_rps']} | "
                f"{lat['p50_ms']} | {lat['p95_ms']} | {lat['p99_ms']} | {statuses} |"
            )
    bad = sum(level["server_errors_5xx_other_than_503"] for level in levels)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
