"""A state the paper writes for its rows is its own verdict: 'slipped' of a paper whose status
column says 'Slipped' asks for those rows, not for the slippage rule's; 'implemented' of a
paper that closes some rows as 'Superseded' leaves those out. Question forms: 'how far have
they got' asks the progress note too; 'X is with the Head of Y' names an owner; 'what has it
done about them' is the question's own verb. The bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse, framing_words
from assistant.analysis.nouns import counted_noun
from tests.assistant.analysis.invented_log import stated_index

_DOCS = {
    "dun": ("Dunmere Port Authority", "Audit Recommendations - Quarterly Monitoring"),
    "ost": ("Ostley Drainage Board", "Audit Actions Tracker"),
}
_ROWS = {  # doc -> (ref, title, status as written, normalised, owner)
    "dun": [("DP-1", "Quay lighting survey", "Slipped", "ongoing", "Harbour Engineer"),
            ("DP-2", "Dredging contract review", "Implemented", "complete", "Head of Finance"),
            ("DP-3", "Pilot rota checks", "Superseded", "complete", "Marine Manager"),
            ("DP-4", "Berth charges audit", "Not yet due", "ongoing", "Head of Finance"),
            ("DP-5", "Tug crew training", "Slipped", "ongoing", "Marine Manager")],
    "ost": [("OS-1", "Pump inspections", "Implemented", "complete", "Clerk"),
            ("OS-2", "Levy calculations", "In progress", "ongoing", "Treasurer")],
}  # fmt: skip


def _index() -> NameIndex:
    return stated_index(_DOCS, _ROWS, "2024-07-01")


def test_slipped_of_a_paper_stating_slipped_asks_for_its_rows() -> None:
    q = analyse("How many of the Dunmere recommendations have slipped?", _index())
    assert (q.status_says, q.slipped) == (["Slipped"], False)


@pytest.mark.parametrize(
    "question",
    [
        "Which recommendations have slipped?",  # across papers: most write no such status
        "Which Ostley actions have slipped?",  # the paper writes no 'Slipped'
        "Which Dunmere recommendations have slipped or are only partly implemented?",
    ],
)
def test_slippage_keeps_its_rule_where_the_paper_does_not_state_it(question: str) -> None:
    q = analyse(question, _index())
    assert q.slipped and q.status_says == [], question


def test_implemented_leaves_out_the_rows_a_paper_set_aside() -> None:
    q = analyse("How many of the Dunmere recommendations have been implemented?", _index())
    assert (q.status_says, q.statuses) == (["Implemented"], [])


def test_implemented_of_a_paper_setting_none_aside_is_the_closing_state() -> None:
    q = analyse("How many of the Ostley actions have been implemented?", _index())
    assert (q.status_says, q.statuses) == ([], ["complete"])


@pytest.mark.parametrize(
    "question",
    [
        "How far have they got with DP-1's lighting survey?",
        "The quay lighting survey at Dunmere: where has that got to?",
    ],
)
def test_how_far_it_has_got_asks_for_the_progress_note(question: str) -> None:
    assert "progress" in analyse(question, _index()).fields, question


def test_a_row_said_to_be_with_a_post_names_its_owner() -> None:
    q = analyse(
        "The Dunmere tug crew training action is with the Head of Finance - is it done?", _index()
    )
    assert q.owner == "Head of Finance"


def test_the_verb_of_what_has_been_done_about_it_frames_the_question() -> None:
    assert "done" in framing_words("The board found 40 faulty pumps. What has it done about them?")
    assert "done" not in framing_words("How many of the actions are done?")


def test_a_verb_placing_rows_with_an_owner_is_no_subject_word() -> None:
    q = analyse("How many of the Dunmere recommendations sit with the Head of Finance?", _index())
    assert (q.intent, q.owner) == ("count", "Head of Finance")
    assert "sit" not in q.terms


def test_a_name_joined_by_of_modifies_the_rows_counted() -> None:
    question = "how many of the use of resources recommendations sit with the treasurer"
    assert counted_noun(question) == "recommendations"
    assert counted_noun("how many of the staff work in the port?") == "staff"
