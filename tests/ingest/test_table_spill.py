"""Text that a table's last row spills over a page break: lower-case paragraphs finish the
row's open cells, and in a paper that numbers its paragraphs an unnumbered paragraph between
that spill and the paper's next numbered paragraph is the rest of the row, not prose."""

from __future__ import annotations

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes

_HEAD = "2.1 The board reviewed its assurance map in May.\n\nRef\tArea\tProgress\tAction\n"
_ROWS = (
    "1\tRecords retention\tA retention schedule was agreed in June.\tThe schedule will be "
    "published by September.\n"
    "2\tVolunteer vetting\tChecks were completed for 40 of 52 volunteers and the rest "
    "are\tThe remaining checks will be finished once the new provider is\n"
)
_SPILL = (
    "\nbooked with the new provider.\n\nin place and the contract signed.\n\n"
    "A second phase will extend the checks to trustees and committee members.\n\n"
)


def _row_two(text: str) -> tuple[str, list[str]]:
    doc = extract(load_bytes(text.encode(), "board_paper.txt", LoadLimits()))
    (row,) = [r for r in doc.records if r.ref == "2"]
    prose = [c.text for c in doc.chunks if "second phase" in c.text and c.record_id is None]
    return f"{row.progress} {row.action}", prose


def test_an_unnumbered_paragraph_before_the_next_numbered_one_finishes_the_row() -> None:
    row, prose = _row_two(_HEAD + _ROWS + _SPILL + "2.2 Members are asked to note the plan.\n")
    assert "booked with the new provider" in row and "the contract signed" in row
    assert "A second phase will extend the checks" in row
    assert not prose


def test_an_unnumbered_paper_keeps_the_paragraph_as_prose() -> None:
    row, prose = _row_two(_HEAD + _ROWS + _SPILL + "Members are asked to note the plan.\n")
    assert "the contract signed" in row
    assert "A second phase" not in row
    assert prose
