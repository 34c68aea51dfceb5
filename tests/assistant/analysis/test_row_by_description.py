"""A row described in the question's own words is the one read (issue 14): the verbs of how a
thing went ("has X got", "getting X into", "what happened to") are no topic terms.
Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse


@pytest.mark.parametrize(
    "question",
    [
        "How far have they got with getting the risk register onto the agenda?",
        "What happened to the plan for going paperless in committee?",
        "What has happened to the partnership toolkit?",
    ],
)
def test_the_verbs_of_how_it_went_are_no_topic(name_index: NameIndex, question: str) -> None:
    terms = set(analyse(question, name_index).terms)
    assert not terms & {"getting", "happened"}, terms
    assert terms, question  # the subject's own words stay
