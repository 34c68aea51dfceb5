"""A seventh development set (dev7): eight PDF papers of one invented water authority, written
by the lead to put page breaks inside rows: long updates make rows tall, and deadlines that wrap
over two or three lines (a quarter revised from another, a long date 'extended' from another)
sit in a narrow column, so that chromium's page breaks fall inside the date cell and inside
sub-headed sections, in ruled and borderless tables. The figures of
``python -m eval.ingest_eval --ingest data/papers/dev7`` are a development measure, not a
held-out one."""

from __future__ import annotations

from eval.papers.spec import Paper, Row

_DUES = (
    "2024-06-30",
    "2024-09-30",
    "2024-12-31",
    "2025-03-31",
    "2025-06-30",
    "2025-09-30",
    "2025-12-31",
    "2026-03-31",
)
_ISSUES = (
    "Leakage reporting to the board does not reconcile to the regulator's return.",
    "Reservoir safety inspections are not tracked against the statutory schedule.",
    "Supplier bank detail changes are not independently verified before payment.",
    "The capital programme lacks a single register of approved variations.",
    "Privileged access to the telemetry system is not reviewed.",
    "Customer complaint responses exceed the fifteen working day standard.",
    "The fleet fuel card policy is out of date.",
    "Business continuity plans have not been tested since the reorganisation.",
    "Contract extensions were granted without a waiver being recorded.",
    "Asset condition surveys for pumping stations are overdue.",
    "Members' declarations of interest are not refreshed annually.",
    "Overtime claims are approved by the claimant's peer, not a manager.",
)
_OWNERS = ("Director of Operations", "Head of Finance", "Head of Digital", "Company Secretary")
_STATUSES = ("In progress", "Overdue", "Complete", "Not started", "Partially implemented")
_SENTENCES = (
    "A working group met in the spring and agreed the terms of reference.",
    "The first draft was reviewed by the leadership team and returned with comments.",
    "Resources were diverted to the drought response over the summer, which delayed the work.",
    "Internal audit will test the new control at its next visit and report to this committee.",
    "Training for the staff involved has been scheduled across three sessions.",
    "The system change needs a supplier release that is now expected next quarter.",
)
_SECTIONS = ("Finance and assurance", "Operations", "Information and technology")


def _progress(i: int, paper: int) -> str:
    """An update of one to six sentences, its length turning with the row and the paper so
    that page breaks fall at different places in each paper."""
    count = 1 + (i * 5 + paper * 3) % 6
    return " ".join(_SENTENCES[(i + k) % 6] for k in range(count))


def _rows(paper: int) -> tuple[Row, ...]:
    rows = []
    for i, issue in enumerate(_ISSUES):
        due = _DUES[(i + paper) % 8]
        later = _DUES[min(7, (i + paper) % 8 + 1 + i % 3)]
        rows.append(
            Row(
                issue,
                "",
                _OWNERS[(i + paper) % 4],
                due,
                _STATUSES[(i + paper) % 5],
                _progress(i, paper),
                revised=later if i % 3 != 1 and later > due else None,
                ref=f"WA{paper}/{i + 1:02d}",
                category=_SECTIONS[i // 4] if paper % 2 == 0 else None,
            )
        )
    return tuple(rows)


_HEADERS = {
    "ref": "Ref",
    "issue": "Finding",
    "owner": "Lead",
    "due": "Target",
    "status": "Status",
    "progress": "Update",
}


_INTRO = (
    "Report of the Company Secretary.",
    "This report sets out progress on the recommendations made by internal audit in 2024/25 "
    "and the first half of 2025/26, with the position reported by each lead officer.",
    "Where a target has moved, the date first agreed is shown with the revised one.",
    "Recommendations closed at the last meeting are not repeated here.",
)


def _paper(
    number: int, borders: bool, date_style: str, revision: str, intro_lines: int = 1
) -> Paper:
    return Paper(
        slug=f"w{number:02d}_wendbrook_water_{'ruled' if borders else 'borderless'}_{revision}",
        fmt="pdf",
        kind="water authority",
        body=f"Wendbrook Water Authority {number}",
        committee="Audit and Risk Committee",
        meeting="9 December 2025",
        title="Internal audit recommendations: follow-up",
        intro=_INTRO[:intro_lines],
        closing=("The Committee is asked to note progress.",),
        headers=_HEADERS,
        rows=_rows(number),
        date_style=date_style,
        revision=revision,
        borders=borders,
    )


PAPERS = (
    _paper(1, False, "quarter", "was"),
    _paper(2, False, "quarter", "inline"),
    _paper(3, False, "long", "extended"),
    _paper(4, False, "long", "was"),
    _paper(5, True, "quarter", "was"),
    _paper(6, True, "quarter", "inline"),
    _paper(7, True, "long", "extended"),
    _paper(8, True, "long", "now"),
    # the same styles pushed down the page by a longer introduction, so the breaks move
    _paper(9, False, "quarter", "was", 2),
    _paper(10, False, "quarter", "inline", 3),
    _paper(11, False, "long", "extended", 4),
    _paper(12, False, "quarter", "now", 4),
    _paper(13, True, "quarter", "was", 2),
    _paper(14, True, "quarter", "inline", 3),
    _paper(15, True, "long", "extended", 4),
    _paper(16, True, "quarter", "now", 3),
)
