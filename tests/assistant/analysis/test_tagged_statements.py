"""A statement asked by a tag ('A has more X than B - true?') is the yes/no question it stands
for: a comparison of its two sides (invented names only)."""

from __future__ import annotations

from assistant.analysis.comparison import compared_sides
from assistant.analysis.tagged import as_asked


def test_a_tagged_statement_is_asked_as_its_question() -> None:
    assert as_asked("Ashby Vale has more open actions than Kirkholme has - true?") == (
        "Does Ashby Vale have more open actions than Kirkholme?"
    )
    assert as_asked("The depot review is due later than the fleet audit, right? Say when.") == (
        "Is The depot review due later than the fleet audit?"
    )
    assert as_asked("Ashby Vale has more open actions than Kirkholme.") == (
        "Ashby Vale has more open actions than Kirkholme."
    )  # no tag: a statement, not a question


def test_its_sides_are_compared() -> None:
    assert compared_sides(
        "Ashby Vale has more overdue actions than Kirkholme has overdue ones - correct?"
    ) == ["Ashby Vale", "Kirkholme"]
