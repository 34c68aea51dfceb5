"""A word that names one body's papers names none when another body's rows use it ('local
authority statements' in a trust's row: 'authority' is then no short name of the one body
called an authority) (lead35)."""

from __future__ import annotations

from assistant.analysis.short_names import ShortNames, short_named
from assistant.text import stem
from ingest.model import DocumentInfo


def _doc(doc_id: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.docx",
        format="docx",
        sha256=doc_id,
        title="Audit Action Tracker",
        organisation=organisation,
    )


DOCS = [_doc("ca", "Wendle Vale Combined Authority"), _doc("lt", "Corrin Learning Trust")]


def test_a_word_only_its_own_papers_hold_names_the_body() -> None:
    names = ShortNames.of(DOCS, {}, {stem("authority"): frozenset({"ca"})})
    assert short_named("the authority tracker's open items", names) is not None


def test_a_word_another_bodys_rows_hold_names_no_body() -> None:
    names = ShortNames.of(DOCS, {}, {stem("authority"): frozenset({"lt"})})
    assert short_named("anything on local authority statements?", names) is None
    assert short_named("the combined authority tracker", names) is not None  # 'combined'
