"""Running headers, footers and page numbers left out of a PDF's pages before layout.

A line in the top or bottom margin that repeats (digits may vary) on at least half the pages,
or is only a page number, is dropped; a bold line of labels (a table's repeated header) is kept.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ingest.cleaning import is_page_number
from ingest.pdf_labels import _header_line
from ingest.pdf_words import Line, Word, _split_segments, group_lines, join_words

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
