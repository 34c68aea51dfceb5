"""Cut the lines of a scanned table cell that the scan's blur joined into one run of ink.

At small type on a soft scan, a wrapped cell's lines touch: a bracket, a 'g' or a 'p' carries
ink from one line into the next, and the cell is one run of inked pixel rows two or three lines
tall. tesseract then reads it as one line, the words of both lines in order of their left
edges ('Operations (Transfer Stations) Manager'). Where a run is as tall as several of the
page's usual lines, the pixel row of least ink near each expected boundary is whitened, so the
lines stand apart as printed.
"""

from __future__ import annotations

from typing import Any

_SEARCH = 0.3  # of a line's height: how far from the expected boundary the cut may move
_MAX_SHARE = 0.25  # a cut row may hold at most this share of the run's widest row's ink


def joined_runs(crop: Any) -> list[tuple[int, int]]:
    """The (first row, height) of each run of inked pixel rows in a black-on-white crop."""
    import numpy as np

    dark: Any = np.asarray(crop) < 128
    inked: list[bool] = [bool(v) for v in dark.any(axis=1)]
    runs: list[tuple[int, int]] = []
    start = None
    for row, value in enumerate([*inked, False]):
        if value and start is None:
            start = row
        elif not value and start is not None:
            runs.append((start, row - start))
            start = None
    return runs


def split_joined_lines(crop: Any, usual: float) -> Any:
    """The crop with each run as tall as ``n`` usual lines (n >= 2) cut into ``n``: at each
    expected boundary, the pixel row of least ink within a third of a line of it is whitened,
    when that row is thin (a bracket's or a descender's stroke, not a line of text)."""
    import numpy as np
    from PIL import Image

    if usual <= 0:
        return crop
    pixels = np.asarray(crop).copy()
    ink = (pixels < 128).sum(axis=1)
    changed = False
    for start, height in joined_runs(crop):
        lines = round(height / usual)
        if lines < 2:
            continue
        widest = int(ink[start : start + height].max())
        step = height / lines
        reach = max(1, round(usual * _SEARCH))
        for k in range(1, lines):
            middle = start + round(step * k)
            lo, hi = max(start + 1, middle - reach), min(start + height - 1, middle + reach + 1)
            if lo >= hi:
                continue
            row = lo + int(np.argmin(ink[lo:hi]))
            if ink[row] <= widest * _MAX_SHARE:
                pixels[row, :] = 255
                changed = True
    return Image.fromarray(pixels) if changed else crop
