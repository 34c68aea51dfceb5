"""A fifteenth development set (dev15): two scanned papers of one invented allotment society,
written by an outside diagnostician to reproduce a blind scan that was read as one record.

The failing layout (classes only): a ruled table on a scan, 11pt type, close rows, a narrow
first column of one-digit refs headed by a lone '#', and the column beside it headed 'Item'
(short phrases, one a row). The grid, the deskew and the cells' OCR of the body are sound; the
lone '#' of the header is a glyph under the small-type height (20 px at 300 dpi against
``ingest.ocr._SMALL_LINE`` = 21 px), so its cell is doubled in size, read as nothing by the
one-line mode and then as '*' (or nothing) by the raw-line retry. With the ref column's label
lost, 'Item' -- a ref synonym -- takes the ref role, its phrases never look like refs, and every
row after the first is grouped as a continuation of the first: one record. dev14 had the same
'#' misread but an 'Issue' label (no ref synonym), so its rows started by their titles.

q01 writes dates mon-yy and wraps some cells; q02 is the terser variant (day/month/year dates,
one-line phrases, every cell filled). The figures of
``python -m eval.ingest_eval --ingest data/papers/dev15`` are a development measure."""

from __future__ import annotations

from typing import Any

from eval.papers.spec import Paper, Row

# item, action, owner, due (first set), status, revised (or None)
_ROWS = (
    (
        "Water troughs leaking",
        "Replace the three leaking troughs on the north field",
        "Site Warden",
        "2025-04-30",
        "Done",
        None,
    ),
    (
        "Vacant plots",
        "Offer the six vacant plots to the waiting list in order",
        "Lettings Secretary",
        "2025-05-31",
        "Open",
        "2025-08-31",
    ),
    (
        "Shed roof over the store",
        "Get two quotes to re-felt the store shed roof",
        "Site Warden",
        "2025-06-30",
        "Open",
        None,
    ),
    (
        "Public liability cover",
        "Renew the society's public liability cover before it lapses",
        "Treasurer",
        "2025-03-31",
        "Done",
        None,
    ),
    (
        "Unpaid plot rents",
        "Write to the tenants whose rents are unpaid",
        "Treasurer",
        "2025-05-31",
        "Overdue",
        None,
    ),
    (
        "Bonfire rules",
        "Agree and publish rules for burning garden waste",
        "Chair",
        "2025-09-30",
        "Not yet started",
        None,
    ),
    (
        "Members' handbook",
        "Update the handbook with the new plot inspection rules",
        "Secretary",
        "2025-07-31",
        "Open",
        "2025-10-31",
    ),
    (
        "Open day",
        "Plan the September open day and seed swap",
        "Events Lead",
        "2025-09-30",
        "Not yet started",
        None,
    ),
)

# the failing header: a lone '#' over the refs, then 'Item' (a ref synonym) over phrases
_HEADERS = {
    "ref": "#",
    "issue": "Item",
    "action": "Action",
    "owner": "Who",
    "due": "By",
    "status": "Status",
}


def _rows(number: int) -> tuple[Row, ...]:
    rows = []
    for i, (item, action, owner, due, status, revised) in enumerate(_ROWS):
        if number == 2 and i % 4 == 2:  # the later paper moves a row on
            status = "Done"
        rows.append(Row(item, action, owner, due, status, "", revised=revised, ref=str(i + 1)))
    return tuple(rows)


def _paper(number: int, *, date_style: str, extra: dict[str, Any]) -> Paper:
    return Paper(
        slug=f"q{number:02d}_allotments_scan",
        fmt="pdf-scan",
        kind="allotment society",
        body="Hollin Vale Allotment Society",
        committee="Management Committee",
        meeting=("11 June 2025", "8 October 2025")[number - 1],
        title="Committee actions log",
        intro=("Kept by the Secretary for the committee.",),
        closing=("Members are asked to raise new items with the Secretary.",),
        headers=dict(_HEADERS),
        rows=_rows(number),
        date_style=date_style,
        revision="inline",
        borders=True,
        extra={"size": "11pt", "padding": "1pt 3pt", **extra},
    )


PAPERS = (
    _paper(1, date_style="mon-yy", extra={}),
    _paper(
        2,
        date_style="dmy/",
        extra={
            "padding": "4pt 4pt 6pt 4pt",
            "widths": {"ref": "2%", "issue": "19%", "action": "33%", "owner": "14%", "due": "22%"},
        },
    ),
)
