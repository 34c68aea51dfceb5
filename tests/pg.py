"""A throwaway PostgreSQL cluster on loopback for tests.

``postgres_cluster()`` runs ``initdb`` into a temporary folder (as the ``postgres`` user when the
tests run as root: PostgreSQL refuses to run as root), starts it with ``pg_ctl`` on a free port
of 127.0.0.1 (no Unix socket, trust authentication, fsync off), yields a :class:`Cluster`, and
stops and removes it at the end. Each ``cluster.database()`` is a new empty database.

When the binaries are missing the tests skip with a message, unless ``CI_REQUIRE_POSTGRES`` is
set (CI sets it): then they fail.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.servers import free_port

SUPERUSER = "govrag"


def postgres_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else Debian's newest."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def require_postgres() -> Path:
    """The binaries' folder, or skip (fail in CI) with a message."""
    found = postgres_bin()
    if found is None:
        message = (
            "PostgreSQL is not installed (initdb/pg_ctl not found): apt-get install postgresql"
        )
        if os.environ.get("CI_REQUIRE_POSTGRES"):
            pytest.fail(message + " (CI_REQUIRE_POSTGRES is set)")
        pytest.skip(message)
    return found


class Cluster:
    def __init__(self, port: int) -> None:
        self.port = port
        self._names = itertools.count()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)


@contextmanager
def postgres_cluster() -> Iterator[Cluster]:
    """Start a throwaway cluster; stop and remove it at the end."""
    bindir = require_postgres()
    root = Path(tempfile.mkdtemp(prefix="govrag-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL will not run as root
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.fail("running as root and no runuser to start PostgreSQL as `postgres`")
        shutil.chown(root, "postgres")
        root.chmod(0o700)
        as_user = [runuser, "-u", "postgres", "--"]
    port = free_port()

    def run(*args: str) -> None:
        result = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}")

    started = False
    try:
        run(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--no-sync",
            "--encoding=UTF8",
            "--locale=C",
        )
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        run(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        started = True
        cluster = Cluster(port)
        deadline = time.monotonic() + 30
        import psycopg

        while True:  # pg_ctl -w waited; make sure TCP answers too
            try:
                psycopg.connect(cluster.url(), connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield cluster
    finally:
        if started:
            subprocess.run(
                [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(root, ignore_errors=True)
