"""A participle right before the row noun of a count or list describes how the whole set is
set out ('numbered', 'itemised', 'listed'), and narrows nothing; states and slippage words
in that place are still read as filters."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis


@pytest.mark.parametrize(
    "question",
    [
        "How many numbered improvement areas does the 2017 Met report list?",
        "How many itemised governance issues does the 2007/08 plan contain?",
        "Which numbered recommendations did the District Audit summary set out?",
        "List the tabulated recommendations of the Audit Commission.",
    ],
)
def test_a_participle_describing_the_set_is_no_subject(
    question: str, analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse(question)
    assert q.intent in ("list", "count")
    assert not {"numbered", "itemised", "tabulated"} & set(q.terms + q.subject_terms), q.terms


def test_a_state_before_the_row_noun_is_still_a_filter(
    analyse: Callable[[str], QueryAnalysis],
) -> None:
    assert analyse("How many completed recommendations does the District Audit summary have?")
    assert analyse(
        "How many completed recommendations does the District Audit summary have?"
    ).statuses == ["complete"]
    assert analyse("Which delayed actions are in the 2007/08 plan?").slipped


@pytest.mark.parametrize(
    "question",
    [
        "Which recommendations in the 2008 PURE/HMIC plan are owned by the Treasurer?",
        "Across both sections of the 2008 PURE/HMIC plan, which recommendations are complete?",
        "How many recommendations does the HMIC/PURE action plan hold?",
    ],
)
def test_a_paper_named_by_both_its_bodies_is_no_one_section(
    question: str, analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse(question)
    assert q.section is None and len(q.sections) == 2, (q.section, q.sections)


def test_a_body_named_alone_still_names_its_section(
    analyse: Callable[[str], QueryAnalysis],
) -> None:
    q = analyse("Which HMIC recommendations are ongoing?")
    assert q.section == "HMIC Inspection of Resource Leverage – MPS 2008 (Recommendations)"
