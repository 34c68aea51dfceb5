"""Papers in layouts the bundled and development papers do not show (tests/fixtures/layouts,
written by tests/fixtures/make_layouts.py) give every row with its fields: a Word header over two
rows with merged cells, an Excel title block with two sheets of actions and a notes sheet, HTML
``rowspan`` groups without refs, a ruled PDF with a row broken across a page under a repeated
header, status and progress in one cell, and original and revised dates in one cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.ingest_eval import extract_records, read_gold, score_paper
from ingest.cards import names_a_record
from ingest.cleaning import struck_parts
from ingest.dates import read_due
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.model import ExtractedDocument

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
GOLD = read_gold(LAYOUTS)


def _extract(name: str) -> ExtractedDocument:
    return extract(load_document(LAYOUTS / name, LoadLimits(pdf_in_subprocess=False)))


@pytest.mark.parametrize("paper", sorted(GOLD))
def test_every_row_and_field_is_read(paper: str) -> None:
    score = score_paper(paper, GOLD[paper], extract_records(LAYOUTS / paper))
    assert score.read and score.records == score.gold == score.matched, score.mismatches
    assert not score.mismatches


def test_a_column_of_groups_merged_down_the_rows_is_no_title() -> None:
    records = _extract("k3_calderwick_university_governance.html").records
    assert [r.title for r in records][:2] == [
        "External examiner reports are not tracked to closure",
        "Course approval minutes are not published",
    ]
    assert [r.category for r in records] == [
        "Academic assurance", "Academic assurance", "Estates", "Estates", "Data protection",
    ]  # fmt: skip


def test_a_status_cell_broken_across_a_page_stays_in_its_column() -> None:
    record = next(
        r for r in _extract("k4_westmarch_police_panel_actions.pdf").records if r.ref == "WP2"
    )
    assert record.title == "Call handling quality is not assured"
    assert record.columns["Recommendation"] == "Call handling quality is not assured"
    assert record.status_text and record.status_text.rstrip().endswith("data behind them.")
    assert 1 in record.pages and 2 in record.pages


@pytest.mark.parametrize(
    ("paper", "title"),
    [
        ("k2_ellerby_housing_tracker.xlsx", "Internal audit recommendations tracker"),
        ("k4_westmarch_police_panel_actions.pdf", "Scrutiny recommendations: action log"),
        ("k5_ashby_parish_trust_actions.docx", "Governance review - actions agreed"),
    ],
)
def test_a_masthead_naming_the_body_is_not_the_title(paper: str, title: str) -> None:
    info = _extract(paper).info
    assert info.title.lower() == title.lower()
    assert info.organisation and info.organisation.lower() not in info.title.lower()


def test_commentary_after_a_status_in_its_cell_is_the_progress() -> None:
    records = _extract("k5_ashby_parish_trust_actions.docx").records
    assert [r.progress for r in records] == [
        "draft policy with trustees",
        "Amber – revised to February 2025 as two are awaited",
        None,  # 'Red – not started': only another status
        "mandate updated in November",
    ]


@pytest.mark.parametrize(
    ("cell", "due", "was"),
    [
        ("30/06/2024\nRevised: 31/08/2024", "2024-08-31", "2024-06-30"),
        ("March 2025; new deadline - June 2025", "2025-06-30", "2025-03-31"),
        ("Q1 2024/25 (updated target: Q3 2024/25)", "2024-12-31", "2024-06-30"),
        ("Revised: 31 Aug 2024", "2024-08-31", None),  # no first date: nothing was revised
    ],
)
def test_a_later_date_under_a_label_revises_the_first(cell: str, due: str, was: str | None) -> None:
    reading = read_due(cell)
    assert reading.due is not None and reading.due.iso == due
    assert (reading.revised_from.iso if reading.revised_from else None) == was


@pytest.mark.parametrize(
    "paper", ["k6_fenby_college_audit_actions.docx", "k7_fenby_college_audit_actions.html"]
)
def test_a_struck_out_date_or_status_is_the_one_replaced(paper: str) -> None:
    records = {r.ref: r for r in _extract(paper).records}
    first = records["FC1"]
    assert (first.due_date, first.revised_from_date) == ("2025-03-31", "2024-12-31")
    assert first.status == "ongoing" and first.status_text == "In progress"
    assert "~~Not started~~" in first.columns["Status"]  # the quote keeps what was struck
    assert records["FC2"].revised_from_date is None


def test_struck_text_is_read_apart_from_the_text_left_standing() -> None:
    assert struck_parts("~~31/12/2024~~ 31/03/2025") == ("31/03/2025", "31/12/2024")
    assert struck_parts("On-going\nOn going") == ("On-going\nOn going", "")
    reading = read_due("30/06/2025 ~~31/07/2025~~")  # brought forward: struck, though later
    assert reading.due is not None and reading.due.iso == "2025-06-30"
    assert reading.revised_from is not None and reading.revised_from.iso == "2025-07-31"


def test_a_column_of_owners_with_their_deadlines(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Issue,Lead officer / target date,Status\n"
        "A1,The asset register is incomplete,Head of Finance / by March 2025,Ongoing\n"
        "A2,Leases are not reviewed,Estates Manager - 30/09/2025,Not started\n",
        encoding="utf-8",
    )
    records = extract(load_document(path)).records
    assert [(r.owner, r.due_date) for r in records] == [
        ("Head of Finance", "2025-03-31"),
        ("Estates Manager", "2025-09-30"),
    ]


def test_one_table_per_recommendation_gives_one_record_each() -> None:
    doc = _extract("k9_oxley_vale_icb_audit_report.docx")
    assert [(r.ref, r.owner, r.due_date) for r in doc.records] == [
        ("1", "Head of Continuing Healthcare", "2025-04-30"),
        ("2", "Corporate Secretary", "2025-01-31"),
        ("3", "Chief Pharmacist", "2025-06-30"),
    ]
    assert all(r.category is None for r in doc.records)
    assert "Report author: Head of Internal Audit" in doc.text  # the cover table stays prose


@pytest.mark.parametrize(
    ("labels", "card"),
    [
        (["Issue", "Agreed action", "Action owner", "Target date"], True),
        (["Observation", "Lead", "Deadline", "Progress"], True),
        (["Report title", "Summary", "Contact officer", "Recommendations"], False),
        (["Committee", "Date of meeting", "Report author"], False),
    ],
)
def test_a_record_card_is_told_from_a_cover_table_by_its_labels(
    labels: list[str], card: bool
) -> None:
    assert names_a_record(labels) is card
