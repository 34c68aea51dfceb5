"""A ninth development set (dev9): twelve scanned papers of one invented harbour board, written
by the lead to find where OCR reading breaks on house styles no scan in dev or dev4 has: every
date style and revision form, 8 to 10 pt type, serif and sans fonts, ruled and borderless
tables, long posts that wrap in the owner cell, rows with no owner, and papers with no progress
column. The figures of ``python -m eval.ingest_eval --ingest data/papers/dev9`` are a
development measure, not a held-out one."""

from __future__ import annotations

from typing import Any

# the month, quarter and season ends dev6 dates its rows by
from eval.papers.dev6_specs import _MONTH_ENDS, _QUARTER_ENDS, _SEASON_ENDS
from eval.papers.spec import RAG_KEY_DEFAULT, Paper, Row

_ISSUES = (
    "Pilotage income is not reconciled to vessel movement records each month.",
    "Dredging contract variations were approved after the work was done.",
    "The berth allocation system has no tested disaster recovery arrangement.",
    "Mooring fees for leisure craft are not reviewed annually.",
    "Harbour master's standing orders are out of date.",
    "Fuel stock at the quay is not counted independently.",
    "Oil spill response training lapsed for two of the duty teams.",
    "Board members' declarations of interest are incomplete.",
)
_OWNERS = (
    "Harbour Master",
    "Head of Finance and Corporate Services",
    "Operations Manager",
    "Marine Operations and Safety Manager",
    "",
    "Chief Executive",
)
_STATUSES = (
    ("Met", "Partly met", "Not met", "Met: partially"),
    ("Complete", "In progress", "Overdue", "Not started", "Partially implemented", "Open"),
)
_RAGS = ("green", "amber", "red", "blue")
_PROGRESS = (
    "Reconciliation drafted; first run due next quarter.",
    "",
    "Policy agreed by the Board in March.",
    "Awaiting the contractor's revised quote.",
)
_DATE_STYLES = ("mon-yy", "dmy.", "quarter", "season", "month", "words", "dmy/", "long", "iso")
_REVISIONS = ("was", "now", "inline", "moved", "extended", "columns", "progress")


def _rows(number: int, style: str, rag: bool, refs: bool) -> tuple[Row, ...]:
    ends = {"quarter": _QUARTER_ENDS, "season": _SEASON_ENDS}.get(style, _MONTH_ENDS)
    statuses = _STATUSES[number % 2]
    rows = []
    for i, issue in enumerate(_ISSUES):
        due, later = ends[(i + number) % 8], ends[(i + number + 3) % 8]
        rows.append(
            Row(
                issue,
                "",
                _OWNERS[(i + number) % 6],
                due,
                _RAGS[(i + number) % 4] if rag else statuses[(i + number) % len(statuses)],
                _PROGRESS[(i + number) % 4],
                revised=later if i % 3 != 1 and later > due else None,
                ref=f"HB{number}/{i + 1}" if refs else None,
            )
        )
    return tuple(rows)


def _headers(revision: str, refs: bool, progress: bool) -> dict[str, str]:
    headers = {"ref": "Ref."} if refs else {}
    headers |= {"issue": "Finding", "owner": "Responsible officer"}
    if revision == "columns":
        headers |= {"original": "Agreed date", "revised": "Revised date"}
    else:
        headers["due"] = "Target date"
    headers["status"] = "Status"
    if progress or revision in ("moved", "extended", "progress"):
        headers["progress"] = "Update"
    return headers


def _paper(number: int) -> Paper:
    style = _DATE_STYLES[number % 9]
    revision = _REVISIONS[number % 7]
    refs = number % 5 != 3
    rag = number % 4 == 2
    extra: dict[str, Any] = {"size": ("8pt", "9pt", "9.5pt", "10pt")[number % 4]}
    if number % 3 == 1:
        extra["font"] = "Georgia, 'Times New Roman', serif"
    return Paper(
        slug=f"s{number:02d}_harbour_scan_{revision}_{style.replace('/', 's').replace('.', 'd')}",
        fmt="pdf-scan",
        kind="port authority",
        body=f"Saltcote Harbour Board {number}",
        committee="Audit and Risk Committee",
        meeting="3 February 2025",
        title="Internal audit recommendations: follow-up",
        intro=("Report of the Head of Finance and Corporate Services.",),
        closing=("The Committee is asked to note the position.",),
        headers=_headers(revision, refs, number % 2 == 0),
        rows=_rows(number, style, rag, refs),
        date_style=style,
        revision=revision,
        borders=number % 3 != 2,
        rag_key=RAG_KEY_DEFAULT if rag else None,
        extra=extra,
    )


PAPERS = tuple(_paper(number) for number in range(1, 13))
