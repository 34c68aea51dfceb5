"""An unknown word in verb position narrows nothing (issue 14, a row described in the asker's
own verbs): an -ing form with no determiner before it takes the words after it as its object,
and a word after make, keep or get is their complement; after a determiner the same word still
names a kind the papers may not hold."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.verb_position import in_verb_position
from assistant.answers.support.wordlinks import narrowing_words

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_an_ing_form_after_no_determiner_is_a_verb() -> None:
    assert in_verb_position("with", "juggling")
    assert in_verb_position("stop", "juggling")
    assert in_verb_position("making", "certain")  # a complement of 'make'
    assert not in_verb_position("the", "juggling")  # 'the juggling budget': a kind
    assert not in_verb_position("s", "juggling")  # "Met's juggling budget"
    assert not in_verb_position("with", "pension")


def test_narrowing_skips_verbs_but_keeps_kinds(analyse: Analyse, context: Context) -> None:
    ctx = context()
    assert ctx.stats.df("juggling") == 0
    verb = analyse("Who is tasked with juggling partnership budgets?")
    assert narrowing_words(verb, ctx) == []
    kind = analyse("Who owns the juggling partnership action?")
    assert narrowing_words(kind, ctx) == ["juggling"]
