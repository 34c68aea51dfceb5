"""A fact given in two sentences, the second adding an item to the first ('In addition, …'),
is quoted whole."""

from __future__ import annotations

from assistant.answers.support.sentences import following_sentence
from assistant.evidence import Evidence
from ingest.model import DocumentRef

_DOC = DocumentRef(id="d", title="Fleet plan", filename="fleet.txt")


def _sentence(text: str, start: int) -> Evidence:
    return Evidence(
        text=text,
        start=start,
        document=_DOC,
        chunk_id="c1",
        page=1,
        ref="F2",
        record_id="d:F2",
        label="Progress",
        rank=0,
        year=2015,
    )


def test_a_sentence_adding_a_second_item_goes_on_from_the_first() -> None:
    first = _sentence("The unit could not file the mileage returns for March.", 0)
    added = _sentence("In addition, the fuel card figures were not yet available.", 56)
    other = _sentence("Depot staff were trained in May.", 56)
    assert following_sentence(first, [first, added]) is added
    assert following_sentence(first, [first, other]) is None  # a new fact stands apart
