"""A column whose header reads as something else ('Risk' as the finding, an unfamiliar word)
but whose cells are nothing but grades ('High', 'Medium', 'Priority 2') is the rows' rating
(ingest.column_values.explain_roles), so a question naming the grade finds the rows."""

from __future__ import annotations

from ingest.column_values import assign_roles
from ingest.columns import Role
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes

HEADER = ["Ref", "Weakness found", "Agreed step", "Lead", "Risk", "Deadline", "Status"]


def _rows(grades: list[str]) -> list[list[str]]:
    return [
        [f"W{n}", f"Weakness number {n} found", "Fix it", "Clerk", grade, "31/03/2025", "Open"]
        for n, grade in enumerate(grades, start=1)
    ]


def test_a_risk_column_of_grades_is_the_rating() -> None:
    roles = assign_roles(HEADER, _rows(["High", "Low", "Medium risk"]))
    assert roles[4] is Role.PRIORITY and roles[1] is Role.FINDING


def test_an_unfamiliar_header_over_grades_is_the_rating() -> None:
    header = ["Ref", "Weakness found", "Lead", "Assessed as", "Deadline"]
    rows = [
        ["A1", "No register kept", "Clerk", "Priority 1", "2025"],
        ["A2", "Late minutes", "Chair", "priority 3", "2025"],
    ]
    assert assign_roles(header, rows)[3] is Role.PRIORITY


def test_a_risk_column_of_sentences_stays_the_finding() -> None:
    rows = [
        ["W1", "Weakness one", "Fix it", "Clerk", "Income lost to late bills", "2025", "Open"],
        ["W2", "Weakness two", "Fix it", "Clerk", "High turnover of staff", "2025", "Open"],
    ]
    assert assign_roles(HEADER, rows)[4] is not Role.PRIORITY


def test_a_named_priority_column_keeps_the_role() -> None:
    header = ["Ref", "Issue", "Priority", "Risk", "Owner"]
    rows = [["X1", "Gap", "1", "High", "Clerk"], ["X2", "Gap two", "2", "Low", "Chair"]]
    roles = assign_roles(header, rows)
    assert roles[2] is Role.PRIORITY and roles[3] is not Role.PRIORITY


def test_a_csv_rated_by_risk_gives_each_record_its_grade() -> None:
    lines = [",".join(HEADER)] + [",".join(r) for r in _rows(["High", "Low", "High"])]
    data = ("\n".join(lines) + "\n").encode()
    loaded = load_bytes(data, "grades.csv", LoadLimits(pdf_in_subprocess=False))
    records = extract(loaded).records
    assert [r.priority for r in records] == ["High", "Low", "High"]
