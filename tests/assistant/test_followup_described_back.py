"""A row named by the asker's own words for it, read against the rows the conversation has
shown: 'the staffing one' picks the row on staff turnover (a word's longer or shorter form
counts: the stemmer cuts 'staffing' from 'staff'); 'the bins one' two turns after the list
that held it picks from that list, when the rows shown since hold none; and a follow-up whose
words the row in focus holds stays on it when asked as written it only finds another
paper's row holding no more of them (made-up records, no index)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.focus_words import focus_row, outweighs
from assistant.followup_forms import _OBJECT_PRONOUN
from assistant.list_pick import picked
from assistant.one_described import described_one, describes_one
from assistant.referring import point_back, swap_subject
from ingest.model import DocumentRef
from tests.assistant.test_followup_owner_back import record

ROWS = [
    record("G-1", "Head of People", title="Staff turnover of 21% in the depot teams"),
    record("G-2", "Fleet Manager", title="Vehicle servicing is overdue on six lorries"),
    record("G-3", "Parish Clerk", title="Litter bins in the square are overflowing"),
]
LISTED = Previous("Which issues had their dates revised?", ROWS, ["G-1", "G-2", "G-3"])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who's handling the staffing one?", "Who's handling G-1?"),
        ("and the servicing one, when is it due?", "and G-2, when is it due?"),
        ("is the vehicles one finished yet?", "is G-2 finished yet?"),
    ],
)
def test_a_row_is_picked_by_a_near_form_of_its_words(question: str, asked: str) -> None:
    assert described_one(question, LISTED) == asked


def test_the_rows_of_an_earlier_turn_are_picked_from_when_the_last_hold_none() -> None:
    one = Previous("Who owns G-2?", [ROWS[1]], ["G-2"], before=LISTED)
    later = Previous("Why is it late?", [ROWS[1]], ["G-2"], quoted=True, before=one)
    asked = described_one("And the litter one was due in May, right?", later)
    assert asked == "And G-3 was due in May, right?"


def test_a_description_no_row_holds_picks_nothing() -> None:
    assert described_one("who leads the drainage one?", LISTED) is None


@pytest.mark.parametrize(
    ("question", "describes"),
    [
        ("And the standing orders one was due in Q4, right?", True),
        ("what did the staffing one say?", True),
        ("and the second one?", False),
        ("the 2024 one", False),
        ("which is the one of most concern?", False),
    ],
)
def test_a_description_by_one_anaphora_points_back(question: str, describes: bool) -> None:
    assert describes_one(question) is describes


OTHER_PAPER = record(
    "X-9",
    "Clerk",
    title="Bring leads together for the planning cycle",
    id="t2:X-9",
    document=DocumentRef(id="t2", title="Town Council Plan", filename="t2.md"),
)
FOCUS = record(
    "G-4",
    "Director of Resources",
    title="Integrate business planning with financial planning",
    progress="A single board now oversees planning and budget.",
)


def test_the_row_in_focus_outweighs_another_papers_row_with_no_more_words() -> None:
    question = "what changed to bring planning and budget together?"
    assert outweighs(question, FOCUS, [OTHER_PAPER], named=())
    assert not outweighs(question, FOCUS, [OTHER_PAPER], named={"t2"})  # a paper named
    assert not outweighs(question, FOCUS, [FOCUS], named=())  # the same paper found


def test_a_row_holding_one_word_does_not_outweigh() -> None:
    assert not outweighs("what changed about the budget cycle?", ROWS[0], [OTHER_PAPER], ())


def test_a_tie_after_a_passage_answer_is_the_row_quoted_first() -> None:
    tied = record("G-5", "Clerk", title="Planning and budget reports are late")
    quoted = Previous("x", [FOCUS, tied], ["G-4", "G-5"], quoted=True)
    found = focus_row("what changed to bring planning and budget together?", quoted, (), True)
    assert found is not None and found[1].ref == "G-4"
    assert focus_row("what changed to bring planning and budget together?", quoted) is None
    listed = Previous("x", [FOCUS, tied], ["G-4", "G-5"])
    assert focus_row("what changed to bring planning and budget together?", listed) is None


def test_a_row_found_elsewhere_holding_far_more_words_is_kept() -> None:
    fuller = record(
        "X-8",
        "Clerk",
        title="Bring planning together with the budget cycle",
        id="t2:X-8",
        document=DocumentRef(id="t2", title="Town Council Plan", filename="t2.md"),
    )
    assert not outweighs("what changed to bring planning and budget together?", FOCUS, [fuller], ())


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("What priority did the inspectors give it?", True),
        ("who finally signed them off?", True),
        ("So the review was done - did the board accept it?", True),
        ("The survey was finished, wasn't it?", False),  # a tag's subject, not an object
        ("Was it?", False),
    ],
)
def test_an_object_pronoun_ending_the_turn_points_back(question: str, points: bool) -> None:
    assert bool(_OBJECT_PRONOUN.search(question)) is points


def test_a_capitalised_noun_of_a_proper_name_is_not_pointed_back() -> None:
    one = Previous("Who owns G-2?", [ROWS[1]], ["G-2"])
    asked = point_back("What rating did the Audit Commission give it?", one)
    assert asked is None or "Audit Commission" in asked, asked


def test_the_noun_a_who_question_asks_for_is_not_replaced_by_its_value() -> None:
    one = Previous("What did G-1 say?", [ROWS[0]], ["G-1"])
    asked = point_back("who was the head on it there?", one)
    assert asked is None or "Head of People" not in asked, asked


@pytest.mark.parametrize(
    ("question", "picks"),
    [
        ("Which was due first - the fleet one or the litter one?", False),
        ("which of them finished last?", False),
        ("who owns the first one?", True),
        ("and the last?", True),
    ],
)
def test_first_or_last_with_no_article_is_an_adverb(question: str, picks: bool) -> None:
    assert (picked(question, LISTED) is not None) is picks


@pytest.mark.parametrize("topic", ["the 2025 follow-up", "the 2023/24 tracker", "2024 update"])
def test_a_year_and_one_noun_is_a_paper_to_ask_the_same_of(topic: str) -> None:
    asked = swap_subject("What did the council say about the bins", topic)
    assert "bins" in asked and topic in asked, asked


def test_another_subject_still_replaces_the_subject() -> None:
    assert swap_subject("When is the boiler action due", "the lift action") == (
        "When is the lift action due"
    )


def test_a_year_naming_the_other_papers_year_is_no_turn_of_the_row_in_focus() -> None:
    later = OTHER_PAPER.model_copy(update={"year": 2024})
    focus = FOCUS.model_copy(update={"year": 2021})
    question = "by 2024, what changed to bring planning and budget together?"
    assert not outweighs(question, focus, [later], named=())
    # the row's own year, or no year, keeps the row in focus
    assert outweighs(question.replace("2024", "2021"), focus, [later], named=())
    assert outweighs(question.replace("by 2024, ", ""), focus, [later], named=())
