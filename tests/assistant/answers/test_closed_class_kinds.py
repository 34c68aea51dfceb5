"""A word the papers never use narrows the thing asked about only when it can name a kind of
thing: a preposition or degree word ('near completion') never does, and a word in -s right after
'<determiner> <singular noun>' is the clause's verb ('the cut *hits* …'), not a kind. A noun
narrowing a noun ('the police *pension* scheme') still does."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.wordlinks import narrowing_words

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_a_preposition_is_no_kind(analyse: Analyse, context: Context) -> None:
    ctx = context()
    for question in (
        "Is the interface between Oracle and SAP near completion?",
        "Was the business plan published despite objections?",
    ):
        q = analyse(question)
        assert not set(narrowing_words(q, ctx)) & {"near", "despite"}, question


def test_a_verb_after_a_singular_noun_is_no_kind(analyse: Analyse, context: Context) -> None:
    ctx = context()
    for question in (
        "What share of the reduction hits frontline services?",
        "Which risks does the register flags for partnerships?",
    ):
        q = analyse(question)
        assert not set(narrowing_words(q, ctx)) & {"hits", "flags"}, question


def test_a_noun_narrowing_a_noun_is_still_a_kind(analyse: Analyse, context: Context) -> None:
    ctx = context()
    assert narrowing_words(analyse("Who owns the police pension scheme action?"), ctx) == [
        "pension"
    ]
    assert narrowing_words(analyse("Who owns the canteen risk register?"), ctx) == ["canteen"]
