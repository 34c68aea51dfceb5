"""A ruled PDF table whose first sub-heading row lies straight under the header: that
sub-heading is the category of the rows under it, as the later ones are, and the heading above
the table stays its title (ingest.pdf_ruled.ruled_blocks, ingest.tables.find_tables)."""

from __future__ import annotations

from collections import Counter

from ingest.extract import extract
from ingest.model import Block, BlockKind, LoadedDocument, Page
from ingest.pdf_ruled import RuledTable, ruled_blocks
from ingest.pdf_words import Word

WIDTH = 300.0
COLUMNS = (0.0, 80.0, 200.0, WIDTH)
LINES = [  # (cells of the row, bold); one text means a row merged across the whole table
    (["Ref", "Recommendation", "Owner"], True),
    (["Internal audit - Estates"], True),
    (["EST/01", "Boiler servicing records should be kept", "Head of Estates"], False),
    (["EST/02", "Lift inspections should be logged", "Head of Estates"], False),
    (["Inspection findings"], True),
    (["INS/01", "The risk register should be reviewed quarterly", "Chief Executive"], False),
]


def _table() -> RuledTable:
    cells: list[list[tuple[float, float, float, float] | None]] = []
    words: list[list[list[Word]]] = []
    for r, (texts, bold) in enumerate(LINES):
        top, bottom = r * 20.0, r * 20.0 + 20.0
        if len(texts) == 1:  # one cell across the table
            cells.append([(0.0, top, WIDTH, bottom), None, None])
        else:
            cells.append([(COLUMNS[c], top, COLUMNS[c + 1], bottom) for c in range(3)])
        row_words = []
        for c, text in enumerate(texts):
            x = COLUMNS[c] + 2.0
            placed = []
            for token in text.split():
                placed.append(Word(token, x, x + 5.0 * len(token), top + 4.0, top + 13.0, bold))
                x += 5.0 * len(token) + 3.0
            row_words.append(placed)
        while len(row_words) < 3:
            row_words.append([])
        words.append(row_words)
    return RuledTable(0.0, len(LINES) * 20.0, cells, words, [[None] * 3 for _ in LINES])


def test_the_header_comes_before_a_sub_heading_straight_under_it() -> None:
    blocks, _ = ruled_blocks(_table(), 9.0, Counter(), None)
    kinds = [b.kind for b in blocks[:3]]
    assert kinds == [BlockKind.ROW, BlockKind.HEADING, BlockKind.ROW]
    assert blocks[0].header_hint and blocks[1].text == "Internal audit - Estates"


def test_the_first_rows_take_the_first_sub_heading_as_their_category() -> None:
    blocks, _ = ruled_blocks(_table(), 9.0, Counter(), None)
    page = Page(1, [Block(BlockKind.HEADING, text="Recommendations"), *blocks])
    loaded = LoadedDocument("t.pdf", "t.pdf", "pdf", "0" * 64, [page])
    records = {r.ref: r for r in extract(loaded).records}
    assert records["EST/01"].category == "Internal audit - Estates"
    assert records["EST/02"].category == "Internal audit - Estates"
    assert records["INS/01"].category == "Inspection findings"
    assert records["EST/01"].section == "Recommendations"
