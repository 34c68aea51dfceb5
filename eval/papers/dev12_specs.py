"""A twelfth development set (dev12): six papers of one invented coastal harbour board, written
by an ingest builder for one kind of failure: a row whose owner cell is blank in its paper was
given an owner (from the row above, by a merged-cell fill the paper does not have). Every
paper merges equal owner cells down the rows (a ``rowspan`` in HTML and the PDFs and scans
printed from it, a vertical merge in Word; a borderless table, which cannot show a merge,
writes each owner once) and leaves some owner cells blank: after a merged
run, between two rows of the same owner, in the first and the last row. A blank owner must
stay blank; a merged one is every row's it covers. The figures of ``python -m
eval.ingest_eval --ingest data/papers/dev12`` are a development measure, not a held-out one."""

from __future__ import annotations

from typing import Any

# the month ends dev6 dates its rows by
from eval.papers.dev6_specs import _MONTH_ENDS
from eval.papers.spec import Paper, Row

_FINDINGS = (
    (
        "Mooring chains on the east pontoon were last inspected in 2021.",
        "Inspect every mooring chain each year and record the results in the asset log.",
    ),
    (
        "Berth holders' insurance certificates are not checked on renewal.",
        "Check each certificate at renewal and refuse a berth without cover.",
    ),
    (
        "The dredging contract was extended twice without a tender.",
        "Retender the dredging contract before the current extension ends.",
    ),
    (
        "Harbour dues are invoiced by hand from a spreadsheet.",
        "Move dues invoicing into the finance system and close the spreadsheet.",
    ),
    (
        "Pilotage records are kept on paper in the watch room.",
        "Scan the pilotage records and keep them in the document system.",
    ),
    (
        "No oil spill exercise has been held for three years.",
        "Hold a tier one oil spill exercise with the county council.",
    ),
    (
        "Board members' declarations of interest are two years old.",
        "Ask every member to renew their declaration before the annual meeting.",
    ),
    (
        "Fuel berth sales are not reconciled to the pump meters.",
        "Reconcile fuel sales to the meters every week and sign the record.",
    ),
    (
        "The harbour master's delegations were never written down.",
        "Write a scheme of delegation for the harbour master and publish it.",
    ),
    (
        "CCTV images are kept for longer than the policy allows.",
        "Set the recorder to delete images after thirty days.",
    ),
)
_STATUSES = ("Complete", "In progress", "Not started", "Partially implemented", "Ongoing")
_NOTES = (
    "Signed off by the Chief Executive in August.",
    "A draft is with the board's solicitor.",
    "The post that would do this is vacant.",
    "Half of the work is done; the rest waits for the new system.",
    "Monthly checks continue and are reported to the board.",
)
_REFS = tuple(f"HB{i:02d}" for i in range(1, 11))
# owners of each paper's ten rows: '' is a cell blank in the paper; runs of one owner are
# merged down the rows; a blank stands after a run, between two rows of one owner, first, last
_OWNER_PATTERNS = (
    (
        "Harbour Master",
        "Harbour Master",
        "",
        "Finance Manager",
        "Finance Manager",
        "",
        "Marine Officer",
        "",
        "Marine Officer",
        "",
    ),
    (
        "",
        "Harbour Master",
        "Harbour Master",
        "Harbour Master",
        "",
        "Clerk to the Board",
        "Clerk to the Board",
        "",
        "",
        "Finance Manager",
    ),
    (
        "Finance Manager",
        "",
        "Finance Manager",
        "Finance Manager",
        "Marine Officer",
        "",
        "Harbour Master",
        "Harbour Master",
        "",
        "Harbour Master",
    ),
)


def _rows(number: int) -> tuple[Row, ...]:
    owners = _OWNER_PATTERNS[number % len(_OWNER_PATTERNS)]
    rows = []
    for i, (finding, action) in enumerate(_FINDINGS):
        due = _MONTH_ENDS[(i + number) % 8]
        later = _MONTH_ENDS[(i + number + 2) % 8]
        rows.append(
            Row(
                finding,
                action,
                owners[i],
                due,
                _STATUSES[(i + number) % 5],
                _NOTES[(i + number) % 5],
                revised=later if i % 4 == 2 and later > due else None,
                ref=_REFS[i],
            )
        )
    return tuple(rows)


def _paper(
    number: int,
    fmt: str,
    *,
    date_style: str = "dmy/",
    borders: bool = True,
    extra: dict[str, Any] | None = None,
) -> Paper:
    kind = "scan" if fmt == "pdf-scan" else fmt
    return Paper(
        slug=f"m{number:02d}_harbour_{kind}",
        fmt=fmt,
        kind="harbour board",
        body=f"Saltcombe Haven Harbour Board {number}",
        committee="Audit and Risk Committee",
        meeting="9 October 2025",
        title="Internal audit actions: progress report",
        intro=("Report of the Clerk to the Board.",),
        closing=("The committee is asked to note the position on each action.",),
        headers={
            "ref": "Ref",
            "issue": "Finding",
            "action": "Agreed action",
            "owner": "Responsible officer",
            "due": "Target date",
            "status": "Status",
            "progress": "Update",
        },
        rows=_rows(number),
        date_style=date_style,
        revision="was",
        borders=borders,
        # a borderless table cannot show a merged cell: there, a blank cell is all a reader sees
        merge_fields=("owner",) if borders else (),
        extra=extra or {},
    )


PAPERS = (
    _paper(1, "html", date_style="month"),
    _paper(2, "pdf", date_style="dmy/"),
    _paper(3, "pdf", date_style="long", borders=False),
    _paper(4, "docx", date_style="dmy/"),
    _paper(5, "pdf-scan", date_style="dmy/", extra={"size": "10pt"}),
    _paper(6, "pdf-scan", date_style="long", borders=False, extra={"size": "10pt"}),
)
