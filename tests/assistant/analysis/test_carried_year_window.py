"""'The 2025 ones … the year before': when a phrase places the rows' state at the body's other
paper, a bare year names the paper asked of, not a window on the rows' dates. Invented papers
only."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo


def _index() -> NameIndex:
    docs, records = [], []
    for year, state in ((2024, "partial"), (2025, "complete")):
        doc = DocumentInfo(
            id=f"y{year}",
            filename=f"y{year}.md",
            format="md",
            sha256=str(year),
            title=f"Harbour Board Audit Tracker {year}",
            organisation="Wexcombe Harbour Board",
            date=f"{year}-02-10",
            date_text=f"10 February {year}",
            year=year,
        )
        docs.append(doc)
        text = "Reconcile the mooring fees ledger every month"
        records.append(
            ActionRecord(
                id=f"y{year}:WHB-3",
                document=doc.ref(),
                ref="WHB-3",
                ordinal=1,
                title=text,
                status=state,
                source_text=text,
                source_start=0,
                source_end=len(text),
            )
        )
    return NameIndex.from_records(docs, records)


def test_a_bare_year_names_the_paper_whose_earlier_state_is_asked() -> None:
    q = analyse("Which of the 2025 ones were only partly done a year earlier?", _index())
    assert q.carried == "later" and q.statuses == ["partial"]
    assert q.documents == ["y2024"]  # the state is read in the paper before the one named
    assert q.since is None and q.until is None  # no window on the rows' dates
