"""Papers spanned by pair or one by one (rl33): 'between the two kiosk reports', 'what each log
recorded', 'from one year to the next', 'year on year' ask for the subject in every paper of its
series; the words describing those papers are no subject words unless they are all the subject
there is; a recurrence asked of one paper named by its title follows the papers of its body
(assistant.analysis.recurrence, assistant.analysis.analyse, assistant.answers.support.reach)."""

from __future__ import annotations

import pytest

from assistant.analysis.intent import intent_of
from assistant.analysis.recurrence import papers_spanned
from assistant.answers.support.reach import _series_of
from ingest.model import DocumentInfo


@pytest.mark.parametrize(
    "question",
    [
        "How did the depot fuel audit move on between the two fleet reports?",
        "The kiosk refit: what did each log record about it?",
        "How did the boiler servicing develop from one year to the next?",
        "Has the tree register improved year on year?",
        "What happened to the bridge inspections in both of the trackers?",
    ],
)
def test_papers_spanned_ask_for_the_subject_in_every_paper(question: str) -> None:
    assert intent_of(question) == "recurring"


@pytest.mark.parametrize(
    "question",
    [
        "Which of the two reports has more high-priority actions?",
        "How many actions were completed in each year?",
        "What is the status of the kiosk refit?",
        "List every open action in the two reports.",
    ],
)
def test_no_papers_spanned(question: str) -> None:
    assert intent_of(question) != "recurring"


def test_the_papers_description_is_no_subject_unless_it_is_all_there_is() -> None:
    spanned = papers_spanned("How did the bridge repainting go between the two highways reports?")
    assert "highways" in spanned and "bridge" not in spanned
    assert papers_spanned("What changed between the two highways reports?") == ""


def _paper(name: str, body: str | None) -> DocumentInfo:
    return DocumentInfo(
        id=name, filename=name, format="pdf", sha256=name, title=name, organisation=body
    )


def test_one_paper_named_by_title_is_followed_through_its_body_papers() -> None:
    first, second = _paper("a", "Ferncliff Trust"), _paper("b", "Ferncliff Trust")
    other = _paper("c", "Lowmoor Council")
    assert _series_of(first, [first, second, other]) == [first, second]
    alone = _paper("d", None)
    assert _series_of(alone, [first, alone, other]) == [alone]


def test_where_it_stood_in_several_named_papers_follows_the_subject_through_them() -> None:
    from assistant.analysis.recurrence import STATE_ASKED, STOOD

    for question in (
        "Fuel cards: give me where it stood in the 2019 log, the 2020 tracker and the 2021 plan.",
        "Where did things stand on fuel cards in each of those papers?",
    ):
        assert STOOD.search(question) and STATE_ASKED.search(question)
    assert not STOOD.search("Where is the fuel card policy kept?")


def test_only_two_papers_joined_widen_one_named_paper_to_its_series() -> None:
    from assistant.answers.support.reach import _TWO_PAPERS

    assert _TWO_PAPERS.search(
        "Follow the kiosk refit through the 2019 plan and its closure report."
    )
    assert not _TWO_PAPERS.search("Did the kiosk refit in the 2019 plan come up again?")
