"""Forms of a turn or part read by their grammar (rl33): 'whoever's' is 'whoever is' in a free
relative that opens a first hop; a step in time put first ('and a year on - …') is no topic a
pronoun stands for; 'well' in 'as well as' is never a subject word
(assistant.analysis.hops, assistant.referring, assistant.analysis.reading)."""

from __future__ import annotations

from assistant.analysis.hops import embedded_hop
from assistant.analysis.reading import Reading
from assistant.referring import topic_then_question


def test_whoever_s_opens_a_first_hop() -> None:
    hop = embedded_hop("Whoever's in charge of the kiosk refit - what else is on their list?")
    assert hop == ["Who is in charge of the kiosk refit?", "What else is on their list?"]


def test_a_step_in_time_put_first_is_no_topic() -> None:
    assert (
        topic_then_question("And a year on - had it been done by the next tracker?", None) is None
    )
    assert topic_then_question("Six months later: was it closed?", None) is None
    assert topic_then_question("and the kiosk refit - when is it due?", None) is not None


def test_well_in_as_well_as_is_no_subject_word() -> None:
    question = "Kiosk refits come up in the 2019 log as well as the 2021 plan. What did each say?"
    assert "well" not in Reading(question, residual=question).terms([])
    asked = "How well were the kiosk refits managed?"
    assert "well" in Reading(asked, residual=asked).terms([])
