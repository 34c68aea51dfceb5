"""A value asked of a named row is given by that row's sentence even when the sentence does not
repeat the ref, and a modal of the question ('what threshold *must* …') is no subject word."""

from __future__ import annotations

from assistant.answers.support.values import gives
from assistant.evidence import Evidence
from ingest.model import DocumentRef

_PAPER = DocumentRef(id="p", title="Invented tracker", filename="p.txt")


def _row_sentence(text: str, ref: str | None) -> Evidence:
    return Evidence(text, 0, _PAPER, "p:c1", 1, ref, "p:r1" if ref else None, "Action", 0, 2024)


def test_a_rows_sentence_gives_the_value_asked_of_its_ref() -> None:
    sentence = _row_sentence("Grants above £25,000 now go to the finance panel.", "GR4")
    weights = {"must": 2.0, "grant": 4.0, "gr4": 4.0}
    assert gives("threshold", [sentence], weights) is sentence


def test_another_rows_sentence_does_not() -> None:
    sentence = _row_sentence("Grants above £25,000 now go to the finance panel.", "GR2")
    weights = {"must": 2.0, "grant": 4.0, "gr4": 4.0}
    assert gives("threshold", [sentence], weights) is None
