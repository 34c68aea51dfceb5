"""States, degrees and ratings asked in words the papers do not write: a degree placed on a
general scale of fulfilment ('met to a large extent' of rows graded 'met: largely'), the top of
the scale as the state complete ('fully satisfied'), the middle of a rating scale ('middling
priority'), a rating by its place on a list ('low on the priority list', 'must-dos'), and
lateness in other words ('slipping', 'running behind'). Invented papers and wordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis.degrees import scale_rank
from assistant.analysis.patterns import SLIPPED
from assistant.answers.support.rating_scale import end_asked
from assistant.service import Assistant

GRADED = """# Canal Trust Audit Follow-up

**Body:** Wexley Canal Trust
**Committee:** Audit Committee
**Meeting:** 4 March 2025

## Recommendations

| Rec | Recommendation | Owner | Status |
| --- | --- | --- | --- |
| WC-1 | Survey the towpath bridges. | Engineer | Met: largely |
| WC-2 | Reconcile mooring fees. | Treasurer | Met: fully |
| WC-3 | Publish lock-keeper rotas. | Operations Lead | Met: partly |
| WC-4 | Train volunteers in first aid. | Volunteer Lead | Met: largely |
| WC-5 | Renew the dredging contract. | Engineer | Met: fully |
| WC-6 | Review the reservoir gauges. | Engineer | Met: moderately |
"""

RATED = """# Orchard College Risk Actions

**Body:** Orchard College
**Committee:** Governors' Audit Committee
**Meeting:** 10 June 2025

## Actions

| No. | Action | Owner | Priority | Deadline | Status |
| --- | --- | --- | --- | --- | --- |
| OC-1 | Replace the boiler controls. | Estates Manager | High | Original deadline of March 2025 now revised to September 2025 | Ongoing |
| OC-2 | Update the fire risk log. | Estates Manager | Medium | July 2025 | Ongoing |
| OC-3 | Re-tender the catering contract. | Bursar | Low | December 2025 | Ongoing |
| OC-4 | Test the backup generator. | Estates Manager | High | May 2025 | Complete |
| OC-5 | Audit the library loans. | Librarian | Medium | August 2025 | Ongoing |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "wexley_canal_followup.md").write_text(GRADED, encoding="utf-8")
    (folder / "orchard_college_actions.md").write_text(RATED, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


def test_degree_words_are_placed_on_one_scale_of_fulfilment() -> None:
    assert scale_rank("to a large extent") == scale_rank("largely") == scale_rank("mostly") == 4
    assert scale_rank("in part") == scale_rank("partially") == scale_rank("half") == 2
    assert scale_rank("in full") == scale_rank("fully") == scale_rank("completely") == 5
    assert scale_rank("to some extent") == scale_rank("moderately") == 3
    assert scale_rank("quarterly") is None and scale_rank("only") is None


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Which canal trust recommendations were met to a significant degree?", {"WC-1", "WC-4"}),
        ("Which canal trust recommendations were substantially achieved?", {"WC-1", "WC-4"}),
        ("Which canal trust recommendations were only achieved in part?", {"WC-3"}),
        ("Which canal trust recommendations were fully satisfied?", {"WC-2", "WC-5"}),
    ],
)
def test_a_degree_in_other_words_selects_the_rows_graded_at_that_place(
    assistant: Assistant, question: str, refs: set[str]
) -> None:
    answer = assistant.ask(question)
    assert {r.ref for r in answer.records} == refs, answer.answer


def test_a_count_of_rows_met_in_full_counts_the_complete_ones(assistant: Assistant) -> None:
    answer = assistant.ask("How many canal trust recommendations were wholly satisfied?")
    assert answer.answer.startswith("**2**"), answer.answer


def test_words_off_the_scale_or_away_from_a_verb_of_meeting_select_no_degree(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Which canal trust recommendations are mostly about the locks?")
    assert {r.ref for r in answer.records} != {"WC-1", "WC-4"}, answer.answer


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Which Orchard College actions are of middling priority?", {"OC-2", "OC-5"}),
        ("Which Orchard College actions are low on the priority list?", {"OC-3"}),
        ("Which Orchard College actions sit high up on the priority list?", {"OC-1", "OC-4"}),
        ("Which of the Orchard College actions are must-dos?", {"OC-1", "OC-4"}),
    ],
)
def test_a_rating_by_its_place_on_the_scale_selects_that_rating(
    assistant: Assistant, question: str, refs: set[str]
) -> None:
    answer = assistant.ask(question)
    assert {r.ref for r in answer.records} == refs, answer.answer


def test_the_middle_of_a_scale_is_read_only_beside_a_word_of_rating() -> None:
    assert end_asked("the mid-ranking ones", {"High", "Low"}) == ("middle", "mid-ranking")
    assert end_asked("actions due in mid 2025", {"High", "Low"}) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which Orchard College actions are slipping?",
        "Which Orchard College actions are running behind?",
    ],
)
def test_lateness_in_other_words_selects_the_slipped_rows(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert {r.ref for r in answer.records} == {"OC-1"}, answer.answer


def test_behind_alone_is_no_lateness() -> None:
    assert SLIPPED.search("what was the thinking behind the boiler action?") is None
    assert SLIPPED.search("which actions are off track?") is not None


STAGED = """# Reservoir Board Audit Tracker

**Body:** Hollin Reservoir Board
**Committee:** Audit Committee
**Meeting:** 3 February 2025

## Recommendations

| Ref | Recommendation | Owner | Status |
| --- | --- | --- | --- |
| HR-1 | Calibrate the overflow sensors. | Engineer | In progress |
| HR-2 | Publish the flood plan. | Clerk | Not implemented |
| HR-3 | Audit the pump contracts. | Treasurer | Not yet due |
| HR-4 | Replace the sluice gate seals. | Engineer | Implemented |
| HR-5 | Train staff on the alarm panel. | Engineer | In progress |
"""


@pytest.fixture()
def staged(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "staged"
    folder.mkdir()
    (folder / "hollin_reservoir_tracker.md").write_text(STAGED, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        # one stage the paper writes, asked with 'still': that value, not every open row
        ("Which reservoir board recommendations are still in progress?", {"HR-1", "HR-5"}),
        # 'still open' is the state that persists: every row not implemented
        ("Which reservoir board recommendations are still open?", {"HR-1", "HR-2", "HR-3", "HR-5"}),
        # a held 'Not …' value denied in another word order
        ("Which reservoir board recommendations aren't due yet?", {"HR-3"}),
        ("Which reservoir board recommendations are not due yet?", {"HR-3"}),
        # not started, in a negated perfect: the paper's own 'Not implemented'
        ("Which reservoir board recommendations haven't even been started?", {"HR-2"}),
        ("Which reservoir board recommendations were dealt with?", {"HR-4"}),
    ],
)
def test_states_read_against_the_values_the_paper_holds(
    staged: Assistant, question: str, refs: set[str]
) -> None:
    answer = staged.ask(question)
    assert {r.ref for r in answer.records} == refs, answer.answer
