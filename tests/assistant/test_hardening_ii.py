"""Hardening II: the faults that probing the running service found (issue 12), each
reproduced the way it was seen: over HTTP through the real app, or through a batch ingest.
A real catalog and embedded Chroma over the sample record; the hashing embedder keeps it fast."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from assistant.api.app import create_app
from assistant.container import Services
from assistant.service import Assistant
from ingest.errors import InvalidRequest, UnknownDocument
from ingest.model import ExtractedDocument
from vectorstore.catalog import SqliteCatalog

ADMIN = "admin-key-0123456789"
FIRST_PAPER = "000_f60702f293bad3c1.txt"

# A paper that says the same things twice: a passage repeated in an appendix (prose chunks
# with the same text) and a table whose two rows are the same (record chunks with the same
# text). Chunk ids hashed only document, kind and text, so this could not be stored.
_PASSAGE = (
    "The board reviewed the arrangements for managing risk across the service and agreed "
    "that each directorate would keep its own register, reviewed every quarter by the "
    "audit panel."
)
REPEATING = f"""Risk Management Review 2019

Ref\tRecommendation\tOwner\tTarget date
1\tKeep a risk register in every directorate.\tHead of Risk\tMarch 2020
2\tReport the top risks to the audit panel.\tHead of Risk\tJune 2020

{_PASSAGE}
\f
Ref\tRecommendation\tOwner\tTarget date
3\tTrain every risk owner.\tHead of Learning\tMarch 2021

{_PASSAGE}
"""


@pytest.fixture()
def assistant(fake_services: Services, sample_dir: Path) -> Assistant:
    result = fake_services.indexer.ingest_paths([sample_dir])
    assert not result.skipped
    return Assistant(fake_services)


@pytest.fixture()
def client(assistant: Assistant) -> Iterator[TestClient]:
    assistant.settings.admin_key = SecretStr(ADMIN)
    with TestClient(create_app(assistant, warm_up=False)) as test_client:
        yield test_client


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    body: dict[str, Any] = response.json()["error"]
    assert body["code"] == code and body["status"] == status
    return body


def upload(
    client: TestClient, name: str, data: bytes, *, replace: bool | None = None
) -> httpx.Response:
    params = {} if replace is None else {"replace": str(replace).lower()}
    return client.post(
        "/v1/documents",
        files={"file": (name, data)},
        params=params,
        headers={"Authorization": f"Bearer {ADMIN}"},
    )


def vectors_agree(services: Services) -> bool:
    """Every chunk the catalog knows has a vector, and no vector is an orphan."""
    return services.vectors.all_ids() == services.catalog.chunk_ids()


# -- 1. text that repeats itself -----------------------------------------------------------------
def test_repeated_text_ingests_over_http_with_one_chunk_per_occurrence(
    client: TestClient, assistant: Assistant
) -> None:
    response = upload(client, "risk-review.txt", REPEATING.encode())
    assert response.status_code == 201, response.text
    document = response.json()["document"]
    chunks = assistant.services.catalog.chunks(
        sorted(assistant.services.catalog.chunk_ids(document["id"]))
    )
    prose = [c for c in chunks.values() if c.kind == "prose" and _PASSAGE[:60] in c.text]
    assert len(prose) == 2  # both occurrences are kept, each pointing at its own place
    assert len({c.source_start for c in prose}) == 2
    assert document["records"] == 3 and len(chunks) == document["chunks"]
    assert vectors_agree(assistant.services)
    again = upload(client, "risk-review.txt", REPEATING.encode())
    assert again.status_code == 200 and again.json()["action"] == "unchanged"


class FailingCatalog(SqliteCatalog):
    """A real catalog that refuses to store one named document, as a bug or a full disk
    would (a deterministic fault, raised inside the write transaction)."""

    refuse: str = ""

    def replace_document(
        self,
        conn: sqlite3.Connection,
        extracted: ExtractedDocument,
        source: bytes | None,
        pipeline: str = "",
    ) -> None:
        super().replace_document(conn, extracted, source, pipeline)
        if extracted.info.filename == self.refuse:
            raise sqlite3.IntegrityError("UNIQUE constraint failed: chunks.id")


def test_a_file_that_fails_is_skipped_the_batch_goes_on_and_leaves_no_vectors(
    tmp_path: Path, sample_dir: Path
) -> None:
    from assistant.settings import load_settings
    from tests.fakes import HashingEmbedder

    folder = tmp_path / "papers"
    folder.mkdir()
    names = sorted(p.name for p in sample_dir.glob("*.txt"))
    for name in names:
        (folder / name).write_bytes((sample_dir / name).read_bytes())
    (folder / "002a_repeating.txt").write_text(REPEATING)
    settings = load_settings(index_dir=tmp_path / "index")
    catalog = FailingCatalog(settings.index_dir / "catalog.sqlite")
    catalog.refuse = names[1]  # one in the middle of the batch
    services = Services(settings, embedder=HashingEmbedder())
    services.catalog = catalog  # the composition root's catalog, swapped before first use
    try:
        result = services.indexer.ingest_paths([folder])
        assert [Path(s["path"]).name for s in result.skipped] == [names[1]]
        reason = result.skipped[0]["reason"]
        assert "could not be ingested" in reason and "IntegrityError" in reason
        stored = {o.filename for o in result.outcomes}
        assert stored == (set(names) - {names[1]}) | {"002a_repeating.txt"}
        assert services.catalog.find_document(names[1]) is None
        assert vectors_agree(services)  # the refused file's vectors were taken out again
    finally:
        services.catalog.close()


# -- 2. a lone surrogate ---------------------------------------------------------------------------
SURROGATE_BODIES = [
    ("/v1/ask", '{"question": "risk \\ud800"}'),
    ("/v1/ask", '{"question": "Who owns R18?", "filters": {"document": "x\\udfff"}}'),
    ("/v1/chat", '{"messages": [{"role": "user", "content": "risk \\ud800"}]}'),
    ("/v1/chat", '{"messages": [{"role": "user", "content": "risk \\ud800"}], "stream": true}'),
    ("/v1/chat/completions", '{"messages": [{"role": "user", "content": "risk \\ud800"}]}'),
    (
        "/v1/chat/completions",
        '{"messages": [{"role": "user", "content": "risk \\ud800"}], "stream": true}',
    ),
]


@pytest.mark.parametrize(("path", "raw"), SURROGATE_BODIES)
def test_a_lone_surrogate_is_a_422_in_the_one_shape(
    client: TestClient, path: str, raw: str
) -> None:
    response = client.post(path, content=raw, headers={"Content-Type": "application/json"})
    body = error(response, 422, "invalid_request")
    assert "lone surrogate" in body["message"]


def test_a_lone_surrogate_from_the_command_line_is_refused_clearly(
    assistant: Assistant, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.cli as cli
    from assistant.cli import common

    monkeypatch.setattr(common, "services", lambda: assistant.services)
    # bytes the shell could not decode reach Python as lone surrogates (surrogateescape)
    with pytest.raises(InvalidRequest, match="lone surrogate at character 6"):
        assistant.ask("risk \udcff")
    with pytest.raises(UnknownDocument):
        assistant.ask("Who owns R18?", {"document": ["x\udcff"]})
    assert cli.main(["ask", "risk \udcff"]) != 0
    assert "lone surrogate" in capsys.readouterr().err


class BrokenAnswerer:
    """An answerer with a bug in it: every answer fails with an unexpected error."""

    def answer(self, q: Any, context: Any) -> Any:
        raise RuntimeError("a bug in a composer")


def test_a_stream_that_fails_ends_with_an_error_event(assistant: Assistant) -> None:
    broken = Assistant(assistant.services, answerer=BrokenAnswerer())  # type: ignore[arg-type]
    question = {"messages": [{"role": "user", "content": "Who owns R18?"}], "stream": True}
    with TestClient(create_app(broken, warm_up=False), raise_server_exceptions=False) as client:
        chat = client.post("/v1/chat", json=question)
        events = [e for e in chat.text.split("\n\n") if e.strip()]
        assert chat.status_code == 200 and events[-1].startswith("event: error")
        error_event = json.loads(events[-1].split("data: ", 1)[1])
        assert error_event["error"]["code"] == "internal_error"

        completion = client.post("/v1/chat/completions", json=question)
        lines = [line for line in completion.text.split("\n\n") if line.strip()]
        assert lines[-1] == "data: [DONE]"
        assert json.loads(lines[-2][len("data: ") :])["error"]["code"] == "internal_error"

        plain = client.post("/v1/ask", json={"question": "Who owns R18?"})
        error(plain, 500, "internal_error")  # and never a plain-text 500


# -- 4. the same bytes under a new name ------------------------------------------------------------
def _complete_count(client: TestClient) -> int:
    records = client.get("/v1/records", params={"status": "complete"}).json()
    return int(records["total"])


def test_the_same_bytes_under_a_new_name_are_refused_and_counted_once(
    client: TestClient, assistant: Assistant, sample_dir: Path
) -> None:
    before = _complete_count(client), len(assistant.register.all())
    data = (sample_dir / FIRST_PAPER).read_bytes()
    response = upload(client, f"copy_of_{FIRST_PAPER}", data)
    body = error(response, 409, "duplicate_document")
    assert body["details"]["document_id"] == "000_f60702f293bad3c1-txt"
    assert FIRST_PAPER in body["message"]
    assert (_complete_count(client), len(assistant.register.all())) == before
    assert len(client.get("/v1/documents").json()) == 5


def test_the_same_bytes_twice_in_one_folder_go_in_once(
    fake_services: Services, sample_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    data = (sample_dir / FIRST_PAPER).read_bytes()
    (folder / FIRST_PAPER).write_bytes(data)
    (folder / f"zz_copy_of_{FIRST_PAPER}").write_bytes(data)
    result = fake_services.indexer.ingest_paths([folder])
    assert [o.filename for o in result.outcomes] == [FIRST_PAPER]
    assert len(result.skipped) == 1 and FIRST_PAPER in result.skipped[0]["reason"]
    # and in a later batch, against what the index holds already
    later = fake_services.indexer.ingest_paths([folder / f"zz_copy_of_{FIRST_PAPER}"])
    assert later.outcomes == [] and "same content" in later.skipped[0]["reason"]
    assert len(fake_services.catalog.documents()) == 1


# -- 5. a new file with an existing name -----------------------------------------------------------
def test_a_different_file_under_an_existing_name_needs_replace(
    client: TestClient, assistant: Assistant
) -> None:
    first = upload(client, "dup.txt", REPEATING.encode())
    assert first.status_code == 201
    other = b"Partnership Review 2020\n\nThe partnership board met twice in the year.\n"
    body = error(upload(client, "dup.txt", other), 409, "document_exists")
    assert body["details"]["document_id"] == "dup-txt" and "replace=true" in body["help"]
    kept = client.get("/v1/documents/dup-txt").json()
    assert kept["document"]["sha256"] == first.json()["document"]["sha256"]  # nothing lost

    replaced = upload(client, "dup.txt", other, replace=True)
    assert replaced.status_code == 201 and replaced.json()["action"] == "updated"
    assert replaced.json()["replaced"]["sha256"] == first.json()["document"]["sha256"]
    assert (
        client.get("/v1/documents/dup-txt")
        .json()["document"]["title"]
        .startswith("Partnership Review")
    )
    assert vectors_agree(assistant.services)


def test_the_cli_prints_what_an_update_replaced(
    fake_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import assistant.cli as cli
    from assistant.cli import common

    monkeypatch.setattr(common, "services", lambda: fake_services)
    paper = tmp_path / "dup.txt"
    paper.write_text(REPEATING)
    assert cli.main(["ingest", str(paper)]) == 0
    capsys.readouterr()
    paper.write_text(REPEATING.replace("March 2020", "June 2020"))
    assert cli.main(["ingest", str(paper)]) == 0
    out = capsys.readouterr().out
    assert "updated  dup.txt" in out and "replaced the earlier dup.txt (3 records" in out
    assert cli.main(["ingest", str(paper), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["replaced"] == []  # unchanged the third time


# -- smaller ones ----------------------------------------------------------------------------------
def test_a_413_states_the_size_or_says_over(client: TestClient, assistant: Assistant) -> None:
    assistant.settings.server.max_upload_mb = 0.01  # 10 KB
    declared = error(upload(client, "big.txt", b"x" * 25_000), 413, "too_large")
    assert re.fullmatch(r"the upload is 24\.\d KB, over the limit of 10\.2 KB", declared["message"])
    assert "busy" not in declared["help"] and "MAX_UPLOAD_MB" in declared["help"]

    def chunks() -> Iterator[bytes]:  # chunked: the real size is never known
        for _ in range(5):
            yield b"y" * 5_000

    streamed = client.post(
        "/v1/documents",
        content=chunks(),
        headers={"Authorization": f"Bearer {ADMIN}", "Content-Type": "multipart/form-data"},
    )
    body = error(streamed, 413, "too_large")
    assert body["message"] == "the upload is over the limit of 10.2 KB"


def test_malformed_bodies_come_back_in_the_one_shape(client: TestClient) -> None:
    deep = '{"question": "x", "filters": {"a": ' + "[" * 5000 + "]" * 5000 + "}}"
    body = error(
        client.post("/v1/ask", content=deep, headers={"Content-Type": "application/json"}),
        422,
        "invalid_request",
    )
    assert "nested too deeply" in body["message"]

    long_name = "a" * 5000 + ".txt"
    raw = (
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="'
        + long_name.encode()
        + b'"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B--\r\n'
    )
    response = client.post(
        "/v1/documents",
        content=raw,
        headers={
            "Authorization": f"Bearer {ADMIN}",
            "Content-Type": "multipart/form-data; boundary=B",
        },
    )
    body = error(response, 422, "invalid_request")
    assert "header size" in body["message"]  # the parser's own reason, not "Invalid multipart"
    named = error(upload(client, "b" * 300 + ".txt", b"text"), 422, "invalid_request")
    assert "file name is 304 characters" in named["message"]


def test_every_response_says_nosniff(client: TestClient) -> None:
    for response in (
        client.get("/v1/documents"),
        client.post("/v1/ask", json={"question": "Who owns R18?"}),
        client.get("/healthz"),
        client.get("/openapi.json"),
        client.get("/v1/no-such-route"),
        client.get("/docs"),
    ):
        assert response.headers.get("x-content-type-options") == "nosniff", response.url


def test_docs_are_served_without_a_cdn_under_the_page_csp(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "http" not in page.text  # every asset from this server
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert "<script>" not in page.text  # no inline script: the CSP would block it
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "start.js"):
        served = client.get(f"/docs/assets/{asset}")
        assert served.status_code == 200 and len(served.content) > 50, asset
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text[:5000]
    error(client.get("/docs/assets/..%2Fsecret"), 404, "not_found")
    assert client.get("/redoc").status_code == 404  # the CDN-loading page is gone
