"""A row described in the question's own words is the one read (issue 14): the verbs of how a
thing went ('how far has X got', 'getting X into', 'what happened to') are no topic terms, and a
passage writing the question's adjacent terms side by side outranks one with the same words
scattered or one of them a look-alike. Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.evidence import Evidence, phrase_pairs, score_evidence
from ingest.model import DocumentRef


@pytest.mark.parametrize(
    "question",
    [
        "How far have they got with getting the risk register onto the agenda?",
        "What happened to the plan for going paperless in committee?",
        "Where does the partnership toolkit stand now?",
    ],
)
def test_the_verbs_of_how_it_went_are_no_topic(name_index: NameIndex, question: str) -> None:
    terms = set(analyse(question, name_index).terms)
    assert not terms & {"far", "got", "getting", "happened", "going", "stand"}, terms
    assert terms, question  # the subject's own words stay


def _item(text: str, rank: int) -> Evidence:
    doc = DocumentRef(id="d", title="Log", filename="d.txt")
    return Evidence(text, 0, doc, f"c{rank}", None, None, None, "Progress", rank, 2024)


def test_the_question_s_phrase_outranks_its_words_scattered() -> None:
    weights = {"vehicl": 1.0, "inspect": 1.0}
    pairs = phrase_pairs("How far along is the vehicle inspection work?", weights)
    assert pairs == [("vehicl", "inspect")]
    scattered = _item("The vehicle fleet had its annual review; inspect reports follow.", 0)
    whole = _item("Vehicle inspection checklists were reissued to every station.", 3)
    ranked = score_evidence([scattered, whole], weights, pairs)
    assert ranked[0] is whole
    # without the phrase, retrieval order decides the tie
    assert score_evidence([scattered, whole], weights)[0] is scattered
