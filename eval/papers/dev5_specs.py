"""A fifth development set (dev5): twelve papers of one invented museum trust, written by the lead
to stress dates by financial quarter ('Q1 2025/26') in every way a revision is written (inline,
'was', 'now', in the commentary, in two columns) and tables whose rows are all one line (a
borderless PDF then shows no wrapped cell to tell a line from a row). The figures of
``python -m eval.ingest_eval --ingest data/papers/dev5`` are a development measure, not a
held-out one."""

from __future__ import annotations

from eval.papers.spec import Paper, Row

_QUARTER_ENDS = ("2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30")
_ISSUES = (
    "Refresh the asset register for the depot.",
    "Agree the grants policy with the board.",
    "Test the disaster recovery plan twice a year.",
    "Publish the modern slavery statement.",
    "Train budget holders in the new ledger.",
    "Close the legacy bank accounts.",
    "Review the scheme of delegation.",
    "Renew the insurance broker contract.",
)
_OWNERS = ("Finance Manager", "Head of IT", "Clerk")
_STATUSES = ("Open", "Complete", "In progress", "Overdue")


def _rows(paper: int) -> tuple[Row, ...]:
    """Eight one-line rows: quarter-end targets in turn, every other row revised to a later
    quarter, owners and statuses in turn, a short update on two rows in three."""
    rows = []
    for i, issue in enumerate(_ISSUES):
        due = _QUARTER_ENDS[(i + paper) % 6]
        later = _QUARTER_ENDS[(i + paper + 2) % 6]
        rows.append(
            Row(
                issue,
                "",
                _OWNERS[i % 3],
                due,
                _STATUSES[i % 4],
                "Update given." if i % 3 else "",
                revised=later if i % 2 == 0 and later > due else None,
                ref=f"QA{paper}.{i + 1}",
            )
        )
    return tuple(rows)


_ONE_DATE = {
    "ref": "Ref",
    "issue": "Recommendation",
    "owner": "Responsible officer",
    "due": "Target quarter",
    "status": "Status",
    "progress": "Update",
}
_TWO_DATES = {
    "ref": "Ref",
    "issue": "Recommendation",
    "owner": "Responsible officer",
    "original": "Original target",
    "revised": "Revised target",
    "status": "Status",
    "progress": "Update",
}


def _paper(
    number: int, fmt: str, revision: str, borders: bool = True, headers: dict[str, str] = _ONE_DATE
) -> Paper:
    return Paper(
        slug=f"q{number:02d}_quarterhill_{fmt.replace('-', '_')}_{revision}",
        fmt=fmt,
        kind="museum trust",
        body=f"Quarterhill Museum Trust {number}",
        committee="Audit Committee",
        meeting="14 October 2025",
        title="Audit recommendations tracker",
        intro=("Report of the Director of Resources.",),
        closing=("The Committee is asked to note progress.",),
        headers=headers,
        rows=_rows(number),
        date_style="quarter",
        revision=revision,
        borders=borders,
    )


PAPERS = (
    _paper(1, "pdf", "inline"),
    _paper(2, "pdf", "was", borders=False),
    _paper(3, "pdf", "now"),
    _paper(4, "pdf", "progress", borders=False),
    _paper(5, "pdf", "extended"),
    _paper(6, "pdf", "moved", borders=False),
    _paper(7, "pdf", "columns", headers=_TWO_DATES),
    _paper(8, "pdf", "columns", borders=False, headers=_TWO_DATES),
    _paper(9, "docx", "inline"),
    _paper(10, "xlsx", "columns", headers=_TWO_DATES),
    _paper(11, "html", "was"),
    _paper(12, "pdf-scan", "inline"),
)
