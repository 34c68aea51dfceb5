"""A degree adverb grades whatever verb of meeting the question uses ('partly achieved',
'significantly or completely fulfilled', 'delivered only moderately'), not only 'met': the
paper's degrees are the filter, and the verb is no subject word nor a status (issue 14: the
degree was missed and the paper listed whole). Wordings written here."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse


@pytest.mark.parametrize(
    ("question", "degree"),
    [
        ("Which recommendations were partially or moderately achieved?", "partially or moderately"),
        (
            "Which of the 2002 recommendations were significantly or completely fulfilled?",
            "significantly or completely",
        ),
        ("which recommendations were only partly achieved?", "partially"),
        ("Which of the 2002 recommendations were carried out only moderately?", "moderately"),
        (
            "Which recommendations were met completely or significantly?",
            "completely or significantly",
        ),
    ],
)
def test_the_degree_is_read_with_any_verb_of_meeting(
    name_index: NameIndex, question: str, degree: str
) -> None:
    analysis = analyse(question, name_index)
    assert analysis.intent == "list"
    assert analysis.degree == degree
    assert analysis.statuses != ["complete"]  # the verb is the degree's, no status of its own
    assert not {"achieved", "fulfilled", "carried", "met"} & set(analysis.terms), analysis.terms
