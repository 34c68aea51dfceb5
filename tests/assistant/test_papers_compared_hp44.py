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


def test_the_other_row_of_an_owner_is_asked_after_who_owns() -> None:
    from assistant.analysis.parts import question_parts

    # 'the other one they lead on': the owner's other rows, then the question asked of them,
    # with no word of the relative clause left in it
    for question, asked in (
        (
            "Whoever owns the memorial sales income action - what's the status of the other one "
            "they lead on?",
            "What's the status of it?",
        ),
        (
            "Who owns the memorial sales income action, and when is the other one they lead on "
            "due?",
            "When is it due?",
        ),
        (
            "Who leads on R4 and how is the other item she is responsible for going?",
            "How is it going?",
        ),
    ):
        parts = question_parts(question)
        assert parts[1:] == ["Which other actions do they own?", asked], (question, parts)
    # 'the other one' after no part asking who: a side of a comparison, no owner's row
    assert question_parts("Which is due first, R1 or R2, and when is the other one due?")[1] == (
        "When is the other one due?"
    )
    assert question_parts("Who owns R1, and when is it due?") == ["Who owns R1?", "When is it due?"]


def test_a_grouping_fronted_as_scope_is_the_found_rows() -> None:
    from assistant.analysis.parts import question_parts

    for question, parts in (
        (
            "In the section holding JAC/24/09, which items are still ongoing?",
            ["Which JAC/24/09?", "Which items are still ongoing in that section?"],
        ),
        (
            "Within the category that includes NTCA-09: how many actions are complete?",
            ["Which NTCA-09?", "How many actions are complete in that category?"],
        ),
    ):
        assert question_parts(question) == parts, question
    # a grouping picked by a count is no row's: asked whole
    whole = "In the section with the most actions, which are overdue?"
    assert question_parts(whole) == [whole]


def test_a_count_of_a_found_rows_grouping_keeps_its_state() -> None:
    from assistant.antecedents import Previous
    from assistant.container_hop import in_container
    from ingest.model import ActionRecord, DocumentRef

    row = ActionRecord(
        id="d:X-9",
        document=DocumentRef(id="d", title="Tracker", filename="d.xlsx"),
        ref="X-9",
        category="Corporate services",
        ordinal=9,
        title="Subject access requests answered late",
        source_text="X-9",
        source_start=0,
        source_end=3,
    )
    previous = Previous("Which X-9?", [row], ["X-9"])
    asked = in_container("How many actions are complete in that category?", "Which X-9?", previous)
    assert asked is not None
    assert (
        asked[0]
        == "How many actions in the Corporate services section of the Tracker are complete?"
    )
    asked = in_container("How many actions does that category hold?", "Which X-9?", previous)
    assert asked is not None and asked[0].startswith("How many actions are in the Corporate")


def test_the_date_set_for_a_thing_is_its_deadline_and_comparing_fronts_the_sides() -> None:
    from assistant.answers.composers.sides import _DEADLINE_WORDS

    # 'the earlier date for X' asks X's deadline in each paper, not the papers' own dates
    for question in (
        "Comparing Service 3 and Service 8, which set itself the earlier date for the CCTV review?",
        "Which board set the later date set for its asset register check, Board 2 or Board 4?",
    ):
        assert _DEADLINE_WORDS.search(question), question
    assert not _DEADLINE_WORDS.search("Which is older, the Fenbury log or the Marshfield update?")
    assert compared_sides(
        "Comparing Service 3 and Service 8, which set itself the earlier date for the CCTV review?"
    ) == ["Service 3", "Service 8"]
    assert compared_sides("Contrasting R1 and R2, who owns more?") == ["R1", "R2"]


def test_a_meeting_picked_by_its_place_in_time_is_its_papers() -> None:
    from assistant.analysis.paper_order import paper_by_order
    from ingest.model import DocumentInfo

    def paper(id_: str, when: str) -> DocumentInfo:
        return DocumentInfo(
            id=id_, filename=id_, format="pdf", sha256=id_, title="Audit log", date=when, year=2024
        )

    papers = [paper("a", "2023-06-14"), paper("b", "2024-03-20"), paper("c", "2025-01-13")]
    for question, picked in (
        ("Which of the papers went to the most recent meeting?", "c"),
        ("Which paper went to the earliest meeting?", "a"),
        ("Which committee met most recently?", "c"),
        ("Which board sat first?", "a"),
        ("whose panel met the earliest?", "a"),
    ):
        found = paper_by_order(question, papers)
        assert found is not None and found.documents == [picked] and found.alone, question
    # a row's detail asked of that meeting: not only which paper
    found = paper_by_order("Which committee met most recently, and what did it approve?", papers)
    assert found is not None and not found.alone
    assert paper_by_order("What was due at the most recent meeting?", papers) is None


def test_the_paper_a_part_names_is_asked_of_by_the_next(bodies_assistant: Assistant) -> None:
    # 'which committee received it?' after a part about a paper: that paper's cover
    answer = bodies_assistant.ask(
        "Who wrote the Marshfield recommendations update, and which committee received it?"
    )
    second = answer.answer.split("**Which committee received it?**")[-1]
    assert "**Governance and Audit" in second, answer.answer
    # the date of a paper names its body and the committee it went to, each cited
    answer = bodies_assistant.ask("Which is the newest paper?")
    assert answer.route == "document" and "(Fenbury" in answer.answer, answer.answer
    assert "for its **Audit and Risk" in answer.answer, answer.answer
