"""The page against a server that needs an API key (``GOVRAG_API_KEY``), in a real browser.

The page asks for the key when a request is refused with 401 ``unauthorized``, keeps it in
sessionStorage, sends it as ``Authorization: Bearer <key>`` (never in a URL), retries the
request that failed, says so when the key is wrong, and forgets it on request. Refusals a person
can act on (429, 503, 413) read as what to do, not as a generic error.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, Route, expect

from assistant.workbench import EXPORT_COLUMNS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

KEY_STORAGE = "govrag.apiKey"
WRONG = "wrong-key"
R18 = "Who is responsible for R18?"
# Chromium logs every non-2xx fetch as a console error; these are the refusals the tests expect.
EXPECTED_CONSOLE = re.compile(r"Failed to load resource: .*status of (401|413|429|503)\b")


@pytest.fixture()
def key_page(browser: Any, keyed_server: dict[str, Any]) -> Iterator[Any]:
    """Factory: key_page(width, height, key=None) -> (page, requests) at the keyed server's page.

    ``requests`` collects (url, Authorization header or None) of every request the page makes.
    With ``key`` the tab starts with it in sessionStorage. Page errors and console errors other
    than the expected refusals fail the test."""
    contexts: list[Any] = []
    problems: list[str] = []

    def make(
        width: int = 1280, height: int = 900, key: str | None = None
    ) -> tuple[Page, list[tuple[str, str | None]]]:
        context = browser.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True
        )
        contexts.append(context)
        if key:
            context.add_init_script(
                f"window.sessionStorage.setItem({json.dumps(KEY_STORAGE)}, {json.dumps(key)});"
            )
        page = context.new_page()
        page.set_default_timeout(15_000)
        requests: list[tuple[str, str | None]] = []
        page.on("request", lambda r: requests.append((r.url, r.headers.get("authorization"))))
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: (
                problems.append(f"console {message.type}: {message.text}")
                if message.type == "error" and not EXPECTED_CONSOLE.search(message.text)
                else None
            ),
        )
        page.goto(keyed_server["url"] + "/")
        return page, requests

    yield make
    for context in contexts:
        context.close()
    assert not problems, problems


def stored_key(page: Page) -> Any:
    return page.evaluate(f"window.sessionStorage.getItem({json.dumps(KEY_STORAGE)})")


def api_requests(requests: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    return [(url, auth) for url, auth in requests if "/v1/" in url]


def assert_no_key_in_urls(page: Page, requests: list[tuple[str, str | None]], key: str) -> None:
    assert requests
    for url, _ in requests:
        assert key not in url and WRONG not in url, url
    assert key not in page.url


# ------------------------------------------------------------------------------------ fast check


def test_server_refuses_without_the_key(keyed_server: dict[str, Any]) -> None:
    """What the page reacts to: the guard's 401, and the open page, static files and healthz."""
    url, key = keyed_server["url"], keyed_server["key"]
    refused = httpx.get(f"{url}/v1/documents", timeout=30)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
    assert refused.headers["www-authenticate"] == "Bearer"
    wrong = httpx.get(f"{url}/v1/documents", headers={"Authorization": f"Bearer {WRONG}"})
    assert wrong.status_code == 401
    ok = httpx.get(f"{url}/v1/documents", headers={"Authorization": f"Bearer {key}"}, timeout=30)
    assert ok.status_code == 200 and len(ok.json()) == 5
    for path in ("/", "/static/app.js", "/static/workbench.js", "/healthz"):
        assert httpx.get(f"{url}{path}", timeout=30).status_code == 200, path


# ------------------------------------------------------------------------------------ browser


def test_key_form_wrong_key_right_key_export_and_forget(
    key_page: Any, keyed_server: dict[str, Any], artifacts_dir: Path
) -> None:
    key = keyed_server["key"]
    page, requests = key_page()
    dialog = page.get_by_role("dialog", name="This server needs an API key")

    # The page loads quietly: no form until the user asks for something.
    expect(page.locator("#question")).to_be_focused()
    expect(dialog).to_be_hidden()
    expect(page.locator("#document-list")).to_contain_text("once the server's API key is entered")
    expect(page.get_by_role("button", name="Forget key")).to_be_hidden()

    # Asking shows the key form, not an error card.
    page.locator("#question").fill(R18)
    page.locator("#question").press("Enter")
    expect(dialog).to_be_visible()
    field = dialog.get_by_label("API key")
    expect(field).to_be_focused()
    expect(field).to_have_attribute("type", "password")
    expect(dialog.locator("#key-error")).to_be_hidden()
    turn = page.locator(".turn").first
    expect(turn.locator(".answer-body")).to_have_text("Waiting for the API key…")
    expect(page.locator(".msg.assistant.error")).to_have_count(0)

    # A wrong key: said so, and asked again.
    field.fill(WRONG)
    dialog.get_by_role("button", name="Save key").click()
    expect(dialog.get_by_role("alert")).to_contain_text(re.compile("wrong key", re.I))
    expect(dialog).to_be_visible()
    expect(field).to_have_value("")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert stored_key(page) is None  # a refused key is not kept
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts_dir / "web-api-key.png"))

    # The right key: the question that failed is retried and answered, with citations.
    field.fill(key)
    with page.expect_response(lambda r: r.url.endswith("/v1/chat") and r.status == 200):
        field.press("Enter")
    expect(dialog).to_be_hidden()
    reply = turn.locator(".msg.assistant")
    expect(reply).not_to_have_class(re.compile(r"\bstreaming\b|\berror\b"))
    expect(reply.locator(".answer-body")).to_contain_text("Director of Finance Services")
    expect(reply.locator(".answer-body button.cite").first).to_be_visible()
    expect(reply.locator(".sources-list li").first).to_be_visible()
    expect(page.get_by_role("button", name="Forget key")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "web-api-key-answered.png"))

    # In this tab's sessionStorage only; sent as a Bearer header, never in a URL.
    assert stored_key(page) == key
    assert page.evaluate("window.localStorage.length") == 0
    chats = [auth for url, auth in api_requests(requests) if url.endswith("/v1/chat")]
    assert chats == [None, f"Bearer {WRONG}", f"Bearer {key}"]
    # The document list loads once the key is there.
    expect(page.locator("#document-list input[type=checkbox]")).to_have_count(5)

    # The source panel's document request carries the key too.
    reply.locator(".answer-body button.cite").first.click()
    expect(page.locator("#source-panel mark")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#source-panel")).to_be_hidden()

    # The workbench register loads with the key, and the CSV export downloads with it.
    total = httpx.get(
        f"{keyed_server['url']}/v1/records",
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    ).json()["total"]
    page.get_by_role("tab", name="Workbench").click()
    expect(page.locator("#wb-count")).to_have_text(f"{total} of {total} actions")
    expect(page.locator("table.register-table tbody tr")).to_have_count(total)
    expect(dialog).to_be_hidden()
    csv_link = page.get_by_role("link", name=re.compile("Export the CSV"))
    expect(csv_link).to_have_attribute("href", "/v1/records?format=csv")
    with page.expect_download() as info:
        csv_link.click()
    assert info.value.suggested_filename == "govrag-records.csv"
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8-sig"))))
    assert list(rows[0]) == EXPORT_COLUMNS and len(rows) == total
    exports = [auth for url, auth in requests if "format=csv" in url]
    assert exports == [f"Bearer {key}"]

    # Every API request from the moment the key was saved carried it.
    sent = api_requests(requests)
    first = next(i for i, (_, auth) in enumerate(sent) if auth == f"Bearer {key}")
    assert {auth for _, auth in sent[first:]} == {f"Bearer {key}"}, sent[first:]
    assert_no_key_in_urls(page, requests, key)

    # Forget key: gone from storage; the next request asks again, and cancelling says why.
    page.get_by_role("button", name="Forget key").click()
    expect(page.get_by_role("button", name="Forget key")).to_be_hidden()
    assert stored_key(page) is None
    expect(page.locator("#key-status")).to_contain_text("API key forgotten")
    page.get_by_role("tab", name="Slippage").click()
    expect(dialog).to_be_visible()
    expect(dialog.locator("#key-error")).to_be_hidden()  # not "wrong": just not given
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    error = page.locator("#wb-slip-error")
    expect(error).to_contain_text("This server needs an API key.")
    # Try again asks again; with the key, the view loads.
    error.get_by_role("button", name="Try again").click()
    expect(dialog).to_be_visible()
    dialog.get_by_label("API key").fill(key)
    dialog.get_by_label("API key").press("Enter")
    expect(page.locator("#wb-slip-count")).to_contain_text("slipped")
    expect(error).to_be_hidden()
    assert stored_key(page) == key
    assert_no_key_in_urls(page, requests, key)


def test_workbench_asks_once_for_its_parallel_requests(
    key_page: Any, keyed_server: dict[str, Any], artifacts_dir: Path
) -> None:
    """Opening the workbench fires several requests at once: one form, then all of them retry."""
    key = keyed_server["key"]
    page, requests = key_page(width=375, height=740)
    page.goto(f"{keyed_server['url']}/#register")
    dialog = page.get_by_role("dialog", name="This server needs an API key")
    expect(dialog).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(artifacts_dir / "web-api-key-phone.png"))
    dialog.get_by_label("API key").fill(key)
    dialog.get_by_role("button", name="Save key").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#wb-count")).to_have_text(re.compile(r"^\d+ of \d+ actions$"))
    expect(page.locator("#wb-theme option[value=partnership]")).to_be_attached()
    expect(page.locator("#wb-document option")).to_have_count(6)
    expect(page.locator("#wb-register-error")).to_be_hidden()
    expect(page.locator("#wb-filter-error")).to_be_hidden()
    expect(dialog).to_be_hidden()  # the other refused requests did not ask again
    expect(page.get_by_role("button", name="Forget key")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(artifacts_dir / "web-api-key-phone-register.png"))
    for path in ("/v1/records", "/v1/documents", "/v1/slippage"):
        sent = [auth for url, auth in requests if url.endswith(path)]
        assert sent and sent[-1] == f"Bearer {key}", (path, sent)
    assert_no_key_in_urls(page, requests, key)


def refusal(status: int, code: str, message: str, help: str, retry: str | None = None) -> Any:
    """A route handler answering as the server's guard does."""
    body = json.dumps({"error": {"code": code, "message": message, "help": help, "status": status}})
    headers = {"Retry-After": retry} if retry else {}

    def handle(route: Route) -> None:
        route.fulfill(status=status, content_type="application/json", body=body, headers=headers)

    return handle


def test_refusals_read_as_what_to_do(key_page: Any, keyed_server: dict[str, Any]) -> None:
    page, requests = key_page(key=keyed_server["key"])
    expect(page.locator("#document-list input[type=checkbox]")).to_have_count(5)
    expect(page.get_by_role("button", name="Forget key")).to_be_visible()
    cases = [
        (
            refusal(
                429,
                "rate_limited",
                "too many requests from 127.0.0.1: the limit is 120 a minute",
                "Retry after 12 s.",
                "12",
            ),
            "Too many requests — try again in 12 s.",
            "Too many requests from 127.0.0.1: the limit is 120 a minute.",
            "code: rate_limited (HTTP 429)",
        ),
        (
            refusal(
                503,
                "overloaded",
                "the server is answering 32 requests already",
                "Retry in a moment.",
                "1",
            ),
            "The server is busy — try again in a moment.",
            "The server is answering 32 requests already.",
            "code: overloaded (HTTP 503)",
        ),
        (
            refusal(
                413,
                "too_large",
                "the request body is 300 KB, over the limit of 256 KB",
                "Send less, or raise GOVRAG_SERVER__MAX_BODY_KB.",
            ),
            "That is too large for this server.",
            "The request body is 300 KB, over the limit of 256 KB.",
            "code: too_large (HTTP 413)",
        ),
    ]
    for index, (handler, headline, detail, code) in enumerate(cases):
        page.route("**/v1/chat", handler)
        page.locator("#question").fill(f"question {index}")
        page.locator("#question").press("Enter")
        failed = page.locator(".turn").nth(index).locator(".msg.assistant.error")
        expect(failed.get_by_role("alert")).to_have_text(headline)
        expect(failed.locator(".error-help")).to_contain_text(detail)
        expect(failed.locator(".error-code")).to_have_text(code)
        expect(failed).not_to_contain_text("Something went wrong")
        page.unroute("**/v1/chat")
    expect(page.get_by_role("dialog")).to_have_count(0)  # no key form for these

    # The workbench retries a GET the server was too busy for, then says so, with Try again.
    busy = refusal(503, "overloaded", "the server is answering 32 requests already", "", "1")
    page.route("**/v1/records*", busy)
    page.get_by_role("tab", name="Workbench").click()
    error = page.locator("#wb-register-error")
    expect(error).to_contain_text("The server is busy — try again in a moment.", timeout=20_000)
    tries = [url for url, _ in requests if "/v1/records" in url]
    assert len(tries) == 4  # the first and three retries after Retry-After
    page.unroute("**/v1/records*")
    error.get_by_role("button", name="Try again").click()
    expect(error).to_be_hidden()
    expect(page.locator("#wb-count")).to_have_text(re.compile(r"^\d+ of \d+ actions$"))
