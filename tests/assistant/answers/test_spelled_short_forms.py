"""A short form the question writes and no paper does, where a paper spells the name out
('GDPR' for 'General Data Protection Regulations'): known by that name, searched and scored
by its words (acronyms.spelled_out, gather.spelled_shorts, premises.missing_terms)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.acronyms import names_of, spelled_out, text_names

INVENTED = "Depots report to the Fleet Safety Review Panel. The Code of Depot Practice applies."


def test_names_are_read_by_their_initials_with_or_without_joining_words() -> None:
    names = dict(text_names(INVENTED))
    assert names["fsrp"] == "Fleet Safety Review Panel"
    assert names["codp"] == "Code of Depot Practice"  # 'of' counted

    def documents() -> dict[str, str]:
        return names_of([INVENTED])

    assert spelled_out("Who sits on the FSRP?", lambda w: False, documents) == {
        "FSRP": "Fleet Safety Review Panel"
    }
    assert spelled_out("What does the CODP say?", lambda w: False, documents) == {
        "CODP": "Code of Depot Practice"
    }
    assert spelled_out("Who sits on the FSRP?", lambda w: w == "fsrp", documents) == {}
    assert spelled_out("What does the CDP say?", lambda w: False, documents) == {}


def test_documents_are_not_read_when_the_question_asks_no_unknown_short_form() -> None:
    """A large record holds thousands of documents: a question whose short forms the papers
    write (or that has none) must not walk them."""
    walked: list[str] = []

    def documents() -> dict[str, str]:
        walked.append("walked")
        return names_of([INVENTED])

    assert spelled_out("Who sits on the panel?", lambda w: False, documents) == {}
    assert spelled_out("Who sits on the FSRP?", lambda w: True, documents) == {}
    assert walked == []
    assert spelled_out("Who sits on the FSRP?", lambda w: False, documents)
    assert walked == ["walked"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When does MOPAC have to be GDPR compliant?", "May 2018"),
        ("by when does MOPAC need GDPR compliance", "May 2018"),  # a modifier of 'compliance'
        ("what does the mopac paper say about the FOIA", "Freedom of Information Act"),
        ("What is the CLDP in the 2008 PURE plan?", "Command Leaders Development Programme"),
        ("what does MOPAC say about the LCRB", "London Crime Reduction Board"),
    ],
)
def test_a_short_form_a_paper_only_spells_out_is_answered(
    ask: Callable[[str], Answer], question: str, said: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and said in answer.answer


def test_a_short_form_no_paper_spells_out_stays_unknown(ask: Callable[[str], Answer]) -> None:
    assert ask("What does MOPAC say about the ULEZ?").abstained
