"""The HTTP client of the harness waits out the refusals a server lifts by itself (429 and 503
with ``Retry-After``) within its budget, and past the budget says what the server answered.

The server here is a deterministic fake transport, and then the real app with its rate limit;
the client's sleep is a recorder, so no test waits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.service import Assistant
from eval.client import HttpClient, ServerBusyError, retry_after
from eval.runner import main

ANSWER = {"answer": "R18 is owned by the Treasurer.", "abstained": False, "citations": []}


class RefusingServer:
    """Answers /v1/ask after refusing it with the given (status, Retry-After) pairs in turn."""

    def __init__(self, *refusals: tuple[int, str | None]) -> None:
        self.refusals = list(refusals)
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.path)
        if self.refusals:
            status, header = self.refusals.pop(0)
            headers = {"Retry-After": header} if header is not None else {}
            return httpx.Response(status, headers=headers, json={"error": {"status": status}})
        return httpx.Response(200, json=ANSWER)


def client_of(server: RefusingServer, max_wait: float, slept: list[float]) -> HttpClient:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return HttpClient("http://fake", client=http, max_wait=max_wait, sleep=slept.append)


def test_refusals_are_waited_out_for_as_long_as_each_asks() -> None:
    in_ten_seconds = format_datetime(datetime.now(UTC) + timedelta(seconds=10), usegmt=True)
    server = RefusingServer((429, "2"), (503, in_ten_seconds))
    slept: list[float] = []
    answer = client_of(server, 60, slept).ask("Who owns R18?")
    assert answer == ANSWER
    assert server.requests == ["/v1/ask"] * 3
    assert slept[0] == 2 and 8 <= slept[1] <= 10  # the date form is read as seconds from now


def test_past_the_budget_the_error_says_what_the_server_answered() -> None:
    server = RefusingServer((429, "30"), (429, "30"), (429, "30"))
    slept: list[float] = []
    with pytest.raises(ServerBusyError) as caught:
        client_of(server, 45, slept).ask("Who owns R18?")
    assert slept == [30]  # a second wait would pass 45 s
    message = str(caught.value)
    assert "POST /v1/ask" in message and "429" in message and "Retry-After: 30" in message
    assert "at most 45 s" in message


def test_a_refusal_without_retry_after_is_not_retried() -> None:
    server = RefusingServer((503, None))
    slept: list[float] = []
    with pytest.raises(ServerBusyError, match="503"):
        client_of(server, 120, slept).search("R18")
    assert slept == [] and server.requests == ["/v1/search"]


def test_other_errors_are_raised_as_they_are() -> None:
    server = RefusingServer((500, "1"))
    slept: list[float] = []
    with pytest.raises(httpx.HTTPStatusError, match="500"):
        client_of(server, 120, slept).ask("Who owns R18?")
    assert slept == []


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), ("Wed, 03 Dec 2026 17:00:30 GMT", 30.0), ("soon", None), ("", None)],
)
def test_retry_after_reads_seconds_and_dates(header: str, seconds: float | None) -> None:
    response = httpx.Response(429, headers={"Retry-After": header})
    assert retry_after(response, now=datetime(2026, 12, 3, 17, 0, tzinfo=UTC)) == seconds


@pytest.fixture()
def limited_app(fake_services: Any, sample_dir: Path) -> Iterator[TestClient]:
    assert not fake_services.indexer.ingest_paths([sample_dir]).skipped
    assistant = Assistant(fake_services)
    assistant.settings.server.rate_limit_per_minute = 1
    with TestClient(create_app(assistant, warm_up=False)) as client:
        yield client


def test_the_real_rate_limit_is_waited_out_by_its_own_retry_after(
    limited_app: TestClient,
) -> None:
    slept: list[float] = []
    client = HttpClient("http://testserver", client=limited_app, max_wait=120, sleep=slept.append)
    assert client.ask("Who owns R18?")["answer"]
    with pytest.raises(ServerBusyError, match="429"):
        client.ask("Who owns R18?")  # the recorder does not let the bucket refill
    assert slept and all(wait >= 1 for wait in slept) and sum(slept) <= 120


def test_a_negative_wait_is_refused_with_its_option_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--url", "http://127.0.0.1:9", "--max-wait", "-1"]) == 2
    assert "--max-wait: expected 0 or more seconds" in capsys.readouterr().err
