"""A deadline claimed moved with the verb split round its object ('bring the X deadline
forward'), a priority followed across a body's papers, and 'when exactly was …' asking a
date (ab34). My own wordings, over development papers (data/papers/dev3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis, answer_type
from assistant.analysis.analyse import _as_amount, _in_date
from assistant.analysis.compared_aspect import compared_aspect
from assistant.analysis.comparison import compared_sides
from assistant.analysis.names import NameIndex
from assistant.analysis.orders import due_order
from assistant.analysis.targets import named_targets
from assistant.analysis.tracing import trace_cue
from assistant.answers.composers.slipped_sides import asks_slip_compared
from assistant.answers.support.counted import partitive_qualifier
from assistant.answers.support.moved_words import (
    MOVED_EARLIER,
    MOVED_LATER,
    says_moved,
    verb_ends,
)
from assistant.answers.support.sameness import degree_step
from assistant.service import Assistant
from assistant.text import stem
from ingest.model import DocumentInfo
from tests.assistant.conftest import assistant_over

DEV3 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev3"
CHOSEN = (
    DEV3 / "u01_pellingford_gardens_ia_2023.docx",
    DEV3 / "u02_pellingford_gardens_ia_2024.pdf",
    DEV3 / "u04_skerrow_lights_audit_tracker.csv",
    DEV3 / "u08_tavey_linwell_canals_ia_tracker.md",
)


@pytest.fixture(scope="module")
def lights(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(list(CHOSEN), real_services, tmp_path_factory, "lights")


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


def test_a_split_verb_of_moving_claims_a_move_of_a_deadline() -> None:
    assert MOVED_EARLIER.search("Why did they bring the survey deadline forward?")
    assert MOVED_EARLIER.search("why was its date pulled earlier")
    assert MOVED_LATER.search("Why did the board push the audit's target date back?")
    assert MOVED_LATER.search("why did they move it later")
    # a verb whose object names no deadline moves none
    assert not MOVED_LATER.search("How will they put the programme back on track?")
    assert not MOVED_EARLIER.search("Who will bring the new policy forward to cabinet?")
    # the object names the row, not the claim
    assert verb_ends(["push", "the", "survey", "deadline", "back"]) == ["push", "back"]


def test_a_split_claimed_move_is_corrected_from_the_deadline_columns(lights: Assistant) -> None:
    head = _head(lights, "Why did the canals partnership move the spillway works deadline earlier?")
    assert head.startswith("**No") and "moved later" in head and "Summer 2024" in head
    head = _head(lights, "Why did the lighthouse body push its training matrix deadline back?")
    assert head.startswith("**No") and "no change to the deadline" in head


def test_a_priority_asked_across_papers_is_followed_in_each(lights: Assistant) -> None:
    cue = trace_cue("What priority did the seed bank alarm issue have in each tracker?")
    assert cue is not None and "priority" in cue.fields
    head = _head(
        lights,
        "How did the phishing training recommendation's priority change from the 2023 tracker "
        "to the 2024 one?",
    )  # PBG-23-11: Low (2023), Desirable (2024)
    assert head.startswith("**The priority changed") and "Low" in head and "Desirable" in head


def test_when_exactly_asks_a_date() -> None:
    assert answer_type("When exactly was the boiler inspection finished?") == "year"
    assert answer_type("When, precisely, did the board agree it?") == "year"


def test_when_exactly_abstains_where_no_date_is_given(lights: Assistant) -> None:
    answer = lights.ask("When exactly was the Skerrow keepers' cottages survey commissioned?")
    assert answer.abstained  # SLC-07 not started: no date of the survey anywhere
    assert "exactly" not in answer.answer.split("\n")[0]


def test_a_qualified_degree_is_read_before_its_bare_verb() -> None:
    assert degree_step("Partially implemented") == degree_step("partial")
    assert degree_step("Not implemented") == degree_step("not started")
    assert degree_step("Implemented") == 0 and degree_step("Closed") == 0
    assert compared_aspect("Which one had got further, the A one or the B one?") == "degree"


def test_one_row_in_each_of_two_bodies_is_compared_on_its_degree(lights: Assistant) -> None:
    head = _head(
        lights,
        "Had the lone worker check-in action got further at Tavey and Linwell Canals or at "
        "Pellingford Botanic Gardens?",
    )  # TLC-04 partially implemented; PBG-23-09 closed (2024) or in progress (2023)
    assert "TLC-04" in head and "PBG-23-09" in head
    assert "Tavey and Linwell" in head and "Pellingford" in head
    assert "alike" not in head  # 'Partially implemented' is not 'Implemented'


def test_a_part_of_a_stated_whole_is_picked_out_by_its_own_words() -> None:
    q = QueryAnalysis(
        question="How many of the 60 open complaints came from the northern depot?",
        intent="lookup",
        terms=["open", "complaints", "northern", "depot"],
    )
    assert partitive_qualifier(q) == {stem("northern"), stem("depot")}
    plain = q.model_copy(update={"question": "How many complaints came from the depot?"})
    assert partitive_qualifier(plain) == set()


def test_a_part_no_sentence_picks_out_is_not_answered_by_another_part(lights: Assistant) -> None:
    answer = lights.ask("How many of the 30 lone-working staff at the canals work on the towpaths?")
    assert answer.abstained  # '22 of 30 staff' were issued devices: another part of the 30
    head = _head(lights, "How many of the 30 lone-working staff at the canals were issued devices?")
    assert head.startswith("**22 of 30")


def test_a_column_compared_names_its_sides_in_any_order() -> None:
    assert compared_sides(
        "How does the deadline of the boiler inspection compare with that of the tree survey?"
    ) == ["the boiler inspection", "the tree survey"]
    assert compared_sides("How does the shop stock one's owner compare to the tills one's?") == [
        "the shop stock one",
        "the tills one",
    ]
    assert compared_sides("Compare KX-4's priority with KX-9's.") == ["KX-4", "KX-9"]
    assert due_order("How do the deadlines of KX-4 and KX-9 compare?") == "earlier"
    assert due_order("How do the owners of KX-4 and KX-9 compare?") is None


def test_a_neutral_comparison_is_stated_in_code(lights: Assistant) -> None:
    head = _head(
        lights,
        "How does the deadline of the purchase cards recommendation compare with that of the "
        "shop stock counts one?",
    )  # PBG-23-07 31 January 2023; PBG-23-05 30 November 2022
    assert "due first" in head and "2022" in head and "2023" in head
    head = _head(lights, "How do the owners of SLC-02 and SLC-03 compare?")
    assert head.startswith("**The same (owner)") and "Head of Marine Operations" in head


def test_a_sum_or_a_rate_is_no_ref() -> None:
    assert _as_amount("3.9", "Why is the whole £3.9 million reserve unallocated?")
    assert _as_amount("2.5", "Why did costs rise by 2.5% in the year?")
    assert not _as_amount("3.9", "Who owns item 3.9 of the plan?")


def test_a_day_and_month_of_a_dotted_date_is_no_ref() -> None:
    assert _in_date("30.04", "Why was the lease moved to 30.04.2024 at the harbour?")
    assert _in_date("31/03", "was it due 31/03/2025?")
    assert not _in_date("1.2", "Who owns 1.2 in the 2008 plan?")


def test_a_thing_revised_is_no_deadline_moved() -> None:
    assert not says_moved(["Test the revised plan in a desk exercise."])
    assert not says_moved(["Training extended to all depot staff."])
    assert says_moved(["Target date extended from June to December."])
    assert says_moved(["The survey was postponed twice."])


def test_a_body_named_with_a_possessive_after_its_number_is_named() -> None:
    docs = [
        DocumentInfo(
            id=f"d{i}",
            filename=f"d{i}.csv",
            format="csv",
            sha256="x" * 64,
            title="Position statement",
            organisation=f"Mereside Depot Trust {i}",
            doc_type="report",
            date="2025-03-01",
        )
        for i in (4, 5)
    ]
    names = NameIndex.from_records(docs, [])
    said = "Mereside Depot Trust 5's roof action was delayed, wasn't it?"
    assert named_targets(said, names)[0] == ["d5"]


def test_a_deadline_that_moved_more_asks_the_moves_compared(lights: Assistant) -> None:
    assert asks_slip_compared("Which target date moved more, KX-2 or KX-5?")
    head = _head(lights, "Which deadline moved more at the canals partnership, TLC-09 or TLC-02?")
    assert head.startswith("**TLC-09 slipped further than TLC-02")  # 9 months against 6


def test_who_leads_a_thing_no_sentence_names_a_lead_for_abstains(assistant: Assistant) -> None:
    answer = assistant.ask("Who at MOPAC is heading up the data protection work for GDPR?")
    assert answer.abstained and answer.abstention == "value_not_given"
    # a subject whose sentences say it has no lead is answered so, not abstained on
    assert not assistant.ask("Who leads the strategic partnerships area in 2017?").abstained
