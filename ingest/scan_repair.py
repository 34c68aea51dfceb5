"""The rows of a ruled table on a scanned page mended after OCR: a ref wrapped onto a row of its
own joined to its row, each ref column made to follow its own pattern, a title-cased cell whose
first capital OCR read small mended, and a cell spelt with a look-alike letter spelt as its
column spells it elsewhere. (Borderless tables are read in :mod:`ingest.scan_layout`.)"""

from __future__ import annotations

from dataclasses import replace

from ingest.model import Block, BlockKind
from ingest.scan_refs import REF_TAIL, UNFINISHED_REF, ref_like_column, ruled_refs
from ingest.scan_words import columns_spelled_alike


def _title_case_slip(cell: str) -> str:
    """'vice Chair' -> 'Vice Chair': a title-cased name whose first capital OCR read small."""
    words = cell.split()
    if (
        2 <= len(words) <= 6
        and words[0][:1].islower()
        and words[0].isalpha()
        and all(w[:1].isupper() for w in words[1:] if len(w) > 3)
        and any(w[:1].isupper() for w in words[1:])
    ):
        return words[0][:1].upper() + cell.lstrip()[1:]
    return cell


def _wrapped_ref_rows_joined(blocks: list[Block]) -> list[Block]:
    """A row whose only text is a number in its first cell ('01'), under a row whose first cell
    holds a ref's prefix alone ('A-', 'G'), is the ref's wrapped end: joined to that cell
    ('A-01'; 'G 01', the separator left to the column's shape), not a row of its own."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and block.kind is BlockKind.ROW
            and above.kind is BlockKind.ROW
            and not block.header_hint
            and not above.header_hint
            and len(block.cells) == len(above.cells) > 1
            and not any(c.strip() for c in block.cells[1:])
            and UNFINISHED_REF.fullmatch(above.cells[0].strip())
            and REF_TAIL.fullmatch(block.cells[0].strip())
        ):
            head, tail = above.cells[0].strip(), block.cells[0].strip()
            joined = head + tail if head[-1:] in "-/." else f"{head} {tail}"
            out[-1] = replace(above, cells=(joined, *above.cells[1:]))
            continue
        out.append(block)
    return out


def repair_scan_rows(blocks: list[Block]) -> list[Block]:
    """The rows of a ruled table on a scanned page read as :func:`fix_refs` reads a borderless
    one: each run of rows of one width has its ref column (found from the cells) made to follow
    the column's pattern, so a ref OCR garbled stays its own row; a title-cased cell whose first
    capital OCR read small is mended, and a cell spelt with a look-alike letter is spelt as its
    column spells it elsewhere (:func:`ingest.scan_words.spelled_alike`). A row that holds
    nothing but the number of a ref wrapped in the first cell of the row above is joined to
    it (:func:`_wrapped_ref_rows_joined`)."""
    out = _wrapped_ref_rows_joined(blocks)
    index = 0
    while index < len(out):
        block = out[index]
        if block.kind is not BlockKind.ROW or not block.cells:
            index += 1
            continue
        end = index
        while (
            end < len(out)
            and out[end].kind is BlockKind.ROW
            and len(out[end].cells) == len(block.cells)
        ):
            end += 1
        rows = out[index:end]
        column = ref_like_column(rows) if len(rows) >= 3 else None
        fixed = ruled_refs(rows, column) if column is not None else None
        read = [[_title_case_slip(c) for c in r.cells] for r in rows]
        columns_spelled_alike(
            [cells for cells, r in zip(read, rows, strict=True) if not r.header_hint], skip=column
        )
        for offset, row in enumerate(rows):
            cells = read[offset]
            if fixed is not None and column is not None and not row.header_hint:
                cells[column] = fixed[offset]
            out[index + offset] = replace(row, cells=tuple(cells))
        index = end
    return out
