"""A real govrag server over a fresh index (the sample record plus one hostile document), and
Debian's chromium driven by Playwright. Both are session-wide; each test gets its own page."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ingest_with
from tests.servers import govrag_servers

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Its text content shows markup as literal text. Ingest unescapes entities once after stripping
# tags, so the markup is escaped twice (&amp;lt;) to survive as visible "<script>" text.
HOSTILE_HTML = (
    "<!doctype html>\n<html><head><title>Hostile Test Paper on Zebra Crossings</title></head>\n"
    "<body>\n<h1>Hostile Test Paper on Zebra Crossings</h1>\n<p>Report date: 12 May 2010</p>\n"
    "<p>The zebra crossing review found that the quokka signage committee wrote "
    "&amp;lt;script&amp;gt;window.__pwned = 1&amp;lt;/script&amp;gt; into the minutes and also "
    "&amp;lt;img src=x onerror=&quot;window.__pwned=2&quot;&amp;gt; as literal text, which the "
    "quokka committee must explain.</p>\n"
    "<p>The quokka committee agreed to publish revised zebra crossing guidance by June 2010.</p>\n"
    "</body></html>\n"
)
HOSTILE_SCRIPT = "<script>window.__pwned = 1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=2">'


WEB_RECORDS_LIMIT = 8
API_KEY = "some-key"


@pytest.fixture(scope="session")
def sample_index(
    sample_dir: Path, stored_vectors: object, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The sample record ingested once, with the real model's vectors (read back from the
    session's real-model index rather than computed again): each server's index starts as a
    copy of it (the web server's `govrag ingest` of the sample and the hostile paper then finds
    the sample's files unchanged), so the record is read and embedded once for both servers of
    the browser tests."""
    index = tmp_path_factory.mktemp("web-sample") / "index"
    embedded = stored_vectors.embedded  # type: ignore[attr-defined]
    result = ingest_with(stored_vectors, [sample_dir], index_dir=index)
    assert [o.action for o in result.outcomes] == ["added"] * 5
    assert stored_vectors.embedded == embedded  # type: ignore[attr-defined]  # none computed
    return index


@pytest.fixture(scope="session")
def web_servers(
    sample_dir: Path,
    sample_index: Path,
    stored_vectors: object,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """The two servers of the browser tests, started at once (their imports and model loads
    overlap): ``web_server`` and ``keyed_server`` below, each over its own copy of the index."""
    work = tmp_path_factory.mktemp("web")
    shutil.copytree(sample_index, work / "index")
    hostile = work / "hostile.html"
    hostile.write_text(HOSTILE_HTML, encoding="utf-8")
    env = {
        **os.environ,
        "GOVRAG_INDEX_DIR": str(work / "index"),
        "PYTHONPATH": str(ROOT),
        "ANONYMIZED_TELEMETRY": "False",
        # answers carry at most this many records: the page shows the cut and exports them all
        "GOVRAG_ANSWER__RECORDS_LIMIT": str(WEB_RECORDS_LIMIT),
    }
    # the sample's files are found unchanged; the hostile paper is embedded by the real model
    result = ingest_with(stored_vectors, [sample_dir, hostile], index_dir=work / "index")
    assert sorted(o.action for o in result.outcomes) == ["added"] + ["unchanged"] * 5

    keyed = tmp_path_factory.mktemp("web-keyed")
    shutil.copytree(sample_index, keyed / "index")
    keyed_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("GOVRAG_API_KEY", "GOVRAG_ADMIN_KEY")
    }
    keyed_env.update(
        {
            "GOVRAG_INDEX_DIR": str(keyed / "index"),
            "PYTHONPATH": str(ROOT),
            "ANONYMIZED_TELEMETRY": "False",
            "GOVRAG_API_KEY": API_KEY,
        }
    )

    logs = [work / "server.log", keyed / "server.log"]
    try:
        with govrag_servers([env, keyed_env], logs=list(logs), timeout=180) as (url, keyed_url):
            yield (
                {"url": url, "hostile_id": "hostile-html", "log": logs[0]},
                {"url": keyed_url, "key": API_KEY, "log": logs[1]},
            )
    finally:
        shutil.rmtree(work / "index", ignore_errors=True)
        shutil.rmtree(keyed / "index", ignore_errors=True)


@pytest.fixture(scope="session")
def web_server(web_servers: tuple[dict[str, Any], dict[str, Any]]) -> dict[str, Any]:
    """`govrag serve` over the sample record and a hostile paper; {"url", "hostile_id", "log"}."""
    return web_servers[0]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI_REQUIRE_BROWSER"):  # set by .ci/run: CI must not skip these
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def new_page(browser: Any, web_server: dict[str, Any]) -> Iterator[Any]:
    """Factory: new_page(width=1280, height=900) -> a page at the chat page, in its own context.

    Page errors and failed console messages fail the test (CSP violations show up there)."""
    contexts: list[Any] = []
    problems: list[str] = []

    def make(width: int = 1280, height: int = 900, **options: Any) -> Any:
        context = browser.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True, **options
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: (
                problems.append(f"console {message.type}: {message.text}")
                if message.type == "error"
                else None
            ),
        )
        page.goto(web_server["url"] + "/")
        return page

    yield make
    for context in contexts:
        context.close()
    assert not problems, problems


@pytest.fixture(scope="session")
def keyed_server(web_servers: tuple[dict[str, Any], dict[str, Any]]) -> dict[str, Any]:
    """`govrag serve` with GOVRAG_API_KEY set, over a fresh index of the sample record.

    {"url", "key", "log"}: every /v1 request needs ``Authorization: Bearer <key>``."""
    return web_servers[1]
