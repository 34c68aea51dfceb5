"""A word in verb position narrows nothing when the words after it name a row (issue 14, a
row described in the asker's own words): a word after make, keep or get is their complement,
and an -ing form after no determiner may be a verb taking an object. After a determiner, or
when the words after it name no row, the same unknown word still names a kind the papers may
not hold."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.verb_position import complement_of, gerund_of, object_of_a_row
from assistant.answers.support.wordlinks import narrowing_words

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_a_word_after_a_light_verb_is_its_complement() -> None:
    assert complement_of("making") and complement_of("keep")
    assert not complement_of("the") and not complement_of("with")


def test_an_ing_form_after_no_determiner_may_be_a_verb() -> None:
    assert gerund_of("with", "juggling") and gerund_of("stop", "juggling")
    assert not gerund_of("the", "juggling") and not gerund_of("s", "juggling")
    assert not gerund_of("with", "pension")


def test_the_object_must_name_one_row(context: Context) -> None:
    ctx = context()
    records = ctx.register.all()
    assert object_of_a_row(["partners", "principles"], records, ctx.stats.idf)
    assert not object_of_a_row(["partners"], records, ctx.stats.idf)  # one word names no row
    assert not object_of_a_row(["toboggans", "partners"], records, ctx.stats.idf)


def test_narrowing_skips_a_complement_naming_a_row(analyse: Analyse, context: Context) -> None:
    ctx = context()
    assert ctx.stats.df("zorbish") == 0
    verb = analyse("Who is making zorbish partner working principles clear?")
    assert narrowing_words(verb, ctx) == []
    kind = analyse("Who owns the zorbish partner working action?")
    assert narrowing_words(kind, ctx) == ["zorbish"]


def test_a_gerund_with_an_object_naming_a_row(analyse: Analyse, context: Context) -> None:
    ctx = context()
    assert ctx.stats.df("juggling") == 0
    assert (
        narrowing_words(analyse("Who is tasked with juggling partner working principles?"), ctx)
        == []
    )
    # one known word after it names no row: a kind of patrol the record may not hold
    assert narrowing_words(analyse("Who is responsible for juggling patrols?"), ctx) == ["juggling"]
