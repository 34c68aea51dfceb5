"""The auditor's workbench (the page's second tab) in a real browser against the real server.

Golden facts of the bundled record: the "Strategic Partnerships" thread appears in 2002 (R5),
2008 (item 3 and R5) and 2017 (item 8); exactly two actions slipped, items 2 and 3 of the 2007/08
governance action plan, from November / December 2008 to March 2009 (4 and 3 months).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from playwright.sync_api import Locator, Page, expect

from assistant.workbench import EXPORT_COLUMNS
from tests.web.conftest import HOSTILE_IMG, HOSTILE_SCRIPT

WEB = Path(__file__).resolve().parents[2] / "assistant" / "web"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
PLAN = "Action Plan — Governance Issue 2007/08"
PARTNERSHIPS = "Strategic Partnerships"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ------------------------------------------------------------------------------------ helpers


def open_view(page: Page, name: str) -> Locator:
    """Switch to the workbench and one of its views; the view's panel."""
    page.get_by_role("tab", name="Workbench").click()
    page.get_by_role("tab", name=name).click()
    panel = page.get_by_role("tabpanel", name=name)
    expect(panel).to_be_visible()
    return panel


def api(web_server: dict[str, Any], path: str) -> Any:
    response = httpx.get(f"{web_server['url']}{path}", timeout=30)
    response.raise_for_status()
    return response.json()


def row_refs(table: Locator) -> list[str]:
    return [text.strip() for text in table.locator("tbody tr > th").all_text_contents()]


def chart_marks(scope: Locator) -> Locator:
    return scope.locator("svg.timeline-chart g.mark")


def page_width(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


# ------------------------------------------------------------------------------------ fast checks


def test_workbench_scripts_are_served_and_never_parse_markup() -> None:
    from fastapi.testclient import TestClient

    from assistant.api.app import create_app

    client = TestClient(create_app(warm_up=False))
    html = client.get("/").text
    for name in ("charts.js", "workbench.js"):
        assert f'<script src="/static/{name}" defer></script>' in html
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/javascript")
        code = re.sub(r"/\*.*?\*/", "", (WEB / name).read_text(encoding="utf-8"), flags=re.S)
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, (name, sink)
        rest = code.replace(SVG_NAMESPACE, "")  # the namespace is a name, never fetched
        assert "http://" not in rest and "https://" not in rest, name
    assert " style=" not in html and not re.search(r"\son[a-z]+\s*=", html)


# ------------------------------------------------------------------------------------ browser


@pytest.mark.browser
@pytest.mark.slow
def test_tabs_switch_between_chat_and_workbench(new_page: Any, web_server: dict[str, Any]) -> None:
    page = new_page()
    chat, workbench = (
        page.get_by_role("tab", name="Chat"),
        page.get_by_role("tab", name="Workbench"),
    )
    expect(chat).to_have_attribute("aria-selected", "true")
    expect(page.locator("#question")).to_be_focused()  # the chat is still the start page

    chat.focus()
    page.keyboard.press("ArrowRight")
    expect(workbench).to_be_focused()
    expect(workbench).to_have_attribute("aria-selected", "true")
    expect(workbench).to_have_attribute("tabindex", "0")
    expect(chat).to_have_attribute("tabindex", "-1")
    expect(page.locator("#view-chat")).to_be_hidden()
    expect(page.get_by_role("tabpanel", name="Register")).to_be_visible()
    expect(page.get_by_role("button", name="New conversation")).to_be_hidden()
    assert page.evaluate("location.hash") == "#register"

    register = page.get_by_role("tab", name="Register")
    register.focus()
    page.keyboard.press("End")
    expect(page.get_by_role("tab", name="Slippage")).to_be_focused()
    expect(page.get_by_role("tabpanel", name="Slippage")).to_be_visible()
    expect(page.get_by_role("tabpanel", name="Register")).to_be_hidden()
    expect(page.locator("#wb-slipped")).to_be_hidden()  # the slippage view is slipped-only
    page.keyboard.press("ArrowRight")  # wraps round
    expect(register).to_be_focused()
    expect(page.get_by_role("tabpanel", name="Register")).to_be_visible()

    workbench.focus()
    page.keyboard.press("ArrowLeft")
    expect(chat).to_have_attribute("aria-selected", "true")
    expect(page.locator("#question")).to_be_visible()
    expect(page.locator("#view-workbench")).to_be_hidden()
    # The chat still answers after a visit to the workbench.
    page.locator("#question").fill("Who is responsible for R18?")
    page.locator("#question").press("Enter")
    reply = page.locator(".turn .msg.assistant")
    expect(reply).not_to_have_class(re.compile(r"\bstreaming\b"))
    expect(reply.locator(".answer-body")).to_contain_text("Director of Finance Services")

    # The view is in the URL: a link to #recurring opens that view.
    page.goto(f"{web_server['url']}/#recurring")
    expect(page.get_by_role("tabpanel", name="Recurring issues")).to_be_visible()
    expect(page.get_by_role("tab", name="Recurring issues")).to_have_attribute(
        "aria-selected", "true"
    )


@pytest.mark.browser
@pytest.mark.slow
def test_register_filters_sorts_exports_and_opens_a_thread(
    new_page: Any, web_server: dict[str, Any], artifacts_dir: Path
) -> None:
    total = api(web_server, "/v1/records")["total"]
    partnership = api(web_server, "/v1/records?theme=partnership")["records"]
    page = new_page()
    panel = open_view(page, "Register")
    count = page.locator("#wb-count")
    expect(count).to_have_text(f"{total} of {total} actions")
    table = panel.locator("table.register-table")
    expect(table.locator("tbody tr")).to_have_count(total)

    expect(page.locator("#wb-theme option[value=partnership]")).to_be_attached()
    page.locator("#wb-theme").select_option("partnership")
    expect(count).to_have_text(f"{len(partnership)} of {total} actions · theme partnership")
    expect(table.locator("tbody tr")).to_have_count(len(partnership))

    year = table.locator("th[data-key=year]")
    year.get_by_role("button").click()
    expect(year).to_have_attribute("aria-sort", "ascending")
    years = [int(text) for text in table.locator("tbody td[data-label=Year]").all_text_contents()]
    assert years == sorted(r["year"] for r in partnership)
    year.get_by_role("button").press("Enter")
    expect(year).to_have_attribute("aria-sort", "descending")
    years = [int(text) for text in table.locator("tbody td[data-label=Year]").all_text_contents()]
    assert years == sorted((r["year"] for r in partnership), reverse=True)

    page.get_by_label("Slipped actions only").check()
    expect(count).to_have_text(f"1 of {total} actions · theme partnership, slipped only")
    expect(table.locator("tbody tr")).to_have_count(1)
    assert row_refs(table) == ["3"]
    row = table.locator("tbody tr").first
    expect(row.locator("td[data-label='Due → revised']")).to_contain_text("December 2008")
    expect(row.locator("td[data-label='Due → revised']")).to_contain_text("March 2009")
    expect(row.locator("td[data-label=Status]")).to_have_text("Ongoing")
    expect(row.locator("td[data-label=Document]")).to_have_text(PLAN)
    expect(row.locator("td[data-label=Year]")).to_have_text("2008")
    page.screenshot(path=str(artifacts_dir / "web-workbench-register.png"), full_page=True)

    # Exports: the server's CSV and XLSX for exactly these filters.
    query = "theme=partnership&slipped=true"
    csv_link = page.get_by_role("link", name=re.compile("Export the CSV"))
    xlsx_link = page.get_by_role("link", name=re.compile("Export the Excel"))
    expect(csv_link).to_have_attribute("href", f"/v1/records?{query}&format=csv")
    expect(xlsx_link).to_have_attribute("href", f"/v1/records?{query}&format=xlsx")
    with page.expect_download() as info:
        csv_link.click()
    assert info.value.suggested_filename == "govrag-records.csv"
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == EXPORT_COLUMNS
    assert [(r["ref"], r["document"][:3], r["months_slipped"]) for r in rows] == [("3", "000", "3")]
    assert rows[0]["original_due"] == "2008-12-31" and rows[0]["current_due"] == "2009-03-31"

    with page.expect_download() as info:
        xlsx_link.click()
    assert info.value.suggested_filename == "govrag-records.xlsx"
    sheet = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))["Records"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == EXPORT_COLUMNS
    assert len(values) == 2 and values[1][EXPORT_COLUMNS.index("ref")] == "3"
    head = httpx.get(f"{web_server['url']}/v1/records?{query}&format=xlsx", timeout=30)
    assert head.headers["content-type"] == XLSX

    # The record's ref opens its issue thread, the record itself selected on the timeline.
    table.get_by_role("button", name=re.compile("Open the thread of item 3")).click()
    thread = page.locator("#wb-record-thread")
    expect(thread.locator("h3")).to_have_text(f"Issue thread of item 3: {PARTNERSHIPS}")
    expect(thread.locator("h3")).to_be_focused()
    expect(chart_marks(thread)).to_have_count(4)
    selected = thread.locator("g.mark.selected")
    expect(selected).to_have_count(1)
    expect(selected).to_have_attribute("data-id", rows[0]["id"])
    expect(thread.locator(".wb-detail h4")).to_have_text("item 3 · 2008 · Ongoing")

    # A bad year range is refused before asking the server; the exports are disabled.
    page.locator("#wb-since").fill("2010")
    page.locator("#wb-until").fill("2002")
    expect(page.locator("#wb-filter-error")).to_have_text("From year must not be after To year.")
    expect(page.locator("#wb-export-csv")).to_have_attribute("aria-disabled", "true")
    expect(page.locator("#wb-export-csv")).not_to_have_attribute("href", re.compile("."))


@pytest.mark.browser
@pytest.mark.slow
def test_recurring_view_timeline_of_a_thread(
    new_page: Any, web_server: dict[str, Any], artifacts_dir: Path
) -> None:
    recurring = api(web_server, "/v1/recurring")
    detail = api(web_server, "/v1/threads/T946b4c66")
    assert detail["title"] == PARTNERSHIPS
    page = new_page()
    panel = open_view(page, "Recurring issues")
    expect(panel.locator(".themes-table tbody tr")).to_have_count(len(recurring["themes"]))
    expect(panel.locator(".themes-table")).to_contain_text("partnership")
    expect(page.locator("#wb-recurring-rule")).to_contain_text("a theme recurs when")
    # at desktop width every column of the themes table fits its half of the page (long theme
    # names wrap, "procurement/contracts" at the slash) and no sideways scroll is needed
    box = panel.locator(".themes-table").locator("xpath=..")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth"), "the themes table overflows"
    assert panel.locator(".themes-table button", has_text="procurement/").get_attribute(
        "aria-label"
    ) == ("Timeline of theme procurement/contracts")

    # The overview: one lane per recurring thread, every appearance a mark.
    timeline = page.locator("#wb-recurring-timeline")
    appearances = sum(t["appearances"] for t in recurring["threads"])
    expect(chart_marks(timeline)).to_have_count(appearances)
    expect(timeline.locator("svg.timeline-chart g.lane")).to_have_count(len(recurring["threads"]))

    panel.get_by_role("button", name=PARTNERSHIPS, exact=True).click()
    expect(timeline.locator("h3")).to_have_text(f"Thread: {PARTNERSHIPS}")
    marks = chart_marks(timeline)
    expect(marks).to_have_count(4)
    assert [m.get_attribute("data-year") for m in marks.all()] == ["2002", "2008", "2008", "2017"]
    labels = [m.get_attribute("aria-label") or "" for m in marks.all()]
    assert labels[0].startswith("2002 R5, Complete")
    assert labels[1].startswith("2008 item 3, Ongoing")
    assert labels[3].startswith("2017 item 8, Ongoing")
    chart = timeline.locator("svg.timeline-chart")
    expect(chart).to_have_attribute("role", "img")
    summary = chart.get_attribute("aria-label") or ""
    assert "2002 R5 Complete; 2008 item 3 Ongoing; 2008 R5 Ongoing; 2017 item 8 Ongoing" in summary
    expect(marks.first.locator("title")).to_contain_text("Complete")
    expect(timeline.locator(".chart-legend li")).to_have_text(
        ["Complete", "Partly done", "Ongoing", "Not started", "Not stated"]
    )
    alternative = timeline.locator(".wb-appearances table")
    expect(alternative.locator("tbody tr")).to_have_count(4)

    # Clicking a mark shows that appearance, with its quote.
    last = detail["timeline"][3]
    marks.nth(3).locator(".shape").click()
    expect(marks.nth(3)).to_have_class(re.compile(r"\bselected\b"))
    box = timeline.locator(".wb-detail")
    expect(box.locator("h4")).to_have_text("item 8 · 2017 · Ongoing")
    expect(box.locator("dl")).to_contain_text("MPS Governance Report")
    expect(box.locator("dl")).to_contain_text("31 March 2017")
    expect(box.locator("blockquote")).to_have_text(last["quote"])
    expect(box.locator("figcaption")).to_have_text(f"Progress, quoted from page {last['page']}")
    page.screenshot(path=str(artifacts_dir / "web-workbench-timeline.png"), full_page=True)

    # The table under the chart is the keyboard way to the same details.
    first_ref = alternative.get_by_role("button", name=re.compile(r"^Show R5, 2002, Complete"))
    first_ref.focus()
    page.keyboard.press("Enter")
    expect(box.locator("h4")).to_have_text("R5 · 2002 · Complete")
    expect(box.locator("blockquote")).to_have_text(detail["timeline"][0]["quote"])
    expect(marks.first).to_have_class(re.compile(r"\bselected\b"))
    expect(first_ref).to_have_attribute("aria-pressed", "true")

    # A theme: every action on it, stacked by report year.
    on_theme = api(web_server, "/v1/records?theme=partnership")["records"]
    panel.get_by_role("button", name="Timeline of theme partnership").click()
    expect(timeline.locator("h3")).to_have_text("Theme: partnership")
    expect(chart_marks(timeline)).to_have_count(len(on_theme))
    years = sorted(m.get_attribute("data-year") or "" for m in chart_marks(timeline).all())
    assert years == sorted(str(r["year"]) for r in on_theme)


@pytest.mark.browser
@pytest.mark.slow
def test_slippage_chart(new_page: Any, web_server: dict[str, Any], artifacts_dir: Path) -> None:
    total = api(web_server, "/v1/records")["total"]
    page = new_page()
    panel = open_view(page, "Slippage")
    expect(page.locator("#wb-slip-count")).to_have_text(f"2 of {total} matching actions slipped")
    chart = panel.locator("svg.slippage-chart")
    expect(chart).to_have_attribute("role", "img")
    bars = chart.locator("g.slip-bar")
    expect(bars).to_have_count(2)
    expect(bars.locator(".slip-label")).to_have_text([f"item 2 · {PLAN}", f"item 3 · {PLAN}"])
    expect(bars.locator(".slip-months")).to_have_text(["+4 months", "+3 months"])
    assert [b.get_attribute("data-months") for b in bars.all()] == ["4", "3"]
    summary = chart.get_attribute("aria-label") or ""
    assert "item 2" in summary and "due November 2008, revised to March 2009, 4 months" in summary
    assert "due December 2008, revised to March 2009, 3 months" in summary
    # The arrows run left to right, from the original deadline to the revised one.
    for bar in bars.all():
        line = bar.locator("line.slip-line")
        x1, x2 = (float(line.get_attribute(name) or 0) for name in ("x1", "x2"))
        assert x2 > x1 + 50
    starts = [float(b.locator("circle").get_attribute("cx") or 0) for b in bars.all()]
    assert starts[0] < starts[1]  # November before December

    table = panel.locator("table.slip-table")
    assert row_refs(table) == ["2", "3"]
    expect(table.locator("tbody tr").first).to_contain_text("November 2008")
    themes = panel.locator("table.slip-themes-table")
    governance = themes.locator("tbody tr", has=page.locator("th", has_text="governance"))
    expect(governance.locator("td[data-label=Slipped]")).to_have_text("2")
    expect(governance.locator("td[data-label='Months slipped']")).to_have_text("7")
    page.screenshot(path=str(artifacts_dir / "web-workbench-slippage.png"), full_page=True)

    page.locator("#wb-theme").select_option("training")
    expect(page.locator("#wb-slip-count")).to_contain_text("0 of")
    expect(panel.locator(".wb-empty")).to_have_text("No actions slipped for these filters.")
    expect(panel.locator("svg.slippage-chart")).to_have_count(0)


@pytest.mark.browser
@pytest.mark.slow
def test_workbench_at_phone_width(new_page: Any, artifacts_dir: Path) -> None:
    page = new_page(375, 740, is_mobile=True, has_touch=True, device_scale_factor=2)
    panel = open_view(page, "Register")
    expect(panel.locator("table.register-table tbody tr").first).to_be_visible()
    assert page_width(page) <= 375
    page.screenshot(path=str(artifacts_dir / "web-workbench-phone-register.png"))

    panel = open_view(page, "Recurring issues")
    panel.get_by_role("button", name=PARTNERSHIPS, exact=True).click()
    timeline = page.locator("#wb-recurring-timeline")
    expect(chart_marks(timeline)).to_have_count(4)
    box = timeline.locator(".chart-box")
    # The chart keeps its year spacing and scrolls inside its own box, not the page.
    assert box.evaluate("b => b.scrollWidth > b.clientWidth")
    assert page_width(page) <= 375
    timeline.evaluate("section => section.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(artifacts_dir / "web-workbench-phone.png"))

    panel = open_view(page, "Slippage")
    expect(panel.locator("g.slip-bar")).to_have_count(2)
    assert page_width(page) <= 375
    page.locator("#wb-slip-count").evaluate("line => line.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(artifacts_dir / "web-workbench-phone-slippage.png"))


HOSTILE_TITLE = f"Quokka signage {HOSTILE_SCRIPT}"


def fake_record() -> dict[str, Any]:
    return {
        "id": "fake:1",
        "document": {"id": "fake", "title": HOSTILE_IMG, "filename": "f.html", "date": None},
        "section": None,
        "category": None,
        "ref": "<b>R1</b>",
        "title": HOSTILE_TITLE,
        "finding": HOSTILE_SCRIPT,
        "action": HOSTILE_IMG,
        "progress": HOSTILE_SCRIPT,
        "owner": HOSTILE_IMG,
        "priority": None,
        "due_text": "<i>June 2010</i>",
        "due_date": "2010-06-30",
        "revised_from_text": None,
        "revised_from_date": None,
        "status": "not_started",
        "status_text": HOSTILE_IMG,
        "themes": ["<b>x</b>"],
        "pages": [1],
        "report_date": "2010-05-12",
        "year": 2010,
    }


def fake_thread() -> dict[str, Any]:
    return {
        "id": "T0",
        "title": HOSTILE_TITLE,
        "themes": ["<b>x</b>"],
        "documents": 1,
        "appearances": 1,
        "years": [2010],
        "span_years": 0,
        "first": "2010-05-12",
        "last": "2010-05-12",
        "timeline": [
            {
                "record_id": "fake:1",
                "document_id": "fake",
                "document": HOSTILE_IMG,
                "filename": "f.html",
                "date": "2010-05-12",
                "year": 2010,
                "ref": "<b>R1</b>",
                "title": HOSTILE_TITLE,
                "status": "not_started",
                "status_text": HOSTILE_IMG,
                "due_text": "<i>June 2010</i>",
                "due_date": "2010-06-30",
                "revised_from_date": None,
                "owner": HOSTILE_IMG,
                "progress": HOSTILE_SCRIPT,
                "chunk_id": "c",
                "quote": HOSTILE_SCRIPT,
                "page": 1,
            }
        ],
        "extensions": 0,
        "slipped": [],
    }


@pytest.mark.browser
@pytest.mark.slow
def test_hostile_text_in_the_workbench_stays_text(
    new_page: Any, web_server: dict[str, Any]
) -> None:
    """The real hostile document has no action records, so the register and thread answers
    are replaced with records whose every text field is markup; it must show as text."""
    page = new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # First the real index: the hostile document is listed and filtering to it is harmless.
    panel = open_view(page, "Register")
    page.locator("#wb-document").select_option(web_server["hostile_id"])
    expect(page.locator("#wb-count")).to_contain_text("0 of")
    expect(panel.locator("table.register-table tbody tr")).to_have_count(0)

    page.route(
        lambda url: "/v1/records" in url,
        lambda route: route.fulfill(json={"count": 1, "total": 1, "records": [fake_record()]}),
    )
    page.route(lambda url: "/v1/threads/" in url, lambda route: route.fulfill(json=fake_thread()))
    page.locator("#wb-document").select_option("")
    table = panel.locator("table.register-table")
    expect(table.locator("tbody tr")).to_have_count(1)
    row = table.locator("tbody tr").first
    expect(row.locator("td[data-label=Action]")).to_have_text(HOSTILE_TITLE)
    expect(row.locator("td[data-label=Owner]")).to_have_text(HOSTILE_IMG)
    expect(row.locator("td[data-label=Document]")).to_have_text(HOSTILE_IMG)
    expect(row.locator("th")).to_have_text("<b>R1</b>")

    row.get_by_role("button").click()
    thread = page.locator("#wb-record-thread")
    expect(thread.locator("h3")).to_have_text(f"Issue thread of <b>R1</b>: {HOSTILE_TITLE}")
    expect(chart_marks(thread)).to_have_count(1)
    expect(thread.locator(".wb-detail blockquote")).to_have_text(HOSTILE_SCRIPT)
    expect(thread.locator(".wb-detail dl")).to_contain_text(HOSTILE_IMG)
    expect(chart_marks(thread).locator("title")).to_contain_text(HOSTILE_TITLE)
    expect(page.get_by_text(HOSTILE_SCRIPT).first).to_be_visible()

    workbench = page.locator("#view-workbench")
    assert workbench.locator("script, img, b, i").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
