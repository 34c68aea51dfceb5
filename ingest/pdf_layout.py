"""Rebuild headings, paragraphs and table rows from the positioned words of a PDF.

Governance papers are usually borderless tables, so rows are found from geometry:

* a table starts at a bold header line at body size (the ``thead`` that repeats on each page);
  a bold line apart above it is a caption, one below it a sub-heading;
* a bold line of one phrase between rows, at the table's left edge or centred on it, with rows
  under it, is a sub-heading: a HEADING, then the header again (as the other loaders give a
  sub-heading row), so the rows under it take it as their category;
* word spaces are measured (a monospaced font's are wider), so cells are told from words
  whatever the font;
* it runs until a heading, a new header, or a prose line that starts at the left margin and
  crosses an established column start (the gutter in front of a column is never crossed by
  table text);
* columns are the gaps in the horizontal coverage of all words of the table, across pages,
  so a column that is empty on one page keeps its place;
* rows: lines of one cell are about one line-gap apart, rows are further apart. Among the
  candidate cuts the dynamic programme keeps the finest split in which every row has its cells
  vertically centred on one line (the layout of these tables), or top-aligned where a row is cut
  by a page break.

Tables drawn with ruling lines come from pdfplumber's line-based finder instead
(:mod:`ingest.pdf_ruled`), and running headers and footers are dropped first
(:mod:`ingest.running_lines`). Shading is not a rule (:func:`ingest.pdf_ruled.is_rule`): a
header band, a zebra-striped body or a sub-heading bar drawn as filled boxes leaves the table
borderless.

This module puts the page together; the stages live beside it: :mod:`ingest.pdf_words` (words
into lines), :mod:`ingest.pdf_labels` (header, caption and sub-heading lines),
:mod:`ingest.pdf_columns` and :mod:`ingest.pdf_rows` (a borderless table's columns and rows).

The output rows are what a text extraction of the same page would give, so the record extractor
treats both the same way (continuation rows, repeated headers and all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ingest.cleaning import clean_text
from ingest.model import Block, BlockKind
from ingest.pdf_columns import _cell_lines, _CellLine, column_layout, join_split_columns
from ingest.pdf_labels import _header_line, _larger_than, _split_bold_run, _subheading_line, _tight
from ingest.pdf_rows import (
    _anchored_bands,
    _bands,
    _opening_text,
    _paragraph_text,
    line_gap,
    row_cells,
    row_gap,
    segment_rows,
)
from ingest.pdf_ruled import RuledTable, ruled_blocks
from ingest.pdf_words import Line, PageItem, Region, Word, _segment_starts, group_lines, word_space
from ingest.row_anchors import anchor_column


def _split_items(lines: list[Line], body_size: float) -> list[PageItem]:
    """Walk a page top-down into headings, paragraphs and table regions."""
    items: list[PageItem] = []
    index = 0
    space = word_space(lines, body_size)
    while index < len(lines):
        line = lines[index]
        if min(w.size for w in line.words) >= body_size * 1.3:
            text = line.text()
            index += 1
            while index < len(lines) and min(w.size for w in lines[index].words) >= body_size * 1.3:
                text += " " + lines[index].text()
                index += 1
            items.append(("heading", text))
            continue
        if _header_line(line, space):
            run_end = index + 1
            if line.all_bold():
                while run_end < len(lines) and lines[run_end].all_bold():
                    run_end += 1
            captions, header, subheading = _split_bold_run(lines[index:run_end], space)
            if captions:
                items.append(("heading", " ".join(ln.text() for ln in captions)))
            index += len(captions) + len(header) + len(subheading)
            if all(len(_segment_starts(ln, space)) == 1 for ln in header) and (
                index >= len(lines)
                or (
                    len(_segment_starts(lines[index], space)) == 1
                    and abs(lines[index].x0 - header[0].x0) < 4.0
                )
            ):
                # one bold phrase over running text is a heading ("Recommendation"), not the
                # labels of columns
                items.append(("heading", " ".join(ln.text() for ln in header)))
                continue
            body, subheadings, index = _take_body(lines, index, header, body_size, space)
            if subheading:  # a sub-heading straight under the header
                subheadings.insert(0, (0, " ".join(ln.text() for ln in subheading)))
            region = Region(header, body, index >= len(lines), subheadings=subheadings)
            items.append(("table", region))
            continue
        items.append(("paragraph", [line]))
        index += 1
    return _merge_paragraph_lines(items)


def _take_body(
    lines: list[Line], index: int, header: list[Line], body_size: float, space: float
) -> tuple[list[Line], list[tuple[int, str]], int]:
    """Accept table lines until a heading, a new header or a prose line; bold one-phrase lines
    at the table's left edge between rows are sub-headings (index of the line they precede)."""
    body: list[Line] = []
    subheadings: list[tuple[int, str]] = []
    # the header's label starts count once each: on a page that holds only a cell's last lines
    # (one column), a line of prose under the table still crosses the columns the header names
    start_counts: Counter[float] = Counter(
        round(x) for x in _segment_starts(header[0], space) if len(header[0].words) > 1
    )
    covered: list[tuple[float, float]] = [(w.x0, w.x1) for ln in header for w in ln.words]
    while index < len(lines):
        line = lines[index]
        if min(w.size for w in line.words) >= body_size * 1.3:
            break
        if line.all_bold():
            if not _subheading_line(line, header, space) or _larger_than(line, header):
                break  # a bold line in larger type than the header is a heading after it
            end = index + 1
            while (
                end < len(lines)
                and lines[end].all_bold()
                and _tight(lines[end - 1], lines[end])
                and len(_segment_starts(lines[end], space)) == 1
            ):
                end += 1
            following = lines[end] if end < len(lines) else None
            if (
                following is None
                or (following.all_bold() and not _subheading_line(following, header, space))
                or min(w.size for w in following.words) >= body_size * 1.3
                or (body and _is_prose(following, start_counts, covered))
            ):
                break  # no rows under it: a heading after the table, not a sub-heading
            subheadings.append((len(body), " ".join(ln.text() for ln in lines[index:end])))
            index = end
            continue
        if body and _is_prose(line, start_counts, covered):
            break
        body.append(line)
        covered.extend((w.x0, w.x1) for w in line.words)
        for x in _segment_starts(line, space):
            start_counts[round(x)] += 1
        index += 1
    return body, subheadings, index


def _is_prose(line: Line, start_counts: Counter[float], covered: list[tuple[float, float]]) -> bool:
    if not start_counts:
        return False
    leftmost = min(start_counts)
    if line.x0 > leftmost + 2.5:
        return False
    established = [
        x
        for x, count in start_counts.items()
        if count >= 2
        and x > leftmost + 3
        and not any(a < x - 0.6 and b > x - 1.8 for a, b in covered)
    ]
    return any(w.x0 < x - 1.8 and w.x1 > x - 0.6 for x in established for w in line.words)


def _merge_paragraph_lines(items: list[PageItem]) -> list[PageItem]:
    """Join consecutive prose lines that are one paragraph (gap under half a line)."""
    merged: list[PageItem] = []
    for kind, payload in items:
        if kind == "paragraph" and merged and merged[-1][0] == "paragraph":
            previous: list[Line] = merged[-1][1]  # type: ignore[assignment]
            line: Line = payload[0]  # type: ignore[index]
            last = previous[-1]
            height = last.bottom - last.top
            if line.top - last.bottom <= height * 0.6:
                previous.append(line)
                continue
        merged.append((kind, payload))
    return merged


def _page_items(words: list[Word], ruled: Sequence[RuledTable], body_size: float) -> list[PageItem]:
    """Headings, paragraphs and borderless tables of the text around the ruled tables, with the
    ruled tables in their place."""
    if not ruled:
        return _split_items(group_lines(words, body_size), body_size)
    items: list[PageItem] = []
    remaining = words
    for table in sorted(ruled, key=lambda t: t.top):
        above = [w for w in remaining if w.bottom <= table.top + 1.0]
        remaining = [w for w in remaining if w.bottom > table.top + 1.0]
        items.extend(
            _bold_lines_as_headings(_split_items(group_lines(above, body_size), body_size))
        )
        items.append(("ruled", table))
    items.extend(
        _bold_lines_as_headings(_split_items(group_lines(remaining, body_size), body_size))
    )
    return items


def _bold_lines_as_headings(items: list[PageItem]) -> list[PageItem]:
    """Beside ruled tables, a bold line with no table under it is a heading (a caption)."""
    out: list[PageItem] = []
    for kind, payload in items:
        if kind == "table" and isinstance(payload, Region) and not payload.body:
            out.append(("heading", " ".join(line.text() for line in payload.header)))
        else:
            out.append((kind, payload))
    return out


def layout_pages(
    pages_words: list[list[Word]],
    body_size: float,
    ruled: Sequence[Sequence[RuledTable]] | None = None,
) -> list[list[Block]]:
    """Blocks for every page; table columns are shared by all pages of one table. ``ruled``
    holds each page's tables drawn with ruling lines (their words are not in ``pages_words``)."""
    page_items = [
        _page_items(words, ruled[index] if ruled else (), body_size)
        for index, words in enumerate(pages_words)
    ]
    tables: list[list[Region]] = []
    last_region: Region | None = None
    for items in page_items:
        for position, (kind, payload) in enumerate(items):
            if kind != "table":
                last_region = None
                continue
            region: Region = payload  # type: ignore[assignment]
            continues = (
                position == 0
                and last_region is not None
                and last_region.reaches_page_end
                and last_region.header_key() == region.header_key()
            )
            if continues:
                tables[-1].append(region)
            else:
                tables.append([region])
            last_region = region
        if items and items[-1][0] != "table":
            last_region = None
    for table in tables:
        layout = join_split_columns(table, column_layout(table), body_size)
        for region in table:
            region.columns = layout
    gap = line_gap(_cell_lines(region.body, region.columns) for table in tables for region in table)
    region_bands = {
        id(region): [
            (label, _bands(_cell_lines(lines, region.columns), gap))
            for label, lines in region.segments()
        ]
        for table in tables
        for region in table
    }
    usual_row_gap = row_gap(bands for parts in region_bands.values() for _, bands in parts)
    for table in tables:  # rows run together under thin padding: part them at their refs
        parts = [part for region in table for part in region_bands[id(region)]]
        anchor = anchor_column([b for _, bands in parts for b in bands], gap, _opening_text)
        if anchor is not None:
            for region in table:
                region_bands[id(region)] = [
                    (label, _anchored_bands(bands, gap, anchor))
                    for label, bands in region_bands[id(region)]
                ]
    words = Counter(
        token.lower().strip(".,;:()'\"")
        for page in pages_words
        for w in page
        for token in w.text.split("/")
    )

    words.update(
        token.lower().strip(".,;:()'\"")
        for page in ruled or ()
        for table in page
        for row in table.words
        for cell in row
        for w in cell
        for token in w.text.split("/")
    )
    pages_blocks: list[list[Block]] = []
    ruled_header: tuple[str, ...] | None = None
    for items in page_items:
        blocks: list[Block] = []
        for kind, payload in items:
            if kind == "ruled":
                assert isinstance(payload, RuledTable)
                new_blocks, ruled_header = ruled_blocks(payload, body_size, words, ruled_header)
                blocks.extend(new_blocks)
                continue
            if kind in ("heading", "paragraph"):
                ruled_header = None
            if kind == "heading":
                blocks.append(Block(BlockKind.HEADING, text=clean_text(str(payload))))
            elif kind == "paragraph":
                text = _paragraph_text(payload, words)  # type: ignore[arg-type]
                if text:
                    blocks.append(Block(BlockKind.PARAGRAPH, text=text))
            else:
                region = payload  # type: ignore[assignment]
                blocks.extend(
                    _region_blocks(region, region_bands[id(region)], usual_row_gap, words)
                )
        pages_blocks.append(blocks)
    return pages_blocks


def _region_blocks(
    region: Region,
    parts: list[tuple[str | None, list[list[_CellLine]]]],
    usual_row_gap: float,
    words: Counter[str],
) -> list[Block]:
    """The header row, then the rows; a sub-heading is a HEADING followed by the header again
    (see ``ingest.loaders.REPEAT_HEADER_AFTER_SUBHEADING``), so the rows under it keep their
    columns and take it as their category."""
    columns = region.columns
    header = Block(
        BlockKind.ROW,
        cells=row_cells(_cell_lines(region.header, columns), len(columns), words),
        header_hint=True,
    )
    blocks = [header]
    for label, bands in parts:
        if label is not None:
            blocks.append(Block(BlockKind.HEADING, text=clean_text(label)))
            blocks.append(header)
        for row in segment_rows(bands, usual_row_gap):
            cells = row_cells(row, len(columns), words)
            if any(cells):
                blocks.append(Block(BlockKind.ROW, cells=cells))
    return blocks
