"""A blank owner cell asked for by what the cell lacks, in forms beyond 'no owner': the
negative pronoun as a possessive, or the cell called blank or empty (issue 14: the blank-owner
filter missed, and the leftover words became a text filter). Wordings written here."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse


@pytest.mark.parametrize(
    "question",
    [
        "Which actions have nobody's name against them?",
        "List the items where the owner column is blank",
        "Which recommendations have an empty lead field in the PURE plan?",
        "Show the actions with a missing owner",
        "which items have no one's name on them",
    ],
)
def test_a_blank_owner_cell_is_the_filter_and_no_word_is_left(
    name_index: NameIndex, question: str
) -> None:
    analysis = analyse(question, name_index)
    assert analysis.intent == "list", question
    assert analysis.no_owner, question
    assert not {"against", "name", "blank", "empty", "missing", "column", "field"} & set(
        analysis.terms
    ), analysis.terms


def test_an_owner_asked_of_a_row_is_no_blank_filter(name_index: NameIndex) -> None:
    assert not analyse("Who is the lead for R5?", name_index).no_owner
