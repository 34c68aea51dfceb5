"""The API docs page and the server's own refusals, on a real `govrag serve` (and, for /docs,
Debian's chromium): Swagger UI renders with no network but loopback, under the chat page's CSP,
and a request uvicorn cannot read is refused in the API's one JSON error shape."""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]


def test_swagger_ui_renders_offline_under_the_page_csp(
    new_page: Any, web_server: dict[str, Any]
) -> None:
    page = new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(web_server["url"] + "/docs")
    assert response is not None and response.status == 200
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/v1/ask" in paths and "/v1/documents" in paths
    origin = urlparse(web_server["url"]).netloc
    assert requested and all(urlparse(url).netloc == origin for url in requested), requested
    # new_page fails the test on any console error, CSP violations included


def test_a_request_uvicorn_cannot_read_is_refused_in_the_one_shape(
    web_server: dict[str, Any],
) -> None:
    url = web_server["url"]
    parsed = urlparse(url)
    for request in (
        b"GET /v1/search?q=" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",  # too long
        b"NOT HTTP AT ALL\r\n\r\n",
    ):
        with socket.create_connection((parsed.hostname, parsed.port), timeout=10) as raw:
            raw.sendall(request)
            reply = b""
            while chunk := raw.recv(65536):
                reply += chunk
        head, _, body = reply.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400"), reply[:200]
        assert b"content-type: application/json" in head.lower()
        assert b"x-content-type-options: nosniff" in head.lower()
        error = json.loads(body)["error"]
        assert error["code"] == "bad_request" and error["status"] == 400
        assert "POST body" in error["help"]
    assert httpx.get(url + "/healthz", timeout=10).status_code == 200  # still serving
