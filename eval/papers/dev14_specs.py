"""A fourteenth development set (dev14): four papers of one invented community transport
charity, written by the lead for one kind of failure an outside describer reported on a blind
scan (its classes only): a ruled table scanned at a slight skew, with very short headers
('#', 'Who', 'By'), a one-digit ref column, revisions written inline in the date cell, close
rows and an 11pt face, under a borderless table of the paper's details, was read as one record.
The papers vary that layout (scan and text PDF, ruled and tight or roomy, with and without a
progress column) so a reading that holds on one and not the others shows. The figures of
``python -m eval.ingest_eval --ingest data/papers/dev14`` are a development measure, not a
held-out one."""

from __future__ import annotations

from typing import Any

from eval.papers.spec import Paper, Row

_ROWS = (
    (
        "Driver licence checks are not repeated after the first year.",
        "Check every volunteer driver's licence each year with the DVLA service.",
        "Volunteer Coordinator",
        "2025-06-30",
        "In progress",
        "Two thirds of drivers checked.",
        "2025-09-30",
    ),
    (
        "Minibus defect sheets are not signed off by the transport manager.",
        "Have each defect sheet countersigned within two working days.",
        "Transport Manager",
        "2025-03-31",
        "Complete",
        "Countersigning started in March.",
        None,
    ),
    (
        "Fares taken in cash are banked weekly by one person.",
        "Count and bank cash fares with two people present.",
        "Finance Officer",
        "2025-04-30",
        "Complete",
        "Two-person count in place.",
        None,
    ),
    (
        "The safeguarding policy has not been reviewed since 2021.",
        "Review the safeguarding policy and train every driver on it.",
        "Chief Officer",
        "2025-07-31",
        "Not started",
        "Waiting for the county's new model policy.",
        "2025-12-31",
    ),
    (
        "Trustees have no report on vehicle running costs.",
        "Report cost per mile for each vehicle to every trustee meeting.",
        "",
        "2025-05-31",
        "In progress",
        "First report drafted.",
        None,
    ),
    (
        "Booking records hold passengers' medical notes without consent.",
        "Ask each passenger for consent or remove the notes.",
        "Bookings Supervisor",
        "2025-08-31",
        "Overdue",
        "Consent letters not yet sent.",
        None,
    ),
    (
        "The wheelchair lift on the second minibus fails its checks.",
        "Repair or replace the lift and record its six-monthly inspection.",
        "Transport Manager",
        "2025-02-28",
        "Complete",
        "New lift fitted in February.",
        None,
    ),
    (
        "Grant conditions are not tracked after the award letter.",
        "Keep a register of grant conditions and review it quarterly.",
        "Finance Officer",
        "2025-10-31",
        "In progress",
        "Register set up for the two largest grants.",
        "2026-01-31",
    ),
)

_TERSE: dict[str, Any] = {
    "padding": "4pt 4pt 6pt 4pt",
    "widths": {"ref": "2%", "issue": "19%", "action": "33%", "owner": "14%", "due": "22%"},
}
_SHORT = {"ref": "#", "issue": "Issue", "action": "Action", "owner": "Who", "due": "By"}


_SHORT_ISSUES = (
    "Licence checks lapse",
    "Defect sheets unsigned",
    "Cash fares banked alone",
    "Safeguarding policy out of date",
    "No vehicle cost reports",
    "Medical notes held without consent",
    "Wheelchair lift failing checks",
    "Grant conditions untracked",
)
_FILLED_OWNER = "Chief Officer"  # the later describer's scan has no empty cell


def _rows(number: int, *, terse: bool = False) -> tuple[Row, ...]:
    rows = []
    for i, (issue, action, owner, due, status, note, revised) in enumerate(_ROWS):
        if terse:  # short phrases, no full stops, every cell filled
            issue, action = _SHORT_ISSUES[i], action.rstrip(".")
            owner = owner or _FILLED_OWNER
        if number % 2 == 0 and i % 3 == 1:  # the later papers move some rows on
            status = "Complete"
        rows.append(Row(issue, action, owner, due, status, note, revised=revised, ref=str(i + 1)))
    return tuple(rows)


def _paper(
    number: int,
    fmt: str,
    *,
    progress: bool = False,
    terse: bool = False,
    date_style: str = "mon-yy",
    extra: dict[str, Any] | None = None,
) -> Paper:
    kind = "scan" if fmt == "pdf-scan" else fmt
    headers = dict(_SHORT)
    headers["status"] = "Status"
    if progress:
        headers["progress"] = "Notes"
    return Paper(
        slug=f"t{number:02d}_transport_{kind}",
        fmt=fmt,
        kind="community transport charity",
        body="Ridgeway Community Transport",
        committee="Board of Trustees",
        meeting=(
            "14 May 2025",
            "10 September 2025",
            "12 November 2025",
            "4 February 2026",
            "13 May 2026",
            "9 September 2026",
        )[number - 1],
        title="Audit action log",
        intro=("Prepared by the Chief Officer for the trustees.",),
        closing=("Trustees are asked to note progress.",),
        headers=headers,
        rows=_rows(number, terse=terse),
        date_style=date_style,
        revision="inline",
        borders=True,
        extra={"size": "11pt", "padding": "1pt 3pt", **(extra or {})},
    )


PAPERS = (
    _paper(1, "pdf-scan"),
    _paper(2, "pdf-scan", progress=True),
    _paper(3, "pdf-scan", extra={"padding": "3pt 4pt", "valign": "middle"}),
    _paper(4, "pdf"),
    # the describer's second look: a narrow first text column of one-line phrases, a wide
    # date column of day/month/year dates whose inline revision wraps, roomy top-aligned rows
    _paper(5, "pdf-scan", terse=True, date_style="dmy/", extra=_TERSE),
    _paper(6, "pdf", terse=True, date_style="dmy/", extra=_TERSE),
)
