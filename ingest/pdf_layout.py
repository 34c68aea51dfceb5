"""Rebuild headings, paragraphs and table rows from the positioned words of a PDF.

Governance papers are usually borderless tables, so rows are found from geometry:

* a table starts at a bold header line at body size (the ``thead`` that repeats on each page);
* it runs until a heading, a new header, or a prose line that starts at the left margin and
  crosses an established column start (the gutter in front of a column is never crossed by
  table text);
* columns are the gaps in the horizontal coverage of all words of the table, across pages,
  so a column that is empty on one page keeps its place;
* rows: lines of one cell are about one line-gap apart, rows are further apart. Among the
  candidate cuts the dynamic programme keeps the finest split in which every row has its cells
  vertically centred on one line (the layout of these tables), or top-aligned where a row is cut
  by a page break.

The output rows are what a text extraction of the same page would give, so the record extractor
treats both the same way (continuation rows, repeated headers and all).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.cleaning import clean_text
from ingest.model import Block, BlockKind

CENTRE_TOLERANCE = 1.6
LINE_TOLERANCE = 1.5


@dataclass(frozen=True, slots=True)
class Word:
    """One positioned word; slotted, as a long PDF holds hundreds of thousands of them."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    size: float = 9.0
    symbol: bool = False


@dataclass
class Line:
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self._text_words())

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self._text_words())

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    def _text_words(self) -> list[Word]:
        return [w for w in self.words if not w.symbol] or self.words

    def all_bold(self) -> bool:
        words = [w for w in self.words if not w.symbol]
        return bool(words) and all(w.bold for w in words)

    def text(self) -> str:
        return join_words(self.words)


@dataclass
class Region:
    """A table's header lines and body lines on one page."""

    header: list[Line]
    body: list[Line]
    reaches_page_end: bool
    columns: list[tuple[float, float]] = field(default_factory=list)

    def header_key(self) -> str:
        return " ".join(w.text for line in self.header for w in line.words)


def join_words(words: Sequence[Word]) -> str:
    """Words of one line; glyph runs that touch (superscripts, kerned splits) join directly."""
    out = ""
    for index, word in enumerate(words):
        if index and word.x0 - words[index - 1].x1 > 0.6:
            out += " "
        out += word.text
    return out


PageItem = tuple[str, object]  # ("heading", str) | ("paragraph", list[Line]) | ("table", Region)


def group_lines(words: Iterable[Word], body_size: float = 9.0) -> list[Line]:
    """Words sharing a baseline (within tolerance) form a line, left to right.

    Superscripts (smaller words) join the line their box overlaps.
    """
    lines: list[Line] = []
    ordered = sorted(words, key=lambda w: (round(w.top, 1), w.x0))
    small = [w for w in ordered if w.size < body_size * 0.85]
    for word in (w for w in ordered if w.size >= body_size * 0.85):
        if lines and abs(lines[-1].words[0].top - word.top) <= LINE_TOLERANCE:
            lines[-1].words.append(word)
        else:
            lines.append(Line([word]))
    for word in small:
        host = next(
            (ln for ln in lines if ln.top - 1 <= word.bottom and word.top <= ln.bottom), None
        )
        if host is None:
            lines.append(Line([word]))
        else:
            host.words.append(word)
    lines.sort(key=lambda ln: ln.words[0].top)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _segment_starts(line: Line, space: float) -> list[float]:
    starts = [line.words[0].x0]
    for left, right in zip(line.words, line.words[1:], strict=False):
        if right.x0 - left.x1 > space * 1.2:
            starts.append(right.x0)
    return starts


def _split_items(lines: list[Line], body_size: float) -> list[PageItem]:
    """Walk a page top-down into headings, paragraphs and table regions."""
    items: list[PageItem] = []
    index = 0
    space = body_size * 0.32
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
        if line.all_bold():
            header = [line]
            index += 1
            while index < len(lines) and lines[index].all_bold():
                header.append(lines[index])
                index += 1
            body, index = _take_body(lines, index, header, body_size, space)
            items.append(("table", Region(header, body, index >= len(lines))))
            continue
        items.append(("paragraph", [line]))
        index += 1
    return _merge_paragraph_lines(items)


def _take_body(
    lines: list[Line], index: int, header: list[Line], body_size: float, space: float
) -> tuple[list[Line], int]:
    """Accept table lines until a heading, a new header or a prose line."""
    body: list[Line] = []
    start_counts: Counter[float] = Counter()
    covered: list[tuple[float, float]] = [(w.x0, w.x1) for ln in header for w in ln.words]
    while index < len(lines):
        line = lines[index]
        if line.all_bold() or min(w.size for w in line.words) >= body_size * 1.3:
            break
        if body and _is_prose(line, start_counts, covered):
            break
        body.append(line)
        covered.extend((w.x0, w.x1) for w in line.words)
        for x in _segment_starts(line, space):
            start_counts[round(x)] += 1
        index += 1
    return body, index


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


def column_layout(regions: Sequence[Region]) -> list[tuple[float, float]]:
    """Columns are the runs of the horizontal coverage of every word of a table."""
    spans = sorted(
        (w.x0, w.x1)
        for region in regions
        for line in region.header + region.body
        for w in line.words
    )
    columns: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + 1.0:
            columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
        else:
            columns.append((x0, x1))
    return columns


def _column_of(word: Word, columns: list[tuple[float, float]]) -> int:
    for index, (x0, x1) in enumerate(columns):
        if x0 - 0.5 <= word.x0 <= x1:
            return index
    return min(range(len(columns)), key=lambda i: abs(columns[i][0] - word.x0))


@dataclass
class _CellLine:
    column: int
    top: float
    bottom: float
    words: list[Word]


def _cell_lines(lines: list[Line], columns: list[tuple[float, float]]) -> list[_CellLine]:
    out: list[_CellLine] = []
    for line in lines:
        by_column: dict[int, list[Word]] = {}
        for word in line.words:
            by_column.setdefault(_column_of(word, columns), []).append(word)
        for column, words in by_column.items():
            text_words = [w for w in words if not w.symbol] or words
            out.append(
                _CellLine(
                    column,
                    min(w.top for w in text_words),
                    max(w.bottom for w in text_words),
                    words,
                )
            )
    return sorted(out, key=lambda c: (c.top, c.column))


def line_gap(cells: Iterable[_CellLine]) -> float:
    """The usual gap between wrapped lines of one cell: the smallest gap seen three times or more.

    (The most common gap would be wrong: in tables of one-line rows it is the gap between rows.)
    """
    gaps: Counter[float] = Counter()
    last_in_column: dict[int, _CellLine] = {}
    for cell in sorted(cells, key=lambda c: (c.column, c.top)):
        previous = last_in_column.get(cell.column)
        if previous is not None and cell.top >= previous.bottom:
            gaps[round((cell.top - previous.bottom) * 2) / 2] += 1
        last_in_column[cell.column] = cell
    frequent = [gap for gap, count in gaps.items() if count >= 3]
    return min(frequent) if frequent else 1.5


def _bands(cells: list[_CellLine], gap: float) -> list[list[_CellLine]]:
    """Group cell lines closer than a row gap: in-cell line breaks never separate rows."""
    threshold = gap + 1.2
    bands: list[list[_CellLine]] = []
    bottom = float("-inf")
    for cell in cells:
        if bands and cell.top <= bottom + threshold:
            bands[-1].append(cell)
            bottom = max(bottom, cell.bottom)
        else:
            bands.append([cell])
            bottom = cell.bottom
    return bands


def _misalignment(cells: Sequence[_CellLine]) -> float:
    """How far the worst cell is from sitting at the row's top, bottom or middle (points)."""
    extent: dict[int, tuple[float, float]] = {}
    for cell in cells:
        top, bottom = extent.get(cell.column, (cell.top, cell.bottom))
        extent[cell.column] = (min(top, cell.top), max(bottom, cell.bottom))
    if len(extent) < 2:
        return 0.0
    row_top = min(top for top, _ in extent.values())
    row_bottom = max(bottom for _, bottom in extent.values())
    row_centre = (row_top + row_bottom) / 2
    return max(
        min(abs(top - row_top), abs(bottom - row_bottom), abs((top + bottom) / 2 - row_centre))
        for top, bottom in extent.values()
    )


def _band_gaps(bands: list[list[_CellLine]]) -> list[float]:
    gaps = []
    bottom = float("-inf")
    for index, band in enumerate(bands):
        top = min(c.top for c in band)
        if index:
            gaps.append(top - bottom)
        bottom = max(bottom, max(c.bottom for c in band))
    return gaps


def row_gap(regions_bands: Iterable[list[list[_CellLine]]]) -> float:
    """The usual gap between two rows (cell padding): the most common gap between bands."""
    counts: Counter[float] = Counter()
    for bands in regions_bands:
        counts.update(round(g * 2) / 2 for g in _band_gaps(bands))
    return counts.most_common(1)[0][0] if counts else 4.0


def segment_rows(bands: list[list[_CellLine]], usual_row_gap: float) -> list[list[_CellLine]]:
    """Split bands into rows.

    A gap about the size of the cell padding always separates rows. A larger gap is either a
    paragraph break inside a cell or a row boundary with paragraph margins; there the split
    whose rows have their cells best aligned (top, middle or bottom) wins, finer splits first.
    """
    count = len(bands)
    gaps = _band_gaps(bands)
    forced = [gap <= usual_row_gap + 2.5 for gap in gaps]
    best = [float("inf")] * (count + 1)
    previous = [0] * (count + 1)
    best[0] = 0.0
    for end in range(1, count + 1):
        for start in range(end - 1, -1, -1):
            if start < end - 1 and forced[start]:
                break  # a segment never spans a certain row boundary
            if best[start] == float("inf"):
                continue
            members = [c for band in bands[start:end] for c in band]
            cost = max(0.0, _misalignment(members) - CENTRE_TOLERANCE) - 0.01
            if best[start] + cost < best[end]:
                best[end] = best[start] + cost
                previous[end] = start
    rows: list[list[_CellLine]] = []
    end = count
    while end > 0:
        start = previous[end]
        rows.append([c for band in bands[start:end] for c in band])
        end = start
    return rows[::-1]


def _broken_word(previous: str, text: str, words: Counter[str]) -> bool:
    """'Performance/Direc' + 'tor': a word the layout broke without a hyphen."""
    tail = re.split(r"[\s/]", previous)[-1].lower()
    head = re.split(r"[\s/.,;:]", text)[0].lower()
    if not tail.isalpha() or not head.isalpha():
        return False
    return words[tail + head] >= 2 and words[tail] <= 1 and words[head] <= 1


def _join_lines(
    lines: list[list[Word]], tops: list[float], bottoms: list[float], words: Counter[str]
) -> str:
    """Join the lines of one cell: wrapped lines with a space, paragraphs with a line break."""
    parts: list[str] = []
    for index, line_words in enumerate(lines):
        text = join_words(line_words)
        if index == 0:
            parts.append(text)
            continue
        gap = tops[index] - bottoms[index - 1]
        height = bottoms[index - 1] - tops[index - 1]
        previous = parts[-1]
        hyphenated = previous.endswith("-") and not previous.endswith(" -")
        if gap > height * 0.6 or text.startswith("•"):
            parts.append("\n" + text)
        elif hyphenated or _broken_word(previous, text, words):
            parts.append(text)
        else:
            parts.append(" " + text)
    return "".join(parts)


def row_cells(cells: list[_CellLine], column_count: int, words: Counter[str]) -> tuple[str, ...]:
    by_column: dict[int, list[_CellLine]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    texts = []
    for column in range(column_count):
        members = sorted(by_column.get(column, []), key=lambda c: c.top)
        raw = _join_lines(
            [c.words for c in members], [c.top for c in members], [c.bottom for c in members], words
        )
        texts.append(clean_text(raw))
    return tuple(texts)


def _paragraph_text(lines: list[Line], words: Counter[str]) -> str:
    return clean_text(
        _join_lines(
            [ln.words for ln in lines], [ln.top for ln in lines], [ln.bottom for ln in lines], words
        )
    )


def layout_pages(pages_words: list[list[Word]], body_size: float) -> list[list[Block]]:
    """Blocks for every page; table columns are shared by all pages of one table."""
    page_items = [_split_items(group_lines(words, body_size), body_size) for words in pages_words]
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
        layout = column_layout(table)
        for region in table:
            region.columns = layout
    gap = line_gap(
        cell
        for table in tables
        for region in table
        for cell in _cell_lines(region.body, region.columns)
    )
    region_bands = {
        id(region): _bands(_cell_lines(region.body, region.columns), gap)
        for table in tables
        for region in table
    }
    usual_row_gap = row_gap(region_bands.values())
    words = Counter(
        token.lower().strip(".,;:()'\"")
        for page in pages_words
        for w in page
        for token in w.text.split("/")
    )

    pages_blocks: list[list[Block]] = []
    for items in page_items:
        blocks: list[Block] = []
        for kind, payload in items:
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
    region: Region, bands: list[list[_CellLine]], usual_row_gap: float, words: Counter[str]
) -> list[Block]:
    columns = region.columns
    header = row_cells(_cell_lines(region.header, columns), len(columns), words)
    blocks = [Block(BlockKind.ROW, cells=header, header_hint=True)]
    for row in segment_rows(bands, usual_row_gap):
        cells = row_cells(row, len(columns), words)
        if any(cells):
            blocks.append(Block(BlockKind.ROW, cells=cells))
    return blocks
