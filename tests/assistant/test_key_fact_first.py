"""The asked fact of a found row, put in the answer (issue 14, classes 2-4): a noun of schedule
heading the question asks the row's deadline; two refs compared on a field are the two rows of
one paper, compared on the field the question asks (not on a word of a side's description); an
owner named as the one a row was given to asks for that owner's rows. Wordings of my own."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis.names import NameIndex
from assistant.analysis.owner_given import owner_given_rows
from assistant.answers.model import Answer
from assistant.service import Assistant


def test_a_noun_of_schedule_asks_the_rows_deadline(
    assistant: Assistant, ask: Callable[..., Answer]
) -> None:
    analysed = assistant.analyse("What time frame was set for bringing together performance data?")
    assert analysed.fields == ["due"]
    answer = ask(
        "What was the time frame for integrating operational and financial performance data?"
    )
    assert not answer.abstained and "April 09" in answer.answer.split("\n")[0]
    # a noun of schedule that does not head the wh-phrase's object asks no deadline
    assert "due" not in assistant.analyse("Which schedules were reviewed by the board?").fields


def test_two_refs_described_are_one_papers_rows_compared(ask: Callable[..., Answer]) -> None:
    # R12 and R13 are refs of two papers; the words describing them pick the 2008 plan's rows
    answer = ask(
        "Which ranks higher in priority: R12, the asset base evaluation, or R13 on keeping "
        "reserves under review?"
    )
    head = answer.answer.split("\n")[0]
    assert head.startswith("**R13 has a higher priority than R12**")
    assert "“High”" in head and "“Medium”" in head
    assert {r.document.id for r in answer.records} == {answer.records[0].document.id}


def test_the_aspect_compared_is_the_field_asked_not_a_sides_word(
    ask: Callable[..., Answer],
) -> None:
    # 'prioritisation' describes R13; the question compares how far each was met
    answer = ask("Comparing R2 with R13, the prioritisation one, which was met more fully?")
    head = answer.answer.split("\n")[0]
    assert head.startswith("**R2 was met further than R13**"), head
    assert "completely" in head and "significantly" in head


def test_an_owner_given_rows_asks_for_the_owners_rows(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "The Head of Land Management was assigned two actions by the auditors. What were they?"
    )
    refs = {r.ref for r in answer.records}
    assert refs == {"AL-04", "AL-08"}, refs
    answer = bodies_assistant.ask(
        "An action was allocated to the Ranger Service Manager - what was it, and is it done?"
    )
    assert "AL-05" in answer.answer and "“Complete”" in answer.answer


def test_owner_given_reads_a_row_noun_and_a_verb_of_giving() -> None:
    index = NameIndex(documents=[], sections={}, owners=["Clerk to the Board"])
    assert owner_given_rows("The Clerk to the Board was handed a finding; which?", index)
    assert owner_given_rows("A task was given to the Clerk to the Board. What was it?", index)
    # no row given: a question about the owner, not the owner's rows
    assert not owner_given_rows("What was the Clerk to the Board given as a budget?", index)
    assert not owner_given_rows("The Clerk to the Board was given a recommendation.", index)


def test_an_aspect_read_inside_a_side_still_ranks_the_two(ask: Callable[..., Answer]) -> None:
    """'was more progress made on X or on Y?': the first side is read with the aspect's own
    words; the two are still ranked on how far each was met, the verdict first."""
    answer = ask(
        "In the district audit summary, did the HMIC work in the plan see more progress"
        " or the performance information in the plan?"
    )
    head = answer.answer.split("\n")[0]
    assert head.startswith("**R2 was met further than R1**"), head
