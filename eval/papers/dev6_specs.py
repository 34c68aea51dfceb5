"""A sixth development set (dev6): a matrix of house styles across formats, written by the lead
to find where ingest breaks on combinations no single paper has. Sixty-three papers of one
invented trust, nine in each of Word, Excel, CSV, HTML, ruled PDF, borderless PDF and Markdown;
each takes its date style, revision form, RAG words or fills, sub-headings, merged owners,
two-row date header, header row below a preamble, orientation, type size and font from its
place in the matrix. The figures of ``python -m eval.ingest_eval --ingest data/papers/dev6`` are
a development measure, not a held-out one."""

from __future__ import annotations

from typing import Any

from eval.papers.spec import RAG_KEY_DEFAULT, Paper, Row

_MONTH_ENDS = (
    "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31",
    "2025-05-31", "2025-08-31", "2025-11-30", "2026-02-28",
)  # fmt: skip
_QUARTER_ENDS = (
    "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31",
    "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31",
)  # fmt: skip
_SEASON_ENDS = (
    "2024-05-31", "2024-08-31", "2024-11-30", "2025-02-28",
    "2025-05-31", "2025-08-31", "2025-11-30", "2026-02-28",
)  # fmt: skip
_ISSUES = (
    "Refresh the asset register for the depot and reconcile it to the ledger at year end.",
    "Agree the grants policy.",
    "Test the disaster recovery plan twice a year, including a full restore of the finance "
    "system from backup, and report the results to the committee.",
    "Publish the modern slavery statement.",
    "Train budget holders in the new ledger.",
    "Close the legacy bank accounts that are no longer used by any service.",
    "Review the scheme of delegation.",
    "Renew the insurance broker contract after a competitive tender.",
    "Introduce quarterly reviews of the corporate risk register by the senior team.",
)
_OWNERS = (
    "Finance Manager",
    "Head of Information Technology and Digital Services",
    "Clerk",
    "Director of Resources",
)
_STATUSES = ("Open", "Complete", "In progress", "Overdue", "Not started", "Partially implemented")
_RAGS = ("green", "amber", "red", "blue")
_PROGRESS = (
    "",
    "Draft circulated to members in May; final version awaiting sign-off.",
    "Done.",
    "Procurement delayed by the market; a revised plan will come to the next meeting with costs.",
)
_DATE_STYLES = ("dmy/", "dmy.", "iso", "mon-yy", "month", "words", "quarter", "season", "long")
_REVISIONS = ("columns", "inline", "was", "now", "progress", "extended", "moved")
_FORMATS = ("docx", "xlsx", "csv", "html", "pdf", "pdf-borderless", "md")


def _rows(number: int, rag: bool, categories: bool, style: str, refs: bool) -> tuple[Row, ...]:
    ends = {"quarter": _QUARTER_ENDS, "season": _SEASON_ENDS}.get(style, _MONTH_ENDS)
    rows = []
    for i, issue in enumerate(_ISSUES):
        due, later = ends[(i + number) % 8], ends[(i + number + 2) % 8]
        rows.append(
            Row(
                issue,
                "",
                _OWNERS[(i // 2) % 4],
                due,
                _RAGS[(i + number) % 4] if rag else _STATUSES[(i + number) % 6],
                _PROGRESS[(i + number) % 4],
                revised=later if i % 3 == 0 and later > due else None,
                ref=f"M{number}.{i + 1}" if refs else None,
                category=("Finance", "Governance", "Technology")[i // 3] if categories else None,
            )
        )
    return tuple(rows)


def _headers(revision: str, refs: bool) -> dict[str, str]:
    headers = {"ref": "Ref"} if refs else {}
    headers |= {"issue": "Recommendation", "owner": "Lead officer"}
    if revision == "columns":
        headers |= {"original": "Original date", "revised": "Revised date"}
    else:
        headers["due"] = "Target date"
    return headers | {"status": "Status", "progress": "Progress"}


def _paper(number: int, fmt: str, place: int, column: int) -> Paper:
    """The paper at row ``place`` of the matrix for format ``fmt`` (column ``column``)."""
    style = _DATE_STYLES[(place + column) % 9]
    revision = _REVISIONS[(place * 3 + column) % 7]
    refs = place != 7
    rag = fmt in ("docx", "xlsx", "pdf", "pdf-borderless", "html") and place % 4 == 1
    extra: dict[str, Any] = {}
    if place % 4 == 3:
        extra["orient"] = "portrait"
    if place % 5 == 4:
        extra["size"] = "8pt"
    if place % 6 == 5:
        extra["font"] = "Georgia, serif"
    if fmt == "xlsx" and revision in ("inline", "was", "now"):
        extra["excel_dates"] = False  # the cell holds both dates as text
    return Paper(
        slug=f"m{number:02d}_matrix_{fmt.replace('-', '_')}_{revision}",
        fmt="pdf" if fmt == "pdf-borderless" else fmt,
        kind="museum trust",
        body=f"Matrix Museum Trust {number}",
        committee="Audit Committee",
        meeting="14 October 2025",
        title="Audit recommendations tracker",
        intro=("Report of the Director of Resources.",),
        closing=("The Committee is asked to note progress.",),
        headers=_headers(revision, refs),
        rows=_rows(number, rag, place % 3 == 2, style, refs),
        date_style=style,
        revision=revision,
        two_row_date_header="Target date" if revision == "columns" and place % 2 else None,
        borders=fmt != "pdf-borderless",
        rag_key=RAG_KEY_DEFAULT if rag else None,
        rag_fill=rag and fmt in ("docx", "xlsx", "pdf") and place % 8 == 1,
        merge_fields=("owner",) if fmt in ("docx", "html") and place % 2 == 0 else (),
        header_row=3 if fmt in ("xlsx", "csv") and place % 3 == 0 else 1,
        extra=extra,
    )


PAPERS = tuple(
    _paper(column * 9 + place + 1, fmt, place, column)
    for column, fmt in enumerate(_FORMATS)
    for place in range(9)
)
