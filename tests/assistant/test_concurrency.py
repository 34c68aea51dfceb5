"""Concurrent ingest and queries: readers never fail and never see half a document, and the
index survives a restart (and refuses one built by another schema version)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, DefaultAnswerer
from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from ingest.errors import IndexStateError, InvalidRequest, NotFound
from tests.fakes import HashingEmbedder

QUESTIONS = [
    "Who is responsible for R18?",
    "Which partnership actions slipped since 2008?",
    "What does the 2017 report say about strategic partnerships?",
    "How many recommendations did the District Audit report make?",
]


def open_services(index: Path) -> Services:
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    return Services(settings, embedder=HashingEmbedder())


def test_queries_during_ingest_never_fail_or_see_half_a_document(
    tmp_path: Path, sample_dir: Path
) -> None:
    reference = open_services(tmp_path / "reference")
    reference.indexer.ingest_paths([sample_dir])
    expected = {d.id: d.chunks for d in reference.catalog.documents()}
    reference.catalog.close()

    services = open_services(tmp_path / "index")
    first = sorted(sample_dir.glob("00*.txt"))[0]
    services.indexer.ingest_paths([first])  # something to answer from at the start
    assistant = Assistant(services)
    errors: list[BaseException] = []
    seen_partial: list[str] = []
    stop = threading.Event()
    checks = [0]

    def writer() -> None:
        try:
            for _ in range(2):  # add everything, remove two, add them back
                services.indexer.ingest_paths([sample_dir])
                for doc in services.catalog.documents()[-2:]:
                    services.indexer.remove(doc.id)
            services.indexer.ingest_paths([sample_dir])
        except BaseException as exc:
            errors.append(exc)
        finally:
            stop.set()

    def reader(offset: int) -> None:
        i = offset
        while not stop.is_set():
            try:
                question = QUESTIONS[i % len(QUESTIONS)]
                i += 1
                result = assistant.search(question, k=8)
                for hit in result.hits:
                    chunks = services.catalog.chunk_ids(hit.chunk.document_id)
                    if chunks and len(chunks) != expected[hit.chunk.document_id]:
                        seen_partial.append(hit.chunk.document_id)
                answer = assistant.ask(question)
                for citation in answer.citations:
                    try:
                        text = services.catalog.document_text(citation.document.id)
                    except NotFound:  # removed by the writer after the answer was given
                        assert services.catalog.find_document(citation.document.id) is None
                        continue
                    assert citation.quote in text
                checks[0] += 1
            except IndexStateError:
                continue  # the index was empty for a moment: a clear error, not a failure
            except BaseException as exc:
                errors.append(exc)
                stop.set()

    threads = [threading.Thread(target=writer)] + [
        threading.Thread(target=reader, args=(n,)) for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors[0]
    assert not seen_partial
    assert checks[0] > 5  # the readers really ran alongside the writer
    assert {d.id: d.chunks for d in services.catalog.documents()} == expected
    services.catalog.close()


def test_restart_keeps_everything(tmp_path: Path, sample_dir: Path) -> None:
    first = open_services(tmp_path / "index")
    first.indexer.ingest_paths([sample_dir])
    counts, answer = first.catalog.counts(), Assistant(first).ask("Who is responsible for R18?")
    first.catalog.close()
    again = open_services(tmp_path / "index")
    assert again.catalog.counts() == counts
    assert again.vectors.all_ids() == again.catalog.chunk_ids()
    assert Assistant(again).ask("Who is responsible for R18?").answer == answer.answer
    assert again.indexer.ingest_paths([sample_dir]).outcomes[0].action == "unchanged"
    again.catalog.close()


def test_an_index_from_another_schema_version_is_refused_clearly(
    tmp_path: Path, sample_dir: Path
) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir / "000_f60702f293bad3c1.txt"])
    services.catalog.set_meta("schema_version", "1")
    services.catalog.close()
    with pytest.raises(IndexStateError) as caught:
        open_services(tmp_path / "index").catalog.documents()
    assert "catalog schema 1" in caught.value.message
    assert "govrag reindex --rebuild" in caught.value.help


@pytest.mark.slow
def test_reindex_rebuild_recovers_an_old_index(
    tmp_path: Path, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI path, with the real model: the stored originals go into a new index."""
    from assistant.cli import main

    index = tmp_path / "index"
    monkeypatch.setenv("GOVRAG_INDEX_DIR", str(index))
    assert main(["ingest", str(sample_dir / "000_f60702f293bad3c1.txt")]) == 0
    old = open_services(index)
    old.catalog.set_meta("schema_version", "1")
    old.catalog.close()
    assert main(["reindex", "--rebuild", "--json"]) == 0
    rebuilt = open_services(index)
    assert [d.filename for d in rebuilt.catalog.documents()] == ["000_f60702f293bad3c1.txt"]
    assert rebuilt.catalog.get_meta("schema_version") != "1"
    rebuilt.catalog.close()
    kept = [p.name for p in tmp_path.iterdir() if p.name.startswith("index.old-")]
    assert len(kept) == 1


class RemovesWhatItCites:
    """An answerer that, the first time, removes the document it has just cited: the same
    interleaving as a concurrent ``govrag remove`` landing mid-answer."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.inner = DefaultAnswerer()
        self.calls = 0
        self.removed: str | None = None

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        self.calls += 1
        answer = self.inner.answer(q, context)
        if self.removed is None and answer.citations:
            self.removed = answer.citations[0].document.id
            self.services.indexer.remove(self.removed)
        return answer


def test_an_answer_racing_a_removal_is_composed_again(tmp_path: Path, sample_dir: Path) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    answerer = RemovesWhatItCites(services)
    answer = Assistant(services, answerer).ask("Who is responsible for R18?")
    assert answerer.removed is not None and answerer.calls == 2
    # composed again from the index as it now is: R18's report is gone, so is the answer
    assert answer.abstained and "R18" in answer.answer
    assert all(c.document.id != answerer.removed for c in answer.citations)
    services.catalog.close()


class RemovesTheNamedDocument:
    """An answerer that, the first time, removes the document the question names: a removal
    landing between the question's analysis and its answer."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.inner = DefaultAnswerer()
        self.calls = 0

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        self.calls += 1
        if self.calls == 1:
            assert q.documents, "the question should name a document"
            self.services.indexer.remove(q.documents[0])
        return self.inner.answer(q, context)


def test_a_named_document_removed_mid_answer_is_not_an_error(
    tmp_path: Path, sample_dir: Path
) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    answerer = RemovesTheNamedDocument(services)
    assistant = Assistant(services, answerer)
    answer = assistant.ask("How many recommendations did the District Audit report make?")
    assert answerer.calls == 2 and answer.answer  # analysed and answered again
    # with the index unchanged, a filter naming no document is still the caller's error
    with pytest.raises(InvalidRequest, match="unknown document"):
        assistant.ask("What is R18?", filters={"document": ["no-such-report.txt"]})
    services.catalog.close()
