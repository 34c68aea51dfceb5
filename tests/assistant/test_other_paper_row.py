"""A later part asking of the row found in another paper of its body, or of the section that
holds it (assistant.other_paper_row, assistant.container_hop)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.antecedents import Previous
from assistant.container_hop import in_container
from assistant.other_paper_row import paper_named, without_paper
from ingest.model import DocumentInfo
from tests.assistant.test_followup_rules import record


def _paper(pid: str, year: int, body: str = "Brindle Water Board") -> DocumentInfo:
    return DocumentInfo(
        id=pid,
        filename=f"{pid}.md",
        format="md",
        sha256=pid,
        title=f"Tracker {year}",
        organisation=body,
        date=f"{year}-03-01",
        year=year,
    )


PAPERS = [
    _paper("w18", 2018),
    _paper("w19", 2019),
    _paper("w20", 2020),
    _paper("other19", 2019, "Quarry Lane Trust"),
]


def test_a_paper_named_relatively_is_the_next_or_previous_of_the_same_body() -> None:
    own = PAPERS[1]
    assert paper_named("and what did the subsequent tracker record?", own, PAPERS) == PAPERS[2]
    assert paper_named("where did it stand the year before?", own, PAPERS) == PAPERS[0]
    assert paper_named("what did the prior edition say?", own, PAPERS) == PAPERS[0]
    assert paper_named("and one year on?", own, PAPERS) == PAPERS[2]
    # by its year: only a paper of the same body, never the row's own paper
    assert paper_named("how is it shown in the 2020 log?", own, PAPERS) == PAPERS[2]
    assert paper_named("how is it shown in the 2019 log?", own, PAPERS) is None
    # a year that is no paper's ('due in 2020') names none
    assert paper_named("was it due in 2020?", own, PAPERS) is None
    # nothing came before a first part: 'the later one' is the body's latest paper
    assert (
        paper_named("what did the later one say?", PAPERS[0], PAPERS, absolute=True) == (PAPERS[2])
    )


def test_what_is_left_once_the_paper_is_left_out_names_the_subject_if_any() -> None:
    assert "tracker" not in without_paper("what did the subsequent tracker record?")
    assert "drainage" in without_paper("what did the next log say about drainage consents?")


def test_a_container_asked_for_is_what_it_and_that_section_point_at() -> None:
    row = record("DW-3", category="Water quality sampling")
    one = Previous("Under which heading is DW-3?", [row], ["DW-3"])
    asked = in_container("and how many items does that heading hold?", one.standalone, one)
    assert asked == (
        "How many items are in the Water quality sampling section of the Estates Audit Plan?",
        ["d1"],
    )
    asked = in_container("what else is listed in it?", one.standalone, one)
    assert asked is not None and asked[0].startswith("Which actions are in the Water quality")
    # the part before asked of the row, not its container: 'it' is the row
    assert in_container("how many are in it?", "Who owns DW-3?", one) is None
    # no grouping: the section the row sits in
    plain = Previous("Which part holds DW-3?", [record("DW-3")], ["DW-3"])
    asked = in_container("how many actions are there in it?", plain.standalone, plain)
    assert asked is not None and "the Plan section" in asked[0]


def test_a_part_with_no_subject_re_finds_the_row_in_the_paper_it_names(
    carried_assistant: object,
) -> None:
    from tests.assistant.conftest import checked_asker

    ask: Callable[..., Answer] = checked_asker(carried_assistant)  # type: ignore[arg-type]
    answer = ask(
        "Grave plot records: what state did the 2021 progress report give, and what did the "
        "subsequent report record?"
    )
    later = [c for c in answer.citations if "2022" in c.document.title]
    assert later, answer.answer
    assert "Complete" in answer.answer.split("subsequent report")[-1], answer.answer
    answer = ask(
        "When was the allotment rents review due in the 2021 report, and where did it stand a "
        "year on?"
    )
    tail = answer.answer.split("a year on")[-1]
    assert "Apr-22" in tail or "April 2022" in tail, answer.answer
    # the first part names its paper relatively: the body's earlier paper, not the row found
    # first in the later one
    for first, then, asked in (
        ("May-21", "May-22", "later one"),
        ("May-22", "May-21", "earlier one"),
    ):
        other = "later" if asked == "earlier one" else "earlier"
        answer = ask(
            f"Members' declarations of interest: what due date did the {other} report give, "
            f"and what did the {asked} give?"
        )
        head, _, tail = answer.answer.partition(asked)
        assert first in head and then in tail, answer.answer


def test_a_comparison_of_owners_states_whether_the_owner_changed() -> None:
    from assistant.answers.support.side_owners import owners_line

    before = record("DW-3", owner=None)
    after = record("DW-3", owner="Laboratory Lead")
    line = owners_line([(PAPERS[0], [before], False), (PAPERS[1], [after], False)])
    assert line == "**Owner changed:** no owner named (2018) → Laboratory Lead (2019)."
    kept = owners_line([(PAPERS[0], [after], False), (PAPERS[1], [after], False)])
    assert kept is not None and kept.startswith("**Owner:** the same in each report")
    # a side of several rows has no one owner to compare
    assert owners_line([(PAPERS[0], [before, after], False), (PAPERS[1], [after], False)]) is None


def test_owners_compared_across_reports_come_first(carried_assistant: object) -> None:
    from tests.assistant.conftest import checked_asker

    ask: Callable[..., Answer] = checked_asker(carried_assistant)  # type: ignore[arg-type]
    answer = ask(
        "How did the owner of the grave plot records scanning differ between the 2021 and 2022 "
        "reports?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Owner:**") and "Parks Manager" in first, answer.answer
