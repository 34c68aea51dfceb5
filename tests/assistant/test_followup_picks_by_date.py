"""Picks among the rows shown that a follow-up makes by date ('the earlier one', 'the one due
last'), in another paper ('the second one in the 2002 plan', 'those same ones there'), or after
an acknowledgement ('cheers - and …')."""

from __future__ import annotations

from assistant.acknowledged import unacknowledged
from assistant.antecedents import Previous
from assistant.counted_pick import counted_pick
from assistant.dated_pick import dated_pick
from assistant.followups import Turn, rewrite_by_rules
from assistant.picked_elsewhere import picked_elsewhere, picked_in_year
from assistant.service import Assistant
from ingest.model import ActionRecord


def _rows(assistant: Assistant, *refs: str) -> list[ActionRecord]:
    """The rows of ``refs`` in the one paper of 2008 holding all of them with a due date."""
    papers: dict[str, dict[str | None, ActionRecord]] = {}
    for r in assistant.register.all():
        if r.due_date and r.year == 2008:
            papers.setdefault(r.document.id, {})[r.ref] = r
    held = next(rows for rows in papers.values() if all(ref in rows for ref in refs))
    return [held[ref] for ref in refs]


def _shown(assistant: Assistant, *refs: str) -> Previous:
    return Previous("which ones are about performance?", _rows(assistant, *refs), list(refs))


def test_a_pick_by_date_compares_the_shown_rows_due_dates(assistant: Assistant) -> None:
    shown = _shown(assistant, "R2", "R4", "R25")  # due 2008-12, 2009-04, 2009-03
    names = list(shown.names)
    for asked, ref in (
        ("and is the earlier one finished?", "R2"),
        ("who's got the one due last?", "R4"),
        ("the soonest-due item, what does it say?", "R2"),
        ("which team has the one that is due later", "R4"),
    ):
        pick = dated_pick(asked, shown.records, names)
        assert pick is not None and pick[3] == [ref], asked
    # a place in the list, not a date: 'the last one' is the last shown
    assert dated_pick("who has the last one?", shown.records, names) is None
    last = counted_pick("who has the last one?", shown)
    assert last is None or last[3] != ["R4"]
    history = [Turn(role="user", content=shown.standalone), Turn(role="assistant", content="…")]
    asked = rewrite_by_rules("the later of the two is owned by whom?", history, shown)
    assert asked is not None and "R4" in asked and "R2" not in asked


def test_no_pick_by_date_on_a_tie_or_a_row_without_date(assistant: Assistant) -> None:
    tied = _shown(assistant, "R4", "R8")  # both due the same day
    assert dated_pick("and the earlier one?", tied.records, list(tied.names)) is None
    shown = _shown(assistant, "R2", "R4")
    undated = [*shown.records[:1], shown.records[1].model_copy(update={"due_date": None})]
    assert dated_pick("and the earlier one?", undated, ["R2", "R4"]) is None


def test_a_pick_asked_in_another_paper_names_the_rows_by_ref(assistant: Assistant) -> None:
    shown = _shown(assistant, "R2", "R9", "R25")
    moved = picked_elsewhere("what became of the second one in the district audit plan?", shown)
    assert moved == "what became of R9 in the district audit plan?"
    same = picked_elsewhere("and those same recommendations in the older paper?", shown)
    assert same is not None and all(ref in same for ref in ("R2", "R9", "R25"))
    assert picked_elsewhere("what became of it in the district audit plan?", shown) is None
    documents = assistant.documents()
    # the body's paper of that year exists: the row picked, by its ref, the year kept
    in_year = picked_in_year("back in 2002, who was on the first one?", shown, documents)
    assert in_year == "back in 2002, who was on R2?"
    # no paper of the body that year, or no year: nothing to move
    assert picked_in_year("back in 1995, who was on the first one?", shown, documents) is None
    assert picked_in_year("who was on the first one?", shown, documents) is None


def test_an_acknowledgement_opening_a_turn_is_read_past() -> None:
    assert unacknowledged("cheers - and who has the third one?") == "And who has the third one?"
    assert unacknowledged("Okay then, when are they due") == "When are they due"
    assert unacknowledged("thank you. Which of them are late?") == "Which of them are late?"
    assert unacknowledged("got it, are any still open?") == "Are any still open?"
    # the same words inside what is asked, or nothing asked after them
    assert unacknowledged("right of way inspections: who leads them?") is None
    assert unacknowledged("fine levels for late returns?") is None
    assert unacknowledged("great, thanks!") is None
    assert unacknowledged("who owns them?") is None
