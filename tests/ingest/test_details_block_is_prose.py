"""A paper's details read as a borderless two-column block above its action table ('Date of
meeting' | '12 November 2025', then the line under it): no column is any register field and
its 'header' holds a value, so its lines stay prose, searchable, and make no record
(ingest.tables.find_tables), and the paper's date is read from them (ingest.metadata). A real table under an unknown header still makes records."""

from __future__ import annotations

from ingest.extract import extract
from ingest.model import Block, BlockKind, LoadedDocument, Page

ROW, HEADING, PARAGRAPH = BlockKind.ROW, BlockKind.HEADING, BlockKind.PARAGRAPH
ACTIONS = [
    Block(ROW, cells=("#", "Issue", "Action", "Who", "By", "Status"), header_hint=True),
    Block(
        ROW,
        cells=(
            "1",
            "Licences unchecked.",
            "Check licences yearly.",
            "Coordinator",
            "Sep-25",
            "In progress",
        ),
    ),
    Block(
        ROW,
        cells=(
            "2",
            "Defects unsigned.",
            "Countersign defect sheets.",
            "Manager",
            "Mar-25",
            "Complete",
        ),
    ),
]


def _extract(details: list[Block]) -> tuple[list[str], str, str | None]:
    page = Page(
        1,
        [
            Block(HEADING, text="Audit action log"),
            *details,
            Block(HEADING, text="Action plan"),
            *ACTIONS,
        ],
    )
    loaded = LoadedDocument("t.pdf", "t.pdf", "pdf", "0" * 64, [page])
    extracted = extract(loaded)
    prose = " ".join(c.text for c in extracted.chunks if c.kind == "prose")
    return [r.ref or "" for r in extracted.records], prose, extracted.info.date


def test_a_details_block_with_a_date_makes_no_record_and_stays_searchable() -> None:
    details = [
        Block(ROW, cells=("Date of meeting", "12 November 2025"), header_hint=True),
        Block(ROW, cells=("Prepared by the Chief Officer for the trustees", "")),
    ]
    refs, prose, dated = _extract(details)
    assert refs == ["1", "2"]
    assert "Prepared by the Chief Officer for the trustees" in prose
    assert dated == "2025-11-12"  # the paper's date is read from its details


def test_a_table_under_an_unknown_header_still_makes_records() -> None:
    unknown = [
        Block(ROW, cells=("Area", "Comment"), header_hint=True),
        Block(ROW, cells=("Licence checks lapse after a year", "To be repeated annually")),
        Block(ROW, cells=("Defect sheets go unsigned", "Countersigning from March")),
    ]
    refs, _, _ = _extract(unknown)
    assert len(refs) == 4
