"""The chat page in a real browser (Debian's chromium through Playwright) against a real server.

The server's index holds the sample record plus ``hostile.html``, whose visible text contains
``<script>`` and ``<img onerror>`` markup that must show as literal text and never run.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from tests.web.conftest import HOSTILE_IMG, HOSTILE_SCRIPT, WEB_RECORDS_LIMIT

SLIPPED = "Which partnership actions slipped since 2008?"
COMPLETED = "Which actions in the District Audit report were completed?"
HOSTILE_QUESTION = "What did the zebra crossing review find about the quokka signage committee?"
CSV_HEADER = [
    "id", "document", "date", "section", "category", "ref", "title", "owner", "priority",
    "due_text", "due_date", "revised_from_text", "revised_from_date", "status", "status_text",
    "themes", "pages", "finding", "action", "progress",
]  # fmt: skip
WEB = Path(__file__).resolve().parents[2] / "assistant" / "web"

# ------------------------------------------------------------------------------------ helpers


def sse_events(body: str) -> list[tuple[str, Any]]:
    """(event, data) pairs of a text/event-stream body."""
    events = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def ask(page: Page, question: str) -> tuple[Locator, dict[str, Any]]:
    """Type the question, press Enter, wait for the finished turn; (turn, the answer object)."""
    index = page.locator(".turn").count()
    box = page.locator("#question")
    box.fill(question)
    with page.expect_response(lambda r: r.url.endswith("/v1/chat")) as response:
        box.press("Enter")
    turn = page.locator(".turn").nth(index)
    expect(turn.locator(".question-text")).to_have_text(question)
    expect(turn.locator(".msg.assistant")).not_to_have_class(re.compile(r"\bstreaming\b"))
    events = dict(sse_events(response.value.text()))
    assert "answer" in events, events
    return turn, events["answer"]


def refs(table: Locator) -> list[str]:
    return [cell.strip() for cell in table.locator("tbody tr > th").all_text_contents()]


def natural(text: str) -> list[Any]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]


# ------------------------------------------------------------------------------------ fast checks


def test_page_headers_and_static_whitelist() -> None:
    from fastapi.testclient import TestClient

    from assistant.api.app import create_app

    client = TestClient(create_app(warm_up=False))
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ):
        assert directive in csp
    assert '<script src="/static/app.js"' in page.text
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    for missing in ("/static/index.html", "/static/..%2Fapi%2Fapp.py", "/static/nope.js"):
        response = client.get(missing)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


def test_page_code_never_parses_markup() -> None:
    """Untrusted text reaches the DOM only through textContent / Text nodes."""
    script = (WEB / "app.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in code, sink
    html = (WEB / "index.html").read_text(encoding="utf-8")
    # No inline script, style or event-handler attribute: the CSP would block them anyway.
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert "http://" not in html + script and "https://" not in html + script


# ------------------------------------------------------------------------------------ browser


@pytest.mark.browser
@pytest.mark.slow
def test_streamed_list_answer(
    new_page: Any, artifacts_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = new_page()
    expect(page).to_have_title(re.compile("govrag"))
    expect(page.locator("#question")).to_be_focused()
    expect(page.locator("label[for=question]")).to_have_text("Your question")
    turn, answer = ask(page, SLIPPED)

    metrics = page.evaluate("window.__govrag")
    timing = metrics["turns"][0]
    lengths = timing["lengths"]
    # Rendered piece by piece: many deltas, the first render a fraction of the final text.
    assert timing["deltas"] >= 3 and metrics["deltas"] == timing["deltas"]
    assert len(set(lengths)) >= 3 and lengths[0] < lengths[-1] / 2
    first_delta_ms = timing["firstDelta"] - timing["fetchStart"]
    total_ms = timing["done"] - timing["fetchStart"]
    with capsys.disabled():
        print(
            f"\n[web] time to first rendered delta: {first_delta_ms:.0f} ms "
            f"(answer complete after {total_ms:.0f} ms, {timing['deltas']} deltas)"
        )
    (artifacts_dir / "web-timings.json").write_text(
        json.dumps({"first_delta_ms": first_delta_ms, "complete_ms": total_ms, **timing}, indent=2)
    )

    body = turn.locator(".answer-body")
    expect(body).to_contain_text("March 2009")
    expect(body).to_have_attribute("aria-live", "polite")
    expect(body).to_have_attribute("aria-busy", "false")
    expect(body.locator("button.cite")).to_have_count(len(answer["citations"]))
    assert answer["citations"]
    expect(turn.locator(".coverage")).to_contain_text(answer["coverage"]["line"])
    expect(turn.locator(".coverage")).to_contain_text("since 2008")
    table = turn.locator("table.records-table")
    expect(table.locator("tbody tr")).to_have_count(len(answer["records"]))
    expect(table).to_contain_text("March 2009")
    expect(turn.locator(".msg.assistant")).not_to_have_class(re.compile("abstained|error"))
    page.screenshot(path=str(artifacts_dir / "web-desktop-answer.png"), full_page=True)

    # Copy answer: the Markdown and a sources list reach the clipboard.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    turn.get_by_role("button", name="Copy answer").click()
    expect(page.locator("#status")).to_have_text("Answer copied to the clipboard.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "March 2009" in copied and "Sources:" in copied


@pytest.mark.browser
@pytest.mark.slow
def test_citation_opens_source_panel(new_page: Any, artifacts_dir: Path) -> None:
    page = new_page()
    turn, answer = ask(page, SLIPPED)
    marker = turn.locator(".answer-body button.cite").first
    citation = answer["citations"][int(marker.get_attribute("data-n") or 0) - 1]
    marker.click()

    panel = page.locator("#source-panel")
    expect(panel).to_be_visible()
    expect(panel).to_be_focused()
    expect(panel.locator("#source-title")).to_have_text(citation["document"]["title"])
    meta = panel.locator("#source-meta")
    expect(meta).to_contain_text(f"Page{citation['page']}")
    expect(meta).to_contain_text(f"Ref{citation['ref']}")
    mark = panel.locator("mark")
    expect(mark).to_have_count(1)
    expect(mark).to_be_in_viewport()
    assert mark.text_content() == citation["quote"]
    passage = panel.locator(".passage-text").text_content() or ""
    assert len(passage) > len(citation["quote"]) + 200  # the quote in its surrounding text
    # Wide screen: a side panel that leaves the conversation visible.
    box = panel.bounding_box()
    assert box is not None and box["x"] > 600 and box["height"] >= 890
    page.screenshot(path=str(artifacts_dir / "web-source-panel.png"))

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(marker).to_be_focused()


@pytest.mark.browser
@pytest.mark.slow
def test_follow_up_is_rewritten_and_history_is_sent(new_page: Any) -> None:
    page = new_page()
    bodies: list[dict[str, Any]] = []
    page.on(
        "request",
        lambda r: bodies.append(r.post_data_json) if r.url.endswith("/v1/chat") else None,
    )
    first, _ = ask(page, "What is R18?")
    expect(first.locator(".understood")).to_be_hidden()

    box = page.locator("#question")
    box.fill("line one")
    box.press("Shift+Enter")
    box.press_sequentially("line two")
    expect(box).to_have_value("line one\nline two")
    expect(page.locator(".turn")).to_have_count(1)  # Shift+Enter did not send

    second, answer = ask(page, "who owns it?")
    expect(second.locator(".understood")).to_have_text("Understood as: who owns R18?")
    expect(second.locator(".answer-body")).to_contain_text("Director of Finance Services")
    assert answer["query"]["standalone"] == "who owns R18?"
    messages = bodies[-1]["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user"]
    assert messages[0]["content"] == "What is R18?" and "R18" in messages[1]["content"]
    assert bodies[-1]["stream"] is True and bodies[-1]["filters"] is None

    page.get_by_role("button", name="New conversation").click()
    expect(page.locator(".turn")).to_have_count(0)
    expect(page.locator("#empty-state")).to_be_visible()
    expect(box).to_be_focused()
    ask(page, "Who is responsible for R18?")
    assert len(bodies[-1]["messages"]) == 1


@pytest.mark.browser
@pytest.mark.slow
def test_hostile_document_text_stays_text(
    new_page: Any, web_server: dict[str, Any], artifacts_dir: Path
) -> None:
    stored = httpx.get(f"{web_server['url']}/v1/documents/{web_server['hostile_id']}").json()
    text = "\f".join(page["text"] for page in stored["pages"])
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text  # ingest kept the markup as text

    page = new_page()
    dialogs: list[str] = []
    requested: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requested.append(r.url))
    turn, answer = ask(page, HOSTILE_QUESTION)
    body = turn.locator(".answer-body")
    assert HOSTILE_SCRIPT in answer["answer"]  # the model's text carries the markup too
    expect(body).to_contain_text(HOSTILE_SCRIPT)
    expect(body).to_contain_text(HOSTILE_IMG)

    citation = next(c for c in answer["citations"] if HOSTILE_SCRIPT in c["quote"])
    assert citation["document"]["id"] == web_server["hostile_id"]
    body.locator(f"button.cite[data-n='{citation['n']}']").click()
    panel = page.locator("#source-panel")
    mark = panel.locator("mark")
    expect(mark).to_have_text(citation["quote"])
    expect(mark).to_contain_text(HOSTILE_SCRIPT)
    expect(page.get_by_text(HOSTILE_SCRIPT).first).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "web-hostile-source.png"))

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#transcript script, #transcript img, #source-panel script").count() == 0
    assert page.locator("#source-panel img").count() == 0
    assert dialogs == []
    assert not [url for url in requested if url.rstrip("/").endswith("/x")]


@pytest.mark.browser
@pytest.mark.slow
def test_records_table_sorts_and_exports_csv(new_page: Any, web_server: dict[str, Any]) -> None:
    page = new_page()
    turn, answer = ask(page, COMPLETED)
    records = answer["records"]
    assert len(records) >= 3
    table = turn.locator("table.records-table")
    expect(table.locator("tbody tr")).to_have_count(len(records))
    original = refs(table)

    ref_header = table.locator("th[data-key=ref]")
    ref_header.get_by_role("button").click()
    expect(ref_header).to_have_attribute("aria-sort", "ascending")
    ascending = sorted(original, key=natural)
    assert refs(table) == ascending
    ref_header.get_by_role("button").focus()
    page.keyboard.press("Enter")  # keyboard-operable: the headings are buttons
    expect(ref_header).to_have_attribute("aria-sort", "descending")
    assert refs(table) == ascending[::-1]
    expect(table.locator("th[data-key=owner]")).to_have_attribute("aria-sort", "none")
    expect(page.locator("#status")).to_contain_text("sorted by Ref, descending")

    with page.expect_download() as info:
        turn.get_by_role("button", name=re.compile("Export")).click()
    download = info.value
    assert download.suggested_filename == "govrag-records.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    server_header = httpx.get(f"{web_server['url']}/v1/records?format=csv").text.splitlines()[0]
    # the answer's CSV has the record's own columns, in the order of the server's export (which
    # adds slippage and thread columns computed on the server)
    server_columns = server_header.split(",")
    assert rows[0] == CSV_HEADER
    assert [c for c in server_columns if c in CSV_HEADER] == CSV_HEADER
    assert len(rows) == len(records) + 1
    assert all(len(row) == len(CSV_HEADER) for row in rows)  # quoting kept every row whole
    record = records[0]
    row = next(r for r in rows[1:] if r[0] == record["id"])
    assert row[CSV_HEADER.index("ref")] == record["ref"]
    assert row[CSV_HEADER.index("title")] == record["title"]
    assert row[CSV_HEADER.index("document")] == record["document"]["filename"]
    assert row[CSV_HEADER.index("status")] == record["status"]
    assert row[CSV_HEADER.index("progress")] == (record["progress"] or "")


@pytest.mark.browser
def test_a_cut_list_exports_every_record(new_page: Any) -> None:
    """An answer with more records than it carries says so, and its export asks for them all."""
    page = new_page()
    turn, answer = ask(page, "Which actions are complete?")
    total = answer["records_total"]
    assert total > WEB_RECORDS_LIMIT == len(answer["records"])
    table = turn.locator("table.records-table")
    expect(table.locator("tbody tr")).to_have_count(WEB_RECORDS_LIMIT)
    expect(table.locator("caption")).to_contain_text(
        f"The first {WEB_RECORDS_LIMIT} of {total} action records"
    )
    with page.expect_request("**/v1/ask") as request_info, page.expect_download() as info:
        turn.get_by_role("button", name=f"Export the {total} records as CSV").click()
    assert request_info.value.post_data_json["records_limit"] == total
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == CSV_HEADER and len(rows) == total + 1
    shown = [r["id"] for r in answer["records"]]
    assert [row[0] for row in rows[1 : WEB_RECORDS_LIMIT + 1]] == shown  # same order, then more
    assert len({row[0] for row in rows[1:]}) == total


@pytest.mark.browser
@pytest.mark.slow
def test_phone_width(new_page: Any, artifacts_dir: Path) -> None:
    page = new_page(375, 740, is_mobile=True, has_touch=True, device_scale_factor=2)
    width = "document.documentElement.scrollWidth"
    assert page.evaluate(width) <= 375
    turn, _ = ask(page, SLIPPED)
    expect(turn.locator(".answer-body")).to_be_visible()
    expect(turn.locator("table.records-table")).to_be_attached()
    assert page.evaluate(width) <= 375

    turn.locator(".answer-body button.cite").first.click()
    panel = page.locator("#source-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("mark")).to_be_in_viewport()
    box = panel.bounding_box()
    assert box is not None and box["x"] == 0 and box["width"] == 375  # a full-width sheet
    assert box["y"] + box["height"] == pytest.approx(740, abs=1)
    assert page.evaluate(width) <= 375
    page.screenshot(path=str(artifacts_dir / "web-phone.png"))


@pytest.mark.browser
@pytest.mark.slow
def test_filters_are_sent_with_the_question(new_page: Any) -> None:
    page = new_page()
    bodies: list[dict[str, Any]] = []
    page.on(
        "request",
        lambda r: bodies.append(r.post_data_json) if r.url.endswith("/v1/chat") else None,
    )
    page.locator("#filters > summary").click()
    page.get_by_label("Year from").fill("2009")
    page.get_by_label("Year to").fill("2002")
    box = page.locator("#question")
    box.fill("Which actions are complete?")
    box.press("Enter")
    expect(page.locator("#filter-error")).to_have_text("Year from must not be after Year to.")
    expect(box).to_have_value("Which actions are complete?")  # kept for a second try
    assert bodies == []

    page.get_by_label("Year from").fill("2002")
    page.get_by_label("Year to").fill("2008")
    page.get_by_label(re.compile("District Audit Report")).check()
    expect(page.locator("#filter-summary")).to_have_text("(2002–2008, 1 document)")
    _, answer = ask(page, "Which actions are complete?")
    filters = bodies[-1]["filters"]
    assert filters["year_from"] == 2002 and filters["year_to"] == 2008
    assert len(filters["document"]) == 1
    assert answer["records"]
    assert {r["document"]["id"] for r in answer["records"]} == set(filters["document"])


def fake_stream(answer: dict[str, Any] | None, error: dict[str, Any] | None = None) -> str:
    """A /v1/chat event stream as the server writes it."""

    def sse(event: str, data: Any) -> str:
        return f"event: {event}\ndata: {json.dumps(data)}\n\n"

    out = sse("meta", {"question": "q", "standalone": "q", "rewritten": False, "method": "none"})
    if error is not None:
        return out + sse("error", {"error": error})
    assert answer is not None
    text = answer["answer"]
    for start in range(0, len(text), 7):
        out += sse("delta", {"text": text[start : start + 7]})
    return out + sse("answer", answer) + sse("done", {})


@pytest.mark.browser
@pytest.mark.slow
def test_model_markdown_is_built_as_nodes(new_page: Any) -> None:
    """Markup in model output or document metadata renders as text; the Markdown subset works."""
    hostile_title = '<img src=x onerror="window.__pwned=3">Plan'
    page_text = "Intro text. " * 30 + "The quote <b>here</b>. " + "Outro text. " * 30
    quote = "The quote <b>here</b>."
    answer = {
        "answer": (
            "**The record does not say **3** was cancelled.** See _the plan_ and *the note* [1].\n"
            "- first <b>item</b> [2]\n"
            "- window.__pwned = 3 and snake_case_name\n\n"
            "line one\nline two [9]\n\n_1 of 2 actions match._"
        ),
        "abstained": False,
        "citations": [
            {
                "n": n,
                "chunk_id": f"c{n}",
                "document": {"id": "fake-doc", "title": hostile_title, "filename": "f.txt"},
                "page": 1,
                "ref": "R<1>",
                "quote": quote,
                "start": page_text.index(quote),
            }
            for n in (1, 2)
        ],
        "records": [],
        "coverage": {"matched": 1, "searched_documents": 1, "line": "1 of 2 actions match."},
        "notes": [],
    }
    abstained = {
        **answer,
        "answer": "The governance record here does not cover <i>x</i>.",
        "abstained": True,
        "citations": [],
    }
    bodies = iter(
        [
            fake_stream(answer),
            fake_stream(abstained),
            fake_stream(
                None,
                {
                    "code": "invalid_request",
                    "message": "<b>bad</b>",
                    "help": "Fix it.",
                    "status": 422,
                },
            ),
        ]
    )
    page = new_page()
    page.route(
        "**/v1/chat",
        lambda route: route.fulfill(
            status=200, content_type="text/event-stream", body=next(bodies)
        ),
    )
    page.route(
        "**/v1/documents/fake-doc",
        lambda route: route.fulfill(
            json={
                "document": {"id": "fake-doc", "title": hostile_title, "filename": "f.txt"},
                "pages": [{"number": 1, "start": 0, "text": page_text}],
                "records": [],
            }
        ),
    )
    turn, _ = ask(page, "anything")
    body = turn.locator(".answer-body")
    expect(body.locator("p").first.locator("> strong")).to_have_count(1)
    expect(body.locator("strong > strong")).to_have_text("3")  # nested bold
    expect(body.locator("em")).to_have_text(["the plan", "the note"])
    expect(body.locator("li")).to_have_count(2)
    expect(body.locator("li").first).to_contain_text("first <b>item</b>")
    expect(body.locator("li").nth(1)).to_have_text("window.__pwned = 3 and snake_case_name")
    expect(body.locator("br")).to_have_count(1)
    expect(body.locator("button.cite")).to_have_count(2)
    expect(body).to_contain_text("line two [9]")  # no citation 9: plain text
    expect(turn.locator(".coverage")).to_have_text("Coverage: 1 of 2 actions match.")
    expect(body).not_to_contain_text("1 of 2 actions match.")  # shown once, under the answer
    assert body.locator("b, img, i").count() == 0

    body.locator("button.cite").first.click()
    panel = page.locator("#source-panel")
    expect(panel.locator("#source-title")).to_have_text(hostile_title)
    expect(panel.locator("mark")).to_have_text(quote)
    expect(panel.locator("#source-meta")).to_contain_text("RefR<1>")
    passage = panel.locator(".passage-text").text_content() or ""
    assert passage.startswith("…") and passage.endswith("…") and 500 < len(passage) < 800
    page.keyboard.press("Escape")

    turn, _ = ask(page, "anything else")
    expect(turn.locator(".msg.assistant")).to_have_class(re.compile(r"\babstained\b"))
    expect(turn.locator(".abstain-badge")).to_be_visible()
    expect(turn.locator(".answer-body")).to_contain_text("<i>x</i>")

    page.locator("#question").fill("a third")
    page.locator("#question").press("Enter")
    failed = page.locator(".turn").nth(2).locator(".msg.assistant.error")
    expect(failed).to_contain_text("Something went wrong: <b>bad</b>")
    expect(failed).to_contain_text("Fix it.")
    expect(failed.get_by_role("alert")).to_have_count(1)
    assert page.locator("#transcript b, #transcript img, #source-panel img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
