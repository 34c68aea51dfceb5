"""Work a large record makes slow, done a cheaper way that gives the same result as the plain
way: sets of register positions joined by a sort or a mask instead of ``np.unique`` (which
hashes first), and the documents' page starts read once a generation and shared by the
questions' citation builders instead of once a question."""

from __future__ import annotations

import datetime
from typing import Any

import numpy as np
import pytest

from assistant.analysis.targets import _dated_paper, _dated_papers, _title_heads
from assistant.citations import CitationBuilder, PagePlaces
from assistant.positions import distinct, union
from assistant.service import Assistant
from vectorstore.filters import SearchFilters

_NAMES = ("assistant", "bodies_assistant", "carried_assistant")


def _assistants(request: pytest.FixtureRequest) -> list[Assistant]:
    return [request.getfixturevalue(name) for name in _NAMES]


@pytest.mark.parametrize("dtype", [np.int32, np.int64])
def test_union_and_distinct_equal_np_unique(dtype: type) -> None:
    rng = np.random.default_rng(14)
    for size in (1, 7, 100, 5_000, 80_000):
        for parts in (1, 2, 5):
            arrays = [
                np.sort(rng.choice(size, rng.integers(0, size + 1), replace=True)).astype(dtype)
                for _ in range(parts)
            ]
            plain = np.unique(np.concatenate(arrays))
            for found in (union(arrays), union(arrays, size), distinct(np.concatenate(arrays))):
                assert found.dtype == plain.dtype
                assert np.array_equal(found, plain)
    empty = np.empty(0, dtype)
    assert union([empty], 10).dtype == dtype and not len(union([empty, empty], 10))
    assert distinct(empty).dtype == dtype and not len(distinct(empty))
    pairs = rng.integers(0, 10**9, 20_000).astype(np.int64)  # unsorted, with no bound
    assert np.array_equal(distinct(pairs), np.unique(pairs))


def test_register_words_joined_equal_np_unique(request: pytest.FixtureRequest) -> None:
    joined = 0
    for assistant in _assistants(request):
        register = assistant.register
        loaded = register.loaded()
        for part, index in (
            ("text", loaded.stems),
            ("issue", loaded.issue_stems),
            ("title", loaded.title_stems),
        ):
            words = sorted(index, key=lambda w: (-len(index[w]), w))
            for chosen in (words[:2], words[:9], words[3:40:3], words[-5:], [*words[:3], "zzq"]):
                found = register.mentioning(chosen, part)
                having = [index[w] for w in chosen if w in index]
                plain = np.unique(np.concatenate(having))
                assert found.dtype == np.int32 and np.array_equal(found, plain)
                joined += len(having) > 1
    assert joined > 20


class _CountedPages:
    """The catalog, counting the page and document reads a citation builder makes."""

    def __init__(self, catalog: Any) -> None:
        self.catalog = catalog
        self.reads = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.catalog, name)

    def pages(self, document_id: str) -> list[dict[str, Any]]:
        self.reads += 1
        return list(self.catalog.pages(document_id))

    def document(self, document_id: str) -> Any:
        self.reads += 1
        return self.catalog.document(document_id)


def test_shared_page_places_cite_as_fresh_ones(request: pytest.FixtureRequest) -> None:
    cited = 0
    for assistant in _assistants(request):
        catalog = assistant.services.catalog
        register = assistant.register
        counted = _CountedPages(catalog)
        places = PagePlaces()
        for round_ in range(2):  # the second round reads no page again
            before = counted.reads
            for record, chunk_id in zip(register.all(), register.chunk_ids(), strict=True):
                quote = record.source_text.strip()[-80:]
                if not chunk_id or not quote:
                    continue
                fresh = CitationBuilder(catalog)
                shared = CitationBuilder(counted, places=places)  # type: ignore[arg-type]
                a = fresh.add(chunk_id=chunk_id, document=record.document, quote=quote)
                b = shared.add(chunk_id=chunk_id, document=record.document, quote=quote)
                assert a == b and fresh.citations() == shared.citations()
                cited += a is not None and fresh.citations()[0].page is not None
            if round_:
                assert counted.reads == before
    assert cited > 50


def test_record_chunk_ids_from_the_register_equal_the_catalogs(
    request: pytest.FixtureRequest,
) -> None:
    for assistant in _assistants(request):
        context = assistant.context(SearchFilters(), None)
        catalog = assistant.services.catalog
        rows = assistant.register.all()
        found = [context.record_chunk_id(r.id) for r in rows]
        assert found == [catalog.record_chunk_id(r.id) for r in rows]
        assert all(found)
        assert context.record_chunk_id("no such record") is None


def test_dated_papers_read_with_kept_title_heads_as_with_every_title(
    request: pytest.FixtureRequest,
) -> None:
    named = 0
    for assistant in _assistants(request):
        name_index, documents = assistant._state()
        heads = _title_heads(tuple(d.title or "" for d in name_index.documents))
        for d in documents:
            if not d.date or not d.title:
                continue
            month = datetime.date.fromisoformat(d.date).strftime("%B %Y")
            noun = d.title.split()[-1]
            for question in (f"What did the {month} {noun} say?", f"the {noun} of {month}"):
                found = _dated_papers(question, name_index)
                assert found == _dated_papers(question, name_index)  # kept: read again
                plain = [m.group(0) for m in _dated_paper(heads).finditer(question)]
                assert bool(found) <= bool(plain)
                named += bool(found)
    assert named
