"""Papers compared by what they are, not by their titles: a side named by its body and the
committee its cover names ('Tamar Vale's Audit and Risk Committee'), or by its body and a
paper's noun ('the Fenbury log'), is dated by its paper, never by a deadline of one of its
rows; a side that describes a row keeps its row (data/papers/dev covers)."""

from __future__ import annotations

import re

from assistant.analysis.comparison import compared_sides
from assistant.answers.support.described_paper import described_paper
from assistant.service import Assistant
from vectorstore.filters import SearchFilters


def test_a_side_may_hold_a_comma_of_its_own_name() -> None:
    assert compared_sides(
        "Which committee met earlier in 2024: Heronsgate's Audit and Risk Committee or North "
        "Tyneford's Audit, Risk and Governance Committee?"
    ) == [
        "Heronsgate's Audit and Risk Committee",
        "North Tyneford's Audit, Risk and Governance Committee",
    ]
    assert compared_sides(
        "Which met first - the Finance, Audit and Risk Committee or the Standards Committee?"
    ) == ["the Finance, Audit and Risk Committee", "the Standards Committee"]
    # a clause after the sides is no side's name
    assert compared_sides("Which is due first: R1 or R2, and who owns them?") == []
    assert compared_sides("Which was due sooner - the roof survey or the lab audit, roughly?") == []


def _first(answer: str) -> str:
    head = re.search(r"“([^”]+)” came first", answer)
    return head.group(1) if head else ""


def test_papers_named_by_body_and_committee_are_dated_by_their_papers(
    bodies_assistant: Assistant,
) -> None:
    for question, first, date in (
        (
            "Which committee met first: Marshfield's Governance and Audit Committee or Tamar "
            "Vale's Audit and Risk Committee?",
            "Tamar Vale's Audit and Risk Committee",
            "18 February 2021",
        ),
        (
            "Which is older, the Fenbury log or the Marshfield update?",
            "the Marshfield update",
            "17 November 2021",
        ),
        (
            "Whose meeting came first: Fenbury's or Tamar Vale's?",
            "Tamar Vale's",
            "18 February 2021",
        ),
    ):
        answer = bodies_assistant.ask(question)
        assert _first(answer.answer) == first, (question, answer.answer)
        assert date in answer.answer, (question, answer.answer)
        assert "the deadline of" not in answer.answer, (question, answer.answer)


def test_a_side_describing_a_row_is_not_read_as_its_paper(bodies_assistant: Assistant) -> None:
    context = bodies_assistant.context(SearchFilters(), None)
    for question, side in (
        ("Which is due first, the Fenbury gas safety action or the Marshfield update?", 0),
        ("Which came first, the internal audit or the external review?", 0),
    ):
        q = bodies_assistant.analyse(question)
        assert q.sides, question
        assert described_paper(q.sides[side], q, context) is None, (question, q.sides)
    q = bodies_assistant.analyse("Which is older, the Fenbury log or the Marshfield update?")
    picked = [described_paper(side, q, context) for side in q.sides]
    assert [p.filename[:3] if p else None for p in picked] == ["d12", "d13"]
