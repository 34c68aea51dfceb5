"""Start real servers on loopback for tests: a Chroma server, a uvicorn app."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    """A free loopback port. Under pytest-xdist each worker takes its ports from its own share
    of 20000–32767 (below Linux's ephemeral range, so no outgoing connection takes one between
    the probe and the server's bind): a port one worker probed is never handed to another while
    the first one's server is still starting up to bind it. (Filtering the kernel's own choice
    by worker does not work: Linux hands ``bind(0)`` ports of one parity only.)"""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # 'gw0', 'gw1', …
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if workers <= 1 or not worker[2:].isdigit():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])
    share = (_PRIVATE_LAST - _PRIVATE_FIRST) // workers
    first = _PRIVATE_FIRST + (int(worker[2:]) % workers) * share
    for _ in range(1000):
        port = random.randrange(first, first + share)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue  # taken
            return port
    raise RuntimeError(f"no free loopback port in {first}–{first + share - 1}")


_PRIVATE_FIRST, _PRIVATE_LAST = 20000, 32768


def wait_for(
    url: str, timeout: float = 60.0, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited early with code {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up in {timeout} s: {last}")


def chroma_executable() -> str:
    found = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    if not Path(found).exists():
        raise RuntimeError("the chroma CLI is not installed next to this Python")
    return found


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """A `chroma run` server on a free loopback port; yields its URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            chroma_executable(),
            "run",
            "--path",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/api/v2/heartbeat", process=process)
        yield url
    finally:
        stop_process(process)


def stop_process(process: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """SIGTERM, then SIGKILL if it has not stopped within ``grace`` seconds."""
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@contextmanager
def govrag_server(
    env: dict[str, str],
    *,
    workers: int = 1,
    log: Path | None = None,
    timeout: float = 180.0,
) -> Iterator[str]:
    """`govrag serve` on a free loopback port with this environment; yields its URL."""
    with govrag_servers([env], workers=workers, logs=[log], timeout=timeout) as (url,):
        yield url


@contextmanager
def govrag_servers(
    envs: list[dict[str, str]],
    *,
    workers: int | list[int] = 1,
    logs: list[Path | None] | None = None,
    timeout: float = 180.0,
) -> Iterator[list[str]]:
    """A `govrag serve` for each environment, each on its own free loopback port, all started at
    once (their imports and model loads overlap); yields their URLs once every one answers.
    ``workers``: uvicorn workers of every server, or of each in turn."""
    root = Path(__file__).resolve().parents[1]
    started: list[tuple[subprocess.Popen[bytes], str]] = []
    counts = workers if isinstance(workers, list) else [workers] * len(envs)
    try:
        for env, log, count in zip(envs, logs or [None] * len(envs), counts, strict=True):
            port = free_port()
            while any(url.endswith(f":{port}") for _, url in started):
                port = free_port()
            command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
            if count > 1:
                command += ["--workers", str(count)]
            output = log.open("wb") if log else subprocess.DEVNULL
            try:
                process = subprocess.Popen(
                    command, env=env, cwd=root, stdout=output, stderr=subprocess.STDOUT
                )
            finally:
                if log and not isinstance(output, int):
                    output.close()  # the child has its own handle
            started.append((process, f"http://127.0.0.1:{port}"))
        for process, url in started:
            wait_for(f"{url}/healthz", timeout=timeout, process=process)
        yield [url for _, url in started]
    finally:
        for process, _ in started:
            stop_process(process)
