"""Question words no paper uses, judged by the papers' vocabulary in meaning (issue classes 7
and 8, false abstention): an everyday word for one the papers write ('finished', 'huge') is
a paraphrase and does not refuse the question; a word for a thing the papers never speak of
('taser', 'canteen') still does. Real model, over the bundled record; invented wordings."""

from __future__ import annotations

import weakref

import pytest

from assistant.answers.composers.guards import unknown_subject, unknown_words
from assistant.answers.support.vocabulary import paraphrased
from assistant.service import Assistant
from tests.conftest import SAMPLE_DIR
from vectorstore.filters import SearchFilters


def _papers() -> str:
    return " ".join(p.read_text(encoding="utf-8").lower() for p in SAMPLE_DIR.glob("*.txt"))


def test_everyday_words_are_linked_to_the_papers_vocabulary(assistant: Assistant) -> None:
    papers = _papers()
    for word in ("finished", "huge", "taser", "canteen"):
        assert f" {word} " not in papers  # none of them is the papers' own word
    context = assistant.context(SearchFilters(), None)
    assert paraphrased(["finished", "huge", "taser", "canteen"], context) == {"finished", "huge"}
    assert paraphrased([], context) == set()


def test_a_question_in_everyday_words_passes_the_unknown_word_guards(
    assistant: Assistant,
) -> None:
    # 'huge' and 'sum' are no words of the papers, 'backlog' is: the subject is known
    q = assistant.analyse("How huge is the backlog, in sum?")
    assert unknown_words(q, assistant.context(SearchFilters(), None)) is None
    assert unknown_subject(q, assistant.context(SearchFilters(), None)) is None


def test_a_subject_the_papers_never_speak_of_is_still_refused(assistant: Assistant) -> None:
    q = assistant.analyse("What did the canteen refurbishment cost?")
    refused = unknown_words(q, assistant.context(SearchFilters(), None))
    assert refused is not None and refused.abstained
    assert "'canteen'" in refused.answer
    bare = assistant.analyse("when is it due to be finished?")  # no subject at all
    answer = unknown_words(bare, assistant.context(SearchFilters(), None))
    assert answer is not None and answer.abstained


def test_a_large_vocabulary_is_cut_to_the_most_widely_used_words(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embedded vocabulary is bounded: past the cap, the words fewest papers use go first
    (here a cap of one keeps a word every paper writes, and 'finished' finds no neighbour)."""
    from assistant.answers.support import vocabulary

    monkeypatch.setattr(vocabulary, "VOCABULARY_CAP", 1)
    monkeypatch.setattr(vocabulary, "_VOCABULARIES", weakref.WeakKeyDictionary())
    context = assistant.context(SearchFilters(), None)
    found = vocabulary._vocabulary(context)
    assert found is not None
    words, matrix = found
    assert len(words) == 1 and matrix.shape[0] == 1
    (word,) = words
    assert all(word in p.read_text(encoding="utf-8").lower() for p in SAMPLE_DIR.glob("*.txt"))
