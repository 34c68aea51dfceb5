"""The auditor's workbench over HTTP and on the command line: recurring issues, threads,
slippage, and register exports that a spreadsheet opens (read back with openpyxl)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from assistant.api.app import create_app
from assistant.cli import main
from assistant.service import Assistant
from assistant.workbench import EXPORT_COLUMNS

pytestmark = pytest.mark.slow
PARTNERSHIP_2002 = "004_8a3584b528f67d05-txt:R5"


@pytest.fixture(scope="module")
def client(assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(assistant, warm_up=False)) as test_client:
        yield test_client


def test_recurring_lists_themes_and_threads(client: TestClient) -> None:
    body = client.get("/v1/recurring").json()
    themes = {t["theme"]: t for t in body["themes"]}
    assert themes["partnership"]["documents"] == 4 and themes["partnership"]["years"] == [
        2002,
        2008,
        2017,
    ]
    assert themes["risk management"]["documents"] == 3
    assert body["threads"][0]["title"] == "Strategic Partnerships"
    assert "ranked by span of years" in body["rule"]
    only = client.get("/v1/recurring", params={"theme": "risk"}).json()
    assert [t["theme"] for t in only["themes"]] == ["risk management"]
    assert [t["title"] for t in only["threads"]] == ["Assurance Framework"]
    error = client.get("/v1/recurring", params={"theme": "weather"})
    assert (
        error.status_code == 422 and "unknown theme 'weather'" in error.json()["error"]["message"]
    )


def test_a_thread_has_a_timeline_with_verbatim_sources(
    client: TestClient, assistant: Assistant
) -> None:
    by_record = client.get(f"/v1/threads/{PARTNERSHIP_2002}")
    assert by_record.status_code == 200
    thread = by_record.json()
    assert client.get(f"/v1/threads/{thread['id']}").json() == thread
    timeline = thread["timeline"]
    assert [a["year"] for a in timeline] == [2002, 2008, 2008, 2017]
    assert [a["ref"] for a in timeline] == ["R5", "3", "R5", "8"]
    assert timeline[1]["revised_from_date"] == "2008-12-31"
    for appearance in timeline:
        text = assistant.services.catalog.document_text(appearance["document_id"])
        assert appearance["quote"] and appearance["quote"] in text
        assert appearance["chunk_id"]
    assert thread["extensions"] == 1 and thread["slipped"] == ["000_f60702f293bad3c1-txt:3"]
    missing = client.get("/v1/threads/T00000000")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    listed = client.get("/v1/threads", params={"min_documents": 3}).json()
    assert {t["title"] for t in listed} >= {"Strategic Partnerships", "Assurance Framework"}
    assert all(t["documents"] >= 3 for t in listed)


def test_slippage_summary(client: TestClient) -> None:
    body = client.get("/v1/slippage", params={"since": 2008}).json()
    assert body["slipped"] == 2 and body["matched"] == 63
    assert [r["ref"] for r in body["rows"]] == ["2", "3"]  # 4 months, then 3 months
    assert body["rows"][0]["months_slipped"] == 4 and body["rows"][0]["extensions"] == 1
    themes = {g["name"]: g for g in body["by_theme"]}
    assert themes["partnership"]["slipped"] == 1 and themes["HR"]["slipped"] == 1
    assert body["by_document"][0]["slipped"] == 2


def read_xlsx(data: bytes) -> list[dict[str, Any]]:
    sheet = load_workbook(io.BytesIO(data))["Records"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header == EXPORT_COLUMNS
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_records_export_as_xlsx_and_csv(client: TestClient) -> None:
    params = {"slipped": "true", "since": 2008, "theme": "partnership"}
    response = client.get("/v1/records", params={**params, "format": "xlsx"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "govrag-records.xlsx" in response.headers["content-disposition"]
    rows = read_xlsx(response.content)
    assert [r["ref"] for r in rows] == ["3"]
    row = rows[0]
    assert row["revised_from_date"] == "2008-12-31" and row["due_date"] == "2009-03-31"
    assert row["extensions"] == 1 and row["months_slipped"] == 3
    assert row["slipped_because"] == "deadline revised from December 2008 to March 2009"
    assert str(row["thread"]).startswith("T")
    sheets = load_workbook(io.BytesIO(response.content)).sheetnames
    assert sheets == ["Records", "About"]

    text = client.get("/v1/records", params={**params, "format": "csv"}).text
    rows_csv = list(csv.DictReader(io.StringIO(text)))
    assert len(rows_csv) == 1 and rows_csv[0]["months_slipped"] == "3"


def test_cli_recurring_thread_slippage_and_exports(
    real_services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("GOVRAG_INDEX_DIR", str(real_services.settings.index_dir))

    assert main(["recurring", "--theme", "partnership", "--json"]) == 0
    recurring = json.loads(capsys.readouterr().out)
    assert recurring["threads"][0]["years"] == [2002, 2008, 2017]

    assert main(["thread", recurring["threads"][0]["id"], "--json"]) == 0
    thread = json.loads(capsys.readouterr().out)
    assert [a["ref"] for a in thread["timeline"]] == ["R5", "3", "R5", "8"]

    assert main(["thread", recurring["threads"][0]["id"]]) == 0
    assert "Strategic Partnerships" in capsys.readouterr().out

    assert main(["slippage", "--since", "2008", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["slipped"] == 2

    target = tmp_path / "slipped.xlsx"
    argv = ["records", "--slipped", "--since", "2008", "--theme", "partnership"]
    assert main([*argv, "--format", "xlsx", "--output", str(target)]) == 0
    assert "wrote 1 records" in capsys.readouterr().err
    assert [r["ref"] for r in read_xlsx(target.read_bytes())] == ["3"]

    assert main([*argv, "--format", "csv"]) == 0
    assert [r["ref"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["3"]

    assert main([*argv, "--format", "xlsx"]) == 2  # a workbook needs a file
    assert "needs --output" in capsys.readouterr().err

    assert main(["thread", "nope"]) == 2
    assert "no thread 'nope'" in capsys.readouterr().err
