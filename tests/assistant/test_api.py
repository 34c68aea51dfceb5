"""The HTTP API: the /v1/ask contract, the other endpoints, one error shape on every error path."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.service import Assistant

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(assistant, warm_up=False)) as test_client:
        yield test_client


def assert_error(response: httpx.Response, status: int, code: str, text: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "help", "status"}
    assert body["error"]["code"] == code and body["error"]["status"] == status
    assert text in body["error"]["message"]


def test_ask_contract(client: TestClient) -> None:
    response = client.post(
        "/v1/ask", json={"question": "Which partnership actions slipped since 2008?"}
    )
    assert response.status_code == 200
    body = response.json()
    assert {
        "answer",
        "abstained",
        "citations",
        "records",
        "coverage",
        "query",
        "timings_ms",
    } <= set(body)
    assert isinstance(body["answer"], str) and body["abstained"] is False
    citation = body["citations"][0]
    assert {"n", "chunk_id", "document", "page", "ref", "quote"} <= set(citation)
    assert set(citation["document"]) == {"id", "title", "filename", "date"}
    assert {"matched", "searched_documents", "period", "rule"} <= set(body["coverage"])
    assert body["coverage"]["matched"] == 1 and body["records"][0]["ref"] == "3"
    assert body["query"]["themes"] == ["partnership"] and body["query"]["since"] == 2008
    assert body["timings_ms"]["total"] > 0
    assert body["records_total"] == len(body["records"]) == 1
    assert response.headers["content-type"] == "application/json"


def test_ask_records_limit_cuts_the_list_but_not_the_count(client: TestClient) -> None:
    question = "Which actions are complete?"
    whole = client.post("/v1/ask", json={"question": question}).json()
    total = whole["coverage"]["matched"]
    assert total > 3 and whole["records_total"] == total == len(whole["records"])
    assert "records_limit" not in whole["answer"]

    cut = client.post("/v1/ask", json={"question": question, "records_limit": 3}).json()
    assert [r["id"] for r in cut["records"]] == [r["id"] for r in whole["records"][:3]]
    assert cut["records_total"] == total and cut["coverage"]["matched"] == total
    assert f"first 3 of these {total} records" in cut["answer"]
    assert cut["answer"].rstrip().endswith(f"_{cut['coverage']['line']}_")  # coverage stays last
    assert f"records cut to the first 3 of {total}" in cut["notes"]

    none = client.post("/v1/ask", json={"question": question, "records_limit": 0}).json()
    assert none["records"] == [] and none["records_total"] == total


def test_ask_with_filters_and_top_k(client: TestClient) -> None:
    response = client.post(
        "/v1/ask",
        json={
            "question": "What does the record say about benchmarking?",
            "filters": {"year_from": 2008, "year_to": 2008},
            "top_k": 5,
        },
    )
    assert response.status_code == 200
    assert {c["document"]["filename"] for c in response.json()["citations"]} <= {
        "002_93be34f48625d430.txt",
        "000_f60702f293bad3c1.txt",
    }


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ({"question": ""}, "the question is empty"),
        ({"question": "   "}, "the question is empty"),
        ({"question": "x" * 1001}, "the limit is 1000"),
        ({"question": "risk", "filters": {"colour": "red"}}, "colour"),
        ({"question": "risk", "filters": {"theme": ["astrology"]}}, "unknown theme"),
        (
            {"question": "risk", "filters": {"document": ["nope.txt"]}},
            "unknown document 'nope.txt'",
        ),
        (  # a list question too: an error, not "0 of 76 actions match"
            {"question": "Which actions are ongoing?", "filters": {"document": ["nope.txt"]}},
            "unknown document 'nope.txt'",
        ),
        ({"question": "risk", "top_k": 0}, "top_k"),
        ({"question": "risk", "records_limit": -1}, "records_limit"),
        ({"question": "risk", "temperature": 2}, "temperature"),
        ({}, "question"),
    ],
)
def test_ask_bad_input_is_422(client: TestClient, body: dict[str, object], text: str) -> None:
    assert_error(client.post("/v1/ask", json=body), 422, "invalid_request", text)


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/v1/ask", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(response, 422, "invalid_request", "")


def test_search(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": "R18", "k": 3})
    hits = response.json()["hits"]
    assert response.status_code == 200 and hits[0]["ref"] == "R18"
    filtered = client.get(
        "/v1/search", params=[("q", "partnership"), ("theme", "partnership"), ("kind", "record")]
    ).json()
    assert filtered["hits"] and all(h["metadata"]["theme_partnership"] for h in filtered["hits"])
    assert_error(
        client.get("/v1/search", params={"q": "x", "colour": "red"}),
        422,
        "invalid_request",
        "unknown parameter colour",
    )
    assert_error(
        client.get("/v1/search", params={"q": "x", "status": "finished"}),
        422,
        "invalid_request",
        "status",
    )
    assert_error(client.get("/v1/search"), 422, "invalid_request", "q")


def test_records_json_and_csv(client: TestClient) -> None:
    body = client.get(
        "/v1/records", params={"theme": "partnership", "slipped": "true", "since": 2008}
    ).json()
    assert (
        body["count"] == 1
        and body["total"] == 76
        and body["records"][0]["revised_from_text"] == "December 2008"
    )
    response = client.get(
        "/v1/records", params={"document": "004_8a3584b528f67d05.txt", "format": "csv"}
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["ref"] for r in rows] == [f"R{i}" for i in range(1, 14)]
    assert rows[5]["status_text"] == "Recommendation met: significantly"
    assert_error(
        client.get("/v1/records", params={"format": "pdf"}),
        422,
        "invalid_request",
        "unknown format",
    )
    assert_error(
        client.get("/v1/records", params={"stauts": "x"}), 422, "invalid_request", "stauts"
    )


def test_documents_and_source_viewer(client: TestClient) -> None:
    documents = client.get("/v1/documents").json()
    assert len(documents) == 5 and documents[0]["id"] == "000_f60702f293bad3c1-txt"
    detail = client.get("/v1/documents/001_f17b8c3d3b95c95d-txt").json()
    assert detail["document"]["date"] == "2017-03-31" and len(detail["records"]) == 10
    assert "This area continues to exist without a working lead." in "".join(
        p["text"] for p in detail["pages"]
    )
    assert_error(client.get("/v1/documents/nope"), 404, "not_found", "nope")


def test_health_docs_and_unknown_routes(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["records"] == 76
    assert client.get("/docs").status_code == 200
    assert "/v1/ask" in client.get("/openapi.json").json()["paths"]
    assert_error(client.get("/v1/nothing"), 404, "not_found", "Not Found")
    assert_error(client.get("/v1/ask"), 405, "method_not_allowed", "Method Not Allowed")


def test_citations_quote_the_source_viewer_text(client: TestClient) -> None:
    body = client.post(
        "/v1/ask", json={"question": "Has risk management been a recurring weakness?"}
    ).json()
    pages: dict[str, str] = {}
    for citation in body["citations"]:
        doc = citation["document"]["id"]
        if doc not in pages:
            detail = client.get(f"/v1/documents/{doc}").json()
            pages[doc] = "\f".join(p["text"] for p in detail["pages"])
        assert citation["quote"] in pages[doc]


@pytest.mark.server
def test_real_uvicorn_server(real_server: str) -> None:
    """`govrag serve` in its own process answers over HTTP on loopback."""
    response = httpx.post(
        f"{real_server}/v1/ask",
        json={"question": "How many recommendations did the District Audit report make?"},
        timeout=60,
    )
    assert response.status_code == 200 and response.json()["coverage"]["matched"] == 13
