"""Clitic forms and aspect adverbs are no topic words (assistant/analysis/reading.py): "haven't",
"weren't", "they've", "yet", "still", "already" never stay as terms a row must say."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.reading import is_function_form
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


def test_clitics_and_aspect_adverbs_are_function_forms() -> None:
    for word in ("hasn't", "weren't", "isn't", "didn't", "they've", "we'd", "it'll", "yet"):
        assert is_function_form(word), word
    for word in ("still", "already", "culvert", "pumping", "o'neill"):
        assert is_function_form(word) == (word in ("still", "already")), word


def test_no_clitic_or_aspect_word_stays_a_term_of_the_question() -> None:
    index = _index()
    for asked, kept in (
        ("Which culvert repairs haven't been started yet?", {"culvert", "repairs"}),
        ("Which pumping station actions weren't finished yet?", {"pumping", "station"}),
        ("What's still outstanding on the sluice gates?", {"sluice", "gates"}),
        ("Which ones have they already closed on flood warnings?", {"flood", "warnings"}),
    ):
        terms = set(analyse(asked, index).terms)
        assert not terms & {"haven't", "weren't", "yet", "still", "already"}, asked
        assert kept <= terms, (asked, terms)
