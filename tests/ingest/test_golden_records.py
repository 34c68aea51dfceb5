"""Golden tests: what ingest makes of each bundled document (refs, owners, dates, statuses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import load_document
from ingest.model import ExtractedDocument

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


@pytest.fixture(scope="module")
def docs() -> dict[str, ExtractedDocument]:
    return {p.name[:3]: extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))}


def by_ref(doc: ExtractedDocument) -> dict[str | None, object]:
    return {r.ref: r for r in doc.records if r.ref}


def test_every_table_row_becomes_one_record(docs: dict[str, ExtractedDocument]) -> None:
    counts = {key: len(doc.records) for key, doc in docs.items()}
    assert counts == {"000": 6, "001": 10, "002": 47, "003": 0, "004": 13}
    assert [r.ref for r in docs["000"].records] == ["1", "1.1", "1.2", "2", "3", "4"]
    assert [r.ref for r in docs["001"].records] == [str(i) for i in range(1, 11)]
    assert [r.ref for r in docs["004"].records] == [f"R{i}" for i in range(1, 14)]
    refs_002 = [r.ref for r in docs["002"].records]
    assert refs_002[:27] == [f"R{i}" for i in range(1, 28)]
    assert refs_002[27:32] == [f"HMIC R{i}" for i in range(1, 6)]
    assert refs_002[32:] == [None] * 15  # HMIC areas for improvement have no numbers


def test_record_ids_are_unique_and_stable(docs: dict[str, ExtractedDocument]) -> None:
    ids = [r.id for doc in docs.values() for r in doc.records]
    assert len(ids) == len(set(ids))
    assert docs["002"].records[17].id == "002_93be34f48625d430-txt:R18"
    again = extract(load_document(SAMPLE / "002_93be34f48625d430.txt"))
    assert [r.id for r in again.records] == [r.id for r in docs["002"].records]


def test_governance_action_plan_2007_08(docs: dict[str, ExtractedDocument]) -> None:
    doc = docs["000"]
    info = doc.info
    assert info.title == "Action Plan — Governance Issue 2007/08"
    assert (info.date, info.period, info.period_inferred, info.year) == (
        None,
        "2007/08",
        True,
        2008,
    )
    records = by_ref(doc)
    item3 = records["3"]
    assert item3.due_text == "Original deadline of December 2008 now revised to March 2009"
    assert (item3.revised_from_text, item3.revised_from_date) == ("December 2008", "2008-12-31")
    assert item3.due_date == "2009-03-31"
    assert "partnership" in item3.themes
    assert item3.title.startswith("Governance arrangements for partnership working")
    assert "It is due to be launched in April." in item3.progress  # joined across the page break
    assert item3.pages == [3, 4]
    item2 = records["2"]
    assert (item2.revised_from_date, item2.due_date) == ("2008-11-30", "2009-03-31")
    assert "HR" in item2.themes
    assert records["1.1"].parent_ref == "1" and records["1.2"].parent_ref == "1"
    # item 1.2 continues on the next page: its agreed action is whole
    assert records["1.2"].action.endswith("audit recommendations are dealt with more promptly.")
    item4 = records["4"]
    assert item4.due_text.split("\n") == ["Sept 2008"] * 4 + ["March 2009"]
    assert "risk management" in item4.themes
    assert records["1"].status == "unknown"  # a finding alone says nothing about progress


def test_mps_governance_report_2017(docs: dict[str, ExtractedDocument]) -> None:
    doc = docs["001"]
    assert doc.info.title == "MPS Governance Report"
    assert (doc.info.date, doc.info.date_text) == ("2017-03-31", "Friday, 31 March 2017")
    assert doc.info.organisation == "MPS"
    records = by_ref(doc)
    assert records["8"].title == "Strategic Partnerships"
    assert records["8"].progress.startswith("This area continues to exist without a working lead.")
    assert records["8"].themes == ["partnership"]
    assert records["8"].section == "Table A: 2015/16 Annual Governance Statement improvement areas"
    assert records["9"].title == "Assurance Framework" and "risk management" in records["9"].themes
    # the continuation row after the page break belongs to item 4
    assert "the root of issues to drive success" in records["4"].progress
    # text that ran out of the table finishes item 10's unfinished cells
    assert records["10"].progress.endswith("evaluated to inform the next stages.")
    assert "prevention advice based on local crime data." in records["10"].action
    # and the unnumbered paragraph after them, before the paper's next numbered one, too
    assert records["10"].action.endswith("digital services for the public.")
    assert records["10"].title == "Community Engagement & Public Access"
    assert all(r.status == "ongoing" and r.status_basis == "inferred" for r in doc.records)


def test_use_of_resources_and_hmic_2008(docs: dict[str, ExtractedDocument]) -> None:
    doc = docs["002"]
    assert doc.info.title == "MPS Action Plan for PURE/SRL"
    assert (doc.info.period, doc.info.period_inferred) == ("2008", True)
    records = by_ref(doc)
    r18 = records["R18"]
    assert r18.due_text == "Q2 2009" and r18.due_date == "2009-06-30"
    assert "Director of Finance Services" in r18.owner
    assert r18.priority == "High"
    assert r18.category == "Internal Control"
    assert (
        r18.title
        == "Embed the scheme of delegation so that, in particular, financial delegations are clearly defined."
    )
    r5 = records["R5"]  # split across a page break
    assert r5.title.startswith(
        "Consult with Local Strategic Plan partners at both strategic and operational levels"
    )
    assert r5.owner == "Director of Business Performance/ Director of Finance Services"
    assert "partnership" in r5.themes and r5.status == "ongoing"
    assert records["R1"].title.startswith(
        "Improve the quality of financial information"
    )  # 'R1Improve'
    assert records["R1"].category == "Financial Reporting"  # 'FINANCIAL REPORTIN' + 'G'
    assert records["R3"].category == "Financial Management"  # 'FINANCIAL MANAGEM' completed
    assert records["R13"].category == records["R14"].category == "Financial Standing"
    assert records["R15"].category == "Internal Control"
    assert records["R23"].category == records["R27"].category == "Value for Money"
    assert records["R3"].status == "complete"
    assert records["R26"].status_text == "Complete – ongoing"
    assert records["R25"].due_date == "2009-03-31"  # Q4 2008-09 (financial year)
    assert records["R15"].title.endswith("operational levels.")  # footnote marker dropped
    hmic4 = records["HMIC R4"]
    assert hmic4.section.startswith("HMIC Inspection of Resource Leverage – MPS 2008")
    assert hmic4.title.startswith("To help maximise the use of resources")
    assert "TBA" in records["R1"].columns["Cost Implications (£)"]  # Cyrillic 'ТВА' repaired
    areas = [r for r in doc.records if r.ref is None]
    titles = [r.title for r in areas]
    assert "Developing a consistent approach to income generation and sponsorship" in titles
    assert not any("inconsistant" in t for t in titles)  # the scanning ghost row is not a record
    resource_use = next(r for r in areas if r.title.startswith("There is an inconsistent approach"))
    assert resource_use.title.endswith("across the business groups and OCUs.")
    assert "chomanee" not in (resource_use.owner or "")
    income = next(r for r in areas if r.title.startswith("Developing a consistent approach"))
    assert income.progress.endswith("income based on the services provided.")
    assert any("damaged copy" in w for w in doc.warnings)


def test_mopac_plan_has_prose_but_no_table(docs: dict[str, ExtractedDocument]) -> None:
    doc = docs["003"]
    assert doc.info.title == "MOPAC Governance Improvement Plan"
    assert doc.info.date == "2017-12-19" and doc.info.organisation == "MOPAC"
    assert doc.records == [] and len(doc.chunks) >= 5
    assert all(c.kind == "prose" for c in doc.chunks)


def test_district_audit_2002(docs: dict[str, ExtractedDocument]) -> None:
    doc = docs["004"]
    assert doc.info.title.startswith("Action Plan Progress Summary: District Audit Report")
    assert (doc.info.date, doc.info.date_text) == ("2002-03-31", "March 31st 2002")
    records = by_ref(doc)
    assert records["R6"].status_text == "Recommendation met: significantly"
    assert records["R6"].status == "partial" and records["R6"].owner == "ACHR"
    assert records["R6"].due_date == "2002-12-31"
    assert records["R1"].status_text == "Recommendation met: partially"
    assert records["R2"].status == "complete" and records["R2"].due_date == "2002-03-31"
    assert records["R5"].title == "Definition of principles for partner working"
    assert records["R5"].category == "Non-statutory" and "partnership" in records["R5"].themes
    assert records["R11"].title == "Review scrutiny and progress arrangements for reviews"
    assert records["R12"].status_text == "Recommendation met :completely"
    r13 = records["R13"]
    assert (
        r13.title == "Rigorous prioritisation and monitoring of the implementation of action plans"
    )
    assert r13.progress.endswith(
        "strategic level committees across the MPS.\nRecommendation met: significantly"
    )
    assert r13.status == "partial"
    assert records["R9"].due_date == "2003-03-31"  # 'End of 2002/2003'


def test_source_text_is_a_verbatim_span(docs: dict[str, ExtractedDocument]) -> None:
    for doc in docs.values():
        for record in doc.records:
            assert doc.text[record.source_start : record.source_end] == record.source_text
            for value in (record.title.rstrip("…"),):
                assert value.split()[0] in record.source_text
        for chunk in doc.chunks:
            if chunk.kind == "prose":
                body = chunk.text.split("\n\n", 1)[1]
                assert doc.text[chunk.source_start : chunk.source_start + len(body)] == body
