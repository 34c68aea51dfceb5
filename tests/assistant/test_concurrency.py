"""Concurrent ingest and queries: readers never fail and never see half a document, and the
index survives a restart (and refuses one built by another schema version)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.pipeline import DefaultAnswerer
from assistant.citations import verify
from assistant.container import Services
from assistant.service import INDEX_CHANGE_RETRIES, Assistant
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


CHURN_QUESTIONS = [
    *QUESTIONS,
    "How many recommendations in the District Audit report were completely met?",
    "Has risk management been a recurring weakness?",  # cites across every report
    "Which actions in the District Audit report are complete?",
]
CHURN_SECONDS = 8.0
CHURN_LIMIT = 90.0  # seconds: the churn goes on past CHURN_SECONDS until MIN_ANSWERS at most this
MIN_ANSWERS = 20


def test_answers_while_every_document_is_removed_and_ingested_again(
    tmp_path: Path, sample_dir: Path
) -> None:
    """A writer takes every document out and puts it back, in bursts with pauses (so an answer
    can begin and end on one generation), while readers ask questions that name a document,
    list its records and cite across reports. Every answer is given, never UnknownDocument or
    NotFound, and its citations are verbatim in the documents it read."""
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    assistant = Assistant(services)
    files = sorted(sample_dir.glob("00*.txt"))
    rng = random.Random(9)
    errors: list[BaseException] = []
    answered = [0]
    stop = threading.Event()

    def writer() -> None:
        started = time.monotonic()
        try:
            # churn for CHURN_SECONDS, and on (up to CHURN_LIMIT) until the readers have
            # answered enough alongside it: on a loaded machine they answer more slowly
            while not stop.is_set() and time.monotonic() < started + CHURN_LIMIT:
                if time.monotonic() > started + CHURN_SECONDS and answered[0] > MIN_ANSWERS:
                    break
                for path in rng.sample(files, len(files)):
                    services.indexer.remove(path.name)
                    time.sleep(rng.random() * 0.06)
                    services.indexer.ingest_paths([path])
                    time.sleep(rng.random() * 0.06)
        except BaseException as exc:
            errors.append(exc)
        finally:
            stop.set()

    def reader(offset: int) -> None:
        i = offset
        while not stop.is_set():
            question = CHURN_QUESTIONS[i % len(CHURN_QUESTIONS)]
            i += 1
            try:
                answer = assistant.ask(question)
                for citation in answer.citations:
                    try:  # the same file goes back in: the same text
                        text = services.catalog.document_text(citation.document.id)
                    except NotFound:  # taken out again since the answer was given
                        continue
                    assert verify(citation, text), f"[{citation.n}] {citation.quote!r}"
                answered[0] += 1
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
    assert not errors, repr(errors[0])
    assert answered[0] > MIN_ANSWERS  # the readers really ran alongside the writer
    assert [d.filename for d in services.catalog.documents()] == [f.name for f in files]
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


@pytest.mark.slow
def test_cli_commands_let_go_of_the_index_they_opened(
    tmp_path: Path, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An embedded Chroma client left open keeps its database shared by path in the process (a
    rebuild moving the folder aside then wrote into a new, empty file: 'no such table')."""
    from chromadb.api.shared_system_client import SharedSystemClient

    from assistant.cli import main

    index = tmp_path / "index"
    monkeypatch.setenv("GOVRAG_INDEX_DIR", str(index))
    assert main(["ingest", str(sample_dir / "000_f60702f293bad3c1.txt"), "--json"]) == 0
    # chromadb's own registry of open databases, by path: none left for this index
    assert str(index / "chroma") not in SharedSystemClient._identifier_to_system


def elsewhere(write: Callable[..., object], *args: object) -> None:
    """Run a write in another thread, to its end: as a concurrent `govrag remove` would (an
    answer reads one snapshot of the catalog; its own thread never writes)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            write(*args)
        except BaseException as exc:
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if failed:
        raise failed[0]


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
            elsewhere(self.services.indexer.remove, self.removed)
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
            elsewhere(self.services.indexer.remove, q.documents[0])
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


class RemovesWhatItCitesEveryTime:
    """An answerer that removes the first document it cites, every time: an index that
    changes under every try."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.inner = DefaultAnswerer()
        self.removed: list[str] = []

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        answer = self.inner.answer(q, context)
        assert answer.citations, "every try should cite something"
        self.removed.append(answer.citations[0].document.id)
        elsewhere(self.services.indexer.remove, self.removed[-1])
        return answer


def test_an_index_changing_under_every_try_still_gets_an_answer(
    tmp_path: Path, sample_dir: Path
) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    answerer = RemovesWhatItCitesEveryTime(services)
    answer = Assistant(services, answerer).ask("Has risk management been a recurring weakness?")
    # composed again a bounded number of times, then the last answer stands: it is true of
    # the index it read (its citations are verbatim there), not an error
    assert len(answerer.removed) == INDEX_CHANGE_RETRIES + 1
    assert answer.answer and answer.citations[0].document.id == answerer.removed[-1]
    services.catalog.close()


def test_a_filtered_document_removed_mid_answer_is_not_an_error(
    tmp_path: Path, sample_dir: Path
) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    question = "Who is responsible for R18?"
    cited = Assistant(services).ask(question).citations[0].document
    answerer = RemovesWhatItCites(services)
    assistant = Assistant(services, answerer)
    answer = assistant.ask(question, filters={"document": [cited.filename]})
    # the filtered paper went away after the answer was composed: that answer stands
    assert answerer.removed == cited.id and answerer.calls == 1
    assert answer.citations and not answer.abstained
    # asked now, the filter names no document: the caller's error
    with pytest.raises(InvalidRequest, match="unknown document"):
        assistant.ask(question, filters={"document": [cited.filename]})
    services.catalog.close()


def test_an_analysis_naming_a_removed_document_is_made_again(
    tmp_path: Path, sample_dir: Path
) -> None:
    services = open_services(tmp_path / "index")
    services.indexer.ingest_paths([sample_dir])
    assistant = Assistant(services)
    q = assistant.analyse("How many recommendations did the District Audit report make?")
    assert q.documents
    services.indexer.remove(q.documents[0])  # after the analysis, before the answer
    answer = assistant.ask(q.question, analysis=q)
    assert answer.answer and q.documents[0] not in answer.query.documents
    services.catalog.close()
