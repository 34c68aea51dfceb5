"""An eleventh development set (dev11): nine papers of one invented joint archives service,
written by an ingest builder for four kinds of failure: scanned tables whose ref column is so
narrow that a ref ('A-01') wraps over two lines in its cell, with letter prefixes OCR may read as
digits ('I-01'); papers (Markdown, HTML, Word, a scan) with no status column, whose progress
note opens with the status ('Complete – ...', 'In progress: ...', 'Not started. ...'); and a
CSV whose date column keeps the first date while the remarks say the deadline moved. The
figures of ``python -m eval.ingest_eval --ingest data/papers/dev11`` are a development measure,
not a held-out one."""

from __future__ import annotations

from typing import Any

# the month ends dev6 dates its rows by
from eval.papers.dev6_specs import _MONTH_ENDS
from eval.papers.spec import Paper, Row

_FINDINGS = (
    (
        "The strongroom humidity logger has not been calibrated since it was installed.",
        "Calibrate the logger every year and keep the certificate with the environmental file.",
    ),
    (
        "Loans of original documents to other repositories are agreed without a written "
        "loan agreement.",
        "Adopt a standard loan agreement and require it for every outgoing loan.",
    ),
    (
        "The joint committee's terms of reference do not cover the digital preservation service.",
        "Revise the terms of reference and put them to the partner councils for approval.",
    ),
    (
        "Search room fees were last reviewed in 2019.",
        "Review the fees and charges schedule and publish the new rates.",
    ),
    (
        "Access rights to the catalogue database are not removed when volunteers leave.",
        "Reconcile catalogue accounts to the volunteer register every quarter.",
    ),
    (
        "Records of deposited collections are kept in three separate spreadsheets.",
        "Move the accession records into the collections management system.",
    ),
    (
        "Conservation staff have no documented lone working procedure.",
        "Write a lone working procedure and issue personal alarms to the conservation team.",
    ),
    (
        "Two conservators hold all the knowledge of the paper repair workflow.",
        "Document the repair workflow and train a second officer in each step.",
    ),
    (
        "Partner contributions are invoiced late in the financial year.",
        "Invoice partner contributions in April and chase unpaid sums monthly.",
    ),
    (
        "Income from the reprographics service is not reconciled to the till.",
        "Reconcile reprographics income to the till weekly and sign off the record.",
    ),
)
# two refs for each of five sections; the letters include ones OCR reads as digits (I, S, B)
_REFS = ("A-01", "A-02", "G-01", "G-02", "I-01", "I-02", "S-01", "S-02", "B-01", "B-02")
_OWNERS = (
    "County Archivist",
    "Collections Manager",
    "Head of Legal Services",
    "Finance Business Partner",
    "Digital Preservation Officer",
    "Conservation Manager",
)
_STATUSES = ("Complete", "In progress", "Not started", "Partially implemented", "Ongoing")
_NOTES = (
    "the work was signed off by the Archivist in February.",
    "a draft has been shared with the partner councils for comment.",
    "the officer post was vacant until January.",
    "two of the three steps are done; the last waits for funding.",
    "quarterly checks continue and are reported to the Board.",
)
# how a progress note joins its opening status to the rest
_JOINS = (" – ", ": ", ". ", " - ", "; ")


def _rows(number: int, *, status_in_note: bool = False, revise_every: int = 3) -> tuple[Row, ...]:
    rows = []
    for i, (finding, action) in enumerate(_FINDINGS):
        due, later = _MONTH_ENDS[(i + number) % 8], _MONTH_ENDS[(i + number + 2) % 8]
        status = _STATUSES[(i + number) % 5]
        note = _NOTES[(i + number) % 5]
        progress = note[0].upper() + note[1:]
        if status_in_note:  # the note opens with the status; after a full stop, a capital
            join = _JOINS[(i + number) % 5]
            progress = f"{status}{join}{progress if join.strip() == '.' else note}"
        rows.append(
            Row(
                finding,
                action,
                _OWNERS[(i + number) % 6],
                due,
                status,
                progress,
                revised=later if i % revise_every == 1 and later > due else None,
                ref=_REFS[i],
            )
        )
    return tuple(rows)


def _paper(
    number: int,
    fmt: str,
    headers: dict[str, str],
    *,
    date_style: str = "dmy/",
    revision: str = "was",
    status_in_note: bool = False,
    borders: bool = True,
    extra: dict[str, Any] | None = None,
) -> Paper:
    kind = "scan" if fmt == "pdf-scan" else fmt
    return Paper(
        slug=f"k{number:02d}_archives_{kind}",
        fmt=fmt,
        kind="joint archives service",
        body=f"Wendle Valley Joint Archives Service {number}",
        committee="Joint Archives Committee",
        meeting="18 September 2025",
        title="Audit recommendations: follow-up",
        intro=("Report of the County Archivist.",),
        closing=("Members are asked to note progress against the recommendations.",),
        headers=headers,
        rows=_rows(number, status_in_note=status_in_note),
        date_style=date_style,
        revision=revision,
        borders=borders,
        extra=extra or {},
    )


_WITH_STATUS = {
    "ref": "Ref",
    "issue": "Issue found",
    "action": "Recommendation",
    "owner": "Lead officer",
    "due": "Due",
    "status": "Status",
    "progress": "Comment",
}
_NO_STATUS = {
    "ref": "Ref",
    "issue": "Issue found",
    "action": "Recommendation",
    "owner": "Lead officer",
    "due": "Due",
    "progress": "Progress note",
}
# a ref column only as wide as its widest unbroken piece ('A-'), so each ref wraps
_NARROW = {"widths": {"ref": "1px"}}

PAPERS = (
    _paper(
        1,
        "pdf-scan",
        _WITH_STATUS,
        date_style="dmy.",
        extra=_NARROW | {"size": "9.5pt", "font": "Georgia, 'Times New Roman', serif"},
    ),
    _paper(
        2,
        "pdf-scan",
        _WITH_STATUS,
        date_style="long",
        borders=False,
        extra=_NARROW | {"size": "9pt"},
    ),
    _paper(
        3,
        "pdf-scan",
        _NO_STATUS,
        date_style="dmy/",
        status_in_note=True,
        extra=_NARROW | {"size": "10pt"},
    ),
    _paper(4, "md", _NO_STATUS, date_style="long", status_in_note=True),
    _paper(
        5,
        "html",
        _NO_STATUS | {"progress": "Position at September 2025"},
        date_style="month",
        status_in_note=True,
    ),
    _paper(6, "docx", _NO_STATUS | {"progress": "Update"}, status_in_note=True),
    _paper(
        7,
        "csv",
        _WITH_STATUS | {"due": "Target date", "progress": "Remarks"},
        revision="moved",
    ),
    _paper(
        8,
        "pdf-scan",
        _WITH_STATUS,
        date_style="dmy.",
        revision="inline",
        extra=_NARROW | {"size": "9pt", "font": "Georgia, 'Times New Roman', serif"},
    ),
    _paper(9, "pdf", _WITH_STATUS, date_style="dmy/", borders=False, extra=_NARROW),
)
