"""A doer's noun ('the internal auditor') names a paper of that activity ('Internal Audit
Actions') only when nothing else names it: beside the paper's own body name it is a party the
question asks about, and its words stay the question's subject (issue 14, pc29). The papers
are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import DocumentInfo


def _index() -> NameIndex:
    def doc(key: str, title: str, organisation: str) -> DocumentInfo:
        return DocumentInfo(
            id=key,
            filename=f"{key}.pdf",
            format="pdf",
            sha256=key,
            title=title,
            organisation=organisation,
            date="2023-06-01",
            year=2023,
        )

    documents = [
        doc("wk", "Internal and External Audit Actions", "Wickham Ferry Port Trust"),
        doc("ls", "Internal Audit Recommendations Tracker", "Lessingham Library Board"),
    ]
    return NameIndex.from_records(documents, [])


def test_a_doer_beside_the_body_s_name_is_the_subject() -> None:
    q = analyse("When did the Wickham Ferry Port Trust's external auditor sign off?", _index())
    assert q.documents == ["wk"]
    assert "auditor" in q.terms  # the party asked of, not a name of the paper


def test_a_doer_alone_still_names_its_paper() -> None:
    q = analyse("What did the internal auditors recommend on stock checks?", _index())
    assert "auditor" not in q.terms and "auditors" not in q.terms
