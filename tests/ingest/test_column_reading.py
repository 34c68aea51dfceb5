"""Columns read by what their cells hold. A percentage column ('% complete', 'Progress %')
beside the status is how far the work has got in figures, never the status
(ingest.column_values.explain_roles), and is kept in the record's progress text; the status is read
from the column whose cells hold status words. A column of short labels written on the first
row of each group and left blank below (or merged down) is the rows' group, carried down to
every row as its category, and the title comes from the finding (ingest.table_roles,
ingest.records)."""

from __future__ import annotations

import io

from ingest.column_values import PERCENT, assign_roles, explain_roles
from ingest.columns import Role
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from ingest.model import ActionRecord
from ingest.status import read_status, unread_label
from ingest.table_roles import GROUPING, table_roles

LIMITS = LoadLimits(pdf_in_subprocess=False)
NOTES = (
    "The draft went to the working group in May. Work has not started on the second stage.",
    "Two of the three sites are done; the last one waits for the contractor.",
    "Nothing has been done yet because the post was vacant until October.",
)


def _records(data: str | bytes, name: str) -> list[ActionRecord]:
    raw = data.encode() if isinstance(data, str) else data
    return extract(load_bytes(raw, name, LIMITS)).records


def _csv(header: list[str], rows: list[list[str]]) -> str:
    def line(cells: list[str]) -> str:
        return ",".join(f'"{c}"' for c in cells)

    return "\n".join([line(header)] + [line(r) for r in rows]) + "\n"


# -- a percentage column beside the status ---------------------------------------------------


def test_a_percentage_column_is_no_status_whichever_comes_first() -> None:
    header = ["Ref", "Recommendation", "Owner", "% complete", "Status", "Progress commentary"]
    rows = [
        ["1", "Review the scheme", "Clerk", "100%", "Met", NOTES[0]],
        ["2", "Publish the plan", "Chair", "60%", "Partly met", NOTES[1]],
        ["3", "Train the staff", "Clerk", "20 %", "Not met", NOTES[2]],
    ]
    matches = explain_roles(header, rows)
    assert (matches[3].role, matches[3].matched) == (Role.OTHER, PERCENT)
    assert matches[4].role is Role.STATUS and matches[5].role is Role.PROGRESS
    records = _records(_csv(header, rows), "tracker.csv")
    assert [(r.status, r.status_text) for r in records] == [
        ("complete", "Met"),
        ("partial", "Partly met"),
        ("ongoing", "Not met"),
    ]
    # the figure is kept with the commentary, which is never read as the status
    assert records[1].progress == f"{NOTES[1]}\n% complete: 60%"
    assert records[0].columns["% complete"] == "100%"


def test_a_progress_percent_header_over_figures_is_kept_apart() -> None:
    header = ["Ref", "Finding", "Lead", "Progress %", "Outcome", "Update"]
    rows = [
        ["A1", "No register kept", "Clerk", "50%", "Partly achieved", NOTES[0]],
        ["A2", "Late minutes", "Chair", "10%", "Not achieved", NOTES[2]],
        ["A3", "Old policy", "Clerk", "100%", "Achieved", NOTES[1]],
    ]
    roles = assign_roles(header, rows)
    assert roles[3] is Role.OTHER and roles[4] is Role.STATUS and roles[5] is Role.PROGRESS
    statuses = [r.status for r in _records(_csv(header, rows), "outcomes.csv")]
    assert statuses == ["partial", "ongoing", "complete"]


def test_bare_figures_under_a_percent_header_leave_the_status_to_the_status_words() -> None:
    # '% complete' names a status by its header; its cells ('60') say it is none, and the
    # column of status words under a commentary header ('Position') is the status
    header = ["Ref", "Recommendation", "Owner", "Position", "% complete", "Progress commentary"]
    rows = [
        ["1", "Review the scheme", "Clerk", "Partly met", "60", NOTES[0]],
        ["2", "Publish the plan", "Chair", "Not met", "20", NOTES[1]],
        ["3", "Train the staff", "Clerk", "Met", "100", NOTES[2]],
    ]
    matches = explain_roles(header, rows)
    assert matches[3].role is Role.STATUS and matches[4].matched == PERCENT
    records = _records(_csv(header, rows), "figures.csv")
    assert [r.status for r in records] == ["partial", "ongoing", "complete"]
    assert records[0].progress == f"{NOTES[0]}\n% complete: 60"


def test_figures_under_an_unnamed_header_are_not_taken_for_percentages() -> None:
    header = ["Ref", "Finding", "Owner", "Status", "Score"]
    rows = [["1", "Gap", "Clerk", "Open", "60"], ["2", "Gap two", "Chair", "Closed", "20"]]
    assert explain_roles(header, rows)[4].matched != PERCENT


def test_a_status_cell_holding_a_comments_wrapped_words_is_no_status_label() -> None:
    assert unread_label(read_status(["the board in"], []), "the board in").text is None
    assert unread_label(read_status(["Parked"], []), "Parked").text == "Parked"


def test_of_two_status_columns_the_one_with_status_words_is_read() -> None:
    header = ["Ref", "Finding", "Status", "RAG", "Owner"]
    rows = [
        ["B1", "No register kept", "See note", "Green", "Clerk"],
        ["B2", "Late minutes", "Awaiting", "Blue", "Chair"],
        ["B3", "Old policy", "See note", "Red", "Clerk"],
    ]
    roles = assign_roles(header, rows)
    assert roles[3] is Role.STATUS and roles[2] is Role.OTHER


def test_a_status_header_over_comments_gives_way_to_the_column_of_status_words() -> None:
    # 'Status' holds the commentary (one note says work has not started); 'Rating' holds the
    # status words: the comment is never read as the status
    header = ["Ref", "Finding", "Owner", "Rating", "Status"]
    rows = [
        ["D1", "No register kept", "Clerk", "Partly met", NOTES[0]],
        ["D2", "Late minutes", "Chair", "Met", NOTES[1]],
        ["D3", "Old policy", "Clerk", "Not met", NOTES[2]],
    ]
    roles = assign_roles(header, rows)
    assert roles[3] is Role.STATUS and roles[4] is Role.PROGRESS
    records = _records(_csv(header, rows), "rated.csv")
    assert [(r.status, r.status_text) for r in records] == [
        ("partial", "Partly met"),
        ("complete", "Met"),
        ("ongoing", "Not met"),
    ]
    assert records[0].progress == NOTES[0]


def test_a_risk_rating_in_colours_never_takes_the_status() -> None:
    header = ["Ref", "Finding", "Risk rating", "Status"]
    rows = [
        ["E1", "No register kept", "Red", NOTES[0]],
        ["E2", "Late minutes", "Amber", NOTES[1]],
    ]
    roles = assign_roles(header, rows)
    assert roles[2] is Role.PRIORITY


def test_achieved_wording_is_status_vocabulary() -> None:
    assert read_status(["Not achieved"], []).status == "ongoing"
    assert read_status(["Partly achieved"], []).status == "partial"
    assert read_status(["Achieved"], []).status == "complete"


def test_an_excel_percentage_cell_reads_as_a_percentage() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Finding", "Owner", "Status", "% complete"])
    for n, share in ((1, 0.6), (2, 1), (3, 0.05)):
        sheet.append([f"C{n}", f"Finding number {n}", "Clerk", "In progress", share])
        sheet.cell(row=n + 1, column=5).number_format = "0%"
    buffer = io.BytesIO()
    book.save(buffer)
    records = _records(buffer.getvalue(), "shares.xlsx")
    assert [r.columns["% complete"] for r in records] == ["60%", "100%", "5%"]
    assert all(r.status == "ongoing" for r in records)


# -- a group label written once and carried down ---------------------------------------------

GROUPED_HEADER = ["Theme", "Ref", "Finding", "Owner", "Due", "Status"]
GROUPED = [
    ["Governance", "G1", "Board papers reach members late", "Clerk", "30/06/2025", "Met"],
    ["", "G2", "No register of interests kept", "Chair", "31/07/2025", "Not met"],
    ["", "G3", "Minutes of the board go unpublished", "Clerk", "31/08/2025", "Met"],
    ["Finance", "F1", "Purchase cards lack review", "Treasurer", "30/09/2025", "Met"],
    ["", "F2", "Lesson income is never reconciled", "Treasurer", "31/10/2025", "Partly met"],
]


def test_a_label_written_once_per_group_is_the_group_not_the_title() -> None:
    matches = table_roles(GROUPED_HEADER, GROUPED)
    assert matches[0].matched == GROUPING and matches[2].role is Role.FINDING
    records = _records(_csv(GROUPED_HEADER, GROUPED), "themes.csv")
    assert [r.category for r in records] == ["Governance"] * 3 + ["Finance"] * 2
    assert [r.title for r in records][:2] == [
        "Board papers reach members late",
        "No register of interests kept",
    ]


def test_an_html_theme_left_blank_below_is_carried_down_without_refs() -> None:
    cells = [[c for i, c in enumerate(row) if i != 1] for row in GROUPED]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    page = (
        "<html><body><h1>Action plan</h1><table><thead><tr><th>Theme</th><th>Issue identified"
        "</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )
    records = _records(page, "themes.html")
    assert len(records) == 5
    assert [r.category for r in records] == ["Governance"] * 3 + ["Finance"] * 2
    assert records[1].title == "No register of interests kept"


def test_an_html_theme_merged_down_with_rowspan_is_the_group() -> None:
    page = (
        "<html><body><table><thead><tr><th>Theme</th><th>Issue identified</th><th>Owner</th>"
        "<th>Due</th></tr></thead><tbody>"
        "<tr><td rowspan='2'>People</td><td>Leavers are not interviewed</td><td>HR Lead</td>"
        "<td>30/06/2025</td></tr>"
        "<tr><td>Training records are on paper</td><td>HR Lead</td><td>31/07/2025</td></tr>"
        "<tr><td rowspan='2'>Safety</td><td>Fire checks are late</td><td>Site Lead</td>"
        "<td>31/08/2025</td></tr>"
        "<tr><td>Chemical training has lapsed</td><td>Site Lead</td><td>30/09/2025</td></tr>"
        "</tbody></table></body></html>"
    )
    records = _records(page, "merged.html")
    assert [r.category for r in records] == ["People", "People", "Safety", "Safety"]
    assert records[0].title == "Leavers are not interviewed"


def test_a_title_column_with_one_blank_row_keeps_its_titles() -> None:
    header = ["Area", "Ref", "Finding", "Owner", "Due"]
    rows = [
        ["Risk management", "1", "The register is out of date", "Clerk", "30/06/2025"],
        ["Partnerships", "2", "No lead for the partnership", "Chair", "31/07/2025"],
        ["Training", "3", "Members have not been trained", "Clerk", "31/08/2025"],
        ["", "4", "Review the standing orders", "Chair", "30/09/2025"],
    ]
    assert table_roles(header, rows)[0].role is Role.TITLE
    records = _records(_csv(header, rows), "areas.csv")
    assert [r.category for r in records] == [None] * 4
    assert records[0].title == "Risk management"


# -- a ref named by its header over no refs, beside a column of refs with no header ----------


def test_an_unnamed_column_of_refs_takes_the_ref_from_a_named_column_of_phrases() -> None:
    # the first header is a '#' OCR misread ('*'); 'Item' names a ref but holds short titles
    header = ["*", "Item", "Action", "Lead", "Due", "Status"]
    rows = [
        ["1", "Boundary fencing", "Repair the east fence", "Secretary", "Apr-25", "Open"],
        ["2", "Water troughs", "Replace two troughs", "Treasurer", "May-25", "Done"],
        ["3", "Tool shed", "Fit a new lock", "Chair", "Jun-25", "Open"],
    ]
    matches = explain_roles(header, rows)
    assert (matches[0].role, matches[0].basis) == (Role.REF, "values")
    assert matches[1].role is Role.TITLE
    records = _records(_csv(header, rows), "plan.csv")
    assert [(r.ref, r.title) for r in records] == [
        ("1", "Boundary fencing"),
        ("2", "Water troughs"),
        ("3", "Tool shed"),
    ]


def test_a_named_ref_column_of_refs_keeps_the_ref() -> None:
    header = ["#", "Item", "Action", "Lead", "Due", "Status"]
    rows = [
        ["1", "A1", "Repair the east fence", "Secretary", "Apr-25", "Open"],
        ["2", "A2", "Replace two troughs", "Treasurer", "May-25", "Done"],
        ["3", "A3", "Fit a new lock", "Chair", "Jun-25", "Open"],
    ]
    assert explain_roles(header, rows)[1].role is Role.REF
    # a named ref over phrases, but no column of refs beside it: nothing moves
    header = ["Item", "Action", "Lead", "Due", "Status"]
    rows = [
        ["Boundary fencing", "Repair the east fence", "Secretary", "Apr-25", "Open"],
        ["Water troughs", "Replace two troughs", "Treasurer", "May-25", "Done"],
        ["Tool shed", "Fit a new lock", "Chair", "Jun-25", "Open"],
    ]
    assert explain_roles(header, rows)[0].role is Role.REF
