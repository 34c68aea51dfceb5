"""A lead-in that moves the question to a paper before asking it ('fast forward to the 2017
report - had X been sorted by then?'): its words frame the question, they are no subject to
look for; the paper stays named and the question's own words stay terms."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.reading import lead_in_words


@pytest.mark.parametrize(
    "question, lead",
    [
        (
            "fast forward to the 2017 Met report - had partnerships been sorted?",
            {"fast", "forward"},
        ),
        ("Now fast-forward to the most recent log: is the lift fixed?", {"fast", "forward"}),
        ("skipping ahead to the later plan: is it done?", {"skipping", "ahead"}),
        ("jump to Board 4's report, who owns it?", {"jump"}),
        ("Returning to the 2008 PURE plan - who owns R5?", {"returning"}),
    ],
)
def test_a_lead_in_to_a_paper_frames_the_question(question: str, lead: set[str]) -> None:
    assert lead <= lead_in_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "what happened to the toolkit in the 2017 report - was it launched?",  # it asks
        "Strategic partnerships, according to the 2017 report: led by anyone?",  # a subject first
        "fast forward to the 2017 Met report and say whether partnerships were sorted",  # no break
        "Staff training to the new standard - who leads it?",  # no paper noun after 'to'
        "Partnership Working to the 2017 report - any lead?",  # a name, not a move
    ],
)
def test_no_lead_in(question: str) -> None:
    assert lead_in_words(question) == set()


def test_the_lead_in_is_no_term_and_the_paper_stays_named(name_index: NameIndex) -> None:
    q = analyse(
        "skip ahead to the 2017 governance report: was information management sorted?",
        name_index,
    )
    assert not {"skip", "ahead"} & set(q.terms)
    assert {"information", "management"} <= set(q.terms)
    assert q.documents == ["001_f17b8c3d3b95c95d-txt"]
