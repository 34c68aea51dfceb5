"""A short sentence that holds every word asked, where no other sentence found does, is what
was asked about (a row's whole title, 'Weak passwords.'), not a bare label skipped (lead35)."""

from __future__ import annotations

from assistant.answers.support.sentences import choose_sentences
from assistant.evidence import Evidence
from assistant.text import stem
from ingest.model import DocumentRef

_DOC = DocumentRef(id="d", title="Library audit tracker", filename="t.pdf")


def _evidence(*texts: str) -> list[Evidence]:
    out, start = [], 0
    for rank, text in enumerate(texts):
        score = 1.0 - rank * 0.1
        out.append(
            Evidence(text, start, _DOC, f"c{rank}", 1, None, None, "Finding", rank, 2024, score)
        )
        start += len(text) + 1
    return out


WEIGHTS = {stem("lapsed"): 3.0, stem("licences"): 4.0}


def test_a_short_title_holding_every_word_asked_is_chosen() -> None:
    found = _evidence(
        "Lapsed licences.",
        "Overdue book fines are written off by the officer who waives them.",
        "Fines above 50 pounds need a second signature.",
    )
    assert next(e.text for e in choose_sentences(found, WEIGHTS)) == "Lapsed licences."


def test_a_short_label_is_skipped_when_a_longer_sentence_holds_as_much() -> None:
    found = _evidence(
        "Lapsed licences.",
        "Software licences have lapsed on twelve public terminals.",
    )
    chosen = [e.text for e in choose_sentences(found, WEIGHTS)]
    assert "Lapsed licences." not in chosen
    assert chosen == ["Software licences have lapsed on twelve public terminals."]
