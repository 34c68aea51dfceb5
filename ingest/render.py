"""The stored text of a document, and where every block and cell sits in it.

Pages are joined with a form feed; on a page, blocks are one per line and table cells are
separated by tabs. Citations quote this text, so every quote can be checked with ``in``.
"""

from __future__ import annotations

from ingest.model import PAGE_SEPARATOR, BlockKind, LoadedDocument, PlacedBlock, Span


def render(doc: LoadedDocument) -> tuple[str, list[tuple[int | None, str]], list[PlacedBlock]]:
    """Return (document text, [(page number, page text)], placed blocks in reading order)."""
    parts: list[str] = []
    page_texts: list[tuple[int | None, str]] = []
    placed: list[PlacedBlock] = []
    offset = 0
    for page_index, page in enumerate(doc.pages):
        if page_index:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        page_start = offset
        lines: list[str] = []
        for block in page.blocks:
            if lines:
                offset += 1  # the newline before this block
            start = offset
            if block.kind is BlockKind.ROW:
                cell_spans = []
                cursor = start
                for cell_index, cell in enumerate(block.cells):
                    if cell_index:
                        cursor += 1  # the tab
                    cell_spans.append(Span(cursor, cursor + len(cell), page.number))
                    cursor += len(cell)
                text = "\t".join(block.cells)
                placed.append(
                    PlacedBlock(
                        block,
                        Span(start, start + len(text), page.number),
                        tuple(cell_spans),
                        index=len(placed),
                    )
                )
            else:
                text = block.text
                placed.append(
                    PlacedBlock(
                        block, Span(start, start + len(text), page.number), index=len(placed)
                    )
                )
            lines.append(text)
            offset += len(text)
        page_text = "\n".join(lines)
        assert offset - page_start == len(page_text)
        parts.append(page_text)
        page_texts.append((page.number, page_text))
    return "".join(parts), page_texts, placed
