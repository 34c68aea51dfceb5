"""Scope read from names: common words of a paper's title right before a row noun ('governance
improvement areas') are that noun's phrase, not the paper ("Harbour Governance Improvement Plan"); a name
the question sets aside ('leaving aside the summary findings') is not its scope."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

PLAN = DocumentInfo(
    id="plan",
    filename="plan.txt",
    format="txt",
    sha256="p",
    title="Harbour Governance Improvement Plan",
)
REPORT = DocumentInfo(
    id="report", filename="report.txt", format="txt", sha256="r", title="Port Board Report"
)
INSPECTION = DocumentInfo(
    id="insp", filename="insp.txt", format="txt", sha256="i", title="Quayside Works Review"
)


def _row(doc: DocumentInfo, ref: str, section: str, owner: str = "Harbour Master") -> ActionRecord:
    return ActionRecord(
        id=f"{doc.id}:{ref}",
        document=doc.ref(),
        section=section,
        ref=ref,
        ordinal=int(ref[-1]),
        title=f"Quay task {ref}",
        owner=owner,
        source_text=f"Quay task {ref}",
        source_start=0,
        source_end=10,
    )


def _index() -> NameIndex:
    rows = [
        _row(REPORT, "1", "Table 1: Annual Quay Statement improvement areas"),
        _row(REPORT, "2", "Table 1: Annual Quay Statement improvement areas"),
        _row(INSPECTION, "QR1", "Quayside Works Review (Recommendations)"),
        _row(INSPECTION, "QR2", "Quayside Works Review (Summary of Findings for Improvement)"),
    ]
    return NameIndex.from_records([PLAN, REPORT, INSPECTION], rows)


def test_a_paper_named_before_a_row_noun_names_that_paper_in_any_case() -> None:
    """Members write a paper's name in lower case too: it still scopes the rows."""
    for question in (
        "Which Governance Improvement areas are still open?",
        "Which governance improvement areas are still open?",
    ):
        assert "plan" in analyse(question, _index()).documents, question


def test_a_section_set_aside_is_not_the_scope() -> None:
    q = analyse(
        "Which Quayside recommendations, leaving aside the summary findings for improvement, "
        "are owned by the Harbour Master?",
        _index(),
    )
    assert q.section != "Quayside Works Review (Summary of Findings for Improvement)"


def _owned_index() -> NameIndex:
    rows = [
        _row(REPORT, "1", "Port Board recommendations", owner="HTA"),
        _row(REPORT, "2", "Port Board recommendations", owner="Harbour Master/HTA"),
        _row(REPORT, "3", "Port Board recommendations", owner="Harbour Master"),
    ]
    return NameIndex.from_records([REPORT], rows)


def test_an_owner_written_as_initials_is_named_in_full() -> None:
    q = analyse(
        "Which Port Board recommendations list the Harbour Transport Authority as responsible?",
        _owned_index(),
    )
    assert q.owner == "HTA" and not {"transport", "authority"} & set(q.terms)
    # its leading place word left out: 'the Transport Authority'
    q = analyse("Which recommendations is the Transport Authority responsible for?", _owned_index())
    assert q.owner == "HTA"
    # a sentence's capitalised first word is no initial of the name
    q = analyse(
        "Name the Transport Authority as responsible: which recommendations?", _owned_index()
    )
    assert q.owner == "HTA"


def test_capitalised_words_with_other_initials_name_no_owner() -> None:
    q = analyse("Which recommendations is the Coast Guard responsible for?", _owned_index())
    assert q.owner is None


def test_a_dated_paper_takes_its_own_table_of_the_same_words() -> None:
    dated = DocumentInfo(
        id="board",
        filename="board.txt",
        format="txt",
        sha256="d",
        title="Port Board Statement",
        date="2016-05-10",
        year=2016,
    )
    rows = [
        _row(INSPECTION, "QR2", "Quayside Works Review (Summary of Findings for Improvement)"),
        _row(dated, "1", "Table B: improvement findings"),
    ]
    index = NameIndex.from_records([INSPECTION, dated], rows)
    q = analyse("Which findings for improvement does the May 2016 statement list?", index)
    assert q.documents == ["board"] and q.section == "Table B: improvement findings"


def test_a_table_named_with_another_papers_year_is_that_years_table() -> None:
    later = DocumentInfo(
        id="later",
        filename="later.txt",
        format="txt",
        sha256="l",
        title="Quay Statement",
        year=2016,
    )
    earlier = DocumentInfo(
        id="earlier", filename="e.txt", format="txt", sha256="e", title="Dock Review", year=2011
    )
    rows = [
        _row(later, "1", "Table 1: Quay Statement improvement areas"),
        _row(earlier, "2", "Dock Review 2011 (Summary of Areas for Improvement)"),
    ]
    index = NameIndex.from_records([later, earlier], rows)
    q = analyse("List the improvement areas from the 2011 review.", index)
    assert q.section == "Dock Review 2011 (Summary of Areas for Improvement)"
    q = analyse("List the improvement areas from the 2016 statement.", index)
    assert q.section == "Table 1: Quay Statement improvement areas"
