"""The answer context makes a document's reference when a hit names it, not all of them."""

from __future__ import annotations

from pathlib import Path

from assistant.answers.context import AnswerContext
from assistant.register import Register
from assistant.text import TermStats
from ingest.model import DocumentInfo
from vectorstore.bm25 import SqliteBm25Index
from vectorstore.catalog import SqliteCatalog


def test_document_refs_are_made_on_first_use(tmp_path: Path) -> None:
    catalog = SqliteCatalog(tmp_path / "catalog.sqlite")
    documents = [
        DocumentInfo(id=f"d{n}", filename=f"d{n}.txt", format="txt", sha256="0", title=f"T{n}")
        for n in range(3)
    ]
    context = AnswerContext(
        catalog=catalog,
        register=Register(catalog),
        retriever=None,  # type: ignore[arg-type]  # not read here
        stats=TermStats(SqliteBm25Index(catalog)),
        documents=documents,
    )
    refs = context.document_refs()
    assert len(refs) == 3 and list(refs) == ["d0", "d1", "d2"]
    assert refs.get("d1") == documents[1].ref()
    assert refs.get("missing") is None
    assert context.document_refs() is refs
    assert refs["d1"] is refs["d1"]  # made once
    assert list(refs._refs) == ["d1"]  # type: ignore[attr-defined]  # only the one asked for
