"""Comparisons of two named rows, a person asked by name where the record names a post, an
owner premise in the passive, and a follow-up's pronoun kept within its body (ab33). My own
wordings, over development papers (data/papers/dev, dev8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.router import _described_side
from assistant.antecedents import Previous
from assistant.compared_focus import compared_with_focus, compares_with_pronoun
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

DEV8 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev8"


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


def _chat(assistant: Assistant, *questions: str) -> str:
    chat, turns = Chat(assistant), []
    answer = ""
    for question in questions:
        turns.append(Turn(role="user", content=question))
        answer = chat.respond(turns).answer.answer
        turns.append(Turn(role="assistant", content=answer))
    return answer


def test_a_ref_of_several_words_names_its_side_whole() -> None:
    q = QueryAnalysis(
        question="Which falls due first, KLB 21/04 or KLB 21/09?",
        intent="compare",
        refs=["KLB 21/04", "KLB 21/09"],
        sides=["KLB 21/04", "KLB 21/09"],
    )
    assert not _described_side(q)  # named by their refs: compared as rows
    described = q.model_copy(update={"sides": ["KLB 21/04", "the roof survey"]})
    assert _described_side(described)


def test_the_original_deadlines_are_compared_when_asked(bodies_assistant: Assistant) -> None:
    head = _head(
        bodies_assistant,
        "Between IA-05 and IA-02 at Tamar Vale Homes, whose initial target date came sooner?",
    )  # IA-02 was 2020-10-31, IA-05 2020-11-30; now 2021-03-31 and 2021-04-30
    assert "IA-02 was originally due" in head and "IA-05" in head
    assert "2020-10-31" in head and "2020-11-30" in head


def test_is_a_later_than_b_is_answered_yes_or_no_of_a(bodies_assistant: Assistant) -> None:
    head = _head(bodies_assistant, "Is IA-10 at Tamar Vale Homes due later than IA-07?")
    assert head.startswith("**Yes — IA-10 is due later than IA-07")
    head = _head(bodies_assistant, "Is IA-07 at Tamar Vale Homes due later than IA-10?")
    assert head.startswith("**No — IA-07 is due earlier than IA-10")


def test_a_compared_pronoun_is_the_row_in_focus(bodies_assistant: Assistant) -> None:
    answer = _chat(
        bodies_assistant,
        "What is the deadline for IA-03 at Tamar Vale Homes?",
        "Does IA-10 fall due before or after that one?",
    )
    head = answer.split("\n")[0]
    assert head.startswith("**IA-10 is due after IA-03")


def test_compared_with_focus_reads_only_a_pronoun_after_a_comparison() -> None:
    class Row:
        ref = "ZX-4"

    previous = Previous("When is ZX-4 due?", [Row()], ["ZX-4"])  # type: ignore[list-item]
    assert compared_with_focus("Is QP-2 due later than it?", previous) == (
        "Is QP-2 due later than ZX-4?"
    )
    assert compared_with_focus("Who owns QP-2 and what is it for?", previous) is None
    assert compared_with_focus("Is ZX-4 due later than it?", previous) is None  # one row
    assert compares_with_pronoun("was QP-2 finished sooner than that?")
    assert not compares_with_pronoun("what does QP-2 say about it?")


def test_a_posts_holder_by_name_names_the_post_and_its_rows(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Who is Tamar Vale Homes' Company Secretary by name?")
    assert answer.abstained
    assert "Company Secretary" in answer.answer
    assert "IA-07" in answer.answer and "IA-08" in answer.answer  # the rows the post owns


def test_a_post_given_a_row_in_the_passive_is_checked(bodies_assistant: Assistant) -> None:
    head = _head(
        bodies_assistant, "Why was the Compliance Manager given IA-10 at Tamar Vale Homes?"
    )
    assert head.startswith("**No — IA-10") and "Head of Repairs" in head


@pytest.fixture(scope="module")
def saltmarsh_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    papers = [
        DEV8 / "x03_hollinsmere_ft_wellled_plan_2023.pdf",  # 'the next report in March 2024'
        DEV8 / "x05_saltmarsh_homes_damp_mould_2023.csv",
        DEV8 / "x06_saltmarsh_homes_damp_mould_2024.md",
    ]
    yield from assistant_over(papers, real_services, tmp_path_factory, "ab33")


def test_a_pronoun_keeps_its_bodys_papers(saltmarsh_assistant: Assistant) -> None:
    answer = _chat(
        saltmarsh_assistant,
        "Who is responsible for DM08 at Saltmarsh Homes?",
        "Is the next report on it going to the committee in March 2024?",
    )
    assert "Trust Secretary" not in answer  # another body's next report


def test_the_paper_of_the_year_asked_speaks_first(saltmarsh_assistant: Assistant) -> None:
    head = _head(saltmarsh_assistant, "Why did DM06 remain overdue in March 2025?")
    assert head.startswith("**No — DM06") and "Done" in head


def test_each_side_is_compared_once_across_papers(saltmarsh_assistant: Assistant) -> None:
    head = _head(saltmarsh_assistant, "Which had the later original deadline, DM10 or DM05?")
    # DM05 first set for Mar-24, DM10 for Apr-24 (the 2023/24 plan); each named once
    assert head.startswith("**DM10 was originally due later than DM05")
    assert head.count("DM05:") == 1 and head.count("DM10:") == 1


def test_a_date_put_on_a_papers_meeting_is_corrected(assistant: Assistant) -> None:
    head = _head(
        assistant, "Why was the MPS Governance Report considered by the Audit Panel in May 2016?"
    )
    assert head.startswith("**No — *MPS Governance Report* is dated") and "31 March 2017" in head
    head = _head(
        assistant, "What does the MPS Governance Report considered in March 2017 say about X?"
    )
    assert not head.startswith("**No")  # the date agrees: no correction


def test_a_capitalised_report_is_no_verb_of_a_speaker(assistant: Assistant) -> None:
    answer = assistant.ask("Why did the Audit Panel get the MPS Governance Report in 2015?")
    assert "as the author" not in answer.answer


def test_a_tagged_statement_is_asked_of_its_own_subject() -> None:
    from assistant.tag_question import untagged

    assert untagged("The boiler one was signed off too, wasn't it?") == (
        "Was the boiler one signed off too?"
    )
    assert untagged("QP-2 has slipped, hasn't it?") == "Has QP-2 slipped?"
    assert untagged("It was done, wasn't it?") == "It was done, wasn't it?"  # points back
    assert untagged("It is due, wasn't it?") == "It is due, wasn't it?"  # no matching tag


def test_a_tag_does_not_point_at_the_row_before(bodies_assistant: Assistant) -> None:
    answer = _chat(
        bodies_assistant,
        "Who owns IA-07 at Tamar Vale Homes?",
        "The legionella one was closed as well, wasn't it?",
    )  # IA-03 (legionella testing) is Open
    head = answer.split("\n")[0]
    assert head.startswith("**No") and "IA-03" in head and "IA-07" not in head


def test_members_are_not_counted_by_a_count_of_staff() -> None:
    from assistant.answers.support.counted import _other_role

    assert _other_role("members", "staff") and _other_role("officers", "trustees")
    assert not _other_role("staff", "employees")
    assert not _other_role("members", "councillors")
