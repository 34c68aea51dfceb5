"""One body's papers of several years ('the Brackwater trust's recommendations') are named
together by the body's name, and a year the question names (not a deadline's) picks that
year's paper among them. The papers are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import DocumentInfo


def _index() -> NameIndex:
    def doc(key: str, date: str, title: str, organisation: str) -> DocumentInfo:
        return DocumentInfo(
            id=key,
            filename=f"{key}.pdf",
            format="pdf",
            sha256=key,
            title=title,
            organisation=organisation,
            date=date,
            year=int(date[:4]),
        )

    documents = [
        doc("bw21", "2021-05-02", "Scrutiny progress report", "Brackwater Schools Trust"),
        doc("bw22", "2022-04-28", "Action plan", "Brackwater Schools Trust"),
        doc("tolm", "2022-02-11", "Audit follow-up position", "Tolmere Harbour Board"),
        doc("ryle", "2020-09-09", "Recommendations tracker", "Ryle Valley Council"),
        doc("ryl2", "2020-11-30", "Audit actions", "Ryle Valley Council"),
    ]
    return NameIndex.from_records(documents, [])


def test_a_body_name_names_all_its_papers() -> None:
    for question in (
        "How many Brackwater recommendations have been implemented?",
        "which of brackwater's actions are still open",
        "List the Brackwater Schools Trust actions owned by the Head of Estates",
    ):
        assert set(analyse(question, _index()).documents) == {"bw21", "bw22"}, question


def test_a_year_picks_that_years_paper_of_the_body() -> None:
    for question, paper in (
        ("how many Brackwater recommendations were implemented in 2021", "bw21"),
        ("Which of Brackwater's actions were still open in 2022?", "bw22"),
        ("List the 2022 Brackwater recommendations", "bw22"),
    ):
        assert analyse(question, _index()).documents == [paper], question


def test_a_deadline_year_or_a_body_of_one_year_picks_no_paper() -> None:
    q = analyse("Which Brackwater actions are due by 2022?", _index())
    assert set(q.documents) == {"bw21", "bw22"}
    q = analyse("How many Ryle Valley actions were completed in 2020?", _index())
    assert set(q.documents) == {"ryle", "ryl2"}  # both of that year: the year picks no paper
