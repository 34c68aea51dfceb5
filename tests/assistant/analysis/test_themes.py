"""One theme vocabulary: the analyser names themes in the words ``ingest.themes`` gives them."""

from __future__ import annotations

import pytest

from assistant.analysis.themes import THEME_WORDS, themes_intersected, themes_named
from ingest.themes import THEMES, VOCABULARY, classify

WORDS = [(name, word) for name, theme in VOCABULARY.items() for word in theme.named_by]


def test_every_theme_is_named_by_some_question_word() -> None:
    assert list(VOCABULARY) == list(THEMES)
    assert all(theme.named_by for theme in VOCABULARY.values())
    assert {w for _, word in WORDS for w in word.split()} == THEME_WORDS


@pytest.mark.parametrize(("name", "word"), WORDS)
def test_question_words_are_plain_lower_case_words(name: str, word: str) -> None:
    assert word == word.lower().strip() and word.replace(" ", "").isalpha()


@pytest.mark.parametrize(
    ("name", "word"), [(n, w) for n, t in VOCABULARY.items() for w in t.question_words]
)
def test_question_words_are_words_that_tag_a_record(name: str, word: str) -> None:
    assert name in classify(word)


@pytest.mark.parametrize(
    ("name", "word"), [(n, w) for n, t in VOCABULARY.items() for w in t.question_extras]
)
def test_question_extras_are_words_no_record_is_tagged_by(name: str, word: str) -> None:
    assert name not in classify(word)


@pytest.mark.parametrize(("name", "word"), WORDS)
def test_each_question_word_names_its_theme(name: str, word: str) -> None:
    assert name in themes_named(f"Which {word} actions slipped since 2008?")


def test_a_one_word_trigger_after_a_content_word_names_a_topic() -> None:
    assert themes_named("What were the key risk findings?") == []
    assert themes_named("What does it say about risk?") == ["risk management"]
    assert themes_named("Which financial risk actions are open?") == ["risk management"]


def test_a_trigger_in_what_rows_are_described_as_is_a_property() -> None:
    """'described as a key corporate risk': the words after a participle and 'as' are what
    the rows state, no theme (the list keeps the rows saying them)."""
    assert themes_named("Which areas are described as a key corporate risk?") == []
    assert themes_named("Which depot items were singled out as a financial risk?") == []
    assert themes_named("Which risk management items were rated as urgent?") == ["risk management"]


def test_a_quantifier_before_a_trigger_leaves_it_a_theme() -> None:
    for question, theme in (
        ("Did the fleet plan or the depot plan have more partnership actions?", "partnership"),
        ("which paper holds fewer training items", "training"),
        ("Which other partnership recommendations are there?", "partnership"),
    ):
        assert theme in themes_named(question), question


@pytest.mark.parametrize(
    ("question", "both"),
    [
        ("Which actions concern partnership risk management?", True),
        ("Which risk management actions also involve partnerships?", True),
        ("which training items are about finance", True),
        ("List the performance recommendations that deal with HR", True),
        ("Which actions are about partnership or risk management?", False),
        ("how many HR and training actions are there", False),
        ("Which items cover training, HR or performance?", False),
    ],
)
def test_two_themes_in_one_phrase_or_noun_and_predicate_are_both_asked(
    question: str, both: bool
) -> None:
    themes = themes_named(question)
    assert len(themes) >= 2, themes
    assert themes_intersected(question, themes) is both
