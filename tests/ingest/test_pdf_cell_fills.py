"""A ruled PDF table whose status is shown only by the colour a cell is filled with (a RAG
column printed from Word or a browser) is read as the colour's word, as the Word, Excel and HTML
loaders read it (ingest.loaders.pdf_tables.cell_fills, ingest.pdf_ruled.ruled_blocks)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ingest.loaders.pdf_tables import Backdrops, cell_fills
from ingest.pdf_ruled import RuledTable, ruled_blocks
from ingest.pdf_words import Word

# two columns, a header row and two body rows, 100 pt wide cells, 20 pt high
CELLS: list[list[tuple[float, float, float, float] | None]] = [
    [(0.0, 0.0, 100.0, 20.0), (100.0, 0.0, 200.0, 20.0)],
    [(0.0, 20.0, 100.0, 40.0), (100.0, 20.0, 200.0, 40.0)],
    [(0.0, 40.0, 100.0, 60.0), (100.0, 40.0, 200.0, 60.0)],
]


def _rect(x0: float, top: float, x1: float, bottom: float, colour: Any) -> dict[str, Any]:
    return {
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "fill": True,
        "non_stroking_color": colour,
    }


def _word(text: str, x0: float, top: float, bold: bool = False) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6.0 * len(text), top=top, bottom=top + 9.0, bold=bold)


def test_a_cell_filled_red_has_the_colour_of_its_fill() -> None:
    rects = [
        _rect(0.5, 0.5, 199.5, 19.5, (0.85, 0.89, 0.95)),  # a pale header band
        _rect(100.5, 20.5, 199.5, 39.5, (1.0, 0.0, 0.0)),  # the status cell of row one
        _rect(101.0, 41.0, 199.0, 59.0, (0.44, 0.68, 0.28)),  # green, of row two
    ]
    fills = cell_fills(CELLS, Backdrops(rects))
    assert fills[1] == [None, "FF0000"]
    assert fills[2][1] == "70AD47"
    assert fills[0][0] == "D9E3F2"  # pale: a colour, but no status (see ruled_blocks)


def test_a_band_behind_the_whole_table_is_no_cell_fill() -> None:
    fills = cell_fills(CELLS, Backdrops([_rect(0.0, 0.0, 200.0, 60.0, (1.0, 0.0, 0.0))]))
    assert fills == [[None, None], [None, None], [None, None]]


def test_an_empty_status_cell_filled_red_reads_red() -> None:
    words = [
        [[_word("Ref", 2.0, 4.0, bold=True)], [_word("Status", 102.0, 4.0, bold=True)]],
        [[_word("R1", 2.0, 24.0)], []],
        [[_word("R2", 2.0, 44.0)], [_word("Open", 102.0, 44.0)]],
    ]
    fills: list[list[str | None]] = [[None, None], [None, "FF0000"], [None, "FFC000"]]
    table = RuledTable(0.0, 60.0, CELLS, words, fills)
    blocks, _ = ruled_blocks(table, 9.0, Counter(), None)
    rows = [b.cells for b in blocks if not b.header_hint]
    assert rows == [("R1", "Red"), ("R2", "Open\nAmber")]
