"""Question words linked to the values the register holds: refs of any shape, a paper's
quoted title or its body's name; quoted text is a name, never a filter or a claim."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo


def _index() -> NameIndex:
    tracker = DocumentInfo(
        id="tracker",
        filename="tracker.xlsx",
        format="xlsx",
        sha256="a",
        title="Internal Audit Recommendations Tracker",
        organisation="Severnside Fire and Rescue Authority",
    )
    log = DocumentInfo(
        id="log",
        filename="log.csv",
        format="csv",
        sha256="b",
        title="Audit action log",
        organisation="Kestrel Moors National Park Authority",
    )

    def record(doc: DocumentInfo, ref: str, title: str, owner: str) -> ActionRecord:
        return ActionRecord(
            id=f"{doc.id}:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=1,
            title=title,
            owner=owner,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )

    records = [
        record(tracker, "19/20-08", "Procurement waivers were not reported", "Treasurer"),
        record(tracker, "19/20-09", "Fleet fuel cards are not reconciled", "Head of Fleet"),
        record(log, "AL-06", "Visitor centre stock is not counted", "Visitor Services Manager"),
    ]
    return NameIndex.from_records([tracker, log], records)


def test_a_ref_of_any_shape_the_register_holds_is_a_ref() -> None:
    index = _index()
    assert analyse("When is action 19/20-08 due?", index).refs == ["19/20-08"]
    assert analyse("Who owns al-06?", index).refs == ["AL-06"]
    # not in the register, but shaped like a ref: still the one asked about (issue 15)
    assert analyse("When is action ZZ-99 due?", index).refs == ["ZZ-99"]


def test_a_quoted_title_or_the_body_s_name_names_the_paper() -> None:
    index = _index()
    q = analyse("How many actions in 'Internal Audit Recommendations Tracker' are open?", index)
    assert q.documents == ["tracker"]
    q = analyse("Which Kestrel Moors National Park Authority actions are overdue?", index)
    assert q.documents == ["log"]


def test_quoted_text_is_neither_a_claim_nor_a_filter() -> None:
    q = analyse("Who owns the action on 'Procurement waivers were not reported'?", _index())
    assert q.claims == [] and q.statuses == [] and q.fields == ["owner"]
    assert {"procurement", "waivers"} <= set(q.terms)
