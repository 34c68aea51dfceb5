"""The auditor's workbench: recurring issues, issue threads with their timelines, slippage,
and the register exported as CSV, XLSX or JSON. The CLI and the API both call these."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from assistant.citations import record_quote
from assistant.register import Register
from assistant.threads import Thread, summarise_slippage
from ingest.errors import InvalidRequest, NotFound
from ingest.model import ActionRecord
from vectorstore.catalog import Catalog

EXPORT_COLUMNS = [
    "id",
    "document",
    "date",
    "section",
    "category",
    "ref",
    "title",
    "owner",
    "priority",
    "due_text",
    "due_date",
    "revised_from_text",
    "revised_from_date",
    "status",
    "status_text",
    "themes",
    "pages",
    "original_due",
    "current_due",
    "extensions",
    "months_slipped",
    "overdue_at_report",
    "slipped_because",
    "thread",
    "finding",
    "action",
    "progress",
]


# -- models (the API's response bodies) ---------------------------------------------------------
class Appearance(BaseModel):
    """One appearance of an issue: a record in one report."""

    record_id: str
    document_id: str
    document: str = Field(description="Document title.")
    filename: str
    date: str | None = Field(description="Report date (ISO) or null when only inferred.")
    year: int | None
    ref: str | None
    title: str
    status: str
    status_text: str | None
    due_text: str | None
    due_date: str | None
    revised_from_date: str | None
    owner: str | None
    progress: str | None = Field(description="The first sentence of the progress note.")
    chunk_id: str | None = Field(description="The record's chunk: cite or open it with this.")
    quote: str | None = Field(description="A verbatim span of the source (title or progress).")
    page: int | None


class ThreadSummary(BaseModel):
    id: str
    title: str
    themes: list[str]
    documents: int
    appearances: int
    years: list[int]
    span_years: int
    first: str | None = Field(description="Date (or year) of the first appearance.")
    last: str | None


class ThreadDetail(ThreadSummary):
    timeline: list[Appearance]
    extensions: int = Field(description="Deadline extensions over the thread.")
    slipped: list[str] = Field(description="Record ids of the thread that slipped.")


class ThemeRecurrence(BaseModel):
    theme: str
    documents: int
    years: list[int]
    span_years: int
    actions: int
    threads: int = Field(description="Threads of this theme that span several reports.")


class RecurringResponse(BaseModel):
    themes: list[ThemeRecurrence]
    threads: list[ThreadSummary]
    rule: str


class SlippageRow(BaseModel):
    record_id: str
    document: str
    ref: str | None
    title: str
    owner: str | None
    themes: list[str]
    original_due: str | None
    current_due: str | None
    extensions: int
    months_slipped: int | None
    overdue_at_report: bool
    reasons: list[str]
    thread: str | None


class SlippageGroup(BaseModel):
    name: str
    actions: int
    slipped: int
    extensions: int
    months: int


class SlippageResponse(BaseModel):
    matched: int = Field(description="Actions considered (after filters).")
    slipped: int
    rows: list[SlippageRow] = Field(description="Every slipped action, most months first.")
    by_theme: list[SlippageGroup]
    by_owner: list[SlippageGroup]
    by_document: list[SlippageGroup]
    rule: str


RECURRING_RULE = (
    "a theme recurs when actions on it appear in more than one report; a thread is one issue "
    "linked across reports (same ref re-reported, or a shared theme and overlapping wording); "
    "ranked by span of years, then number of reports"
)


def theme_name(theme: str | None) -> str | None:
    """A theme as the register names it ('risk' -> 'risk management'), or an error."""
    if not theme:
        return None
    from ingest.themes import resolve_theme

    resolved = resolve_theme(theme)
    if resolved is None:
        raise InvalidRequest(f"unknown theme {theme!r}", help="GET /v1/recurring lists themes.")
    return resolved


# -- threads -----------------------------------------------------------------------------------
def _date_of(record: ActionRecord) -> str | None:
    return record.report_date or (str(record.year) if record.year else None)


def summary(thread: Thread) -> ThreadSummary:
    years = thread.years
    return ThreadSummary(
        id=thread.id,
        title=thread.title,
        themes=thread.themes,
        documents=len(thread.documents),
        appearances=len(thread.records),
        years=years,
        span_years=(years[-1] - years[0]) if years else 0,
        first=_date_of(thread.records[0]),
        last=_date_of(thread.records[-1]),
    )


def appearance(record: ActionRecord, catalog: Catalog) -> Appearance:
    quote = record_quote(record, record.progress, record.title)
    progress = record_quote(record, record.progress) if record.progress else None
    return Appearance(
        record_id=record.id,
        document_id=record.document.id,
        document=record.document.title,
        filename=record.document.filename,
        date=record.report_date,
        year=record.year,
        ref=record.ref,
        title=record.title,
        status=record.status,
        status_text=record.status_text,
        due_text=record.due_text,
        due_date=record.due_date,
        revised_from_date=record.revised_from_date,
        owner=record.owner,
        progress=progress[0] if progress else None,
        chunk_id=catalog.record_chunk_id(record.id),
        quote=quote[0] if quote else None,
        page=record.pages[0] if record.pages else None,
    )


def thread_detail(register: Register, catalog: Catalog, thread_id: str) -> ThreadDetail:
    index = register.threads()
    thread = index.get(thread_id)
    if thread is None:
        thread = index.thread_of(thread_id)  # a record id finds its thread too
    if thread is None:
        raise NotFound(
            f"no thread {thread_id!r}",
            help="`govrag recurring` or GET /v1/recurring lists threads; a record id works too.",
        )
    slips = {r.id: index.slippage(r) for r in thread.records}
    return ThreadDetail(
        **summary(thread).model_dump(),
        timeline=[appearance(r, catalog) for r in thread.records],
        extensions=sum(s.extensions for s in slips.values()),
        slipped=[rid for rid, s in slips.items() if s.slipped],
    )


def recurring(register: Register, theme: str | None = None) -> RecurringResponse:
    """Themes and threads that appear in several reports, widest span of years first."""
    records = register.all()
    index = register.threads()
    threads = index.recurring(theme)
    by_theme: dict[str, list[ActionRecord]] = {}
    for record in records:
        for name in record.themes:
            by_theme.setdefault(name, []).append(record)
    thread_counts = Counter(t for thread in threads for t in set(thread.themes))
    themes = []
    for name, members in by_theme.items():
        documents = {r.document.id for r in members}
        if len(documents) < 2 or (theme and name != theme):
            continue
        years = sorted({r.year for r in members if r.year})
        themes.append(
            ThemeRecurrence(
                theme=name,
                documents=len(documents),
                years=years,
                span_years=(years[-1] - years[0]) if years else 0,
                actions=len(members),
                threads=thread_counts.get(name, 0),
            )
        )
    themes.sort(key=lambda t: (-t.span_years, -t.documents, -t.actions, t.theme))
    return RecurringResponse(
        themes=themes, threads=[summary(t) for t in threads], rule=RECURRING_RULE
    )


# -- slippage ----------------------------------------------------------------------------------
def slippage(register: Register, records: list[ActionRecord]) -> SlippageResponse:
    from assistant.register import SLIPPED_RULE

    index = register.threads()
    rows = []
    for record in records:
        slip = index.slippage(record)
        if not slip.slipped:
            continue
        thread = index.thread_of(record.id)
        rows.append(
            SlippageRow(
                record_id=record.id,
                document=record.document.title,
                ref=record.ref,
                title=record.title,
                owner=record.owner,
                themes=record.themes,
                original_due=slip.original_due,
                current_due=slip.current_due,
                extensions=slip.extensions,
                months_slipped=slip.months_slipped,
                overdue_at_report=slip.overdue_at_report,
                reasons=slip.reasons,
                thread=thread.id if thread else None,
            )
        )
    rows.sort(key=lambda r: (-(r.months_slipped or 0), -r.extensions, r.record_id))
    groups = summarise_slippage(records, index)
    return SlippageResponse(
        matched=len(records),
        slipped=len(rows),
        rows=rows,
        by_theme=[SlippageGroup.model_validate(g) for g in groups["theme"]],
        by_owner=[SlippageGroup.model_validate(g) for g in groups["owner"]],
        by_document=[SlippageGroup.model_validate(g) for g in groups["document"]],
        rule=SLIPPED_RULE,
    )


# -- export ------------------------------------------------------------------------------------
def export_rows(register: Register, records: list[ActionRecord]) -> list[dict[str, object]]:
    """One flat row per record: its fields, slippage and thread (spreadsheet-ready)."""
    index = register.threads()
    rows = []
    for record in records:
        slip = index.slippage(record)
        thread = index.thread_of(record.id)
        rows.append(
            {
                "id": record.id,
                "document": record.document.filename,
                "date": record.report_date or (str(record.year) if record.year else ""),
                "section": record.section or "",
                "category": record.category or "",
                "ref": record.ref or "",
                "title": record.title,
                "owner": record.owner or "",
                "priority": record.priority or "",
                "due_text": record.due_text or "",
                "due_date": record.due_date or "",
                "revised_from_text": record.revised_from_text or "",
                "revised_from_date": record.revised_from_date or "",
                "status": record.status,
                "status_text": record.status_text or "",
                "themes": "; ".join(record.themes),
                "pages": ", ".join(str(p) for p in record.pages),
                "original_due": slip.original_due or "",
                "current_due": slip.current_due or "",
                "extensions": slip.extensions,
                "months_slipped": "" if slip.months_slipped is None else slip.months_slipped,
                "overdue_at_report": "yes" if slip.overdue_at_report else "no",
                "slipped_because": "; ".join(slip.reasons),
                "thread": thread.id if thread else "",
                "finding": record.finding or "",
                "action": record.action or "",
                "progress": record.progress or "",
            }
        )
    return rows


def _safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula ('=...', '+...') is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(rows: list[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def to_xlsx(rows: list[dict[str, object]], description: str = "") -> bytes:
    """A workbook with a 'Records' sheet (header frozen, filters on) and an 'About' sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Records"
    sheet.append(EXPORT_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe_cell(row[c]) for c in EXPORT_COLUMNS])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(EXPORT_COLUMNS))}{len(rows) + 1}"
    widths = {"title": 60, "finding": 60, "action": 60, "progress": 60, "slipped_because": 50}
    for i, name in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(name, 16)
        if name in widths:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    about = book.create_sheet("About")
    about.append(["govrag action register export"])
    about.append(["generated", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")])
    about.append(["records", len(rows)])
    if description:
        about.append(["filters", description])
    about.append(["columns", "the record's fields, then slippage (see govrag's README) and thread"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
