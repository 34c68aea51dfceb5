"""The papers' vocabulary kept on disk beside the index: embedded once, at ingest or on first
use, and read by later processes, which embed only the words it lacks. A damaged file costs
speed, never an answer."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.answers.support import vocabulary, wordlinks
from assistant.service import Assistant
from vectorstore.filters import SearchFilters
from vectorstore.word_file import WordVectorFile


def _unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_word_vectors_round_trip(tmp_path: Path) -> None:
    stored = WordVectorFile(tmp_path / "words.npz")
    assert stored.read() == {}
    stored.write({"backlog": _unit(1, 0), "audit": _unit(0, 1)})
    again = WordVectorFile(tmp_path / "words.npz").read()  # another process
    assert sorted(again) == ["audit", "backlog"]
    assert np.allclose(again["backlog"], _unit(1, 0))


def test_a_damaged_file_is_ignored_and_rewritten(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "words.npz"
    path.write_bytes(b"not a numpy archive")
    stored = WordVectorFile(path)
    assert stored.read() == {}
    assert "unreadable" in caplog.text and str(path) in caplog.text
    stored.write({"risk": _unit(1, 1)})
    assert list(WordVectorFile(path).read()) == ["risk"]


def test_nothing_is_written_without_an_index_folder(tmp_path: Path) -> None:
    stored = WordVectorFile(tmp_path / "absent" / "words.npz")
    stored.write({"risk": _unit(1, 1)})
    assert not (tmp_path / "absent").exists()


class _Counting:
    """The real embedder, counting the words it is asked to embed."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> Any:
        self.embedded.extend(texts)
        return self.inner.embed_documents(texts)


def test_a_later_process_reads_the_vocabulary_instead_of_embedding_it(
    assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = assistant.context(SearchFilters(), None)
    counting = _Counting(wordlinks.embedder_of(context))
    monkeypatch.setattr(wordlinks, "embedder_of", lambda _context: counting)
    monkeypatch.setattr(vocabulary, "embedder_of", lambda _context: counting)
    context.word_file = WordVectorFile(tmp_path / "words.npz")

    def fresh_process() -> None:  # no vectors held in memory
        monkeypatch.setattr(vocabulary, "_VOCABULARIES", weakref.WeakKeyDictionary())
        monkeypatch.setattr(wordlinks, "_VECTORS", weakref.WeakKeyDictionary())
        counting.embedded.clear()

    fresh_process()
    held = vocabulary.warm(context)
    assert held > 1000 and len(counting.embedded) == held  # the first one embeds them all
    assert len(WordVectorFile(tmp_path / "words.npz").read()) == held

    fresh_process()
    context.word_file = WordVectorFile(tmp_path / "words.npz")
    assert vocabulary.warm(context) == held and counting.embedded == []  # read, not embedded
    # and the words read stand for the same meanings: an everyday word still finds its match
    assert vocabulary.paraphrased(["finished", "canteen"], context) == {"finished"}


def test_the_servers_warm_up_holds_the_vocabulary_before_the_first_question(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from assistant.api.app import create_app

    stored = assistant.services.word_file
    stored.path.unlink(missing_ok=True)
    monkeypatch.setattr(stored, "_loaded", None)
    monkeypatch.setattr(vocabulary, "_VOCABULARIES", weakref.WeakKeyDictionary())
    with TestClient(create_app(assistant)):  # runs the warm-up
        assert stored.path.is_file()  # embedded at start and kept for the next process
        context = assistant.context(SearchFilters(), None)
        assert wordlinks.embedder_of(context) in vocabulary._VOCABULARIES
