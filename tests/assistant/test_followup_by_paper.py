"""'and by the 2017 report, how did X look?': a paper put first with 'by' scopes the question
that follows, as 'in the 2017 report, …' does; one question asked in that paper, not a part
pointing back plus a part with no subject (assistant/referring.py topic_then_question)."""

from __future__ import annotations

import pytest

from assistant.referring import topic_then_question


@pytest.mark.parametrize(
    ("asked", "resolved"),
    [
        (
            "and by the Met's 2017 report, how did strategic partnerships look?",
            "How did strategic partnerships look in the Met's 2017 report?",
        ),
        (
            "and by the 2008 PURE plan, who owned the partnership risks recommendation?",
            "Who owned the partnership risks recommendation in the 2008 PURE plan?",
        ),
        (
            "so by the 2021 tracker, where had leaver overpayments got to?",
            "Where had leaver overpayments got to in the 2021 tracker?",
        ),
    ],
)
def test_a_paper_put_first_with_by_scopes_the_question(asked: str, resolved: str) -> None:
    assert topic_then_question(asked, None) == resolved


def test_by_a_time_that_is_no_paper_is_no_scope() -> None:
    assert topic_then_question("and by the end of the year, what was done?", None) is None
