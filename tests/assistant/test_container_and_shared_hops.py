"""Two-step questions whose bridge is a row's grouping or a value it holds: the first sentence
or part finds a row, the second asks of the section that holds it ('that heading') or of the rows
sharing its deadline or priority (assistant.analysis.container_parts, assistant.container_hop,
assistant.shared_value)."""

from __future__ import annotations

from assistant.analysis import question_parts
from assistant.analysis.container_parts import container_parts
from assistant.antecedents import Previous
from assistant.container_hop import in_container
from assistant.shared_value import sharing_rows
from tests.assistant.test_followup_rules import record


def test_a_command_to_find_a_grouping_is_split_into_the_row_and_the_question_of_it() -> None:
    asked = container_parts(
        "For the estates plan, locate the heading that contains the single red-rated action. "
        "When is the remaining action under that heading due?"
    )
    assert asked == [
        "For the estates plan, which red-rated action?",
        "When is the remaining action under that heading due?",
    ]
    # a statement of one row, then a question of 'the same section'
    asked = container_parts(
        "One depot action has nobody assigned (the fuel store one). Which actions in the same "
        "section are complete?"
    )
    assert (
        asked is not None
        and asked[0] == "Which depot action has nobody assigned (the fuel store one)?"
    )
    # the whole question is read into its parts the same way
    parts = question_parts(
        "One depot action has nobody assigned. How many actions are in the same section?"
    )
    assert parts == [
        "Which depot action has nobody assigned?",
        "How many actions are in the same section?",
    ]


def test_a_fronted_grouping_names_its_pointer_as_the_grouping() -> None:
    asked = container_parts("The category holding DW-3: which of its items are overdue?")
    assert asked == ["Which DW-3?", "Which of that category's items are overdue?"]


def test_no_split_without_a_pointer_at_a_grouping() -> None:
    assert container_parts("One action has no owner. Who wrote the plan?") is None
    assert container_parts("Which section holds DW-3?") is None


ROW = record("DW-3", category="Water quality sampling")


def test_an_explicit_pointer_reads_the_grouping_whatever_the_part_before_asked() -> None:
    one = Previous("Which sampling action has no owner?", [ROW], ["DW-3"])
    asked = in_container("How many high-risk items are in that section?", one.standalone, one)
    assert asked == (
        "How many high-risk items are in the Water quality sampling section of the Estates "
        "Audit Plan?",
        ["d1"],
    )
    # a field asked of the others in it: their list, less the row found
    asked = in_container("Who owns the other item in the same section?", one.standalone, one)
    assert asked is not None
    assert asked[0] == (
        "Which items are in the Water quality sampling section of the Estates Audit Plan, "
        "other than DW-3?"
    )
    # a state said after the rows noun is kept
    asked = in_container("Which of its actions are overdue?", "Under which heading is DW-3?", one)
    assert asked is not None
    assert asked[0] == (
        "Which actions in the Water quality sampling section of the Estates Audit Plan are overdue?"
    )
    # 'it' after a part that asked of the row, not its grouping, is the row
    assert in_container("Who owns it?", "Under which heading is DW-3?", one) is None


def _row(ref: str, due: str, priority: str = "High", doc: str = "d1") -> object:
    found = record(ref, due_date=due, priority=priority)
    return found.model_copy(update={"document": found.document.model_copy(update={"id": doc})})


def test_rows_sharing_the_value_found_are_asked_for_in_the_same_paper() -> None:
    rows = [_row("4", "2021-09-30"), _row("6", "2021-09-30")]
    before = Previous("What were the revised deadlines of the late items?", rows, ["4", "6"])  # type: ignore[arg-type]
    asked = sharing_rows("and which other items share it?", before.standalone, before)
    assert asked == (
        "Which items in the Estates Audit Plan are due in September 2021, other than item 4 "
        "and item 6?"
    )
    one = Previous("How is DW-3 prioritised?", [_row("DW-3", "2021-05-14")], ["DW-3"])  # type: ignore[list-item]
    asked = sharing_rows("Which actions have the same priority?", one.standalone, one)
    assert asked == "Which high-priority actions are in the Estates Audit Plan?"
    # a day that is not a month's end is said as a day
    asked = sharing_rows("Is anything else due on the same day?", "When is DW-3 due?", one)
    assert asked is not None and "due on 14 May 2021" in asked


def test_no_shared_value_when_the_rows_differ_or_nothing_is_shared() -> None:
    rows = [_row("4", "2021-09-30"), _row("6", "2021-10-31")]
    before = Previous("When were they due?", rows, ["4", "6"])  # type: ignore[arg-type]
    assert sharing_rows("which other items share it?", before.standalone, before) is None
    one = Previous("When is DW-3 due?", [_row("DW-3", "2021-05-31")], ["DW-3"])  # type: ignore[list-item]
    assert sharing_rows("Who owns it?", one.standalone, one) is None
    split = [_row("4", "2021-09-30"), _row("6", "2021-09-30", doc="d2")]
    across = Previous("When were they due?", split, ["4", "6"])  # type: ignore[arg-type]
    assert sharing_rows("which other items share it?", across.standalone, across) is None


def test_the_row_a_statement_described_is_left_out_of_the_other_rows() -> None:
    from assistant.other_than_described import without_described

    rows = [
        record("KW-2", title="Publish the kennel inspection reports online", owner="Clerk"),
        record("KW-7", title="Review the burial fees every year", owner="Clerk"),
    ]
    asked = (
        "The Clerk holds the kennel inspection reports action. Which other action does the "
        "Clerk hold?"
    )
    before = Previous(asked, rows, ["KW-2", "KW-7"])
    left = without_described(asked, before)
    assert left is not None and [r.ref for r in left.records] == ["KW-7"]
    assert left.names == ["KW-7"]
    # no 'other' asked, or no statement: the rows found stand
    plain = "Which actions does the Clerk hold?"
    assert without_described(plain, Previous(plain, rows, ["KW-2", "KW-7"])) is not None
    kept = without_described(plain, Previous(plain, rows, ["KW-2", "KW-7"]))
    assert kept is not None and len(kept.records) == 2
