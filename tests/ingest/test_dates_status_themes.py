"""Deadline parsing, status normalisation and themes on the phrasings the record uses."""

from __future__ import annotations

import pytest

from ingest.cleaning import clean_text, first_sentence, fix_confusables
from ingest.dates import parse_dates, parse_due
from ingest.status import read_status
from ingest.themes import classify, resolve_theme


@pytest.mark.parametrize(
    ("text", "due", "revised"),
    [
        ("Feb 09", "2009-02-28", None),
        ("Q2 2009", "2009-06-30", None),
        ("Q4 2008-09", "2009-03-31", None),
        # the financial year first, then its quarter
        ("2025/26 Q1", "2025-06-30", None),
        ("FY2024-25 Quarter 4", "2025-03-31", None),
        ("2019/20 (Q3)", "2019-12-31", None),
        ("2019/20 Q2 (was 2019/20 Q1)", "2019-09-30", "2019-06-30"),
        ("Pilot to commence Q4 2008-09", "2009-03-31", None),
        ("March 2009", "2009-03-31", None),
        ("31 March 02", "2002-03-31", None),
        ("September 02", "2002-09-30", None),
        ("End of 2002/2003", "2003-03-31", None),
        ("Report Dec 09", "2009-12-31", None),
        (
            "Original deadline of December 2008 now revised to March 2009",
            "2009-03-31",
            "2008-12-31",
        ),
        ("June 2010 (revised from March 2010)", "2010-06-30", "2010-03-31"),
        ("Ongoing", None, None),
        ("TBA", None, None),
        ("Complete", None, None),
    ],
)
def test_due_dates(text: str, due: str | None, revised: str | None) -> None:
    current, before = parse_due(text)
    assert (current.iso if current else None) == due
    assert (before.iso if before else None) == revised


@pytest.mark.parametrize(
    ("cells", "progress", "status", "basis"),
    [
        (["Complete"], [], "complete", "stated"),
        (["Q2 2009 Ongoing"], [], "ongoing", "stated"),
        (["Pilot to commence Q4 2008-09"], [], "not_started", "stated"),
        ([], ["Done.  Recommendation met: significantly"], "partial", "stated"),
        ([], ["Recommendation met :completely"], "complete", "stated"),
        (["March 2009"], ["Work is continuing to develop the solution."], "ongoing", "inferred"),
        (["Feb 09"], ["Agreed – the report will be improved."], "unknown", "none"),
    ],
)
def test_status(cells: list[str], progress: list[str], status: str, basis: str) -> None:
    reading = read_status(cells, progress)
    assert (reading.status, reading.basis) == (status, basis)
    if basis != "none":
        assert reading.text and reading.text in " ".join(cells + progress)


def test_themes_from_issue_words_not_progress() -> None:
    assert classify("Governance arrangements for partnership working need to be reviewed") == [
        "partnership",
        "governance",
    ]
    assert "risk management" in classify("Review the approach to business risk management")
    assert resolve_theme("partnerships") == "partnership"
    assert resolve_theme("risk") == "risk management"
    assert resolve_theme("finance") == "finance/budget"
    assert resolve_theme("astrology") is None


def test_cleaning_helpers() -> None:
    assert fix_confusables("ТВА") == "TBA"
    assert fix_confusables("Москва") == "Москва"  # real Cyrillic words are left alone
    assert clean_text("a\u00a0 b  <i>c</i>") == "a b c"
    assert (
        first_sentence("Understanding costs on: 1. Premises. Two")
        == "Understanding costs on: 1. Premises."
    )


def test_speaks_of_asks_classify_of_the_given_themes_only() -> None:
    from ingest.themes import THEME_NAMES, classify, speaks_of

    texts = [
        "Partnership board to agree the data sharing protocol with the borough.",
        "Budget monitoring reports go to the finance committee each quarter.",
        "Risk register refreshed; training for managers on whistle-blowing held.",
        "",
        None,
    ]
    for text in texts:
        held = set(classify(text))
        for theme in THEME_NAMES:
            assert speaks_of(text, {theme}) == (theme in held), (text, theme)
        assert speaks_of(text, set(THEME_NAMES)) == bool(held)
        assert not speaks_of(text, {"no such theme"})


def test_a_whole_cell_of_a_figure_before_a_financial_year_is_that_quarter() -> None:
    # a scan that lost the 'Q' of 'Q2 2026/27'
    assert [d.iso for d in parse_dates("2 2026/27")] == ["2026-09-30"]
    assert [d.iso for d in parse_dates("4 2026/27")] == ["2027-03-31"]
    # not a quarter: a figure past four, or words before it
    assert [d.iso for d in parse_dates("6 2026/27")] == ["2027-03-31"]
    assert [d.iso for d in parse_dates("phase 2 2026/27")] == ["2027-03-31"]
