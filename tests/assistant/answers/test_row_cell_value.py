"""The cell of the asked row that holds the asked value goes first (issue 14, pc29): a
sentence of the same row as the best-ranked one, giving the value the question's type asks
for, leads the answer even when the top cell (a 'Lead' naming the unit) covers more of the
question's words. A name is read without its joining words ('Liaison & Analysis Unit')."""

from __future__ import annotations

from assistant.answers.support.values import _holds_names, _written, giver_first
from assistant.evidence import Evidence
from ingest.model import DocumentRef

_DOC = DocumentRef(id="d", title="Depot works update", filename="depot.docx")


def _cell(text: str, record: str | None, rank: int, label: str = "progress") -> Evidence:
    return Evidence(text, rank * 100, _DOC, f"c{record}", 1, "D4", record, label, rank, 2022)


def test_a_name_is_read_without_its_joining_words() -> None:
    said = "The Fleet Safety & Training Unit (FSTU) was formed in 2011."
    assert _holds_names(said, ["Fleet Safety Training Unit"])
    assert _holds_names(said, ["Fleet Safety and Training Unit"])
    assert not _holds_names(said, ["Fleet Training Unit"])
    pool = [_cell(said, None, 0)]
    assert _written(["Fleet Safety Training Unit"], pool) == ["Fleet Safety Training Unit"]


def test_the_row_s_own_value_cell_goes_first() -> None:
    lead = _cell("Depot Manager, Fleet Safety Training Unit", "r1", 0, "owner")
    value = _cell("The unit has, since it was formed in 2011, audited the depots.", "r1", 1)
    weights = {"depot": 2.0, "manag": 2.0, "fleet": 1.0, "safeti": 1.0, "train": 1.0}
    assert giver_first([lead, value], value, "year", weights, {})[0] is value


def test_another_row_s_value_does_not_jump_a_better_covering_top() -> None:
    lead = _cell("Depot Manager, Fleet Safety Training Unit", "r1", 0, "owner")
    other = _cell("Depot lighting was replaced in 2011.", "r2", 1)
    weights = {"depot": 2.0, "manag": 2.0, "fleet": 1.0, "safeti": 1.0, "train": 1.0}
    assert giver_first([lead, other], other, "year", weights, {})[0] is lead
