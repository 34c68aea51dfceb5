"""Read PDF pages that have no text layer (scans) with Debian's ``tesseract-ocr``.

A page is rendered with pypdfium2 (pdfplumber's own renderer) at :data:`DPI` and read by the
``tesseract`` binary with TSV output: one row per word with its box and confidence. The words
become :class:`~ingest.pdf_words.Word` objects in PDF points, so a scanned table is laid out
by the same word-position code as a borderless PDF table. Ruling lines are erased from the
image first (tesseract reads them as '|'). Tesseract does not report bold type, which the
layout uses to find a table's header line; a word is taken as bold when its strokes are
clearly wider than the page's usual text.

This runs inside the PDF loader's child process, under its memory and CPU limits (tesseract
inherits them) and with the time that is left of its wall-clock limit.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.errors import IngestError
from ingest.pdf_words import Word
from ingest.scan_cells import joined_runs, split_joined_lines

DPI = 300
TESSERACT = "tesseract"
# Sparse text: tables are columns of short text, not one flowing block.
PSM = "11"
# A cell of a ruled table is read on its own, as one block of text (or one line, when it holds
# one): page-level sparse reading drops single characters ('1' in a ref cell) and words that
# touch a rule.
CELL_PSM = "6"
LINE_PSM = "7"
RAW_PSM = "13"  # the last try for a cell nothing was read from: one raw line
_CELL_INK = 150  # grey level below which a cell's pixel is ink: a shaded cell turns white
_CELL_INSET = 0.012  # inch: the rule and its anti-aliased edge stay outside a cell's crop
_CELL_PAD = 12  # pixels of white put round a cell's crop
_CELL_MIN_INK = 12  # dark pixels below which a cell is empty (a speck)
_TABLE_MARGIN = 0.02  # inch round a ruled table painted out of the page-level pass
# A line of type this many pixels high at 300 dpi or less (ascenders to descenders of 8 pt
# type) is scaled up before a cell is read: tesseract misreads lone characters that small.
_SMALL_LINE = 21
INSTALL_HINT = "install Debian's tesseract-ocr (apt-get install tesseract-ocr tesseract-ocr-eng)"
# A stroke this much wider than the page's median reads as bold.
_BOLD_FACTOR = 1.25
_MIN_CONFIDENCE = 10.0
# A word whose box height is the height of capitals or ascenders: one of them, no descenders.
_CAP_HEIGHT_WORD = re.compile(r"^[^gjpqy,;()\[\]{}|/]*[A-Zbdfhklt0-9][^gjpqy,;()\[\]{}|/]*$")


@dataclass
class OcrPage:
    words: list[Word]
    confidence: float  # mean word confidence, 0-100
    seconds: float
    tables: list[Grid] = field(default_factory=list)  # ruled tables seen on the scan


def tesseract_path() -> str | None:
    return shutil.which(TESSERACT, path=os.environ.get("PATH", "") + ":/usr/bin:/usr/local/bin")


def require_tesseract(name: str) -> str:
    path = tesseract_path()
    if path is None:
        raise IngestError(
            name,
            "has pages without a text layer (a scanned PDF) and OCR is not available: "
            f"{INSTALL_HINT}",
        )
    return path


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


def _tsv_rows(tsv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))


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
    dark = _dark(image, level)
    height, width = dark.shape
    small = dark[: height // 2 * 2, : width // 2 * 2]
    small = small.reshape(height // 2, 2, width // 2, 2).any(axis=(1, 3))
    length = max(8, dpi // 10)
    return _runs_along(small, length, 1), _runs_along(small, length, 0)


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


def _present(mask: Any, fixed: float, start: float, end: float, axis: int) -> bool:
    """Whether a rule runs along most of a grid segment (the middle of it)."""
    lo, hi = start + (end - start) * 0.2, end - (end - start) * 0.2
    a, b = int(lo), max(int(lo) + 1, int(hi))
    f0, f1 = max(0, int(fixed) - 2), int(fixed) + 3
    window = mask[f0:f1, a:b] if axis == 1 else mask[a:b, f0:f1]
    if window.size == 0:
        return False
    hits = window.any(axis=0) if axis == 1 else window.any(axis=1)
    return float(hits.mean()) >= 0.5


def _find(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


Grid = tuple[float, float, list[list[tuple[float, float, float, float] | None]]]


def grid_tables(masks: tuple[Any, Any], dpi: int = DPI) -> list[Grid]:
    """Tables drawn with rules on a scan: (top, bottom, cells) in PDF points, cells per row and
    column with the box of the cell that starts there (merged cells: None where covered)."""
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
                if c + 1 < cols and not _present(vertical, xs[c + 1], ys[r], ys[r + 1], 0):
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
        if max(spans) > 2 or any(sum(c is not None for c in row) < 2 for row in cells):
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


def _stroke(dark: Any, box: tuple[int, int, int, int]) -> float:
    """Mean horizontal stroke width (pixels) of the dark runs in a box."""
    import numpy as np

    left, top, right, bottom = box
    crop = dark[top:bottom, left:right]
    if crop.size == 0:
        return 0.0
    pixels = int(crop.sum())
    starts = int(np.count_nonzero(crop[:, 1:] & ~crop[:, :-1])) + int(crop[:, 0].sum())
    return pixels / starts if starts else 0.0


_JUNK = re.compile(r"^[|_=~\\/\[\]{}]+$")
_REF_CONFUSION = re.compile(r"^([A-Z]{1,3})([0-9lI|]*[lI|][0-9lI|]*)([.:)]?)$")


_COMPOUND_CONFUSION = re.compile(r"^([A-Z]{1,4})([0-9lIi|]*[lIi|][0-9lIi|]*)([/.-]\d{1,3}[.:)]?)$")


def _fix_ref(text: str, first: bool = False) -> str:
    """'Rl' -> 'R1', 'R1l' -> 'R11': a reference number whose digits OCR read as letters; and,
    as the first word of a line (a ref cell), 'AS' -> 'A5'. In a compound ref a lower-case
    'i' is a '1' too ('HBi/4' -> 'HB1/4'): a word never has a slash and digits after it."""
    if first and re.fullmatch(r"[A-Z]S", text):
        return text[0] + "5"
    compound = _COMPOUND_CONFUSION.match(text)
    if compound and len(compound.group(2)) <= 3:
        return compound.group(1) + re.sub(r"[lIi|]", "1", compound.group(2)) + compound.group(3)
    match = _REF_CONFUSION.match(text)
    if not match or len(match.group(2)) > 3:
        return text
    digits = any(c.isdigit() for c in match.group(2))
    if not digits and not (match.group(2) == "l" and len(match.group(1)) == 1):
        return text  # 'All', 'II': words, not numbers
    return match.group(1) + re.sub(r"[lI|]", "1", match.group(2)) + match.group(3)


_WELL_FORMED_DATE = re.compile(r"(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.](19|20)\d\d")
_ORDINAL = re.compile(r"^([0-3lIO]?[0-9lIO])(st|nd|rd|th|[5S$]t)([.,;:)]?)$")
DIGIT_LOOKALIKES = str.maketrans("lIO", "110")


def _ordinal_suffix(day: int) -> str:
    if day % 10 == 1 and day != 11:
        return "st"
    if day % 10 == 2 and day != 12:
        return "nd"
    if day % 10 == 3 and day != 13:
        return "rd"
    return "th"


def _fix_ordinal(text: str) -> str:
    """'315t' -> '31st', '3Oth' -> '30th': a day of the month with its ordinal suffix, where
    OCR read the 's' as a '5' (or 'S', '$') or a digit as a letter. Changed only when the result
    is a day (1 to 31) with the suffix English gives it."""
    match = _ORDINAL.match(text)
    if not match or not any(c.isdigit() for c in match.group(1)):
        return text
    digits = match.group(1).translate(DIGIT_LOOKALIKES)
    suffix = "st" if match.group(2) in ("5t", "St", "$t") else match.group(2)
    day = int(digits)
    if not 1 <= day <= 31 or _ordinal_suffix(day) != suffix:
        return text
    return str(day) + suffix + match.group(3)


_COMMA_DOTTED = re.compile(r"(\d{1,2})([.,])(\d{1,2})([.,])((?:19|20)\d\d)([.,;:)]?)")


def _fix_date_dots(text: str) -> str:
    """'31,03.2024' -> '31.03.2024', '30,11,2025' -> '30.11.2025': a dotted day-first date one
    or both of whose dots OCR read as a comma. Changed only when a comma is among the marks and
    the result is a well-formed date (a day, a month and a year of four digits)."""
    match = _COMMA_DOTTED.fullmatch(text)
    if not match or "," not in (match.group(2), match.group(4)):
        return text
    dotted = f"{match.group(1)}.{match.group(3)}.{match.group(5)}"
    return dotted + match.group(6) if _WELL_FORMED_DATE.fullmatch(dotted) else text


def words_from_tsv(tsv: str, image: Any, dpi: int = DPI) -> tuple[list[Word], float]:
    """Words (in PDF points) and their mean confidence from tesseract's TSV output."""
    return _words_from_rows(_tsv_rows(tsv), image, dpi)


def _words_from_rows(
    rows: list[dict[str, str]], image: Any, dpi: int = DPI
) -> tuple[list[Word], float]:
    scale = 72 / dpi
    caps: dict[tuple[str, str, str, str], list[tuple[int, int]]] = {}
    lines = {
        (row["page_num"], row["block_num"], row["par_num"], row["line_num"]): (
            int(row["top"]),
            int(row["height"]),
        )
        for row in rows
        if row.get("level") == "4"
    }
    found: list[tuple[str, int, int, int, int, float, tuple[str, str, str, str]]] = []
    own_caps: list[int] = []  # each word's own cap height (pixels), 0 when it has none
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        confidence = float(row.get("conf") or -1)
        in_cell = str(row.get("block_num", "")).startswith("cell")  # a cell holds text, not specks
        if (
            confidence < _MIN_CONFIDENCE
            and not in_cell
            and not _WELL_FORMED_DATE.fullmatch(text.strip("|'‘’`"))
        ):
            continue  # a well-formed date is kept: a speck beside it costs it its confidence
        left, top = int(row["left"]), int(row["top"])
        width, height = int(row["width"]), int(row["height"])
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        if _CAP_HEIGHT_WORD.match(text):
            caps.setdefault(key, []).append((top, top + height))
        text = text.strip("|")  # the edge of a ruling line read as a character
        if len(text) > 1 and text[0] in "'‘’`" and text[1].isdigit():
            text = text[1:]  # a speck before a number: '31/01/2019
        if not text or _JUNK.match(text):
            continue
        first = row.get("word_num") == "1"
        text = _fix_date_dots(_fix_ordinal(_fix_ref(text, first)))
        found.append((text, left, top, width, height, confidence, key))
        own_caps.append(height if _CAP_HEIGHT_WORD.match(text) else 0)
    # Glyph boxes vary with ascenders and descenders. Words of one line get one box: from the
    # capitals' top and the baseline (the bottom of words without descenders), widened to the
    # ascent and descent of the type, as a text layer would give.
    boxes: dict[tuple[str, str, str, str], tuple[int, int]] = {}
    for key, spans in caps.items():
        cap_top = statistics.median(t for t, _ in spans)
        baseline = statistics.median(b for _, b in spans)
        em = max(1.0, (baseline - cap_top) / 0.72)
        boxes[key] = (round(baseline - 0.95 * em), round(baseline + 0.25 * em))
    raw = []
    for text, left, top, width, height, confidence, key in found:
        if key in boxes:
            top, bottom = boxes[key]
            height = bottom - top
        elif key in lines:
            top, height = lines[key]
        raw.append((text, left, top, width, height, confidence, key))
    if not raw:
        return [], 0.0
    dark = _dark(image)
    strokes = [_stroke(dark, (left, top, left + w, top + h)) for _, left, top, w, h, _, _ in raw]
    # type size from the height of capitals and ascenders (about 0.72 of the point size)
    usual_cap = statistics.median([h for h in own_caps if h] or [30])
    line_size = {
        key: statistics.median(b - t for t, b in spans) * scale / 0.72
        for key, spans in caps.items()
    }
    sizes = [
        own * scale / 0.72 if own else line_size.get(key, usual_cap * scale / 0.72)
        for own, (*_, key) in zip(own_caps, raw, strict=True)
    ]
    usual_size = statistics.median(sizes) or 9.0
    # stroke width for the size of the type, decided per line: one word's measure is noisy
    weight = [stroke / max(size, 1.0) for stroke, size in zip(strokes, sizes, strict=True)]
    usual_weight = statistics.median(weight) or 1.0
    by_line: dict[tuple[str, str, str, str], list[float]] = {}
    for (*_, key), value in zip(raw, weight, strict=True):
        by_line.setdefault(key, []).append(value)
    bold_lines = {
        key
        for key, values in by_line.items()
        if statistics.median(values) >= usual_weight * _BOLD_FACTOR
    }
    # only clearly larger type counts (small differences are measurement noise), decided for a
    # line at once: one short word of a title measured alone ('of') does not leave its line
    line_sizes: dict[tuple[str, str, str, str], list[float]] = {}
    for (*_, key), size in zip(raw, sizes, strict=True):
        line_sizes.setdefault(key, []).append(size)
    line_type = {key: statistics.median(values) for key, values in line_sizes.items()}
    words = [
        Word(
            text=text,
            x0=left * scale,
            x1=(left + width) * scale,
            top=top * scale,
            bottom=(top + height) * scale,
            bold=key in bold_lines,
            size=round(line_type[key] * 2) / 2
            if line_type[key] >= usual_size * 1.3
            else round(usual_size * 2) / 2,
        )
        for (text, left, top, width, height, _, key) in raw
    ]
    confidence = statistics.fmean(c for *_, c, _ in raw)
    return words, confidence


def _tesseract(
    binary: str,
    source: str,
    psm: str,
    dpi: int,
    timeout_s: float,
    name: str,
    index: int,
    extra: tuple[str, ...] = (),
) -> str:
    """tesseract's TSV for an image, or a list file of images (one TSV page each); ``extra``:
    more options ('-c', 'tessedit_char_whitelist=...')."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [binary, source, "-", "--dpi", str(dpi), "--psm", psm, *extra, "-l", "eng", "tsv"],
            capture_output=True,
            timeout=max(1.0, timeout_s),
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise IngestError(
            name, f"OCR of page {index + 1} took longer than {timeout_s:.0f} s"
        ) from exc
    except OSError as exc:
        raise IngestError(name, f"could not run tesseract ({exc}); {INSTALL_HINT}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IngestError(
            name,
            f"OCR of page {index + 1} failed ({message[-1] if message else done.returncode})",
        )
    return done.stdout.decode("utf-8", "replace")


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


def _page_rows(
    binary: str,
    tmp: str,
    clean: Any,
    tables: list[Grid],
    dpi: int,
    timeout_s: float,
    name: str,
    index: int,
) -> list[dict[str, str]]:
    """The page-level pass: sparse text (:data:`PSM`) over the whole page, or, when its ruled
    tables are read cell by cell, over the inked parts outside them only (one image each, in
    one tesseract run): reading the tables twice was most of a page's time."""
    if not tables:
        path = os.path.join(tmp, "page.png")
        clean.save(path, compress_level=1)  # fast: the file lives for one tesseract run
        return _tsv_rows(_tesseract(binary, path, PSM, dpi, timeout_s, name, index))
    parts = _outside_tables(clean, tables, dpi)
    if not parts:
        return []
    paths = []
    for number, box in enumerate(parts):
        paths.append(os.path.join(tmp, f"part-{number}.png"))
        clean.crop(box).save(paths[-1], compress_level=1)
    listing = os.path.join(tmp, "parts.txt")
    with open(listing, "w", encoding="utf-8") as out:
        out.write("\n".join(paths) + "\n")
    rows = []
    for row in _tsv_rows(_tesseract(binary, listing, PSM, dpi, timeout_s, name, index)):
        part = int(row.get("page_num") or 1) - 1
        if not 0 <= part < len(parts) or row.get("level") not in ("4", "5"):
            continue
        left, top = parts[part][:2]
        moved = dict(row)
        moved["page_num"] = "1"
        moved["block_num"] = f"part{part}-{row.get('block_num')}"
        moved["left"] = str(int(row["left"]) + left)
        moved["top"] = str(int(row["top"]) + top)
        rows.append(moved)
    return rows


def _cell_rows(tsv: str, crops: list[CellCrop], ids: list[int], tag: str) -> list[dict[str, str]]:
    """The TSV rows of the cell crops (one TSV page each), moved onto the page and scaled back;
    each crop's lines are keyed apart (block ``cell<tag>:<crop id>-<block>``) so the words of
    two cells never share a line."""
    out = []
    for row in _tsv_rows(tsv):
        page = int(row.get("page_num") or 1) - 1
        if not 0 <= page < len(ids) or row.get("level") not in ("4", "5"):
            continue
        crop = crops[ids[page]]
        moved = dict(row)
        moved["page_num"] = "1"
        moved["block_num"] = f"cell{tag}:{ids[page]}-{row.get('block_num')}"
        for key, offset in (("left", crop.left), ("top", crop.top)):
            moved[key] = str(round(int(row[key]) / crop.scale) + offset)
        for key in ("width", "height"):
            moved[key] = str(round(int(row[key]) / crop.scale))
        out.append(moved)
    return out


def _crop_id(row: dict[str, str]) -> int:
    """The crop a TSV row of :func:`_cell_rows` came from."""
    return int(row["block_num"].split(":")[1].split("-")[0])


def _enlarged(image: Any, factor: float) -> Any:
    from PIL import Image

    if factor == 1:
        return image
    size = (round(image.size[0] * factor), round(image.size[1] * factor))
    return image.resize(size, Image.Resampling.LANCZOS)


def _crop_text(rows: list[dict[str, str]]) -> str:
    return " ".join((r.get("text") or "").strip() for r in rows if r.get("level") == "5").strip()


_NUMBER_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?[.)]?")
_DIGITS = "0123456789."
# the modes a doubtful number cell is read again in (a line, a word, a character, a raw line)
_DIGIT_PSMS = (LINE_PSM, "8", "10", RAW_PSM)
_DIGIT_SIZES = (1.0, 1.5, 2.0)  # and sizes (a small glyph's holes close up at one size)


def _numbered_columns(crops: list[CellCrop], texts: dict[int, str]) -> set[tuple[int, int]]:
    """(table, column) of the columns most of whose body cells read as numbers ('3', '12.',
    '4.1'): a column of refs."""
    counts: dict[tuple[int, int], list[int]] = {}
    for index, crop in enumerate(crops):
        if crop.row == 0:
            continue  # the header
        tally = counts.setdefault((crop.table, crop.column), [0, 0])
        tally[0] += bool(_NUMBER_CELL.fullmatch(texts.get(index, "")))
        tally[1] += 1
    return {key for key, (numbers, cells) in counts.items() if numbers >= 2 and numbers * 2 > cells}


def _run_cells(
    binary: str,
    tmp: str,
    crops: list[CellCrop],
    ids: list[int],
    psm: str,
    tag: str,
    timeout_s: float,
    name: str,
    index: int,
    extra: tuple[str, ...] = (),
) -> list[dict[str, str]]:
    """Read the crops ``ids`` in one tesseract process (a list file, one image a page)."""
    listing = os.path.join(tmp, f"cells-{tag}.txt")
    paths = []
    for number in ids:
        paths.append(os.path.join(tmp, f"cell-{tag}-{number}.png"))
        crops[number].image.save(paths[-1], compress_level=1)
    with open(listing, "w", encoding="utf-8") as out:
        out.write("\n".join(paths) + "\n")
    tsv = _tesseract(binary, listing, psm, DPI, timeout_s, name, index, extra)
    return _cell_rows(tsv, crops, ids, tag)


def ocr_page(data: bytes, index: int, name: str, timeout_s: float, dpi: int = DPI) -> OcrPage:
    """Render page ``index`` and read it with tesseract; raise IngestError on failure. The
    cells of a ruled table found on the page are read each on its own (:data:`LINE_PSM` for a
    cell of one line, :data:`CELL_PSM` for more), in one tesseract process per mode; the inked
    parts of the page outside them are read as sparse text (:data:`PSM`). A cell left
    unread is read once more as a raw line, and a cell of a numbered column that did not read
    as a number (a lone '5' read as 's', or nothing) once more with only digits allowed."""
    import time

    started = time.monotonic()
    binary = require_tesseract(name)
    image = deskew(render_page(data, index, dpi))
    # the grid is found from lighter ink too: the rules of a scan are often grey in places
    tables = grid_tables(_rule_masks(image, dpi, 200), dpi)
    clean = remove_rules(image, dpi)
    crops = cell_crops(clean, tables, dpi, ruled=False)

    def left() -> float:
        return timeout_s - (time.monotonic() - started)

    with tempfile.TemporaryDirectory(prefix="govrag-ocr-") as tmp:
        rows = _page_rows(binary, tmp, clean, tables if crops else [], dpi, timeout_s, name, index)
        if crops:
            rows = [r for r in rows if r.get("level") != "5" or not _inside(r, tables, dpi)]
        read: dict[int, list[dict[str, str]]] = {k: [] for k in range(len(crops))}

        def run(ids: list[int], psm: str, tag: str, extra: tuple[str, ...] = ()) -> None:
            got = _run_cells(binary, tmp, crops, ids, psm, tag, left(), name, index, extra)
            fresh: dict[int, list[dict[str, str]]] = {}
            for row in got:
                fresh.setdefault(_crop_id(row), []).append(row)
            for k in ids:
                if _crop_text(fresh.get(k, [])) or not _crop_text(read[k]):
                    read[k] = fresh.get(k, [])

        one_line = [k for k, c in enumerate(crops) if c.lines <= 1]
        several = [k for k, c in enumerate(crops) if c.lines > 1]
        if one_line:
            run(one_line, LINE_PSM, "l")
        if several:
            run(several, CELL_PSM, "b")
        unread = [k for k in read if not _crop_text(read[k])]
        if unread:
            run(unread, RAW_PSM, "r")
        texts = {k: _crop_text(rows_) for k, rows_ in read.items()}
        numbered = _numbered_columns(crops, texts)
        # in a numbered column, a cell that is not a number, or a number read twice ('5' as
        # a second '3'), is doubtful
        seen = Counter(
            (c.table, c.column, texts[k])
            for k, c in enumerate(crops)
            if c.row and _NUMBER_CELL.fullmatch(texts[k])
        )
        doubtful = [
            k
            for k, crop in enumerate(crops)
            if crop.row
            and (crop.table, crop.column) in numbered
            and crop.lines <= 1
            and (
                (not _NUMBER_CELL.fullmatch(texts[k]) and len(texts[k]) <= 3)
                or seen[(crop.table, crop.column, texts[k])] > 1
            )
        ]
        if doubtful:
            # a lone character is read differently by each mode and size: each votes, and a
            # number two of them agree on is taken (never a guess of one)
            variants = [
                replace(crops[k], image=_enlarged(crops[k].image, f), scale=crops[k].scale * f)
                for f in _DIGIT_SIZES
                for k in doubtful
            ]
            owner = [k for _ in _DIGIT_SIZES for k in doubtful]
            votes: dict[int, Counter[str]] = {k: Counter() for k in doubtful}
            first: dict[tuple[int, str], list[dict[str, str]]] = {}
            for psm in _DIGIT_PSMS:
                got = _run_cells(
                    binary,
                    tmp,
                    variants,
                    list(range(len(variants))),
                    psm,
                    f"d{psm}",
                    left(),
                    name,
                    index,
                    ("-c", f"tessedit_char_whitelist={_DIGITS}"),
                )
                by_variant: dict[int, list[dict[str, str]]] = {}
                for row in got:
                    by_variant.setdefault(_crop_id(row), []).append(row)
                for v, found in by_variant.items():
                    text = _crop_text(found)
                    if _NUMBER_CELL.fullmatch(text):
                        votes[owner[v]][text] += 1
                        first.setdefault((owner[v], text), found)
            for k, tally in votes.items():
                if tally:
                    number, count = tally.most_common(1)[0]
                    if count >= 2:
                        read[k] = first[(k, number)]
        for k in range(len(crops)):
            rows += read[k]
    words, confidence = _words_from_rows(rows, clean, dpi)
    return OcrPage(words, confidence, time.monotonic() - started, tables)


def ocr_warning(page_number: int, confidence: float) -> str:
    """The warning that marks a page's text as read by OCR (the lead wires it into a field)."""
    return f"page {page_number} read by OCR (mean confidence {confidence:.0f}%)"
