"""A scanned PDF page as an image, prepared for tesseract.

The page is rendered at :data:`DPI` (:func:`render_page`) and levelled (:func:`deskew`); its
ruling lines are found (:func:`grid_tables` reads ruled tables as grids of cell boxes) and
erased (:func:`remove_rules`: tesseract reads them as '|'); the inked cells of a ruled table
are cut out one by one (:func:`cell_crops`), and the parts of the page outside the tables
are boxed for the page-level pass (``_outside_tables``).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from ingest.scan_cells import joined_runs, split_joined_lines

DPI = 300
_CELL_INK = 150  # grey level below which a cell's pixel is ink: a shaded cell turns white
_CELL_INSET = 0.012  # inch: the rule and its anti-aliased edge stay outside a cell's crop
_CELL_PAD = 12  # pixels of white put round a cell's crop
_CELL_MIN_INK = 12  # dark pixels below which a cell is empty (a speck)
_TABLE_MARGIN = 0.02  # inch round a ruled table painted out of the page-level pass
# A line of type this many pixels high at 300 dpi or less (ascenders to descenders of 8 pt
# type) is scaled up before a cell is read: tesseract misreads lone characters that small.
_SMALL_LINE = 21


def render_page(data: bytes, index: int, dpi: int = DPI) -> Any:
    """The page as a greyscale PIL image at ``dpi``."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()
    return image


def _dark(image: Any, level: int = 128) -> Any:
    import numpy as np

    return np.asarray(image) < level


def _runs_along(mask: Any, length: int, axis: int) -> Any:
    """Pixels that lie in a dark run of at least ``length`` along ``axis``."""
    import numpy as np

    work = mask if axis == 1 else mask.T
    rows, width = work.shape
    if width < length:
        return np.zeros(mask.shape, dtype=bool)
    zeros = np.zeros((rows, 1), dtype=np.int32)
    sums = np.cumsum(np.concatenate([zeros, work.astype(np.int32)], 1), axis=1)
    full = ((sums[:, length:] - sums[:, :-length]) == length).astype(np.int32)  # run starts at j
    # pixel i lies in such a run when one starts at j with i - length < j <= i
    padded = np.concatenate([full, np.zeros((rows, width - full.shape[1]), dtype=np.int32)], 1)
    counts = np.cumsum(np.concatenate([np.zeros((rows, length), dtype=np.int32), padded], 1), 1)
    hit = (counts[:, length:] - counts[:, :width]) > 0
    return hit if axis == 1 else hit.T


def _rule_masks(image: Any, dpi: int, level: int = 128) -> tuple[Any, Any]:
    """Horizontal and vertical ruling lines of the image, found on a half-size copy (a block
    is dark if any of its pixels is): a fifth of an inch of unbroken ink is a rule, longer than
    any stroke of a letter and shorter than the side of a table cell, even where a skewed scan
    breaks the rule."""
    return _rules(_half_size(image, level), dpi)


def _rules(small: Any, dpi: int) -> tuple[Any, Any]:
    length = max(8, dpi // 10)
    return _runs_along(small, length, 1), _runs_along(small, length, 0)


def _half_size(image: Any, level: int) -> Any:
    dark = _dark(image, level)
    height, width = dark.shape
    small = dark[: height // 2 * 2, : width // 2 * 2]
    return small.reshape(height // 2, 2, width // 2, 2).any(axis=(1, 3))


def grid_rules(image: Any, dpi: int, level: int = 200) -> tuple[tuple[Any, Any], Any]:
    """The ruling lines of :func:`_rule_masks` and, from the same half-size copy, the stubs:
    vertical ink runs of a twentieth of an inch or more. The column rules of a short row, such
    as a header of one line of small type between a table's top rule and a full-width heading
    row, are shorter than the fifth of an inch a rule must run to be found; on a grid's own
    column lines they still part its cells (:func:`grid_tables`)."""
    small = _half_size(image, level)
    return _rules(small, dpi), _runs_along(small, max(4, dpi // 40), 0)


def remove_rules(image: Any, dpi: int = DPI, masks: tuple[Any, Any] | None = None) -> Any:
    """The image without ruling lines (long thin dark runs), which tesseract would read as
    '|' and '_' and which hide the words that touch them."""
    import numpy as np
    from PIL import Image

    horizontal, vertical = masks if masks is not None else _rule_masks(image, dpi)
    found = horizontal | vertical
    if not found.any():
        return image
    found[1:, :] |= found[:-1, :]  # and a pixel around it, for anti-aliased edges
    found[:, 1:] |= found[:, :-1]
    height, width = image.size[1], image.size[0]
    rules = np.zeros((height, width), dtype=bool)
    rules[: height // 2 * 2, : width // 2 * 2] = found.repeat(2, axis=0).repeat(2, axis=1)
    pixels = np.asarray(image).copy()
    pixels[rules] = 255
    return Image.fromarray(pixels)


def _lines_of(
    mask: Any, axis: int, minimum: int, thickest: int = 6
) -> list[tuple[float, int, int]]:
    """Rules in a mask: (position, start, end) in mask pixels; ``axis`` 1 for horizontal."""
    import numpy as np

    work = mask if axis == 1 else mask.T
    counts = work.sum(axis=1)
    rows = [int(i) for i in np.nonzero(counts >= minimum)[0]]
    out: list[tuple[float, int, int]] = []
    group: list[int] = []
    for row in [*rows, -10]:
        if group and (row < 0 or row - group[-1] > 2):
            if len(group) <= thickest:  # thicker is a shaded band, not a rule
                cols = np.nonzero(work[group].any(axis=0))[0]
                out.append((sum(group) / len(group), int(cols.min()), int(cols.max())))
            group = []
        if row >= 0:
            group.append(row)
    return out


def _present(
    mask: Any,
    fixed: float,
    start: float,
    end: float,
    axis: int,
    share: float = 0.5,
    inset: float = 0.2,
) -> bool:
    """Whether a rule runs along most of a grid segment (``share`` of it, less ``inset`` of
    its length at each end)."""
    lo, hi = start + (end - start) * inset, end - (end - start) * inset
    a, b = int(lo), max(int(lo) + 1, int(hi))
    f0, f1 = max(0, int(fixed) - 2), int(fixed) + 3
    window = mask[f0:f1, a:b] if axis == 1 else mask[a:b, f0:f1]
    if window.size == 0:
        return False
    hits = window.any(axis=0) if axis == 1 else window.any(axis=1)
    return float(hits.mean()) >= share


def _parted(vertical: Any, stubs: Any, x: float, top: float, bottom: float) -> bool:
    """Whether a column rule parts two cells of a row: a rule along the row, or a stub of
    ink from the rule above the row to the rule below it (a letter's stroke, inside the
    cell's padding, touches neither)."""
    if _present(vertical, x, top, bottom, 0):
        return True
    return stubs is not None and _present(stubs, x, top, bottom, 0, share=0.95, inset=0.0)


def _find(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


Grid = tuple[float, float, list[list[tuple[float, float, float, float] | None]]]


def grid_tables(masks: tuple[Any, Any], dpi: int = DPI, stubs: Any = None) -> list[Grid]:
    """Tables drawn with rules on a scan: (top, bottom, cells) in PDF points, cells per row and
    column with the box of the cell that starts there (merged cells: None where covered).
    ``stubs`` (:func:`grid_rules`) also part two cells where a column rule too short to be
    found as a rule runs the whole height of the row. A row of one cell the table's full
    width is a heading of the rows below it (a group heading): kept as a row of one cell, if
    no two such rows are adjacent and rows of cells outnumber them (else the rules are too
    broken to trust)."""
    horizontal, vertical = masks
    minimum = max(8, dpi // 10)
    h_lines = _lines_of(horizontal, 1, minimum)
    v_lines = _lines_of(vertical, 0, minimum)
    scale = 2 * 72 / dpi  # half-size pixels to points
    tables: list[Grid] = []
    used: set[int] = set()
    for index, (_, top, bottom) in enumerate(v_lines):
        if index in used:
            continue
        group = [
            i for i, (_, t, b) in enumerate(v_lines) if i not in used and t < bottom and b > top
        ]
        used.update(group)
        xs = sorted(v_lines[i][0] for i in group)
        t0 = min(v_lines[i][1] for i in group)
        b0 = max(v_lines[i][2] for i in group)
        # a rule runs from one column rule to another (else it is bold text or a mark)
        ys = sorted(
            y
            for y, x0, x1 in h_lines
            if t0 - 4 <= y <= b0 + 4
            and min(abs(x0 - x) for x in xs) <= 6
            and min(abs(x1 - x) for x in xs) <= 6
        )
        ys = sorted({round(y) for y in [t0, *ys, b0]})
        ys = [y for k, y in enumerate(ys) if not k or y - ys[k - 1] > 4]
        if len(xs) < 3 or len(ys) < 2:
            continue
        rows, cols = len(ys) - 1, len(xs) - 1
        parent = list(range(rows * cols))

        for r in range(rows):
            for c in range(cols):
                if c + 1 < cols and not _parted(vertical, stubs, xs[c + 1], ys[r], ys[r + 1]):
                    parent[_find(parent, r * cols + c + 1)] = _find(parent, r * cols + c)
                if r + 1 < rows and not _present(horizontal, ys[r + 1], xs[c], xs[c + 1], 1):
                    parent[_find(parent, (r + 1) * cols + c)] = _find(parent, r * cols + c)
        boxes: dict[int, list[int]] = {}
        for r in range(rows):
            for c in range(cols):
                root = _find(parent, r * cols + c)
                r0, c0, r1, c1 = boxes.get(root, [r, c, r, c])
                boxes[root] = [min(r0, r), min(c0, c), max(r1, r), max(c1, c)]
        cells: list[list[tuple[float, float, float, float] | None]] = [
            [None] * cols for _ in range(rows)
        ]
        for r0, c0, r1, c1 in boxes.values():
            cells[r0][c0] = (
                xs[c0] * scale,
                ys[r0] * scale,
                xs[c1 + 1] * scale,
                ys[r1 + 1] * scale,
            )
        spans = [r1 - r0 + 1 for r0, _, r1, _ in boxes.values()]
        widths = [sum(c is not None for c in row) for row in cells]
        heading_rows = [
            r for r, w in enumerate(widths) if w == 1 and cells[r][0] is not None and r > 0
        ]
        if (
            max(spans) > 2
            or any(w < 2 for r, w in enumerate(widths) if r not in heading_rows)
            or len(heading_rows) > rows - 1 - len(heading_rows)
            or any(r + 1 in heading_rows for r in heading_rows)
        ):
            continue  # rules too broken to trust (a skewed or faint scan): words decide
        tables.append((ys[0] * scale, ys[-1] * scale, cells))
    return tables


def deskew(image: Any) -> Any:
    """The image turned so that its lines of text run level: the angle (within 3 degrees) at
    which the rows of a reduced copy are most unevenly inked (text lines and gaps apart)."""
    import numpy as np
    from PIL import Image

    small = image.reduce(4) if min(image.size) > 800 else image
    ink = Image.fromarray(np.where(np.asarray(small) < 160, 255, 0).astype(np.uint8))

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST)).sum(axis=1)
        return float(np.var(rows.astype(np.float64)))

    level = score(0.0)
    scores = {0: level}

    def at(tenth: int) -> float:
        if tenth not in scores:
            scores[tenth] = score(tenth / 10)
        return scores[tenth]

    # every third tenth of a degree, then the tenths around the best of them: a line of text
    # is level over a span of most of a degree, so the best lies within a step of the best
    # step (a third of the turns of trying every tenth)
    coarse = max(range(-30, 31, 3), key=lambda t: (at(t), -abs(t)))
    best = max(
        (t for t in range(coarse - 2, coarse + 3) if -30 <= t <= 30), key=lambda t: (at(t), -abs(t))
    )
    best_angle, best_score = best / 10, at(best)
    if abs(best_angle) < 0.15 or best_score < level * 1.05:
        return image  # level already, or too little to gain: turning would only blur
    return image.rotate(best_angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


def _otsu(image: Any) -> int:
    """The grey level that best parts ink from paper (Otsu's threshold), kept within
    :data:`_CELL_INK` and a little above it: a shaded cell's shade is paper."""
    import numpy as np

    histogram = np.bincount(np.asarray(image).ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1)
    return int(min(max(int(np.argmax(between)) + 1, _CELL_INK - 40), _CELL_INK + 40))


def _ink_runs(crop: Any) -> list[int]:
    """The heights (pixels) of the runs of inked pixel rows in a crop."""
    return [height for _, height in joined_runs(crop)]


def _text_lines(runs: list[int], usual: float) -> int:
    """How many lines of text a cell's runs of inked pixel rows (:func:`_ink_runs`) hold, a
    run as tall as two lines of the page's ``usual`` run counting two (a 'g' whose tail
    touches the capitals below joins two lines into one run)."""
    if usual <= 0:
        return len(runs)
    return sum(max(1, round(run / usual)) for run in runs)


@dataclass
class CellCrop:
    """One inked cell of a ruled table cut out for tesseract: ``image`` (scaled by ``scale``),
    where its pixels sit on the page (``left``/``top``, page pixels), and its grid position."""

    image: Any
    left: int
    top: int
    table: int
    row: int
    column: int
    scale: float = 1
    lines: int = 1


def _ink_width(crop: Any) -> int:
    columns = _dark(crop).any(axis=0).nonzero()[0]
    return int(columns[-1] - columns[0] + 1) if columns.size else 0


def cell_crops(
    image: Any, tables: list[Grid], dpi: int = DPI, *, ruled: bool = True
) -> list[CellCrop]:
    """Each inked cell of the ruled ``tables``: cut from the page inside its rules, any rule
    left at its edges erased, made black on white (a shaded header cell loses its shade),
    padded with white. Type smaller than tesseract reads well (a line under
    :data:`_SMALL_LINE` pixels: 8 pt at 300 dpi) is scaled up, so that a lone '5' is not read
    as 's' nor a '9' as 'g'."""
    from PIL import Image, ImageOps

    pixels = 72 / dpi
    inset = max(2, round(_CELL_INSET * dpi))
    cut = []
    for number, (_, _, cells) in enumerate(tables):
        for r, row in enumerate(cells):
            for c, box in enumerate(row):
                if box is None:
                    continue
                x0, y0 = round(box[0] / pixels) + inset, round(box[1] / pixels) + inset
                x1, y1 = round(box[2] / pixels) - inset, round(box[3] / pixels) - inset
                if x1 - x0 < 4 or y1 - y0 < 4:
                    continue
                crop = image.crop((x0, y0, x1, y1))
                if ruled:  # else the page's rules are erased already
                    crop = remove_rules(crop, dpi)
                level = _otsu(crop)
                crop = crop.point([0 if v < level else 255 for v in range(256)])
                if int(_dark(crop).sum()) < _CELL_MIN_INK:
                    continue
                cut.append((crop, _ink_runs(crop), x0, y0, number, r, c))
    # the usual height of one line's run of ink, over every cell of the page
    heights = [run for _, runs, *_ in cut for run in runs]
    usual = statistics.median(heights) if heights else 0.0
    crops = []
    for crop, runs, x0, y0, number, r, c in cut:
        lines = _text_lines(runs, usual)
        if lines > len(runs):  # lines the scan's blur joined: cut apart for tesseract
            crop = split_joined_lines(crop, usual)
        tallest = max(runs, default=0)  # one line's type, in pixels
        small = lines == 1 and 0 < tallest * DPI / dpi < _SMALL_LINE
        scale = 2 if small and _ink_width(crop) < 3 * tallest else 1
        padded = ImageOps.expand(crop, border=_CELL_PAD, fill=255)
        if scale > 1:
            size = (padded.size[0] * scale, padded.size[1] * scale)
            padded = padded.resize(size, Image.Resampling.LANCZOS)
        crops.append(CellCrop(padded, x0 - _CELL_PAD, y0 - _CELL_PAD, number, r, c, scale, lines))
    return crops


def _inside(row: dict[str, str], tables: list[Grid], dpi: int) -> bool:
    """Whether a TSV word's centre lies in one of the ruled tables."""
    pixels = 72 / dpi
    cx = (int(row["left"]) + int(row["width"]) / 2) * pixels
    cy = (int(row["top"]) + int(row["height"]) / 2) * pixels
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in _table_boxes(tables))


def _table_boxes(tables: list[Grid]) -> list[tuple[float, float, float, float]]:
    """Each ruled table's box in points (left, top, right, bottom)."""
    out = []
    for top, bottom, cells in tables:
        boxes = [b for r in cells for b in r if b is not None]
        if boxes:
            out.append((min(b[0] for b in boxes), top, max(b[2] for b in boxes), bottom))
    return out


def _ink_box(image: Any, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The part of ``box`` (left, top, right, bottom) that holds ink, with a margin; None when
    it holds none."""
    import numpy as np

    left, top, right, bottom = box
    dark = np.asarray(image.crop(box)) < 128
    if dark.sum() < _CELL_MIN_INK:
        return None
    rows, cols = np.nonzero(dark.any(axis=1))[0], np.nonzero(dark.any(axis=0))[0]
    pad = _CELL_PAD * 2
    return (
        max(left, left + int(cols[0]) - pad),
        max(top, top + int(rows[0]) - pad),
        min(right, left + int(cols[-1]) + 1 + pad),
        min(bottom, top + int(rows[-1]) + 1 + pad),
    )


def _outside_tables(image: Any, tables: list[Grid], dpi: int) -> list[tuple[int, int, int, int]]:
    """The inked parts of the page outside its ruled tables (their margin included), in
    pixels: the bands above, between and below the tables, and beside them."""
    width, height = image.size
    margin = round(_TABLE_MARGIN * dpi)
    pixels = 72 / dpi
    spans: list[list[int]] = []  # the tables' vertical extents, merged, with their sides
    for x0, y0, x1, y1 in sorted(_table_boxes(tables), key=lambda b: b[1]):
        top, bottom = round(y0 / pixels) - margin, round(y1 / pixels) + margin
        left, right = round(x0 / pixels) - margin, round(x1 / pixels) + margin
        if spans and top <= spans[-1][1]:
            last = spans[-1]
            spans[-1] = [last[0], max(last[1], bottom), min(last[2], left), max(last[3], right)]
        else:
            spans.append([top, bottom, left, right])
    boxes = []
    above = 0
    for top, bottom, left, right in spans:
        boxes += [
            (0, above, width, max(above, top)),
            (0, max(0, top), max(0, left), min(height, bottom)),
            (min(width, right), max(0, top), width, min(height, bottom)),
        ]
        above = min(height, bottom)
    boxes.append((0, above, width, height))
    found = [_ink_box(image, b) for b in boxes if b[2] - b[0] > 4 and b[3] - b[1] > 4]
    return [b for b in found if b is not None]


def _enlarged(image: Any, factor: float) -> Any:
    from PIL import Image

    if factor == 1:
        return image
    size = (round(image.size[0] * factor), round(image.size[1] * factor))
    return image.resize(size, Image.Resampling.LANCZOS)
