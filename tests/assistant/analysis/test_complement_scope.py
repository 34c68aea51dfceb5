"""A section named inside a complement (', not the X', '(not the X)', 'rather than the X') is
no scope of the question: the list is of the other rows it names. Invented paper."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_REC = "Harbour Safety Review – Recommendations"
_OBS = "Harbour Safety Review – Observations for Improvement"


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="hsr",
        filename="hsr.docx",
        format="docx",
        sha256="h",
        title="Harbour Safety Review action plan",
        organisation="Wexcombe Port Authority",
    )
    rows = [
        ("R1", "Replace the pilot ladders", "Harbour Master", _REC),
        ("R2", "Publish the tide tables online", "Port Manager", _REC),
        ("O1", "Review signage on the quay", "Harbour Master", _OBS),
        ("O2", "Refresh the mooring guidance", "Port Manager", _OBS),
    ]
    records = [
        ActionRecord(
            id=f"hsr:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            section=section,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, title, owner, section) in enumerate(rows, 1)
    ]
    return NameIndex.from_records([doc], records)


def test_a_section_named_after_not_the_is_left_out() -> None:
    q = analyse(
        "Which harbour safety review recommendations, not the observations for improvement, "
        "does the Harbour Master own?",
        _index(),
    )
    assert _OBS not in [q.section, *q.sections]
    assert "observations" not in q.terms and "improvement" not in q.terms_not


def test_a_section_named_outside_a_complement_is_the_scope() -> None:
    q = analyse(
        "Which harbour safety review observations for improvement does the Harbour Master own?",
        _index(),
    )
    assert q.section == _OBS
