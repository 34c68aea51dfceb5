"""Whether a reader can see a loader's text: colours, contrast and the smallest readable type.

Text under :data:`MIN_READABLE_PT` or drawn in a colour too close to its background
(:func:`invisible_on`, by WCAG contrast ratio) is hidden text: every loader leaves it out and
says so in one warning (:func:`hidden_text_warning`).
"""

from __future__ import annotations

from functools import lru_cache

# Text smaller than this (in points; 4 CSS px) cannot be read, so it counts as hidden text.
MIN_READABLE_PT = 3.0
# Text whose colour is this close to its background (WCAG contrast ratio, 1 = identical) is
# invisible: white on white, or dark grey on black.
MIN_CONTRAST = 1.12

RGB = tuple[float, float, float]  # channels in 0..1
WHITE: RGB = (1.0, 1.0, 1.0)
BLACK: RGB = (0.0, 0.0, 0.0)


def hex_rgb(rgb: RGB) -> str:
    """``rgb`` as hex ('FF0000'), the form the fill readers compare (:mod:`ingest.rag_fills`)."""
    return "".join(f"{round(channel * 255):02X}" for channel in rgb)


def _luminance(rgb: RGB) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(min(1.0, max(0.0, c))) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=1024)
def invisible_on(color: RGB, background: RGB) -> bool:
    """Whether text of ``color`` cannot be told apart from ``background``."""
    return contrast_ratio(color, background) < MIN_CONTRAST


def hidden_text_warning(pieces: list[str], reasons: list[str]) -> str:
    """The one warning every loader gives for text it left out because a reader cannot see it:
    ``hidden text left out (font under 3 pt, white on white; 12 words): “sample”``."""
    words = " ".join(" ".join(pieces).split())
    count = len(words.split())
    why = ", ".join(dict.fromkeys(reasons)) or "invisible"
    sample = words if len(words) <= 120 else words[:119].rstrip() + "…"
    return f"hidden text left out ({why}; {count} words): “{sample}”"
