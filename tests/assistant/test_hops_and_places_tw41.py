"""The second hop taken on the row the first found when its words are that row's
(assistant.held_hop), and 'X shows up in several places — where?' read as the rows that speak
of X (assistant.analysis.appearing, the fronted topic of assistant.analysis.nouns)."""

from __future__ import annotations

import pytest

from assistant.analysis.appearing import appearing_words, asks_where_it_appears
from assistant.analysis.compared_tail import compared_parts
from assistant.analysis.intent import intent_of, subject_phrases
from assistant.analysis.parts import question_parts
from assistant.analysis.recurrence import BODIES_ASKED
from assistant.analysis.request_clause import request_clause_intent
from assistant.antecedents import Previous
from assistant.bridging import bridge
from assistant.held_hop import row_holding
from assistant.service import Assistant
from tests.assistant.test_followup_rules import record

PRIOR = "Who owns the backup testing action?"
FOUND = Previous(
    PRIOR,
    [
        record("IT-4", title="Test backups", progress="Awaiting the new backup software."),
        record("IT-5", title="Patch servers", progress="Patching tool procured."),
    ],
    ["IT-4", "IT-5"],
)


@pytest.mark.parametrize(
    "part",
    [
        "when is the new backup software expected?",
        "has the new backup software arrived yet?",
        "what is holding up the backup software?",
    ],
)
def test_a_part_whose_words_a_found_row_holds_is_asked_of_that_row(part: str) -> None:
    asked = row_holding(part, FOUND)
    assert asked is not None and asked.endswith("(IT-4)?")
    asked, bridged, _ = bridge(part, PRIOR, FOUND, None)
    assert asked.endswith("(IT-4)?") and bridged


def test_a_part_the_found_rows_do_not_speak_of_is_asked_as_written() -> None:
    part = "when is the fleet replacement strategy going to the board?"
    assert row_holding(part, FOUND) is None
    assert bridge(part, PRIOR, FOUND, None) == (part, False, [])
    # the second row's words pick the second row
    assert row_holding("when was the patching tool procured?", FOUND) == (
        "when was the patching tool procured (IT-5)?"
    )
    # a part naming its own ref, or asking for other rows, is not about a found row
    assert row_holding("when is IT-9 backup software due?", FOUND) is None
    assert row_holding("which other actions mention the backup software?", FOUND) is None


@pytest.mark.parametrize(
    "question, subject",
    [
        (
            "the scheme of delegation shows up in a few places - which actions touch on it?",
            "scheme of delegation",
        ),
        ("Lone working crops up in a couple of places. Which items refer to it?", "Lone working"),
        ("Benchmarking turns up in several places in the plan - where?", "Benchmarking"),
        ("the fleet telematics pilot - which actions refer to it?", "fleet telematics pilot"),
    ],
)
def test_the_words_of_appearing_are_no_subject(question: str, subject: str) -> None:
    assert subject in subject_phrases(question)
    words = appearing_words(question)
    assert not {w.lower() for w in subject.split()} & words
    asked = intent_of(question)  # the rows, or the papers holding them
    assert (
        asked in ("list", "recurring") or request_clause_intent(question, intent_of, ()) == "list"
    )


def test_where_it_appears_is_asked_only_of_several_places() -> None:
    assert asks_where_it_appears("Risk turns up in several places in the plan - where?")
    assert not asks_where_it_appears("Where does the risk register show up?")
    assert not appearing_words("Which sections cover places of worship?")


def test_rows_that_speak_of_a_subject_said_to_appear_in_places(
    bodies_assistant: Assistant, assistant: Assistant
) -> None:
    answer = bodies_assistant.ask(
        "ICT backups show up in a few places across these papers - which actions touch on them?"
    )
    assert "AL-09" in answer.answer and "places" not in answer.answer.split("_")[-2]
    answer = assistant.ask(
        "the benefits tracking trial in Q4 2008-09 - which items in the PURE/SRL action plan "
        "refer to it?"
    )
    assert "R25" in answer.answer and "tracking and realisation" in answer.answer
    assert "R1 " not in answer.answer  # not every row of the plan


def test_the_second_hop_is_taken_on_the_row_found(
    assistant: Assistant, bodies_assistant: Assistant
) -> None:
    answer = assistant.ask(
        "The interim scheme of delegation went in in October 08 - who owns that "
        "recommendation and when is the full solution meant to go live?"
    )
    second = answer.answer.split("**When is the full solution")[1]
    assert "Q2 2009" in second and "R18" in second
    answer = bodies_assistant.ask(
        "At Kestrel Moors, who is responsible for testing ICT backups, and when is the new "
        "backup software awaited?"
    )
    second = answer.answer.split("**When is the new backup software")[1]
    assert "AL-09" in second and "Awaiting new backup software" in second


@pytest.mark.parametrize(
    "question, second",
    [
        (
            "Who presented the Met's March 2017 governance report to the Audit Panel, compared "
            "with MOPAC's December 2017 governance improvement plan?",
            "Who presented MOPAC's December 2017 governance improvement plan to the Audit Panel?",
        ),
        (
            "When was the 2002 District Audit action plan summary dated, compared with the 2008 "
            "PURE/SRL plan?",
            "When was the 2008 PURE/SRL plan dated?",
        ),
        (
            "Who wrote the Harrowgate annual governance statement, versus the Castlebridge report?",
            "Who wrote the Castlebridge report?",
        ),
    ],
)
def test_a_paper_compared_after_a_comma_is_asked_the_same_question(
    question: str, second: str
) -> None:
    parts = question_parts(question)
    assert len(parts) == 2 and parts[1] == second
    assert parts[0] == compared_parts(question)[0]  # type: ignore[index]


def test_no_paper_to_put_the_other_in_place_of_is_no_comparison() -> None:
    # the head names no paper (a panel is no paper), or the tail is no paper
    assert compared_parts("Who chairs the Audit Panel, compared with the Audit Committee?") is None
    assert compared_parts("Who owns R5 in the 2008 plan, compared with R7?") is None
    assert compared_parts("Which paper has more actions than the 2017 report?") is None


def test_each_paper_compared_answers_its_own_value(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who presented the Met's March 2017 governance report to the Audit Panel, compared "
        "with MOPAC's December 2017 governance improvement plan?"
    )
    first, second = answer.answer.split("**Who presented MOPAC")
    assert "Director of Strategy and Insight" in first and "Chief Financial Officer" in second
    assert "Director of Strategy and Insight" not in second


@pytest.mark.parametrize(
    "question, first, second",
    [
        (
            "The only low-priority Audit Commission recommendation has a sole owner - what other "
            "recommendation does that owner share?",
            "Who is responsible for the only low-priority Audit Commission recommendation?",
            "What other recommendation does that owner share?",
        ),
        (
            "The payroll starters action at Holmebridge has one named owner. What else do they "
            "own?",
            "Who is responsible for the payroll starters action at Holmebridge?",
            "What else do they own?",
        ),
        (
            "HC-05 has a lead - which other actions does that lead hold?",
            "Who is responsible for HC-05?",
            "Which other actions does that lead hold?",
        ),
    ],
)
def test_a_row_said_to_have_an_owner_is_the_first_hop(
    question: str, first: str, second: str
) -> None:
    assert question_parts(question) == [first, second]


def test_an_owner_stated_but_not_pointed_back_at_is_no_hop() -> None:
    assert len(question_parts("R5 has an owner, right?")) == 1
    assert len(question_parts("The plan has a new owner for each action - which are late?")) == 1


def test_the_owner_s_other_rows_are_the_second_hop(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The only low-priority Audit Commission recommendation has a sole owner - what other "
        "recommendation does that owner share?"
    )
    first, second = answer.answer.split("**Which actions other than")
    assert "R2" in first and "Treasurer" in first
    assert "R13" in second


@pytest.mark.parametrize(
    "question",
    [
        "Across these bodies, who has an audit action about testing disaster recovery?",
        "Among the different organisations, who has an action on gas safety certificates?",
        "Of all the bodies: who has a recommendation on lone working?",
    ],
)
def test_who_ranging_over_the_bodies_asks_which_bodies(question: str) -> None:
    assert BODIES_ASKED.search(question)
    assert intent_of(question) == "recurring"


def test_who_of_a_body_s_own_rows_is_no_question_of_bodies() -> None:
    assert not BODIES_ASKED.search("Who has the audit action about testing disaster recovery?")
    assert not BODIES_ASKED.search("Across the plan, who has the most actions?")


def test_the_bodies_holding_a_subject_are_named(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Across these bodies, who has an audit action about testing IT disaster recovery or "
        "restoring from backups?"
    )
    assert "Holmebridge" in answer.answer and "AL-09" in answer.answer
