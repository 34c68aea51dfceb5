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

import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.errors import IngestError
from ingest.ocr_words import _tsv_rows, _words_from_rows
from ingest.pdf_words import Word
from ingest.scan_image import (
    DPI,
    CellCrop,
    Grid,
    _enlarged,
    _inside,
    _outside_tables,
    cell_crops,
    deskew,
    grid_rules,
    grid_tables,
    remove_rules,
    render_page,
)

TESSERACT = "tesseract"
# Sparse text: tables are columns of short text, not one flowing block.
PSM = "11"
# A cell of a ruled table is read on its own, as one block of text (or one line, when it holds
# one): page-level sparse reading drops single characters ('1' in a ref cell) and words that
# touch a rule.
CELL_PSM = "6"
LINE_PSM = "7"
RAW_PSM = "13"  # the last try for a cell nothing was read from: one raw line
INSTALL_HINT = "install Debian's tesseract-ocr (apt-get install tesseract-ocr tesseract-ocr-eng)"


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
    masks, stubs = grid_rules(image, dpi, 200)
    tables = grid_tables(masks, dpi, stubs)
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
