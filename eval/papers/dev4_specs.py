"""A fourth development set (dev4): four scanned committee papers of four invented bodies,
written by the lead to stress OCR of tables: refs whose prefix letters look like digits
('IA-01', 'BC1', 'SO/1'), owners merged over two rows, small and serif type, dotted dates, no
rules. The figures of ``python -m eval.ingest_eval --ingest data/papers/dev4`` are a
development measure, not a held-out one."""

from __future__ import annotations

from eval.papers.spec import Paper, Row

_STATUSES = ("Complete", "In progress", "Not started", "Overdue", "Complete", "In progress")
_MONTH_ENDS = ("01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30")


def _rows(
    refs: tuple[str, ...], issues: tuple[str, ...], owners: tuple[str, ...]
) -> tuple[Row, ...]:
    """One row per ref: the issue, an owner in turn, month-end targets in two years, a status
    in turn, and a short note on every third row."""
    return tuple(
        Row(
            issue,
            "",
            owners[i % len(owners)],
            f"{2024 + i % 2}-{_MONTH_ENDS[i % len(_MONTH_ENDS)]}",
            _STATUSES[i % len(_STATUSES)]
            if i < 6
            else ("Closed", "Open", "Complete", "Open")[i % 4],
            "Works ordered." if i % 3 == 0 else "",
            ref=ref,
        )
        for i, (ref, issue) in enumerate(zip(refs, issues, strict=True))
    )


_HEADERS = {
    "ref": "Ref",
    "issue": "Action",
    "owner": "Lead",
    "due": "Target",
    "status": "Status",
    "progress": "Notes",
}

F01 = Paper(
    slug="f01_bleakmoor_parks_estates_scan",
    fmt="pdf-scan",
    kind="park trust",
    body="Bleakmoor Parks Trust",
    committee="Estates Board",
    meeting="12 March 2025",
    title="Estates Action Log",
    intro=("Report of the Estates Manager.",),
    closing=("The Board is asked to note the log.",),
    headers=_HEADERS,
    revision="inline",
    merge_fields=("owner",),
    rows=_rows(
        tuple(f"BC{n}" for n in range(1, 9)),
        (
            "Replace the boundary fencing at the north car park.",
            "Survey the ash trees on the lower slopes.",
            "Agree a lease for the visitor centre cafe.",
            "Train wardens in first aid at work.",
            "Record all volunteer hours in one system.",
            "Publish the annual biodiversity report.",
            "Repair the footbridge over the mill race.",
            "Review fees for school group visits.",
        ),
        ("Land Manager", "Head Ranger", "Head Ranger", "Finance Officer"),
    ),
)

F02 = Paper(
    slug="f02_silverlode_tc_audit_scan",
    fmt="pdf-scan",
    kind="town council",
    body="Silverlode Town Council",
    committee="Audit Panel",
    meeting="3 June 2025",
    title="Audit Recommendations Tracker",
    intro=("Report of the Town Clerk.",),
    closing=("Noted.",),
    headers=_HEADERS,
    date_style="month",
    revision="inline",
    extra={"font": "Arial, sans-serif", "size": "11pt"},
    rows=_rows(
        tuple(f"SO/{n}" for n in range(1, 9)),
        (
            "Reconcile the allotment rents to the ledger.",
            "Adopt a new financial regulations document.",
            "Insure the war memorial at its rebuilding cost.",
            "Minute every declaration of interest.",
            "Publish the annual governance statement on time.",
            "Review the standing orders.",
            "Check the play area equipment monthly.",
            "Renew the cemetery grounds contract.",
        ),
        ("Town Clerk", "Deputy Clerk", "Responsible Finance Officer"),
    ),
)

F03 = Paper(
    slug="f03_oldbury_sfc_audit_followup_scan",
    fmt="pdf-scan",
    kind="sixth form college",
    body="Oldbury Sixth Form College",
    committee="Audit Committee",
    meeting="20 January 2025",
    title="Internal Audit Follow-up",
    intro=("Report of the Clerk to the Corporation.",),
    closing=("For information.",),
    headers=_HEADERS,
    date_style="long",
    revision="inline",
    merge_fields=("owner",),
    extra={"font": "Georgia, serif", "size": "10pt"},
    rows=_rows(
        tuple(f"IA-{n:02d}" for n in range(1, 9)),
        (
            "Approve the bursary fund policy.",
            "Reconcile learner numbers to the funding return.",
            "Test the backup of the student records system.",
            "Remove leavers' network accounts within a week.",
            "Register all staff declarations of interest.",
            "Tender the catering contract.",
            "Review the exams contingency plan.",
            "Train governors on safeguarding duties.",
        ),
        ("Director of Finance", "Director of Finance", "Head of IT", "Head of IT"),
    ),
)

F04 = Paper(
    slug="f04_lowbeck_idb_actions_scan",
    fmt="pdf-scan",
    kind="drainage board",
    body="Lowbeck Drainage Board",
    committee="Board",
    meeting="9 October 2025",
    title="Action Plan Progress",
    intro=("Report of the Clerk.",),
    closing=("Noted.",),
    headers=_HEADERS,
    date_style="dmy.",
    revision="inline",
    borders=False,
    rows=_rows(
        tuple(f"L{n}" for n in range(1, 11)),
        (
            "Inspect the pumping station switchgear.",
            "Clear the blocked culvert at Low Field.",
            "Renew the weed cutting contract.",
            "Survey the banks of the main drain.",
            "Agree the rates with the district council.",
            "Update the flood incident plan.",
            "Replace the telemetry at Fen End.",
            "Audit the plant hire invoices.",
            "Publish the board's annual accounts.",
            "Train operatives on confined spaces.",
        ),
        ("Engineer", "Clerk"),
    ),
)

PAPERS = (F01, F02, F03, F04)
