"""An event the question names by a negative prefix ('unsecured', 'non-compliant') is spoken of
by a sentence saying its base negated ('not secured', 'not compliant')."""

from __future__ import annotations

from assistant.answers.support.events import _negated_form, speaks_of


def test_a_prefix_negation_is_said_in_words() -> None:
    said = "Grant income of £40,000 for the depot roof is not secured."
    assert speaks_of(said, ["unsecured"], None)  # type: ignore[arg-type]
    assert speaks_of("Two sites are still not compliant.", ["noncompliant"], None)  # type: ignore[arg-type]


def test_the_base_alone_without_a_negation_is_not_its_negation() -> None:
    from_other = "Grant income of £40,000 for the depot roof is secured."
    held = {"grant", "incom", "depot", "roof", "secur"}
    assert not _negated_form("unsecured", held, from_other)
