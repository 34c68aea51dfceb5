"""Cell fill colours that mean a status: a cell filled red, amber, green or blue (a RAG or
BRAG column) is read as that colour's word, by every loader that sees fills (Word, Excel, HTML,
ruled PDF tables)."""

from __future__ import annotations

import colorsys
import re

_RAG_HUES = (
    ("Red", 0.0, 15.0),
    ("Amber", 15.0, 62.0),
    ("Green", 75.0, 170.0),
    ("Blue", 195.0, 250.0),  # 'BRAG' trackers: blue is complete
    ("Red", 340.0, 360.0),
)


def rag_colour(fill: str | None) -> str | None:
    """'Red', 'Amber', 'Green' or 'Blue' for a cell fill of that colour (hex 'FF0000',
    'FFC000', '00B050', '0070C0', with or without alpha), else None (white, grey, pale tints,
    automatic)."""
    if not fill:
        return None
    value = fill.strip().lstrip("#")
    if len(value) == 8:
        value = value[2:]  # ARGB
    if not re.fullmatch(r"[0-9a-fA-F]{6}", value):
        return None
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, saturation, brightness = colorsys.rgb_to_hsv(r, g, b)
    if saturation < 0.35 or brightness < 0.3:
        return None
    degrees = hue * 360
    for word, low, high in _RAG_HUES:
        if low <= degrees < high:
            return word
    return None


def rag_word(text: str, word: str) -> str | None:
    """``text`` with the colour word on a line of its own, if the cell is empty or holds only
    a short status ('On track' -> 'On track' + newline + 'Green'); None for other text (refs,
    dates, prose)."""
    stripped = text.strip()
    if word.lower() in stripped.lower():
        return text
    if not stripped:
        return word
    if len(stripped.split()) <= 4 and "\n" not in stripped and not re.search(r"\d", stripped):
        return f"{stripped}\n{word}"
    return None


def with_rag(text: str, fill: str | None) -> str:
    """A cell's text with the status its fill colour shows (as
    :func:`ingest.loaders.grid.with_rag_fills` gives it)."""
    word = rag_colour(fill)
    if word is None:
        return text
    return rag_word(text, word) or text
