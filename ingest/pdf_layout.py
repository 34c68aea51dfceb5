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

Tables drawn with ruling lines come from pdfplumber's line-based finder instead (see
:class:`RuledTable` and :func:`ruled_blocks`), and running headers and footers are dropped
first (:func:`drop_running_lines`). Shading is not a rule (:func:`is_rule`): a header band, a
zebra-striped body or a sub-heading bar drawn as filled boxes leaves the table borderless.

The output rows are what a text extraction of the same page would give, so the record extractor
treats both the same way (continuation rows, repeated headers and all).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.cleaning import clean_text, is_page_number
from ingest.columns import Role, match_header
from ingest.model import Block, BlockKind
from ingest.rag_fills import with_rag
from ingest.row_anchors import anchor_column, anchor_cuts
from ingest.vocabulary import has_sentence_end

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
    # sub-headings between rows: (index of the body line they stand before, text)
    subheadings: list[tuple[int, str]] = field(default_factory=list)

    def segments(self) -> list[tuple[str | None, list[Line]]]:
        """The body cut at its sub-headings: (sub-heading or None, the lines under it)."""
        out: list[tuple[str | None, list[Line]]] = []
        start, label = 0, None
        for index, text in self.subheadings:
            if index > start or label is not None:
                out.append((label, self.body[start:index]))
            start, label = index, text
        out.append((label, self.body[start:]))
        return [(label, lines) for label, lines in out if label is not None or lines]

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


def _same_line(first: Word, word: Word) -> bool:
    """Boxes that share most of their height lie on one line though their tops differ (a scan's
    word boxes: a label with a descender, 'Body', beside a value without)."""
    overlap = min(first.bottom, word.bottom) - max(first.top, word.top)
    return overlap >= 0.8 * min(first.bottom - first.top, word.bottom - word.top)


def group_lines(words: Iterable[Word], body_size: float = 9.0) -> list[Line]:
    """Words sharing a baseline (within tolerance) form a line, left to right.

    Superscripts (smaller words) join the line their box overlaps.
    """
    lines: list[Line] = []
    ordered = sorted(words, key=lambda w: (round(w.top, 1), w.x0))
    small = [w for w in ordered if w.size < body_size * 0.85]
    for word in (w for w in ordered if w.size >= body_size * 0.85):
        if lines and (
            abs(lines[-1].words[0].top - word.top) <= LINE_TOLERANCE
            or _same_line(lines[-1].words[0], word)
        ):
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


def _cell_runs(line: Line, space: float) -> list[list[Word]]:
    """The words of ``line`` in runs parted by more than a word space (cells, or phrases)."""
    runs = [[line.words[0]]]
    for left, right in zip(line.words, line.words[1:], strict=False):
        # a word space grows with the type: a larger caption is one phrase, not two cells
        if right.x0 - left.x1 > max(space, min(left.size, right.size) * 0.32) * 1.2:
            runs.append([right])
        else:
            runs[-1].append(right)
    return runs


def _segment_starts(line: Line, space: float) -> list[float]:
    return [run[0].x0 for run in _cell_runs(line, space)]


def word_space(lines: Sequence[Line], body_size: float) -> float:
    """The width of a word space at body size: the most common gap between neighbouring words
    (in ems), at least a proportional font's third of an em; a monospaced font's is wider."""
    ratios: Counter[float] = Counter()
    for line in lines:
        for left, right in zip(line.words, line.words[1:], strict=False):
            size = min(left.size, right.size) or body_size
            gap = right.x0 - left.x1
            if 0.6 < gap < size:
                ratios[round(gap / size * 20) / 20] += 1
    ratio = ratios.most_common(1)[0][0] if ratios else 0.0
    return body_size * min(0.7, max(0.32, ratio))


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


LABEL_MAX_WORDS = 4  # a column label is a short phrase ('Responsible officer')
LABEL_SHARE = 0.6  # of a line's cells that must name a record field for it to be a header


def _short_word(text: str) -> bool:
    """One short word and its dot ('Ret.', 'Resp.'): an abbreviation however it was read (OCR
    reads 'Ref.' as 'Ret.'), not the end of a sentence."""
    return bool(re.fullmatch(r"\W?[A-Za-z]{1,5}\.", text.strip()))


def name_fields(texts: list[str]) -> bool:
    """Whether a line's cells read as column labels: three or more short phrases, none ending
    a sentence or introducing a value ('Body:'; an abbreviation such as 'No.' or 'Ref.' ends a
    word, see ``vocabulary.has_sentence_end``), most naming a record field by meaning."""
    if len(texts) < 3:
        return False
    if any(
        len(text.split()) > LABEL_MAX_WORDS
        or (has_sentence_end(text) and not _short_word(text))
        or text.endswith(":")
        for text in texts
    ):
        return False
    named = sum(1 for text in texts if match_header(text).role is not Role.OTHER)
    return named >= max(3, math.ceil(len(texts) * LABEL_SHARE))


def labels_line(line: Line, space: float) -> bool:
    """A header in regular type ('Ref', 'Responsible officer', 'Target date': see
    :func:`name_fields`), as a table whose header is shaded, coloured or plain rather than
    bold has."""
    return name_fields([join_words(segment).strip() for segment in _split_segments(line, space)])


def _header_line(line: Line, space: float) -> bool:
    """Bold labels (the usual ``thead``), or labels in regular type that name fields."""
    return line.all_bold() or labels_line(line, space)


def _gap(upper: Line, lower: Line) -> float:
    return lower.top - upper.bottom


def _tight(upper: Line, lower: Line) -> bool:
    """Two lines of one block of text (wrapped), not separated by padding or a margin."""
    return _gap(upper, lower) <= (upper.bottom - upper.top) * 0.6


HEADER_ROW_GAP = 2.5  # header rows stacked under a spanning label are this many lines apart


def _stacked_labels(upper: Line, lower: Line, space: float) -> bool:
    """A second row of a header: labels in several cells ('Original | Revised' under 'Target
    date'), within a few line heights of the row above."""
    if len(_segment_starts(lower, space)) < 2:
        return False
    return _gap(upper, lower) <= (upper.bottom - upper.top) * HEADER_ROW_GAP


def _split_bold_run(run: list[Line], space: float) -> tuple[list[Line], list[Line], list[Line]]:
    """A run of bold lines around a table header: a caption above it ("Action plan", apart
    from the header by more than a line gap), the header (the first line of several labels,
    the lines wrapped tight under it and further rows of labels stacked under it), and a
    sub-heading below it (one phrase, apart from the header, starting at its left edge or
    centred on it: "Internal audit: Estates").
    Without a line of several labels, all of it is the header (the caller decides)."""
    multi = next((i for i, ln in enumerate(run) if len(_segment_starts(ln, space)) > 1), None)
    if multi is None:
        return [], run, []
    start = multi
    while start > 0 and _tight(run[start - 1], run[start]):
        start -= 1
    end = multi + 1
    while (
        end < len(run)
        and (_tight(run[end - 1], run[end]) or _stacked_labels(run[end - 1], run[end], space))
        and not _crosses_labels(run[end], run[multi], space)
    ):
        end += 1
    header = run[start:end]
    sub_end = end
    if end < len(run) and _subheading_line(run[end], header, space):
        sub_end = end + 1
        while (
            sub_end < len(run)
            and _tight(run[sub_end - 1], run[sub_end])
            and len(_segment_starts(run[sub_end], space)) == 1
        ):
            sub_end += 1
    return run[:start], header, run[end:sub_end]


def _crosses_labels(line: Line, labels: Line, space: float) -> bool:
    """Whether ``line`` is one phrase that runs over a whole gutter between two labels of
    ``labels``: a label's wrapped words stay in its cell (centred ones too), so such a line is
    a spanning sub-heading set tight under the header ('Bus franchising' over 'ID | Finding').
    """
    if len(_segment_starts(line, space)) != 1:
        return False
    segments = _cell_runs(labels, space)
    gutters = [(left[-1].x1, right[0].x0) for left, right in itertools.pairwise(segments)]
    return any(line.x0 < a and line.words[-1].x1 > b for a, b in gutters)


def _subheading_line(line: Line, header: list[Line], space: float) -> bool:
    """A bold line of one phrase that starts at the table's left edge or is centred on it."""
    if not line.all_bold() or len(_segment_starts(line, space)) != 1:
        return False
    left = min(ln.x0 for ln in header)
    right = max(w.x1 for ln in header for w in ln.words)
    centre = (line.x0 + line.words[-1].x1) / 2
    return abs(line.x0 - left) < 6.0 or abs(centre - (left + right) / 2) < (right - left) * 0.1


HEADING_STEP = 1.15  # type this much larger than a table's header is a heading's


def _larger_than(line: Line, header: list[Line]) -> bool:
    """Whether ``line`` is set in larger type than every word of the table's ``header``."""
    sizes = [w.size for ln in header for w in ln.words if not w.symbol]
    return bool(sizes) and min(w.size for w in line.words) >= max(sizes) * HEADING_STEP


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


def column_layout(regions: Sequence[Region]) -> list[tuple[float, float]]:
    """Columns are the runs of the horizontal coverage of every word of a table. A word of a
    header line with another header line under it ('Target date' over 'Original | Revised')
    may span several columns: it counts only where no other word is."""
    spans = sorted(
        (w.x0, w.x1)
        for region in regions
        for line in region.header[-1:] + region.body
        for w in line.words
    )
    upper = [(w.x0, w.x1) for region in regions for line in region.header[:-1] for w in line.words]
    spans = sorted(
        spans + [(a, b) for a, b in upper if not any(x0 < b and x1 > a for x0, x1 in spans)]
    )
    columns: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + 1.0:
            columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
        else:
            columns.append((x0, x1))
    return columns


def join_split_columns(
    regions: Sequence[Region], columns: list[tuple[float, float]], body_size: float
) -> list[tuple[float, float]]:
    """Columns with the gaps that lie inside a cell closed: a gap that every line crossing it
    crosses within a word space ('31/03/2024 now' over '30/09/2024': dates of one width leave
    a clear gap before the word after them, in every row). A gutter between two columns is cell
    padding on both sides, wider than a word space on every line. A column whose every line
    reaches it within a word space is closed too, however few those lines are."""
    if len(columns) < 2:
        return columns
    lines = [line for region in regions for line in region.header + region.body]
    space = word_space(lines, body_size)
    near = [0] * (len(columns) - 1)
    far = [0] * (len(columns) - 1)
    lines_in = [0] * len(columns)  # how many lines have a word in each column
    for line in lines:
        for column in {_column_of(w, columns) for w in line.words}:
            lines_in[column] += 1
        ordered = sorted(line.words, key=lambda w: w.x0)
        for left, right in itertools.pairwise(ordered):
            column = _column_of(left, columns)
            if _column_of(right, columns) != column + 1 or column + 1 >= len(columns):
                continue
            threshold = max(space, min(left.size, right.size) * 0.32) * 1.2
            if right.x0 - left.x1 <= threshold:
                near[column] += 1
            else:
                far[column] += 1
    out = [columns[0]]
    for gap, span in enumerate(columns[1:]):
        # a sliver only ever reached within a word space ('risk' that ran one word past
        # the cell's usual edge on one line) is that cell's too
        sliver = near[gap] == lines_in[gap + 1] >= 1
        if (near[gap] >= 2 or sliver) and not far[gap]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
        else:
            out.append(span)
    return out


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


LINE_TOP_TOLERANCE = 1.0  # cells of one printed line start this close (points)


def one_line_rows(cells: Sequence[_CellLine]) -> bool:
    """Whether every printed line of a table region is a row of its own: the region has three
    columns or more and each line holds a cell in its first column and in at least half of its
    columns. A wrapped cell's later lines hold only the columns that wrap, so a region with any
    wrapped cell fails the test."""
    columns = {c.column for c in cells}
    if len(columns) < 3:
        return False
    first = min(columns)
    lines: list[list[_CellLine]] = []
    for cell in sorted(cells, key=lambda c: c.top):
        if lines and cell.top - lines[-1][0].top <= LINE_TOP_TOLERANCE:
            lines[-1].append(cell)
        else:
            lines.append([cell])
    if len(lines) < 3:
        return False
    return all(
        any(c.column == first for c in line) and 2 * len({c.column for c in line}) >= len(columns)
        for line in lines
    )


def line_gap(regions: Iterable[Iterable[_CellLine]]) -> float:
    """The usual gap between wrapped lines of one cell: the smallest gap seen three times or more.

    Gaps are measured within each region (a table's part on one page): lines of two pages
    sorted together would interleave and show gaps no page has.
    (The most common gap would be wrong: in tables of one-line rows it is the gap between rows.)
    A region whose rows are all one line (:func:`one_line_rows`) shows only gaps between rows:
    they are left out, and when no other region shows a wrapped line the gap returned is well
    under the smallest of them, so that each of those lines is a row.
    """
    gaps: Counter[float] = Counter()
    row_gaps: list[float] = []
    for region in regions:
        cells = list(region)
        measured = row_gaps if one_line_rows(cells) else None
        last_in_column: dict[int, _CellLine] = {}
        for cell in sorted(cells, key=lambda c: (c.column, c.top)):
            previous = last_in_column.get(cell.column)
            if previous is not None and cell.top >= previous.bottom:
                if measured is None:
                    gaps[round((cell.top - previous.bottom) * 2) / 2] += 1
                else:
                    measured.append(cell.top - previous.bottom)
            last_in_column[cell.column] = cell
    frequent = [gap for gap, count in gaps.items() if count >= 3]
    if frequent:
        return min(frequent)
    return min(row_gaps) - 2.0 if row_gaps else 1.5


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


def _opening_text(lines: list[_CellLine]) -> str:
    """The text of a cell's lines, a line broken after a hyphen joined ('NTCA-' + '01')."""
    text = ""
    for line in lines:
        part = join_words(line.words)
        text += part if not text or text.endswith("-") else " " + part
    return text


def _anchored_bands(bands: list[list[_CellLine]], gap: float, anchor: int) -> list[list[_CellLine]]:
    """Bands cut where the anchor column opens a further row (:mod:`ingest.row_anchors`), when
    every part has its cells aligned as a row's are."""
    out: list[list[_CellLine]] = []
    for band in bands:
        cuts = anchor_cuts(band, gap, anchor, _opening_text)
        bounds = [float("-inf"), *cuts, float("inf")]
        pieces = [
            [c for c in band if low <= c.top < high] for low, high in itertools.pairwise(bounds)
        ]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) > 1 and all(_misalignment(p) <= CENTRE_TOLERANCE for p in pieces):
            out.extend(pieces)
        else:
            out.append(band)
    return out


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


_CODE_SLASH_END = re.compile(r"[0-9A-Z]/$")
_CODE_START = re.compile(r"[0-9A-Z]")


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
        # a code or date broken after a slash ('IA-2023/' + '24-07', 'IA/' + '19/02') had no
        # space; between words ('improvement/' + 'director') a space may have been the break
        slashed = bool(_CODE_SLASH_END.search(previous)) and bool(_CODE_START.match(text))
        if gap > height * 0.6 or text.startswith("•"):
            parts.append("\n" + text)
        elif hyphenated or slashed or _broken_word(previous, text, words):
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


# -- ruled tables -----------------------------------------------------------------------------

SHADING_MIN = 2.0  # a filled rectangle thicker than this both ways is shading, not a rule


def open_row_ends(edges: Iterable[dict[str, object]]) -> list[float]:
    """Where the line-based finder needs a horizontal rule it cannot see: a row cut by the
    page break has no rule on its open side, so it is closed where the column rules end. Only
    where no horizontal rule lies (within a point): a full-width line at every end of a column
    rule would cut a cell merged down (a rowspan) wherever the rules of its neighbours end."""
    vertical: set[float] = set()
    horizontal: list[float] = []
    for edge in edges:
        if edge.get("orientation") == "v":
            vertical.update(
                round(float(value), 1)
                for value in (edge.get("top"), edge.get("bottom"))
                if isinstance(value, int | float)
            )
        elif (
            edge.get("orientation") == "h"
            and isinstance(top := edge.get("top"), int | float)
            and isinstance(x0 := edge.get("x0"), int | float)
            and isinstance(x1 := edge.get("x1"), int | float)
            and x1 - x0 > SHADING_MIN  # not the end of a thin rule drawn as a rectangle
        ):
            horizontal.append(float(top))
    horizontal.sort()
    return sorted(y for y in vertical if not any(abs(y - h) <= 1.0 for h in horizontal))


def is_rule(obj: dict[str, object]) -> bool:
    """Whether a drawn object can be a table rule, for the line-based table finder: a line, a
    curve, a stroked rectangle or a thin filled one. A filled rectangle that is wide both ways
    is shading (a header band, a zebra stripe, a sub-heading bar): its edges are not cell
    borders, so a table with shading and no rules is read as a borderless one. Other objects
    (characters, images) are kept."""
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return True
    width, height = obj.get("width", 0.0), obj.get("height", 0.0)
    if not isinstance(width, int | float) or not isinstance(height, int | float):
        return True
    return min(float(width), float(height)) <= SHADING_MIN


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class RuledTable:
    """A table drawn with ruling lines, as pdfplumber's line-based finder saw it: per row, per
    column, the bounding box of the cell that starts there (None where a merged cell covers
    it), the words inside that cell and the colour it is filled with."""

    top: float
    bottom: float
    cells: list[list[Box | None]]
    words: list[list[list[Word]]]
    # per row, per column: the hex colour a cell that starts there is filled with, or None
    fills: list[list[str | None]] = field(default_factory=list)


def _cell_text(words: list[Word], body_size: float, counts: Counter[str]) -> str:
    if not words:
        return ""
    lines = group_lines(words, body_size)
    return clean_text(
        _join_lines(
            [ln.words for ln in lines],
            [ln.top for ln in lines],
            [ln.bottom for ln in lines],
            counts,
        )
    )


def _origins(table: RuledTable) -> list[list[tuple[int, int]]]:
    """For every grid position, the (row, column) of the cell that covers it."""
    rows, cols = len(table.cells), max((len(r) for r in table.cells), default=0)
    owner: list[list[tuple[int, int] | None]] = [[None] * cols for _ in range(rows)]
    col_x = [
        min((box[0] for r in table.cells if c < len(r) and (box := r[c]) is not None), default=0.0)
        for c in range(cols)
    ]
    row_y = [min((b[1] for b in r if b is not None), default=float("inf")) for r in table.cells]
    for r, row in enumerate(table.cells):
        for c, box in enumerate(row):
            if box is None:
                continue
            x1, bottom = box[2], box[3]
            c_end = c + 1
            while c_end < cols and col_x[c_end] < x1 - 1.0:
                c_end += 1
            r_end = r + 1
            while r_end < rows and row_y[r_end] < bottom - 1.0:
                r_end += 1
            for rr in range(r, r_end):
                for cc in range(c, c_end):
                    if owner[rr][cc] is None:
                        owner[rr][cc] = (r, c)
    out: list[list[tuple[int, int]]] = []
    for r in range(rows):
        row_out: list[tuple[int, int]] = []
        for c in range(cols):
            found = owner[r][c]
            if found is None:  # an uncovered slot: the cell to its left, else a cell of its own
                found = row_out[-1] if row_out else (r, c)
            row_out.append(found)
        out.append(row_out)
    return out


def ruled_blocks(
    table: RuledTable, body_size: float, counts: Counter[str], header: tuple[str, ...] | None
) -> tuple[list[Block], tuple[str, ...] | None]:
    """Blocks of one ruled table: a combined header row (``header_hint``; "Target date" over
    "Original | Revised" gives "Target date Original", "Target date Revised"), body rows (a
    value merged down is repeated in every row it covers, one merged across is given once; a
    row that repeats the header is marked as a header), and a HEADING for a row that is one
    cell across the whole table (a sub-heading), followed by the header again so that the
    rows under it are read with their columns. ``header`` is the header of the table this one
    continues (previous page); the header in force is returned."""
    rows, cols = len(table.cells), max((len(r) for r in table.cells), default=0)
    if not rows or not cols:
        return [], header
    origin = _origins(table)
    texts: dict[tuple[int, int], str] = {}

    def text(r: int, c: int) -> str:
        key = origin[r][c]
        if key not in texts:
            kr, kc = key
            words = table.words[kr][kc] if kc < len(table.words[kr]) else []
            texts[key] = _cell_text(words, body_size, counts)
        return texts[key]

    def full_width(r: int) -> bool:
        return cols > 1 and len({origin[r][c] for c in range(cols)}) == 1

    def bold(r: int) -> bool:
        words = [
            w
            for c in range(cols)
            if origin[r][c] == (r, c) and c < len(table.words[r])
            for w in table.words[r][c]
            if not w.symbol
        ]
        return bool(words) and all(w.bold for w in words)

    def labels(r: int) -> bool:
        values = [text(r, c) for c in range(cols) if origin[r][c] == (r, c)]
        filled = [v for v in values if v]
        return len(filled) >= 2 and all(
            len(v.split()) <= 5 and not re.search(r"\d", v) for v in filled
        )

    blocks: list[Block] = []
    start = 0
    while start < rows and full_width(start):  # a title row over the table
        if text(start, 0):
            blocks.append(Block(BlockKind.HEADING, text=text(start, 0)))
        start += 1
    end = start
    while end < rows and end - start < 4 and bold(end) and not full_width(end):
        end += 1
    if end == start and start + 1 < rows and header is None and labels(start):
        end = start + 1  # no bold type (a scan): a first row of short labels is the header
    if end > start:  # header rows: also those a header cell spans down into
        spanned = [r for r in range(end, rows) for c in range(cols) if origin[r][c][0] < end]
        end = max([end, *(r + 1 for r in spanned)])
        parts: list[list[str]] = [[] for _ in range(cols)]
        for c in range(cols):
            seen: set[tuple[int, int]] = set()
            for r in range(start, end):
                key = origin[r][c]
                if key in seen:
                    continue
                seen.add(key)
                value = text(r, c)
                if value and (not parts[c] or parts[c][-1] != value):
                    parts[c].append(value)
        combined = tuple(" ".join(p) for p in parts)
        if header is None or normalise_key(combined) != normalise_key(header):
            header = combined
        pending = combined
    else:
        pending = None
    for r in range(end, rows):
        if full_width(r):
            if text(r, 0):
                if pending is not None and not blocks_have_rows(blocks):
                    # a sub-heading straight under the header: the header first, so that the
                    # sub-heading is the first rows' category, as between rows, not the
                    # table's title
                    blocks.append(Block(BlockKind.ROW, cells=pending, header_hint=True))
                blocks.append(Block(BlockKind.HEADING, text=text(r, 0)))
                pending = header  # the rows below the sub-heading still have the table's header
            continue
        cells = []
        for c in range(cols):
            kr, kc = origin[r][c]
            if kc != c:
                cells.append("")  # merged across: once, at its start
                continue
            fills = table.fills[kr] if kr < len(table.fills) else []
            # a status shown by the cell's fill colour is read as its word ('Red')
            cells.append(with_rag(text(r, c), fills[kc] if kc < len(fills) else None))
        row = tuple(cells)
        if not any(row):
            continue
        if pending is not None:  # the header goes just before the first row under it
            blocks.append(Block(BlockKind.ROW, cells=pending, header_hint=True))
            pending = None
        is_header = header is not None and normalise_key(row) == normalise_key(header)
        blocks.append(Block(BlockKind.ROW, cells=row, header_hint=is_header))
    return blocks, header


def blocks_have_rows(blocks: Sequence[Block]) -> bool:
    """Whether any table row (header or body) is among ``blocks``."""
    return any(block.kind is BlockKind.ROW for block in blocks)


def normalise_key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in cells)


# -- running headers and footers --------------------------------------------------------------

_MARGIN = 0.12


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def drop_running_lines(
    pages: list[tuple[float, list[Word]]], body_size: float
) -> tuple[list[list[Word]], list[str]]:
    """Leave out running headers and footers: a line in the top or bottom margin of a page
    that repeats (digits may vary) on at least half the pages, or that is only a page number
    ("Page 3 of 4", "3/4", "- 3 -"). A bold line (a borderless table's repeated header) is
    kept. Returns the words of each page and the texts that were dropped."""
    candidates: list[list[tuple[Line, str]]] = []
    for height, words in pages:
        lines = group_lines(words, body_size) if words else []
        edge = lines[:2] + lines[-2:] if len(lines) > 4 else lines
        found = []
        for line in edge:
            if line.top > height * _MARGIN and line.bottom < height * (1 - _MARGIN):
                continue
            if _header_line(line, body_size * 0.32) and not is_page_number(line.text()):
                continue  # a table's repeated header (labels), not a running header
            found.append((line, _mask(line.text())))
        candidates.append(found)
    counts = Counter(key for found in candidates for key in {k for _, k in found})
    need = max(2, math.ceil(len(pages) / 2))
    out: list[list[Word]] = []
    dropped: list[str] = []
    for (_, words), found in zip(pages, candidates, strict=True):
        drop: set[int] = set()
        for line, key in found:
            text = line.text().strip()
            if counts[key] >= need or is_page_number(text):
                drop.update(id(w) for w in line.words)
                dropped.append(text)
            else:  # "Audit Committee, 3 March     Page 3 of 4": only the page number goes
                segments = _split_segments(line, body_size * 0.32)
                for segment in segments:
                    if len(segments) > 1 and is_page_number(join_words(segment)):
                        drop.update(id(w) for w in segment)
                        dropped.append(join_words(segment))
        out.append([w for w in words if id(w) not in drop] if drop else words)
    return out, dropped


def _split_segments(line: Line, space: float) -> list[list[Word]]:
    segments: list[list[Word]] = [[line.words[0]]]
    for left, right in zip(line.words, line.words[1:], strict=False):
        if right.x0 - left.x1 > space * 3:
            segments.append([right])
        else:
            segments[-1].append(right)
    return segments
