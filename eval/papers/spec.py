"""Specs of the measuring corpus of issue 15: papers, their action rows and the gold derived
from them.

A :class:`Paper` names its body, committee, date, house style (header words, date style, how a
revision is written, format) and its :class:`Row` s. Every row holds the truth (owner, ISO due
date, ISO original date when revised, the status as written); the rendered text and the gold are
both derived from it, so they cannot disagree.

Dates mean the end of the period they name ('June 2019' -> 2019-06-30; 'Q3 2019/20' ->
2019-12-31, quarters of financial years counted from April; seasons: Spring -> 31 May, Summer
-> 31 August, Autumn -> 30 November, Winter YYYY/YY -> end of February).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The status words the papers use, and the gold status each means (ingest.model.Status).
STATUS_WORDS: dict[str, str] = {
    "complete": "complete",
    "completed": "complete",
    "implemented": "complete",
    "closed": "complete",
    "superseded": "complete",
    "achieved": "complete",
    "done": "complete",
    "met": "complete",
    "met: partially": "partial",
    "partially implemented": "partial",
    "partially complete": "partial",
    "partly met": "partial",
    "partly achieved": "partial",
    "in progress": "ongoing",
    "on track": "ongoing",
    "open": "ongoing",
    "ongoing": "ongoing",
    "not yet due": "ongoing",
    "overdue": "ongoing",
    "behind schedule": "ongoing",
    "not met": "ongoing",
    "not implemented": "ongoing",
    "not achieved": "ongoing",
    "no": "ongoing",
    "yes": "complete",
    "not started": "not_started",
    "not yet started": "not_started",
}

# Text colours (RAG words), read with the paper's key; most papers use RAG_KEY_DEFAULT.
RAG_KEY_DEFAULT: dict[str, str] = {
    "blue": "complete",
    "green": "ongoing",
    "amber": "ongoing",
    "red": "not_started",
}
RAG_KEY_GREEN_DONE: dict[str, str] = {
    "green": "complete",
    "amber": "ongoing",
    "red": "not_started",
}
FILLS = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}

SEASONS = {5: "Spring", 8: "Summer", 11: "Autumn", 2: "Winter"}


@dataclass(frozen=True)
class Row:
    """One action row and its truth."""

    issue: str
    action: str
    owner: str
    due: str  # ISO: the due date written first (the original when revised); '': none set
    status: str  # as written (a RAG colour name when the paper has a RAG key)
    progress: str = ""
    revised: str | None = None  # ISO: the current due date when the deadline was revised
    ref: str | None = None
    priority: str | None = None
    category: str | None = None
    due_text: str | None = None  # written verbatim instead of the paper's date style
    pct: str | None = None  # a '% complete' cell ('60%'; '60' with extra pct_bare); no gold


@dataclass(frozen=True)
class Paper:
    """One committee paper and its house style."""

    slug: str
    fmt: str  # docx, xlsx, csv, pdf, pdf-scan, html, md
    kind: str  # council, fire authority, nhs trust, ...
    body: str
    committee: str
    meeting: str  # as written on the cover
    title: str
    intro: tuple[str, ...]
    closing: tuple[str, ...]
    headers: dict[str, str]  # field -> header words, in column order
    rows: tuple[Row, ...]
    date_style: str = "dmy/"  # dmy/, dmy., iso, mon-yy, month, words, quarter, season
    revision: str = "columns"  # columns, inline, was, now, progress, extended, moved
    two_row_date_header: str | None = None  # e.g. "Target date" over Original / Revised
    borders: bool = True
    rag_key: dict[str, str] | None = None
    rag_fill: bool = False  # xlsx/docx/pdf: the status cell is only a fill colour
    merge_fields: tuple[str, ...] = ()  # equal consecutive values merged (docx, html)
    header_row: int = 1  # xlsx/csv: the 1-based row of the header
    running_header: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        suffix = "pdf" if self.fmt.startswith("pdf") else self.fmt
        return f"{self.slug}.{suffix}"


def iso(text: str) -> date:
    return date.fromisoformat(text)


def _month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def format_date(value: str, style: str) -> str:
    """``value`` (ISO) as the house style writes it; coarse styles need a month end."""
    d = iso(value)
    month = calendar.month_name[d.month]
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return value
    if style == "long":
        return f"{d.day} {month} {d.year}"
    if not _month_end(d):
        return d.strftime("%d/%m/%Y")
    if style == "mon-yy":
        return f"{calendar.month_abbr[d.month]}-{d.strftime('%y')}"
    if style == "words":
        return f"end of {month} {d.year}"
    if style == "quarter" and d.month in (3, 6, 9, 12):
        quarter = {6: 1, 9: 2, 12: 3, 3: 4}[d.month]
        start = d.year - 1 if d.month == 3 else d.year
        return f"Q{quarter} {start}/{str(start + 1)[2:]}"
    if style == "season" and d.month in SEASONS:
        if d.month == 2:
            return f"Winter {d.year - 1}/{str(d.year)[2:]}"
        return f"{SEASONS[d.month]} {d.year}"
    return f"{month} {d.year}"


def gold_status(paper: Paper, row: Row) -> str:
    words = row.status.strip().lower()
    if paper.rag_key and words in paper.rag_key:
        return paper.rag_key[words]
    return STATUS_WORDS.get(words, "unknown")


def title_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def gold_rows(paper: Paper) -> list[dict[str, Any]]:
    """The gold of every row of ``paper``, in order."""
    out = []
    for row in paper.rows:
        out.append(
            {
                "paper": paper.filename,
                "ref": row.ref,
                "title": title_words(row.issue),
                "action": title_words(row.action),
                "owner": row.owner,
                "due_date": row.revised or row.due or None,
                "revised_from_date": row.due if row.revised else None,
                "status": gold_status(paper, row),
                "status_text": row.status,
                "category": row.category,
            }
        )
    return out


# --- how cells are written -------------------------------------------------------------------


def due_cells(paper: Paper, row: Row) -> dict[str, str]:
    """The date cells of ``row`` (keys among due, original, revised) and any progress suffix."""
    style = paper.date_style
    first = row.due_text or (format_date(row.due, style) if row.due else "")
    if not row.revised:
        if paper.revision == "columns":
            return {"original": first, "revised": ""}
        return {"due": first}
    new = format_date(row.revised, style)
    if paper.revision == "columns":
        return {"original": first, "revised": new}
    if paper.revision == "inline":
        return {"due": f"{new} (revised from {first})"}
    if paper.revision == "was":
        return {"due": f"{new} (was {first})"}
    if paper.revision == "now":
        return {"due": f"{first} now {new}"}
    if paper.revision == "moved":
        # the due column keeps the date first set; only the commentary says it moved
        return {"due": first, "progress_suffix": f"Deadline moved back from {first} to {new}."}
    # progress / extended: the due column holds the current date, the text says what changed
    return {"due": new, "progress_suffix": f"Target date extended from {first} to {new}."}


def cells(paper: Paper, row: Row) -> list[str]:
    """The row's cells in the paper's column order."""
    dates = due_cells(paper, row)
    progress = row.progress
    if "progress_suffix" in dates:
        progress = f"{progress} {dates['progress_suffix']}".strip()
    values = {
        "ref": row.ref or "",
        "issue": row.issue,
        "action": row.action,
        "owner": row.owner,
        "priority": row.priority or "",
        "due": dates.get("due", ""),
        "original": dates.get("original", ""),
        "revised": dates.get("revised", ""),
        "status": "" if paper.rag_fill else row.status,
        "progress": progress,
        "pct": (row.pct or "").rstrip("%") if paper.extra.get("pct_bare") else row.pct or "",
        "theme": _theme(paper, row),
    }
    return [values[name] for name in paper.headers]


def _theme(paper: Paper, row: Row) -> str:
    """A 'theme' column holds the row's category (no sub-heading rows then); with
    ``extra["theme_once"]`` only the first row of each run of one theme writes it."""
    if "theme" not in paper.headers or not row.category:
        return ""
    index = paper.rows.index(row)
    if paper.extra.get("theme_once") and index and paper.rows[index - 1].category == row.category:
        return ""
    return row.category


def date_value(paper: Paper, row: Row, name: str) -> date | None:
    """For xlsx: the date of a date column as an Excel date (None when blank)."""
    if name == "original" or (name == "due" and not row.revised):
        return iso(row.due) if row.due else None
    if name in ("revised", "due") and row.revised:
        return iso(row.revised)
    return None
