"""answers.support.paper_words: a question word that names the paper the question is scoped
to (a word of its title, its body, its file name or its masthead) is not a subject its rows
must hold."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from assistant.answers.support.paper_words import masthead_names, names_paper, subject_words
from ingest.model import DocumentInfo


def _context() -> Any:
    doc = DocumentInfo(
        id="t1",
        filename="u09_wyvern_lights_audit_tracker.csv",
        format="csv",
        sha256="0",
        title="Audit Action Tracker",
        organisation="Wyvern Lighthouse Commissioners",
    )
    other = DocumentInfo(
        id="t2", filename="x.md", format="md", sha256="1", title="Fleet Plan", organisation=None
    )
    texts = {
        "t1": "Audit Action Tracker\nBody Wyvern Lighthouse Commissioners Committee Joint "
        "Lights Scrutiny Committee Date of meeting 3 May 2024\nThe tracker lists every "
        "recommendation the board has agreed, with its owner.\nRef\tFinding\tOwner",
        "t2": "Fleet Plan\nThe plan covers the diesel tenders.",
    }
    kept: dict[str, Any] = {}  # the register's memo: one value per key until it reloads
    register = SimpleNamespace(memo=lambda key, build: kept.setdefault(key, build()))
    return SimpleNamespace(
        documents=[doc, other], document_text=texts.__getitem__, register=register
    )


def test_words_of_the_body_title_or_file_name_the_paper() -> None:
    context = _context()
    assert names_paper("lighthouse", ["t1"], context)  # its body
    assert names_paper("commissioners", ["t1"], context)
    assert names_paper("tracker", ["t1"], context)  # its title
    assert names_paper("lights", ["t1"], context)  # its file name


def test_a_papers_name_words_are_read_once_per_register_load() -> None:
    context = _context()
    read: list[str] = []
    text_of = context.document_text
    context.document_text = lambda d: read.append(d) or text_of(d)
    for word in ("lighthouse", "scrutiny", "diesel"):
        names_paper(word, ["t1", "t2"], context)
    assert sorted(read) == ["t1", "t2"]  # each paper's masthead read once, not once a word


def test_a_subject_word_or_another_paper_is_not_named() -> None:
    context = _context()
    assert not names_paper("diesel", ["t1"], context)
    assert not names_paper("fleet", ["t1"], context)  # another paper's title
    assert not names_paper("lighthouse", [], context)


def test_subject_words_keep_only_the_subject() -> None:
    context = _context()
    kept = subject_words(["lighthouse", "commissioners", "diesel", "risk"], ["t1"], context)
    assert kept == ["diesel", "risk"]
    assert subject_words(["lighthouse"], [], context) == ["lighthouse"]


def test_the_masthead_stops_at_the_first_sentence_or_table_row() -> None:
    text = _context().document_text("t1")
    head = masthead_names(text)
    assert "Scrutiny Committee" in head and "Date of meeting" in head
    assert "recommendation" not in head and "Finding" not in head
    assert masthead_names("Plan\nOwner\tDue\tStatus\nA\tB\tC") == "Plan"


def test_a_word_of_the_masthead_names_the_paper_not_a_subject() -> None:
    context = _context()
    assert names_paper("scrutiny", ["t1"], context)  # the committee it went to
    assert not names_paper("recommendation", ["t1"], context)  # its first sentence
    assert not names_paper("scrutiny", ["t2"], context)
    assert subject_words(["joint", "scrutiny", "pilotage"], ["t1"], context) == ["pilotage"]
