"""Rows of a list shown picked by an empty cell ('the ones without an owner', 'the one with
no deadline'), asked of all at once by a quantifier ('any of those', 'for each', 'each one's'),
and a row described after 'and …,' read as a pick, not as a changed question."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from assistant.lacking_pick import lacking_pick
from assistant.one_described import described_rows
from assistant.quantified_rows import quantified, quantifies
from assistant.service import Assistant
from ingest.model import ActionRecord


def _rows(assistant: Assistant, *refs: str) -> list[ActionRecord]:
    """The rows of ``refs`` in the one paper holding all of them (the 2008 action plan)."""
    papers: dict[str, dict[str | None, ActionRecord]] = {}
    for r in assistant.register.all():
        papers.setdefault(r.document.id, {})[r.ref] = r
    held = next(rows for rows in papers.values() if all(ref in rows for ref in refs))
    return [held[ref] for ref in refs]


def _shown(assistant: Assistant, *refs: str) -> Previous:
    return Previous("which are about standards?", _rows(assistant, *refs), list(refs))


def test_a_row_picked_by_the_cell_it_leaves_empty(assistant: Assistant) -> None:
    shown = _shown(assistant, "R19", "R20", "R21")  # R20 names no owner; R20 has no date
    rows = list(zip(shown.records, shown.names, strict=False))
    for asked in (
        "what does the one without a named lead say?",
        "the one nobody is responsible for: is it done?",
        "and the item that has no owner, when was it agreed?",
    ):
        pick = lacking_pick(asked, rows)
        assert pick is not None and pick[3] == ["R20"], asked
    dated = lacking_pick("the one with no deadline - who has it?", rows)
    assert dated is not None and dated[3] == ["R20"]
    # a noun that names no column, or several rows for 'the one': no pick
    assert lacking_pick("the one with no problems?", rows) is None
    two_undated = _shown(assistant, "R20", "R22", "R21")
    undated = list(zip(two_undated.records, two_undated.names, strict=False))
    assert lacking_pick("the one with no target date?", undated) is None
    plural = lacking_pick("the ones missing a target date?", undated)
    assert plural is not None and plural[3] == ["R20", "R22"]
    assert described_rows("the ones with no due date", two_undated) == "R20 and R22"
    history = [Turn(role="user", content=shown.standalone), Turn(role="assistant", content="…")]
    asked = rewrite_by_rules(
        "how about the one with no owner, what priority is it?", history, shown
    )
    assert asked is not None and "R20" in asked and "R19" not in asked


def test_a_quantifier_asks_of_every_row_shown(assistant: Assistant) -> None:
    shown = _shown(assistant, "R19", "R20", "R21")
    for asked in (
        "have any of those been finished?",
        "could I see the updates for each",
        "and each one's priority?",
        "what do all of them say about members?",
    ):
        made = quantified(asked, shown)
        assert made is not None and all(ref in made for ref in ("R19", "R20", "R21")), asked
    # nothing quantified, or a period ('any of those years'): left alone
    assert quantified("which of those is the oldest?", shown) is None
    assert quantified("in any of those years?", shown) is None
    assert not quantifies("each action has an owner")
    one = Previous("who owns R20?", _rows(assistant, "R20"), ["R20"])
    assert quantified("and for each?", one) is None


def test_whether_any_shown_meets_a_condition_is_a_narrowing(assistant: Assistant) -> None:
    """'any of those without an owner?', 'have any of them been done?': the rows shown that
    meet it, asked as 'Which of <rows> …', not the question put to each row."""
    shown = _shown(assistant, "R19", "R20", "R21")
    made = quantified("any of those without an owner?", shown)
    assert made is not None and made.startswith("Which of R19")
    assert made.endswith("without an owner?")
    made = quantified("Have any of them been implemented?", shown)
    assert made is not None and made.startswith("Which of") and " have been implemented?" in made
    made = quantified("and is any of these overdue?", shown)
    assert made is not None and made.startswith("Which of") and " are overdue?" in made
    # a question of each row, or of what they say, stays a question of each
    made = quantified("what do all of them say about members?", shown)
    assert made is not None and not made.startswith("Which of")
