"""A question in several parts is answered part by part over the bundled record: each part
routed on its own, a later part asked of what the earlier part found, every part cited, the
citations numbered on through the answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer

pytestmark = pytest.mark.slow


def test_each_part_is_answered_and_cited(ask: Callable[..., Answer]) -> None:
    answer = ask("Who is responsible for R18, and when is it due?")
    assert answer.route == "parts:refs+refs" and not answer.abstained
    first, second = answer.answer.split("**When is R18 due?**")
    assert "Director of Finance Services" in first and "[1]" in first
    assert "Q2 2009" in second  # 'it' is the record the first part found
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert "Answered 2 of the 2 parts" in answer.answer


def test_a_list_part_feeds_the_next_part(ask: Callable[..., Answer]) -> None:
    answer = ask("Which PURE recommendations are owned by the MPA, and when are they due?")
    listed = {r.ref for r in answer.records}
    assert {"R9", "HMIC R5"} <= listed
    # the second part names every record the first found, and answers their deadlines
    assert "**When are R9, R22, HMIC R1 and HMIC R5" in answer.answer
    assert "March 2009" in answer.answer.split("**When are")[1]


def test_a_part_with_its_own_subject_is_not_bent_to_the_first(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "Who owns R18, and what does the 2017 governance report say about strategic partnerships?"
    )
    assert "**What does the 2017 governance report say about strategic partnerships?**" in (
        answer.answer
    )
    assert "no clear Met lead" in answer.answer
    assert answer.route == "parts:refs+passages"


def test_one_question_is_not_cut(ask: Callable[..., Answer]) -> None:
    answer = ask("Which is due sooner, R18 or R9?")
    assert not answer.route.startswith("parts:")


def test_a_body_the_first_answer_names_is_the_subject_of_the_next_part() -> None:
    from assistant.analysis import named_in_answer

    answer = (
        "In line with the plan agreed by Cabinet Board, the Fleet Renewal Board (FRB), which "
        "has depot representation, has taken over the duties of the Vehicle Panel."
    )
    question = "Which board took over the duties of the Vehicle Panel?"
    assert (
        named_in_answer("What is that board overseeing?", question, answer)
        == "What is the Fleet Renewal Board overseeing?"
    )
    assert named_in_answer("Who owns that action?", question, answer) is None  # a register row
    assert named_in_answer("What does it oversee?", question, answer) is None  # no noun


def test_a_named_body_replaces_the_record_in_the_next_part(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "Which board took over the responsibilities of the Corporate Risk Review Group, "
        "and what is that board overseeing?"
    )
    assert "**What is the Service Improvement Board overseeing?**" in answer.answer
    second = answer.answer.split("**What is the Service Improvement Board overseeing?**")[1]
    assert "Service Improvement Board" in second and "[" in second  # asked of it, and cited


def test_a_later_part_without_a_paper_of_its_own_keeps_the_first_parts(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "In the 2007/08 AGS, which item deals with the HR policies, and how many items are "
        "due in March 2009?"
    )
    second = answer.answer.split("due in March 2009?**")[1]
    # the AGS's, not every paper's nine; the window the count keeps is said
    assert second.lstrip().startswith("**5** items due in March 2009.")
    assert {r.document.id for r in answer.records} == {"000_f60702f293bad3c1-txt"}


def test_it_among_several_records_is_the_one_the_part_describes(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "Which PURE recommendations are owned by the MPA, and when is it due for the one "
        "about the web site?"
    )
    second = answer.answer.split("the one about the web site?**")[1]
    assert "**R2**" in second and "December 08" in second  # not the first of the list


def test_its_role_is_the_body_the_first_part_asked_for() -> None:
    from assistant.analysis import named_in_answer

    answer = (
        "The Road Safety Unit reports to the Depot Groups each month.\n"
        "Since April the unit has sat within the Fleet Standards Group, after leaving the "
        "Transport Directorate."
    )
    question = "Which group did the road safety unit join after leaving the Transport Directorate?"
    assert (
        named_in_answer("Who is its chair?", question, answer)
        == "Who is the chair of the Fleet Standards Group?"  # not the plural 'Depot Groups'
    )
    # a column of a record is the record's, and a record noun is the bridge's to read
    assert named_in_answer("When is its deadline?", question, answer) is None
    assert named_in_answer("Who is its chair?", "Which action covers the unit?", answer) is None
