"""Positioned words of a PDF page grouped into lines, and the measures the layout reads them by.

A :class:`Word` is one word with its box, size and weight (from pdfplumber, or from OCR in
PDF points); :func:`group_lines` groups them into :class:`Line` objects by vertical centre,
and :func:`word_space` measures the gap that separates cells from words. A :class:`Region` is
a run of lines the layout reads as one table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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


def _split_segments(line: Line, space: float) -> list[list[Word]]:
    segments: list[list[Word]] = [[line.words[0]]]
    for left, right in zip(line.words, line.words[1:], strict=False):
        if right.x0 - left.x1 > space * 3:
            segments.append([right])
        else:
            segments[-1].append(right)
    return segments
