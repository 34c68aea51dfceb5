"""Read a borderless table on a scanned page (OCR words, no ruling lines) into rows.

A text layer gives every word of one printed line the same top and bottom; OCR does not: each
word's box is measured from its own glyphs and tesseract's lines are often one cell wide, so
the words of a printed line differ by a point or two, and the lines of a wrapped cell overlap.
Gap-based row finding (:mod:`ingest.pdf_layout`) then sees no gap between rows, and a whole
table becomes one row. Here the words are first *levelled* (:func:`level_lines`): the words
whose centres lie within a fraction of a line of each other are one printed line and get the
line's box. Then the table is read as a reader of a printed table reads it:

* the header is a line of three or more labels that name record fields (bold or not), with
  the label lines wrapped under it; each label's left edge starts a column (cells are
  left-aligned under their labels), and a label boundary that body words run across is not a
  column boundary;
* a row starts at a line with text in the ref column (when the table has one), or with text
  in most columns after a gap wider than the lines of a cell are apart (cells are top-aligned;
  a centred ref column makes each band of lines a row: :mod:`ingest.scan_rows`), and wrapped
  lines join the row above; a ref column too narrow for its refs wraps them ('A-'
  over '01'), and a line whose ref text is the number under a prefix alone continues its row;
* a line of one phrase across the columns' gutters with rows under it is a sub-heading (a
  HEADING and the header again, as every loader gives one); without rows under it, or prose
  across the gutters, ends the table;
* "Page n of m" lines (with OCR's 'l' for '1') are left out, and OCR's digit look-alikes in a
  ref are read after the pattern of the column's other refs ('Gw2' -> 'GW2', 'GWS5' -> 'GW5').

What lies above and below the table goes through the text-layer layout unchanged. A page
without such a header returns None, and the caller lays it out as before.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ingest.cleaning import clean_text
from ingest.columns import Role, match_header
from ingest.model import Block, BlockKind
from ingest.ocr_words import DIGIT_LOOKALIKES
from ingest.pdf_labels import LABEL_MAX_WORDS, name_fields
from ingest.pdf_layout import layout_pages
from ingest.pdf_words import Line, Word, group_lines, join_words, word_space
from ingest.scan_refs import (
    REF_TAIL,
    UNFINISHED_REF,
    column_prefix,
    fix_refs,
    letters_read,
)
from ingest.scan_rows import TableLine, row_split
from ingest.scan_words import columns_spelled_alike

LEVEL_SHARE = 0.45  # of the usual word height: centres closer than this are one printed line
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*[\dlIO]+(?:\s*(?:of|/)\s*[\dlIO]+)?|[\dlIO]+\s*(?:of|/)\s*[\dlIO]+)$", re.I
)
# 'Page lof 1': OCR joins 'l' (for '1') to 'of'
_PAGE_NUMBER_JOINED = re.compile(r"^page\s*[\dlIO]*of\s*[\dlIO]+$", re.I)


def level_lines(words: Sequence[Word]) -> list[Word]:
    """The words with the words of each printed line given one top and bottom (the medians of
    the line): OCR measures each word's box on its own glyphs."""
    if not words:
        return []
    heights = [w.bottom - w.top for w in words if w.bottom > w.top]
    usual = statistics.median(heights) if heights else 8.0
    tolerance = usual * LEVEL_SHARE
    ordered = sorted(words, key=lambda w: (w.top + w.bottom) / 2)
    groups: list[list[Word]] = []
    centres: list[list[float]] = []
    for word in ordered:
        centre = (word.top + word.bottom) / 2
        if groups and centre - statistics.fmean(centres[-1]) <= tolerance:
            groups[-1].append(word)
            centres[-1].append(centre)
        else:
            groups.append([word])
            centres.append([centre])
    out: list[Word] = []
    for group in groups:
        top = statistics.median(w.top for w in group)
        bottom = statistics.median(w.bottom for w in group)
        size = Counter(w.size for w in group).most_common(1)[0][0]
        out.extend(replace(w, top=top, bottom=bottom, size=size) for w in group)
    return out


def _segments(line: Line, space: float) -> list[list[Word]]:
    """The line cut where words are further apart than a wide word space."""
    parts: list[list[Word]] = [[line.words[0]]]
    for left, right in zip(line.words, line.words[1:], strict=False):
        if right.x0 - left.x1 > space * 2.2:
            parts.append([right])
        else:
            parts[-1].append(right)
    return parts


def page_number_text(text: str) -> bool:
    """Whether an OCR line is only a page number ("Page 3 of 4", "Page lof 1", "3/4"), read with
    OCR's letter-for-digit slips. A page cannot come after the last one, so a financial year
    alone on a line ("2025/26") is no page number."""
    text = text.strip()
    if not (_PAGE_NUMBER.match(text) or _PAGE_NUMBER_JOINED.match(text)):
        return False
    numbers = [int(n) for n in re.findall(r"\d+", text.translate(DIGIT_LOOKALIKES))]
    return len(numbers) < 2 or 0 < numbers[-2] <= numbers[-1]


def _page_number(line: Line) -> bool:
    return page_number_text(line.text())


@dataclass
class _Header:
    index: int  # of its first line
    end: int  # index of the first body line
    words: list[Word]  # the label words, of every header line

    starts: list[float] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def place(self, starts: list[float]) -> None:
        """Columns start at ``starts``; each label is the words under its start."""
        self.starts = starts
        parts: list[list[Word]] = [[] for _ in starts]
        for word in self.words:
            parts[_column(starts, word.x0)].append(word)
        lines: list[list[str]] = []
        for part in parts:
            rows: dict[float, list[Word]] = {}
            for word in part:
                rows.setdefault(word.top, []).append(word)
            lines.append(
                [join_words(sorted(ws, key=lambda w: w.x0)) for _, ws in sorted(rows.items())]
            )
        self.labels = [clean_text(" ".join(texts)) for texts in lines]


def _header_at(lines: list[Line], index: int, space: float) -> _Header | None:
    """The header starting at ``lines[index]``: three or more short labels, most naming a
    record field, and the label lines wrapped under it."""
    line = lines[index]
    segments = _segments(line, space)
    if not name_fields([join_words(s).strip() for s in segments]):
        return None
    starts = [s[0].x0 for s in segments]
    words = list(line.words)
    height = line.bottom - line.top
    end = index + 1
    # label lines wrapped under the header: tight, each segment under a label, not the first
    # column (a row starts there), short
    while end < len(lines):
        below = lines[end]
        if below.top - lines[end - 1].bottom > height * 0.6 or _page_number(below):
            break
        parts = _segments(below, space)
        columns = [_column(starts, p[0].x0) for p in parts]
        if (
            0 in columns
            or len(set(columns)) != len(columns)
            or any(len(join_words(p).split()) > LABEL_MAX_WORDS for p in parts)
            or (line.all_bold() and not below.all_bold())
        ):
            break
        words.extend(below.words)
        end += 1
    header = _Header(index, end, words)
    header.place(starts)
    return header


def _split_aligned(header: _Header, body: list[Line]) -> None:
    """A label word that body text is left-aligned with (three lines or more) and that no
    body word runs across starts a column of its own: 'Ref Recommendation' set close together
    over a narrow ref column is two labels."""
    first = header.words[0].top
    starts = list(header.starts)
    for word in header.words:
        if word.top != first or any(abs(word.x0 - s) < 1.0 for s in starts):
            continue
        aligned = sum(1 for ln in body if any(abs(w.x0 - word.x0) <= 2.0 for w in ln.words))
        crossed = sum(
            1 for ln in body if any(w.x0 < word.x0 - 2.0 < word.x0 + 2.0 < w.x1 for w in ln.words)
        )
        if aligned >= 3 and crossed * 4 <= aligned:
            starts.append(word.x0)
    if len(starts) > len(header.starts):
        header.place(sorted(starts))


def _add_unlabelled(header: _Header, body: list[Line], space: float) -> None:
    """A column whose label OCR lost (a word set hard against a rule, read with a speck and
    dropped): where three body lines or more hold a second phrase inside one column, all
    starting at one x, and no body word runs across that x, a column starts there (with no
    label; its cells say what it holds). Without it the lost column's words join the column to
    their left ('Spring Met 2025' in one due cell)."""
    found: list[float] = []
    for line in body:
        segments = _segments(line, space)
        for before, after in itertools.pairwise(segments):
            x0 = after[0].x0
            same = _column(header.starts, before[0].x0) == _column(header.starts, x0)
            if same and all(abs(x0 - s) > space * 2.2 for s in header.starts):
                found.append(x0)
    starts = list(header.starts)
    for x0 in sorted(found):
        if any(abs(x0 - s) <= 3.0 for s in starts):
            continue
        aligned = [ln for ln in body if any(abs(w.x0 - x0) <= 3.0 for w in ln.words)]
        crossed = sum(
            1 for ln in body if any(w.x0 < x0 - 3.0 and w.x1 > x0 + 3.0 for w in ln.words)
        )
        if len(aligned) >= 3 and crossed * 4 <= len(aligned):
            starts.append(min(w.x0 for ln in aligned for w in ln.words if abs(w.x0 - x0) <= 3.0))
    if len(starts) > len(header.starts):
        header.place(sorted(starts))


def _column(starts: list[float], x0: float) -> int:
    """The column a word starting at ``x0`` is in: the last column start at or left of it."""
    found = 0
    for index, start in enumerate(starts):
        if x0 >= start - 2.0:
            found = index
    return found


def _crosses(line: Line, starts: list[float]) -> int:
    """How many column starts the line's words run across."""
    return sum(1 for s in starts[1:] if any(w.x0 < s - 2.0 and w.x1 > s + 2.0 for w in line.words))


def _merge_crossed(header: _Header, body: list[Line]) -> None:
    """A label boundary that body words keep running across is a space inside a label."""
    starts = [header.starts[0]]
    for start in header.starts[1:]:
        crossed = sum(
            1 for ln in body if any(w.x0 < start - 2.0 and w.x1 > start + 2.0 for w in ln.words)
        )
        if not (crossed >= 2 and crossed >= len(body) * 0.25):
            starts.append(start)
    if len(starts) < len(header.starts):
        header.place(starts)


def _cells(line: Line, starts: list[float]) -> dict[int, list[Word]]:
    cells: dict[int, list[Word]] = {}
    for word in line.words:
        cells.setdefault(_column(starts, word.x0), []).append(word)
    return cells


def _one_phrase(line: Line, space: float) -> bool:
    return len(_segments(line, space)) == 1


def _ref_column(header: _Header, body: list[Line] | None = None) -> int | None:
    """The ref column: the one its header names so, else (an abbreviated or unusual label,
    'Rec') one of the first two columns whose cells read as one run of refs ('TR01', 'TRO2',
    'TROS': a prefix and a number, OCR's lookalike letters taken for digits)."""
    for index, label in enumerate(header.labels):
        if match_header(label).role is Role.REF:
            return index
    if not body:
        return None
    for index in range(min(2, len(header.starts))):
        cells = [_cells(line, header.starts).get(index) for line in body]
        texts = [join_words(c).strip() for c in cells if c]
        short = [t for t in texts if " " not in t and len(t) <= 10]
        enough = len(short) >= 3 and len(short) >= len(texts) * 0.5
        if enough and column_prefix(letters_read(short)):
            return index
    return None


@dataclass
class _Table:
    header: _Header
    items: list[tuple[str, list[Line]]]  # ("row", lines) | ("subheading", lines)
    end: int  # index of the first line after the table
    ref: int | None = None  # the ref column, by its label or its cells


def _read_table(lines: list[Line], header: _Header, space: float) -> _Table:
    """The body under ``header``: rows (their lines) and sub-headings, to the table's end."""
    _split_aligned(header, lines[header.end : header.end + 24])
    _add_unlabelled(header, lines[header.end : header.end + 24], space)
    starts = header.starts
    left = starts[0]
    body: list[Line] = []
    widest = float("-inf")  # the widest gap between the table's lines so far
    index = header.end
    while index < len(lines):
        line = lines[index]
        if _page_number(line):
            index += 1
            continue
        if line.x0 < left - 6.0:
            break  # text left of the table's first column: not the table
        if _one_phrase(line, space) and (
            _crosses(line, starts) >= 1 or _set_apart(body, line, widest)
        ):
            following = next((ln for ln in lines[index + 1 :] if not _page_number(ln)), None)
            if (
                following is None
                or _one_phrase(following, space)
                or len(_cells(following, starts)) < 2
                or following.top - line.bottom > (line.bottom - line.top) * 2.5
            ):
                break  # a heading or prose after the table
        if body:
            widest = max(widest, line.top - body[-1].bottom)
        body.append(line)
        index += 1
    _merge_crossed(header, [ln for ln in body if not _one_phrase(ln, space)])
    starts = header.starts
    ref = _ref_column(header, [ln for ln in body if not _one_phrase(ln, space)])
    columns = len(starts)
    facts = _table_lines(body, starts, ref, space)
    most = max(2, round(columns * 0.5))
    split = row_split(facts, most, ref is not None)
    items: list[tuple[str, list[Line]]] = []
    for position, line in enumerate(body):
        cells = _cells(line, starts)
        if (
            _one_phrase(line, space)
            and (_crosses(line, starts) >= 1 or line.all_bold())
            and (abs(line.x0 - left) < 6.0)
        ) and (len(cells) == 1 or _crosses(line, starts) >= 1):
            items.append(("subheading", [line]))
            continue
        gap = facts[position].gap
        new_row = (
            not items
            or items[-1][0] == "subheading"
            or (split.bands and gap > split.threshold)
            or (
                not split.bands
                and ref is not None
                and ref in cells
                and _ref_starts(items[-1][1], line, ref, starts)
            )
            or (
                not split.bands
                and (ref is None or ref not in cells)
                and len(cells) >= most
                and gap > split.threshold
            )
        )
        if new_row:
            items.append(("row", [line]))
        else:
            items[-1][1].append(line)
    return _Table(header, items, index, ref)


def _set_apart(body: list[Line], line: Line, widest: float) -> bool:
    """Whether ``line`` is further below the table's lines than any of them is below the one
    above (half its height at least): a short heading or sentence after a table that fits in
    its first column ('Recommendation') is set apart so; a wrapped line of a cell is not."""
    if len(body) < 2:
        return False
    return line.top - body[-1].bottom > max(widest * 1.5, (line.bottom - line.top) * 0.5)


def _ref_starts(previous: list[Line], line: Line, ref: int, starts: list[float]) -> bool:
    """A line with text in the ref column starts a row, unless it continues a ref cell
    wrapped onto it: the row above has ref text on its last line and this line nothing else,
    or this line's ref text is the number a narrow ref cell wrapped below its prefix (the line
    above holds 'A-' or 'G', this one '01')."""
    cells = _cells(line, starts)
    above = _cells(previous[-1], starts)
    if _wrapped_ref(above.get(ref), cells.get(ref)):
        return False
    if len(cells) > 1:
        return True
    return ref not in above


def _wrapped_ref(above: list[Word] | None, below: list[Word] | None) -> bool:
    """Whether ``below`` (a line's ref-column words) is the number of the ref whose prefix
    ``above`` (the line above's) holds alone: a prefix with no number ('A-', 'G') over a
    number ('01', 'O2')."""
    if not above or not below:
        return False
    top, under = join_words(above).strip(), join_words(below).strip()
    return bool(UNFINISHED_REF.fullmatch(top) and REF_TAIL.fullmatch(under))


def _table_lines(
    body: list[Line], starts: list[float], ref: int | None, space: float
) -> list[TableLine]:
    """What :func:`ingest.scan_rows.row_split` needs of each body line: its gap to the line
    above, height, filled columns, whether it is one phrase across the gutters, and whether a
    ref opens on it (not the number of a ref wrapped from the line above)."""
    out: list[TableLine] = []
    previous: dict[int, list[Word]] = {}
    for index, line in enumerate(body):
        cells = _cells(line, starts)
        opens = ref is not None and ref in cells
        if opens and ref is not None and index and _wrapped_ref(previous.get(ref), cells[ref]):
            opens = False
        out.append(
            TableLine(
                gap=line.top - body[index - 1].bottom if index else float("inf"),
                height=line.bottom - line.top,
                cells=len(cells),
                phrase=_one_phrase(line, space) and _crosses(line, starts) >= 1,
                ref=opens,
            )
        )
        previous = cells
    return out


def _cell_text(lines: list[list[Word]]) -> str:
    out = ""
    for words in lines:
        text = join_words(words).strip()
        if not out:
            out = text
        elif out.endswith("-") and not out.endswith(" -"):
            out += text
        else:
            out += " " + text
    return clean_text(out)


def _table_blocks(table: _Table) -> list[Block]:
    header = Block(
        BlockKind.ROW, cells=tuple(clean_text(t) for t in table.header.labels), header_hint=True
    )
    blocks = [header]
    starts = table.header.starts
    rows: list[list[str]] = []
    kinds: list[str | None] = []
    for kind, lines in table.items:
        if kind == "subheading":
            kinds.append(_cell_text([ln.words for ln in lines]))
            rows.append([])
            continue
        columns: list[list[list[Word]]] = [[] for _ in starts]
        for line in lines:
            for column, words in _cells(line, starts).items():
                columns[column].append(words)
        rows.append([_cell_text(c) for c in columns])
        kinds.append(None)
    ref = table.ref
    columns_spelled_alike(rows, skip=ref)
    if ref is not None:
        fixed = fix_refs([r[ref] if r else "" for r in rows])
        for row, value in zip(rows, fixed, strict=True):
            if row:
                row[ref] = value
    for row, heading in zip(rows, kinds, strict=True):
        if heading is not None:
            blocks.append(Block(BlockKind.HEADING, text=heading))
            blocks.append(header)
        elif any(row):
            blocks.append(Block(BlockKind.ROW, cells=tuple(row)))
    return blocks


def _captions(blocks: list[Block]) -> list[Block]:
    """A header row with no row under it (a bold caption read as labels) is a heading."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.header_hint and (following is None or following.kind is not BlockKind.ROW):
            out.append(Block(BlockKind.HEADING, text=clean_text(" ".join(block.cells))))
        else:
            out.append(block)
    return out


def scan_page_blocks(words: Sequence[Word], body_size: float) -> list[Block] | None:
    """The blocks of a scanned page whose table has no rules: the text above and below the
    table laid out as a text layer is, the table read by header columns and row starts.
    None when the page has no header of field labels (the caller lays it out as before)."""
    heights = [w.bottom - w.top for w in words]
    usual = statistics.median(heights) if heights else 0.0
    # a rule under the header read as a word of its own ('ceca'): far flatter than any text
    levelled = level_lines([w for w in words if w.bottom - w.top >= usual * 0.35])
    lines = group_lines(levelled, body_size)
    if not lines:
        return None
    space = word_space(lines, body_size)
    header = next(
        (h for i in range(len(lines)) if (h := _header_at(lines, i, space)) is not None), None
    )
    if header is None:
        return None
    table = _read_table(lines, header, space)
    if not any(kind == "row" for kind, _ in table.items):
        return None
    top = lines[header.index].top
    bottom = lines[table.end].top if table.end < len(lines) else float("inf")
    above = [w for w in levelled if w.bottom <= top]
    numbers = {id(w) for ln in lines[table.end :] if _page_number(ln) for w in ln.words}
    below = [w for w in levelled if w.top >= bottom and id(w) not in numbers]
    blocks: list[Block] = []
    if above:
        blocks.extend(_captions(layout_pages([above], body_size)[0]))
    blocks.extend(_table_blocks(table))
    if below:
        blocks.extend(layout_pages([below], body_size)[0])
    return blocks


def _full_rows(blocks: Sequence[Block]) -> int:
    """Body rows with at least half their cells filled."""
    return sum(
        1
        for b in blocks
        if b.kind is BlockKind.ROW
        and not b.header_hint
        and sum(1 for c in b.cells if c) >= max(2, len(b.cells) // 2)
    )


def better_blocks(found: list[Block] | None, generic: list[Block]) -> list[Block]:
    """This reader's blocks unless they hold clearly fewer full rows than the text-layer
    layout's (a table whose header or cells it misreads, vertically centred cells, say, is left
    to the text-layer layout)."""
    if found is None or _full_rows(found) < _full_rows(generic) * 0.75:
        return generic
    return found
