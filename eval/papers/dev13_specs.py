"""A thirteenth development set (dev13): six papers of one invented community leisure trust,
written by an ingest builder for two kinds of column-reading failure. Five papers set a status
column ('Met' / 'Partly met' / 'Not met', RAG colours, 'Achieved' / 'Partly achieved' / 'Not
achieved') beside a percentage column ('% complete', '% done', 'Progress %') and a long
commentary column, in a borderless PDF, a ruled PDF, Word, Excel and HTML, the percentage
column before or after the status and the status column under a header that does not name it
('Position', 'Outcome', 'Assessment'); one more sets the status words under 'Rating' and the
commentary under 'Current status'. Five papers open with a theme column filled once per group
of rows: merged down the group (HTML rowspan, a Word vertical merge) or written on its first
row and left blank below (HTML without refs, Excel, a ruled PDF). The figures of ``python -m
eval.ingest_eval --ingest data/papers/dev13`` are a development measure, not a held-out
one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eval.papers.spec import RAG_KEY_DEFAULT, Paper, Row

# (theme, finding, action): four themes over ten rows, groups of three, three, two and two
_ROWS = (
    (
        "Governance",
        "The trust's scheme of delegation has not been reviewed since the merger.",
        "Review the scheme of delegation and take it to the Board for approval.",
    ),
    (
        "Governance",
        "Board papers are often issued less than five working days before meetings.",
        "Set a deadline for papers and publish a forward plan of Board business.",
    ),
    (
        "Governance",
        "The register of interests is not updated when trustees change roles.",
        "Ask every trustee to confirm their declarations each year and after any change.",
    ),
    (
        "Finance",
        "Bank reconciliations for the cafe accounts were not done for four months.",
        "Complete the cafe bank reconciliations monthly and have them reviewed.",
    ),
    (
        "Finance",
        "Purchase cards are used without a monthly review of statements.",
        "Introduce a monthly review of purchase card statements by budget holders.",
    ),
    (
        "Finance",
        "Income from swimming lessons is not reconciled to the booking system.",
        "Reconcile lesson income to the booking system every week.",
    ),
    (
        "Health and safety",
        "Chemical handling training in the pool plant room has lapsed for three staff.",
        "Book refresher training for every member of staff who handles pool chemicals.",
    ),
    (
        "Health and safety",
        "Fire risk assessments at two sites are more than a year old.",
        "Commission new fire risk assessments for both sites and track their actions.",
    ),
    (
        "People",
        "Exit interviews are not offered to staff who leave.",
        "Offer an exit interview to every leaver and report the themes to the People Committee.",
    ),
    (
        "People",
        "Safeguarding training records are held only on paper.",
        "Move safeguarding training records into the HR system.",
    ),
)
_OWNERS = (
    "Chief Executive",
    "Company Secretary",
    "Finance Manager",
    "Head of Operations",
    "Health and Safety Lead",
    "HR Business Partner",
)
_MONTH_ENDS = (
    "2025-06-30", "2025-07-31", "2025-09-30", "2025-10-31",
    "2025-12-31", "2026-01-31", "2026-03-31", "2026-05-31",
)  # fmt: skip
# long commentary: several sentences, some naming how far the work has got in passing
_NOTES = (
    "The revised scheme was drafted in July and discussed by the Governance Committee in "
    "September. The Board is due to approve it in December, after which it will be published "
    "on the intranet and staff briefed.",
    "A deadline of seven working days has been agreed. Most papers for the last two meetings "
    "met it, although two late reports from the operations team were tabled on the day.",
    "Declarations were collected from eleven of the twelve trustees in the spring. The last "
    "one is expected once the new trustee completes induction in the autumn.",
    "Work has not started on the new procedure because the finance post was vacant until "
    "October. The new Finance Manager has now been appointed and the first reconciliation "
    "is planned for next month.",
    "Budget holders now sign each statement and the Finance Manager checks a sample every "
    "quarter. The first quarterly check found no exceptions and the approach is now in place.",
    "A weekly report from the booking system has been designed. Reconciliations began in "
    "August but the refunds process still needs to be brought into the routine.",
)
# (status as written, its share done) per wording
_MET = (("Met", "100%"), ("Partly met", "60%"), ("Not met", "20%"), ("Partly met", "45%"))
_RAG = (("Blue", "100%"), ("Green", "70%"), ("Amber", "40%"), ("Red", "0%"))
_ACHIEVED = (
    ("Achieved", "100%"),
    ("Partly achieved", "50%"),
    ("Not achieved", "10%"),
    ("Partly achieved", "75%"),
)
_PLAIN = (
    ("Complete", "100%"),
    ("In progress", "55%"),
    ("Not started", "0%"),
    ("Overdue", "30%"),
    ("Partially complete", "80%"),
)
_RAG_KEY = "Key: Blue - complete; Green - on track; Amber - at risk; Red - not started."


def _rows(
    number: int,
    statuses: tuple[tuple[str, str], ...],
    *,
    refs: bool = True,
    revise_every: int = 4,
) -> tuple[Row, ...]:
    rows = []
    for i, (theme, finding, action) in enumerate(_ROWS):
        due = _MONTH_ENDS[(i + number) % 8]
        later = _MONTH_ENDS[(i + number + 2) % 8]
        status, pct = statuses[(i + number) % len(statuses)]
        rows.append(
            Row(
                finding,
                action,
                _OWNERS[(i + number) % 6],
                due,
                status,
                _NOTES[(i + number) % 6],
                revised=later if i % revise_every == 1 and later > due else None,
                ref=f"{number}.{i + 1}" if refs and number % 2 else (f"R{i + 1}" if refs else None),
                category=theme,
                pct=pct,
            )
        )
    return tuple(rows)


def _paper(
    number: int,
    fmt: str,
    headers: dict[str, str],
    statuses: tuple[tuple[str, str], ...],
    *,
    refs: bool = True,
    date_style: str = "dmy/",
    revision: str = "was",
    borders: bool = True,
    rag_key: dict[str, str] | None = None,
    merge_fields: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> Paper:
    kind = "scan" if fmt == "pdf-scan" else fmt
    rows = _rows(number, statuses, refs=refs)
    if "theme" not in headers:  # the themes are the gold's sub-headings only where written
        rows = tuple(replace(r, category=None) for r in rows)
    return Paper(
        slug=f"q{number:02d}_leisure_{kind}",
        fmt=fmt,
        kind="community leisure trust",
        body="Thornbury Fields Community Leisure Trust",
        committee="Audit and Risk Committee",
        meeting="4 November 2025",
        title=f"Internal audit recommendations: progress report {number}",
        intro=("Report of the Company Secretary.",),
        closing=("The Committee is asked to note the progress made.",),
        headers=headers,
        rows=rows,
        date_style=date_style,
        revision=revision,
        borders=borders,
        rag_key=rag_key,
        merge_fields=merge_fields,
        extra=extra or {},
    )


PAPERS = (
    # 1. a borderless PDF: the status (Met / Partly met / Not met) under 'Position', beside a
    # '% complete' of bare figures and a long commentary
    _paper(
        1,
        "pdf",
        {
            "ref": "Ref",
            "action": "Recommendation",
            "owner": "Responsible officer",
            "due": "Target date",
            "status": "Position",
            "pct": "% complete",
            "progress": "Progress commentary",
        },
        _MET,
        borders=False,
        date_style="long",
        extra={"pct_bare": True},
    ),
    # 2. a ruled PDF: the theme written on a group's first row only; 'RAG' beside '% done',
    # the RAG key printed under the table
    _paper(
        2,
        "pdf",
        {
            "theme": "Theme",
            "ref": "No.",
            "issue": "Finding",
            "action": "Agreed action",
            "owner": "Lead",
            "due": "Due",
            "pct": "% done",
            "status": "RAG",
            "progress": "Comments",
        },
        _RAG,
        rag_key=RAG_KEY_DEFAULT,
        date_style="month",
        extra={"key_text": _RAG_KEY, "theme_once": True},
    ),
    # 3. Word: a theme column merged down each group; the status under 'Outcome' after
    # 'Progress %'
    _paper(
        3,
        "docx",
        {
            "theme": "Theme",
            "ref": "Ref",
            "issue": "Issue",
            "action": "Action",
            "owner": "Owner",
            "due": "Deadline",
            "pct": "Progress %",
            "status": "Outcome",
            "progress": "Update",
        },
        _ACHIEVED,
        merge_fields=("theme",),
    ),
    # 4. Excel: '% complete' (percentage cells) before 'Status', the theme written on a group's
    # first row only
    _paper(
        4,
        "xlsx",
        {
            "theme": "Area",
            "ref": "Ref",
            "issue": "Issue",
            "action": "Management action",
            "owner": "Action owner",
            "original": "Target date",
            "revised": "Revised target date",
            "pct": "% complete",
            "status": "Status",
            "progress": "Commentary",
        },
        _PLAIN,
        revision="columns",
        extra={"theme_once": True},
    ),
    # 5. HTML: the theme merged down each group (rowspan), no refs; the status words under
    # 'Rating', the commentary under 'Current status'
    _paper(
        5,
        "html",
        {
            "theme": "Theme",
            "issue": "Issue identified",
            "action": "Agreed action",
            "owner": "Owner",
            "due": "Target date",
            "status": "Rating",
            "progress": "Current status",
        },
        _PLAIN,
        refs=False,
        date_style="month",
        merge_fields=("theme",),
    ),
    # 6. HTML: the theme written once per group, blank below, no refs; the status under
    # 'Assessment' beside 'Progress %'
    _paper(
        6,
        "html",
        {
            "theme": "Area of focus",
            "issue": "Finding",
            "action": "Action agreed",
            "owner": "Lead officer",
            "due": "Due",
            "status": "Assessment",
            "pct": "Progress %",
            "progress": "Latest position",
        },
        _MET,
        refs=False,
        extra={"theme_once": True},
    ),
)
