"""Clitic forms are no topic words, and aspect adverbs are read with the state they qualify
(assistant/analysis/reading.py, analyse.py): "haven't", "weren't", "they've" never stay as
terms a row must say; "yet", "still", "already" go with a state filter, and stay where no state
is read ('why was X still on the plan?')."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.reading import is_clitic_form
from ingest.model import DocumentInfo


def _index() -> NameIndex:
    paper = DocumentInfo(
        id="p1",
        filename="p1.pdf",
        format="pdf",
        sha256="p1",
        title="Fenwater Drainage Board - Audit Actions Log",
        organisation="Fenwater Drainage Board",
    )
    return NameIndex.from_records([paper], [])


def test_clitic_forms() -> None:
    for word in ("hasn't", "weren't", "isn't", "didn't", "they've", "we'd", "it'll"):
        assert is_clitic_form(word), word
    for word in ("still", "culvert", "o'neill", "board's"):
        assert not is_clitic_form(word), word


def test_no_clitic_or_aspect_word_of_a_state_stays_a_term() -> None:
    index = _index()
    for asked, kept in (
        ("Which culvert repairs haven't been started yet?", {"culvert", "repairs"}),
        ("Which pumping station actions weren't finished yet?", {"pumping", "station"}),
        ("What's still outstanding on the sluice gates?", {"sluice", "gates"}),
        ("Which flood warning actions have they already completed?", {"flood", "warning"}),
    ):
        terms = set(analyse(asked, index).terms)
        assert not terms & {"haven't", "weren't", "yet", "still", "already"}, asked
        assert kept <= terms, (asked, terms)


def test_an_aspect_adverb_with_no_state_read_stays() -> None:
    asked = "Why was the culvert survey still on the log after the audit?"
    assert "still" in analyse(asked, _index()).terms


def test_a_negated_auxiliary_denies_the_start_as_not_does() -> None:
    index = _index()
    for asked in (
        "Which culvert repairs haven't been started yet?",
        "Which of the sluice actions hasn't yet been begun?",
        "How many drainage actions weren't commenced?",
    ):
        assert analyse(asked, index).statuses == ["not_started"], asked
