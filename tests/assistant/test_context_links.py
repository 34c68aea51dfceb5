"""Question words linked to the papers' words in the question's own context, and the words
of quantity that name no subject (issue class 7, false abstention both ways): a near synonym
whose single-word vector sits apart ('fresh' for 'new') is linked by the span it stands in;
a word for another thing ('canteen', 'rotten') is not; a quantifier ('everybody') never
counts against a passage. Real model, over the bundled record; invented wordings."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.context_links import linked_in_text, same_in_context
from assistant.answers.support.frame import frame_words
from assistant.answers.support.wordlinks import near_words
from assistant.service import Assistant
from vectorstore.filters import SearchFilters

_SENTENCE = "The 2009-12 budget includes new net savings of £12.5m from income generation."


def test_a_near_synonym_is_linked_by_its_span_not_by_the_word_alone(
    assistant: Assistant,
) -> None:
    context = assistant.context(SearchFilters(), None)
    question = "How large are the fresh net savings from income in the budget?"
    assert not near_words(["fresh"], _SENTENCE, context)  # alone, 'fresh' is not 'new'
    assert same_in_context("fresh", question, ["new"], context)
    assert linked_in_text(["fresh"], question, _SENTENCE, context) == {"fresh"}


def test_a_word_for_another_thing_is_not_linked_in_context(assistant: Assistant) -> None:
    context = assistant.context(SearchFilters(), None)
    assert not same_in_context("canteen", "who chairs the canteen committee", ["audit"], context)
    question = "What is said of the rotten net savings from income?"
    assert linked_in_text(["rotten"], question, _SENTENCE, context) == set()
    assert not same_in_context("fresh", "fresh", ["new"], context)  # no context to read


def test_the_swapped_phrase_must_be_one_the_text_writes(assistant: Assistant) -> None:
    context = assistant.context(SearchFilters(), None)
    question = "How large are the fresh net savings from income in the budget?"
    said = _SENTENCE.lower()
    assert same_in_context("fresh", question, ["new"], context, said)
    elsewhere = "the new scheme brought net savings of £12.5m."  # 'new' never before 'net'
    assert not same_in_context("fresh", question, ["new"], context, elsewhere)


def test_a_paraphrased_subject_is_answered_from_its_sentence(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("How large are the fresh net savings from income initiatives in the budget?")
    assert not answer.abstained
    assert "12.5m" in answer.answer.split("\n")[0]


def test_an_unknown_kind_is_still_refused(ask: Callable[..., Answer]) -> None:
    for question in (
        "What fresh canteen savings are in the 2009-12 budget?",
        "What do the papers say on the rotten net savings from income generation?",
    ):
        answer = ask(question)
        assert answer.abstained, question


def test_quantifiers_frame_the_question(ask: Callable[..., Answer]) -> None:
    assert {"everybody", "nobody", "whole"} <= frame_words(
        "Does everybody know that nobody owns the whole plan?"
    )
    answer = ask("Who must ensure that everybody declares interests and hospitality?")
    assert not answer.abstained
    assert "Head of Pay and Benefits" in answer.answer
