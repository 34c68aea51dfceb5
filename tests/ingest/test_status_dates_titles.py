"""A status column's labels the vocabulary does not know, drawn status marks, a scan's near
spelling of a status, a deadline a note moves, and a title that names its year's period: the
record shows what the paper says."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.loaders import load_bytes
from ingest.status import mark_key, read_status, unread_label


def _records(text: str, name: str = "tracker.csv") -> list:
    return extract(load_bytes(text.encode(), name)).records


def test_a_deadline_moved_in_the_remarks_shows_the_new_date_as_written() -> None:
    records = _records(
        "Ref,Finding,Owner,Due,Status,Remarks\n"
        "A1,Stock not counted,Stores Manager,30/04/2020,In progress,"
        "Count started. Deadline moved back from 30/04/2020 to 31/10/2020.\n"
        "A2,Bank late,Finance Manager,31/01/2020,Complete,Weekly banking since January.\n"
    )
    first, second = records
    assert (first.due_date, first.revised_from_date) == ("2020-10-31", "2020-04-30")
    assert first.due_text == "31/10/2020"
    assert first.revised_from_text == "30/04/2020"
    assert (second.due_text, second.revised_from_date) == ("31/01/2020", None)


def test_a_due_cell_already_holding_the_new_date_is_kept() -> None:
    records = _records(
        "Ref,Finding,Owner,Due,Remarks\n"
        "B1,Leases unsigned,Estates Lead,October 2021,"
        "The original deadline of June 2021 was revised to October 2021.\n"
    )
    assert records[0].due_text == "October 2021"
    assert records[0].revised_from_date is not None


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("In hand", "ongoing"),
        ("Pending", "ongoing"),
        ("Outstanding", "ongoing"),
        ("Under review", "ongoing"),
        ("Being progressed", "ongoing"),
    ],
)
def test_short_labels_for_open_work_read_as_ongoing(label: str, status: str) -> None:
    reading = read_status([label], [])
    assert (reading.status, reading.text, reading.basis) == (status, label, "stated")


def test_a_label_with_these_words_inside_a_sentence_is_not_a_status() -> None:
    # only the whole short label says it; 'pending' in a sentence is commentary
    assert read_status(["Report pending the board's view on the options paper"], []).status == (
        "unknown"
    )


@pytest.mark.parametrize(
    ("cell", "status"),
    [("Partiall implemented", "partial"), ("Complted", "complete"), ("Not startd", "not_started")],
)
def test_a_scan_dropping_a_letter_of_a_status_still_reads(cell: str, status: str) -> None:
    reading = read_status([cell], [])
    assert (reading.status, reading.text) == (status, cell)


def test_real_words_near_a_status_are_not_read_as_it() -> None:
    assert read_status(["Not stated"], []).status == "unknown"


def test_an_unknown_label_is_kept_as_written_with_its_class_unknown() -> None:
    records = _records(
        "Ref,Finding,Owner,Due,Status\n"
        "C1,Fleet checks missed,Fleet Manager,31/03/2024,Parked\n"
        "C2,Keys not logged,Site Manager,30/06/2024,Complete\n"
    )
    assert (records[0].status, records[0].status_text) == ("unknown", "Parked")
    assert (records[1].status, records[1].status_text) == ("complete", "Complete")


def test_a_reading_with_a_status_is_not_replaced_by_the_label() -> None:
    stated = read_status(["Complete"], [])
    assert unread_label(stated, "Complete") is stated
    assert unread_label(read_status(["31/03/2024"], []), "31/03/2024").basis == "none"


# --- drawn status marks, read with the paper's key ------------------------------------------

_MARKED = """<html><body><h1>Estates Board: recommendations tracker</h1>
<p>Key: {key}</p>
<table><tr><th>Ref</th><th>Recommendation</th><th>Owner</th><th>Target date</th>
<th>Status</th></tr>
<tr><td>EB1</td><td>Replace the fire doors.</td><td>Head of Estates</td><td>31 March 2025</td>
<td>●</td></tr>
<tr><td>EB2</td><td>Survey the roof.</td><td>Surveyor</td><td>30 June 2025</td><td>◐</td></tr>
<tr><td>EB3</td><td>Review the cleaning contract.</td><td>Facilities Manager</td>
<td>31 December 2025</td><td>○</td></tr>
</table></body></html>"""


def _marked(key: str) -> list:
    return _records(_MARKED.format(key=key), "tracker.html")


def test_marks_take_the_status_and_words_of_the_papers_key() -> None:
    records = _marked("● Done ◐ Under way ○ Not yet begun")
    assert [(r.status, r.status_text) for r in records] == [
        ("complete", "Done"),
        ("ongoing", "Under way"),
        ("not_started", "Not yet begun"),
    ]


def test_a_key_can_give_a_mark_another_meaning_than_the_default() -> None:
    # here the half circle is work that is late, the full one work under way
    records = _marked("● = on track; ◐ = delayed; ○ = complete")
    assert [r.status for r in records] == ["ongoing", "ongoing", "complete"]


def test_marks_with_no_key_read_as_the_share_of_the_circle_filled() -> None:
    records = _marked("see the notes below")
    assert [r.status for r in records] == ["complete", "partial", "not_started"]
    assert [r.status_text for r in records] == ["●", "◐", "○"]


def test_prose_bullets_are_not_a_key() -> None:
    marks = mark_key("• Complete the review of the constitution\n• The board has met twice")
    assert marks["●"] == ("complete", None)


def test_a_deadline_now_due_in_the_remarks_moves_the_deadline() -> None:
    records = _records(
        "Ref,Finding,Owner,Due,Status,Remarks\n"
        "D1,Roof leaks,Surveyor,30/06/2025,In hand,Survey booked. Now due 30/09/2025.\n"
        "D2,Contract lapsed,Buyer,31/03/2025,In hand,The contract was extended to March 2026.\n"
    )
    assert (records[0].due_date, records[0].revised_from_date) == ("2025-09-30", "2025-06-30")
    assert records[0].due_text == "30/09/2025"
    # a contract's term is not the action's deadline
    assert (records[1].due_date, records[1].revised_from_date) == ("2025-03-31", None)


# --- a title that names its year's period ----------------------------------------------------


def test_a_title_naming_its_financial_year_is_still_the_title() -> None:
    html = (
        "<html><body><h1>Internal Audit Recommendations Update 2023/24</h1>"
        "<p>Date of meeting: Thursday 18 April 2024</p>"
        "<h2>Recommendations and progress</h2>"
        "<table><tr><th>Ref</th><th>Finding</th><th>Owner</th><th>Due</th><th>Status</th></tr>"
        "<tr><td>IA1</td><td>Payroll checks missed.</td><td>Payroll Manager</td>"
        "<td>31 May 2024</td><td>Open</td></tr></table></body></html>"
    )
    doc = extract(load_bytes(html.encode(), "update.html"))
    assert doc.info.title == "Internal Audit Recommendations Update 2023/24"


def test_a_line_with_a_full_date_is_not_preferred_as_the_title() -> None:
    html = (
        "<html><body><p>Audit Committee 14 March 2024</p><h1>Risk Actions Tracker</h1>"
        "<table><tr><th>Ref</th><th>Risk</th><th>Owner</th><th>Due</th></tr>"
        "<tr><td>R1</td><td>Flooding.</td><td>Estates Lead</td><td>June 2024</td></tr>"
        "</table></body></html>"
    )
    assert extract(load_bytes(html.encode(), "t.html")).info.title == "Risk Actions Tracker"


def test_a_table_rows_mark_and_its_next_cell_are_no_key() -> None:
    # the rows come first, each mark followed by a remark that reads like a status; the legend
    # (after the table here) still gives the marks their words
    html = (
        "<html><body><h1>Court Estates: actions</h1>"
        "<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th>"
        "<th>Remarks</th></tr>"
        "<tr><td>C1</td><td>Fix lifts.</td><td>Estates Lead</td><td>May 2025</td><td>◐</td>"
        "<td>Completed at two sites</td></tr>"
        "<tr><td>C2</td><td>Test alarms.</td><td>Safety Lead</td><td>June 2025</td><td>●</td>"
        "<td>Done</td></tr>"
        "<tr><td>C3</td><td>Paint cells.</td><td>Works Lead</td><td>July 2025</td><td>○</td>"
        "<td>Complete survey first</td></tr></table>"
        "<p>● Closed; ◐ Under way; ○ Not yet begun</p></body></html>"
    )
    records = _records(html, "court.html")
    assert [(r.status, r.status_text) for r in records] == [
        ("ongoing", "Under way"),
        ("complete", "Closed"),
        ("not_started", "Not yet begun"),
    ]
