"""Two readings of a question's form: the property after a describing 'as' (not the 'as' of
'such as' or 'as well as'), and a verb after a plural noun (not a noun by its form)."""

from __future__ import annotations

from assistant.answers.support.mentions import said_as
from assistant.answers.support.subject import vocabulary_forms
from assistant.answers.support.wordlinks import _verb_after_plural


def test_said_as_skips_such_as_and_as_well_as() -> None:
    question = "Which areas, such as depots, does the plan single out as a key risk?"
    assert said_as(question, ["depots", "key", "risk"]) == ["key", "risk"]
    question = "Which items, as well as fleet ones, are flagged as high risk?"
    assert said_as(question, ["fleet", "high", "risk"]) == ["high", "risk"]
    assert said_as("Which items are overdue?", ["overdue"]) == []


def test_a_noun_by_its_form_after_a_plural_is_no_verb() -> None:
    assert _verb_after_plural("reductions", "touch")
    assert not _verb_after_plural("members", "allowance")
    assert not _verb_after_plural("tenants", "engagement")
    assert _verb_after_plural("that", "covers")


def test_a_verb_in_ed_and_its_inflections_are_one_word() -> None:
    vocabulary = sorted(["emb", "embed", "depot", "want"])
    known = set(vocabulary)
    assert "embed" in vocabulary_forms("emb", vocabulary, known)  # 'embed' asked, 'embedding' said
    assert "emb" in vocabulary_forms("embed", vocabulary, known)  # 'embedding' asked, 'embed' said
    assert vocabulary_forms("want", vocabulary, known) == ["want"]
