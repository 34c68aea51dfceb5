"""The phrases a recurrence question names its subject with, and their slots (no model)."""

from __future__ import annotations

from assistant.answers.support.subject import phrases, vocabulary_forms
from assistant.text import stem_of


def _subject(*words: str) -> set[str]:
    return {stem_of(w) for w in words}


def test_coordinated_words_share_a_slot() -> None:
    found = phrases(
        "Budget setting, monitoring and control: where has this recurred?",
        _subject("budget", "monitoring", "control"),
    )
    assert [p.text for p in found] == ["Budget setting, monitoring and control"]
    assert found[0].slots == (("budget",), ("set", "monitor", "control"))


def test_framing_words_end_a_phrase() -> None:
    found = phrases(
        "Risk management keeps coming up. List the actions about managing or embedding risk.",
        _subject("risk", "management", "embedding"),
    )
    assert [p.text for p in found] == ["Risk management", "managing or embedding risk"]
    assert found[1].slots == (("manag", "embed"), ("risk",))


def test_word_forms_come_from_the_vocabulary() -> None:
    vocabulary = sorted({"budget", "budgetari", "budgetholder", "polic", "polici", "financi"})
    known = set(vocabulary)
    assert vocabulary_forms("budget", vocabulary, known) == ["budget", "budgetari"]
    assert vocabulary_forms("polic", vocabulary, known) == ["polic"]  # too short to extend
    assert vocabulary_forms("financial", vocabulary, known) == ["financi"]
