"""What a follow-up's pointing words name (issue 14, forty-fourth session):

- 'that national plan', 'this BVPB meeting': a thing the last answer's text names (not what the
  row is about) is that thing, not the row: its deadline or owner does not answer the turn;
- 'that board' after an answer naming several boards is the one named beside the words the last
  question asked with;
- an 'its' whose own clause names its owner ('when will the county publish its model
  policy?') points at nothing said before;
- a relative 'that' ('the committee that discussed it') is no pointer;
- 'which ones?' after 'how many …?' lists what was counted;
- 'and Ashby's?' after a row picked from several bodies' list is that body's row of the list;
- 'that paper' after an answer about bodies is the paper (or papers) it showed;
- 'who chairs it?', 'how often does it meet?': the body the last answer found, not its row.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.antecedents import Previous
from assistant.bodies_focus import paper_of_bodies
from assistant.counted_which import which_of_count
from assistant.followups import Turn, rewrite_by_rules
from assistant.named_thing import (
    body_pronoun,
    named_nearest,
    own_subject_its,
    relative_as_which,
    thing_named,
)
from assistant.paper_pick import pick_by_paper
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.test_follow_ups import converse

_DOC = DocumentRef(id="log", title="Harbour action log", filename="log.txt")


def _row(ref: str, title: str, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"log:{ref}",
        "document": _DOC,
        "ref": ref,
        "ordinal": 1,
        "title": title,
        "source_text": title,
        "source_start": 0,
        "source_end": len(title),
    }
    return ActionRecord(**{**data, **fields})


SLIPWAY = _row(
    "H7",
    "Slipway inspections are not recorded.",
    action="Keep a log of every slipway inspection.",
    progress="Superseded by the regional marine safety plan. Discussed at the Port Users Forum.",
    owner="Harbour Master",
)
ANSWER = (
    "**H7** (Harbour action log) is owned by **Harbour Master** [1]. “Superseded by the regional "
    "marine safety plan.” [2] “Discussed at the Port Users Forum.” [3]"
)
AFTER_ROW = Previous("who owns H7?", [SLIPWAY], ["H7"], text=ANSWER)
HISTORY = [Turn(role="user", content="who owns H7?"), Turn(role="assistant", content=ANSWER)]


@pytest.mark.parametrize(
    ("asked", "named"),
    [
        ("when is that marine safety plan meant to come out?", "the marine safety plan"),
        ("when is that regional plan due to be published?", "the regional plan"),
        ("who sits on that forum?", None),  # one word, named: the forum as the answer names it
        ("how often does this Port Users Forum meet?", "the Port Users Forum"),
    ],
)
def test_a_thing_the_answer_names_is_that_thing_not_the_row(asked: str, named: str) -> None:
    rewritten = thing_named(asked, AFTER_ROW)
    assert rewritten is not None and "H7" not in rewritten, asked
    assert (named or "the Port Users Forum") in rewritten, rewritten
    # the whole chat rule says the same: not 'H7's marine safety plan'
    standalone = rewrite_by_rules(asked, HISTORY, AFTER_ROW)
    assert standalone is not None and "H7" not in standalone, standalone


@pytest.mark.parametrize(
    "asked",
    [
        "when is that deadline?",  # a field of the row
        "who owns that action?",  # the row itself
        "when was that report written?",  # its paper
        "is that slipway log kept now?",  # words of what the row is about
        "who leads that programme?",  # a thing the answer never named
        "was that done?",  # a pronoun, no noun after it
    ],
)
def test_the_row_its_fields_and_paper_stay_the_rows(asked: str) -> None:
    assert thing_named(asked, AFTER_ROW) is None, asked


def test_several_of_a_kind_named_the_one_beside_the_words_asked() -> None:
    text = (
        "“As agreed by the Finance Board, the Estates Board, which has members from each site, "
        "has taken over the duties of the Property Review Group.” [1] The Finance Board "
        "meets monthly."
    )
    asked = "which board took over the property review group's duties?"
    assert named_nearest(text, "board", asked) == "the Estates Board"
    # nothing asked stands near either: the first of the most often named
    assert named_nearest(text, "board", "what is it?") == "the Finance Board"
    assert named_nearest("No names here.", "board", asked) is None


@pytest.mark.parametrize(
    ("asked", "bound"),
    [
        (
            "when is the county expected to publish its model policy?",
            "when is the county expected to publish the county's model policy?",
        ),
        (
            "has the board approved its terms of reference?",
            "has the board approved the board's terms of reference?",
        ),
        (
            "did the trust publish its annual report?",
            "did the trust publish the trust's annual report?",
        ),
    ],
)
def test_its_of_the_clauses_own_subject(asked: str, bound: str) -> None:
    assert own_subject_its(asked) == bound


@pytest.mark.parametrize(
    "asked",
    [
        "what does the log say about its owner?",  # a paper: 'its' is the row in focus
        "has the action met its deadline?",  # the row itself
        "who owns it and what is its status?",  # no subject of its own
        "when is its deadline?",
        "is the report clear on its cost?",
    ],
)
def test_its_of_the_row_stays_a_pointer(asked: str) -> None:
    assert own_subject_its(asked) == asked


def test_a_relative_that_points_at_nothing() -> None:
    assert relative_as_which("who owns the action that was delayed?") == (
        "who owns the action which was delayed?"
    )
    assert relative_as_which("which members sit on the Forum that discussed it?") == (
        "which members sit on the Forum which discussed it?"
    )
    for asked in ("was that done?", "is that right?", "did that happen?", "and that one?"):
        assert relative_as_which(asked) == asked


@pytest.mark.slow
def test_that_board_is_the_one_the_answer_gave(assistant: Assistant) -> None:
    """Over the bundled record: after 'which board took over …', 'that board' is the board the
    answer named for it, not another board its quote names; the record gives no meetings of it,
    so the turn abstains rather than quoting another board's meetings."""
    asked = (
        "when were the risk management actions in the 07/08 AGS plan due?",
        "and which board took over the corporate risk review group's job",
        "how often did that board meet in 2008?",
    )
    # the same on /v1/chat/completions, whose history is plain text with no ids
    for plain in (False, True):
        last = converse(assistant, *asked, plain=plain)[-1]
        assert "Service Improvement Board" in last.standalone, last.standalone
        assert last.answer.abstained


@pytest.mark.slow
def test_its_bound_in_its_clause_is_asked_as_written(assistant: Assistant) -> None:
    turns = converse(
        assistant,
        "Who owns R18?",
        "when is the Mayor expected to publish its new strategy?",
    )
    assert turns[-1].rewritten is False
    assert turns[-1].standalone == "when is the Mayor expected to publish its new strategy?"


def test_which_ones_after_a_count_lists_what_was_counted() -> None:
    counted = Previous(
        "How many of the canal trust's recommendations have been implemented?", [], []
    )
    for asked in ("Which ones?", "and which ones are they?", "name them", "ok, what are they?"):
        assert which_of_count(asked, counted) == (
            "Which of the canal trust's recommendations have been implemented?"
        ), asked
    # not a bare 'which ones', or nothing counted before: other rules read it
    assert which_of_count("Which ones are overdue?", counted) is None
    assert which_of_count("Which ones?", Previous("Who owns H7?", [SLIPWAY], ["H7"])) is None


def test_a_body_named_with_a_possessive_picks_its_row_of_the_list() -> None:
    harbour = DocumentRef(id="harbour", title="Harbour tracker", filename="harbour.csv")
    town = DocumentRef(id="town", title="Town deal plan", filename="town.html")
    bodies = {"harbour": "Skerry Harbour Trust", "town": "Ashby Town Deal Board"}
    first = _row("HT-4", "Waivers are not reported.", document=harbour, id="harbour:HT-4")
    second = _row("TD-2", "Waivers were not reported.", document=town, id="town:TD-2")
    picked = Previous(
        "Who owns HT-4?",
        [first],
        ["HT-4"],
        pool=[first, second],
        pool_names=["HT-4", "TD-2"],
    )
    for asked in ("And Ashby's?", "what about Ashby's one?", "and the Town Deal Board's?"):
        assert pick_by_paper(asked, picked, bodies.__getitem__) == "Who owns TD-2?", asked
    # a name of no body of the list, or no list the row was picked from: not a pick
    assert pick_by_paper("And Fenwick's?", picked, bodies.__getitem__) is None
    alone = Previous("Who owns HT-4?", [first], ["HT-4"])
    assert pick_by_paper("And Ashby's?", alone, bodies.__getitem__) is None


def test_that_paper_after_an_answer_about_bodies_is_the_paper_it_showed() -> None:
    bodies = {"n": "Northmoor Fire Authority", "s": "Southdale Fire Authority", "w": "Weald Trusts"}
    one = Previous("which fire authorities are covered?", [], [], document_ids=["n"])
    for asked in (
        "what does that paper say about training?",
        "what does this report say about training?",
        "and the same tracker - what does it say about training?",
    ):
        rewritten = paper_of_bodies(asked, one, bodies.__getitem__)
        assert rewritten is not None and "Northmoor Fire Authority's paper" in rewritten, asked
    two = Previous("which fire authorities are covered?", [], [], document_ids=["n", "s"])
    assert paper_of_bodies("what does that paper say about fleet?", two, bodies.__getitem__) == (
        "what does the papers of Northmoor Fire Authority and Southdale Fire Authority say "
        "about fleet?"
    )
    plural = Previous("which trusts are covered?", [], [], document_ids=["w"])
    assert "Weald Trusts' paper" in (paper_of_bodies("is that one late?", plural, bodies.get) or "")
    # after rows, or with nothing pointing at a paper: the other rules read it
    rows = Previous("who owns H7?", [SLIPWAY], ["H7"], document_ids=["n"])
    assert paper_of_bodies("what does that paper say about training?", rows, bodies.get) is None
    assert paper_of_bodies("what about training?", one, bodies.get) is None


def test_a_pronoun_only_a_body_can_stand_for_is_the_body_the_answer_found() -> None:
    text = (
        "- “As agreed by the Finance Board, the Estates Board (EB), which has members from each "
        "site, has taken over the duties of the Property Review Group.” [1] “Site Group Risk "
        "Leads support it.” [2] — *Estates plan, ref 4*"
    )
    row = _row("4", "Property risks are not reviewed.")
    after = Previous("who took over the Property Review Group's duties?", [row], ["4"], text=text)
    for asked, meant in (
        ("who chairs it?", "who chairs the Estates Board?"),
        ("how often does it meet?", "how often does the Estates Board meet?"),
        ("and who sits on it?", "and who sits on the Estates Board?"),
    ):
        assert body_pronoun(asked, after) == meant, asked
    # the body the question itself named, when the answer names no other
    chaired = Previous(
        "who chairs the Audit Panel?", [], [], text="“The Audit Panel is chaired by Ann Lee.”"
    )
    assert (
        body_pronoun("how often does it meet?", chaired) == "how often does the Audit Panel meet?"
    )
    # a row's own verbs, or no body named: not a body
    assert (
        body_pronoun("when did it meet in 2024?", after)
        == "when did the Estates Board meet in 2024?"
    )
    for asked in (
        "who owns it?",
        "when is it due?",
        "who leads it?",
        "did it meet the target?",
        "how far was it met?",
        "has it met?",
    ):
        assert body_pronoun(asked, after) is None, asked
    assert body_pronoun("who chairs it?", Previous("x", [row], ["4"], text="No names.")) is None


def test_a_bare_noun_of_the_rows_work_is_left_to_the_rows_rules() -> None:
    # 'that work' names nothing of its own ('cost' is the verb): the row's rules read it
    for asked in ("what has that work cost so far?", "what has that slipway work cost them?"):
        assert thing_named(asked, AFTER_ROW) is None, asked


@pytest.mark.parametrize(
    "asked", ["when was that one originally due?", "who had this one originally?"]
)
def test_that_one_is_a_pronoun_even_beside_a_word_the_answer_says(asked: str) -> None:
    """'that one originally': 'one' stands for the row; the answer's 'Original deadline' makes
    no thing of 'one originally' (the bundled record's 'when was that one originally due?')."""
    said = Previous("who owns H7?", [SLIPWAY], ["H7"], text=ANSWER + " “Original deadline.” [4]")
    assert thing_named(asked, said) is None
