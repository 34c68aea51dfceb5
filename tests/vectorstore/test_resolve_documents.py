"""Document filter keys are resolved once per catalog generation, and a removed document is
unknown again in the next generation."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.errors import UnknownDocument
from ingest.model import DocumentInfo
from tests.conftest import SAMPLE_DIR
from vectorstore.filters import SearchFilters


def test_keys_resolve_once_per_generation(
    fake_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_services.indexer.ingest_paths([SAMPLE_DIR])
    catalog, retriever = fake_services.catalog, fake_services.retriever
    documents = catalog.documents()
    keys = [documents[0].filename, documents[1].id]
    looked_up: list[str] = []
    find = catalog.find_document

    def counting(key: str) -> DocumentInfo | None:
        looked_up.append(key)
        return find(key)

    monkeypatch.setattr(catalog, "find_document", counting)
    filters = SearchFilters(document=keys)
    expected = [documents[0].id, documents[1].id]
    for _ in range(5):
        assert retriever.resolve_documents(filters) == expected
    assert looked_up == keys  # read once, then kept for the generation

    fake_services.indexer.remove(documents[0].id)
    with pytest.raises(UnknownDocument):
        retriever.resolve_documents(filters)
    assert retriever.resolve_documents(SearchFilters(document=keys[1:])) == expected[1:]
