"""A tenth development set (dev10): ten scanned papers of one invented waste partnership, written
by the lead to find where OCR reading splits or joins rows whose cells wrap over several lines:
findings and actions of one or two sentences, two posts in one owner cell, rows with no owner,
dates with their revision written in the date cell, serif and sans type at 8.5 to 10 pt, ruled and
borderless tables, with and without a progress column; and six papers (w11-w16) of short refs
in one style each ('CC1', 'R1', 'A1', '1.', 'AR-01', 'ARC/23/01'), which OCR reads with a
slipped case, a speck or a wrong digit. The figures of
``python -m eval.ingest_eval --ingest data/papers/dev10`` are a development measure, not a
held-out one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

# the month ends dev6 dates its rows by
from eval.papers.dev6_specs import _MONTH_ENDS
from eval.papers.spec import Paper, Row

_FINDINGS = (
    (
        "Weighbridge tickets for trade waste are not matched to invoices, so loads tipped "
        "without payment are not found until the year-end reconciliation.",
        "Match weighbridge tickets to invoices every week and report exceptions to the "
        "Finance Manager.",
    ),
    (
        "The contract with the haulage operator expired in 2023 and extensions were agreed "
        "by email without a formal variation.",
        "Procure a new haulage contract through the framework and record each variation on "
        "the contracts register.",
    ),
    (
        "Fire risk assessments at two transfer stations are more than two years old.",
        "Commission new fire risk assessments for both transfer stations and track the "
        "resulting actions to completion.",
    ),
    (
        "Recycling credits claimed from the constituent councils were not checked against "
        "tonnage returns before payment.",
        "Reconcile recycling credit claims to the quarterly tonnage returns before any "
        "payment is released.",
    ),
    (
        "Staff at the household waste sites have not completed manual handling refresher "
        "training since 2021.",
        "Schedule refresher training for all site staff and keep attendance records on the "
        "learning system.",
    ),
    (
        "The business continuity plan does not cover loss of the landfill gas engines.",
        "Add the gas engines to the business continuity plan and test the revised plan in a "
        "desk exercise.",
    ),
    (
        "Board members' declarations of interest were not refreshed after the 2024 appointments.",
        "Collect fresh declarations from every member and publish the register on the "
        "partnership's website.",
    ),
    (
        "Income from the sale of recovered metals is banked without a second officer "
        "checking the sums received.",
        "Introduce a two-person check on metal sale income and retain signed banking records.",
    ),
)
_OWNERS = (
    "Finance Manager",
    "Head of Contracts and Procurement Officer",
    "Operations Manager (Transfer Stations)",
    "",
    "Head of Waste Services",
    "Partnership Secretary and Monitoring Officer",
)
_STATUSES = (
    ("Complete", "In progress", "Not started", "Overdue", "Partially implemented"),
    ("Implemented", "Ongoing", "Not yet due", "Behind schedule", "Open"),
)
_PROGRESS = (
    "Weekly matching started in January; two exceptions found so far.",
    "",
    "Tender documents drafted and awaiting legal review before issue.",
    "Assessment booked for the spring; the contractor has been appointed.",
)
_DATE_STYLES = ("dmy.", "dmy/", "month", "long", "mon-yy")
_REVISIONS = ("inline", "was", "now", "columns", "inline")


def _rows(number: int) -> tuple[Row, ...]:
    statuses = _STATUSES[number % 2]
    rows = []
    for i, (finding, action) in enumerate(_FINDINGS):
        due, later = _MONTH_ENDS[(i + number) % 8], _MONTH_ENDS[(i + number + 2) % 8]
        rows.append(
            Row(
                finding,
                action,
                _OWNERS[(i + number) % 6],
                due,
                statuses[(i + number) % len(statuses)],
                _PROGRESS[(i + number) % 4],
                revised=later if i % 3 != 2 and later > due else None,
                ref=f"WP{number}.{i + 1}",
            )
        )
    return tuple(rows)


def _headers(revision: str, progress: bool) -> dict[str, str]:
    headers = {"ref": "No.", "issue": "Finding", "action": "Agreed action"}
    headers["owner"] = "Responsible officer(s)"
    if revision == "columns":
        headers |= {"original": "Original date", "revised": "Revised date"}
    else:
        headers["due"] = "Target date"
    headers["status"] = "Status"
    if progress:
        headers["progress"] = "Update"
    return headers


def _paper(number: int) -> Paper:
    style = _DATE_STYLES[number % 5]
    revision = _REVISIONS[number % 5]
    extra: dict[str, Any] = {"size": ("8.5pt", "9pt", "9.5pt", "10pt")[number % 4]}
    if number % 2 == 1:
        extra["font"] = "Georgia, 'Times New Roman', serif"
    return Paper(
        slug=f"w{number:02d}_waste_scan_{revision}_{style.replace('/', 's').replace('.', 'd')}",
        fmt="pdf-scan",
        kind="joint waste authority",
        body=f"Hollin Moor Waste Partnership {number}",
        committee="Governance and Audit Committee",
        meeting="12 March 2025",
        title="Internal audit actions: position statement",
        intro=("Report of the Partnership Secretary.",),
        closing=("The Committee is asked to note the position.",),
        headers=_headers(revision, number % 3 != 0),
        rows=_rows(number),
        date_style=style,
        revision=revision,
        borders=number % 4 != 2,
        extra=extra,
    )


# short refs that OCR reads with a slipped case, a speck or a wrong digit ('cc?', 'A8&', 'a'),
# in ruled tables of 9 pt serif type with no progress column, dotted dates and the revision in
# the date cell, and two rows with no owner
_SHORT_REFS = ("CC{n}", "AR-{n:02d}", "R{n}", "{n}.", "ARC/23/{n:02d}", "A{n}")


def _short_refs_paper(number: int) -> Paper:
    base = _paper(5)
    style = _SHORT_REFS[number - 11]
    rows = tuple(
        replace(row, ref=style.format(n=i + 1), owner="" if i in (2, 6) else row.owner, progress="")
        for i, row in enumerate(base.rows)
    )
    return replace(
        base,
        slug=f"w{number:02d}_waste_scan_short_refs",
        body=f"Hollin Moor Waste Partnership {number}",
        headers={f: h for f, h in base.headers.items() if f != "progress"},
        rows=rows,
        date_style="dmy.",
        revision="inline",
        extra={"size": "9pt", "font": "Georgia, 'Times New Roman', serif"},
    )


PAPERS = tuple(_paper(number) for number in range(1, 11)) + tuple(
    _short_refs_paper(number) for number in range(11, 17)
)
