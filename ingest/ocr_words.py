"""Words from tesseract's TSV output, in PDF points, with OCR's usual misreadings mended.

Each TSV row is a word with its box and confidence; :func:`words_from_tsv` turns them into
:class:`~ingest.pdf_words.Word` objects (bold when the word's strokes are clearly wider than
the page's usual text, as tesseract does not report weight), drops rule debris, and mends
references ('Rl' -> 'R1', ``_fix_ref``), ordinals ('315t' -> '31st') and dates written with
commas for dots.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from typing import Any

from ingest.pdf_words import Word
from ingest.scan_image import DPI, _dark
from ingest.scan_words import month_before_year, month_read

# A stroke this much wider than the page's median reads as bold.
_BOLD_FACTOR = 1.25
_MIN_CONFIDENCE = 10.0
# A word whose box height is the height of capitals or ascenders: one of them, no descenders.
_CAP_HEIGHT_WORD = re.compile(r"^[^gjpqy,;()\[\]{}|/]*[A-Zbdfhklt0-9][^gjpqy,;()\[\]{}|/]*$")


def _tsv_rows(tsv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))


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
        text = month_read(_fix_date_dots(_fix_ordinal(_fix_ref(text, first))))
        found.append((text, left, top, width, height, confidence, key))
        own_caps.append(height if _CAP_HEIGHT_WORD.match(text) else 0)
    for at in range(len(found) - 1):  # 'Oec 2024': a month misread before its year
        word, following = found[at], found[at + 1]
        if following[6] == word[6]:
            found[at] = (month_before_year(word[0], following[0]), *word[1:])
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
