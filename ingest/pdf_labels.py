"""Which lines of a PDF page are a table's header, a caption or a sub-heading.

A header line is one of short labels at body size, most of which name a record field
(:func:`labels_line`); bold lines stacked under a spanning label are one header
(:func:`_split_bold_run`); a bold phrase between rows is a sub-heading, and type clearly larger
than the header is a heading.
"""

from __future__ import annotations

import itertools
import math
import re

from ingest.columns import Role, match_header
from ingest.pdf_words import Line, _cell_runs, _segment_starts, _split_segments, join_words
from ingest.vocabulary import has_sentence_end

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
