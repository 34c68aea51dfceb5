"""The figure a side's sentence states it by: a count of a noun the question names, else an
amount before a count of something else (composers.side_figures._figure)."""

from __future__ import annotations

from assistant.answers.composers.side_figures import _figure


def test_an_amount_before_a_count_of_another_noun() -> None:
    text = "Suppliers were paid twice in nine cases, with duplicate payments of £27,300."
    found = _figure(text, ["supplier", "duplicate", "payments"])
    assert found is not None and found.kind == "amount" and found.value == 27300


def test_a_count_of_the_asked_noun_first() -> None:
    text = "The depot spent £4,000 and had 12 vacancies open."
    found = _figure(text, ["vacancies"])
    assert found is not None and found.value == 12
