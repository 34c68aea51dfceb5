"""Spreadsheet loaders: Excel workbooks (.xlsx, openpyxl) and CSV files.

Every visible worksheet is a page (a CSV file is one). On each sheet:

* the header row is found wherever it is: the first row with three or more short text cells
  followed by a data row; rows above it (a title, a committee and date) are headings and
  paragraphs, and a sheet without one (a cover sheet) is all headings and paragraphs;
* a header of two rows ('Target date' merged over 'Original | Revised') is combined into one;
* each data row is one ROW with one cell per column: merged cells are expanded as
  :func:`ingest.loaders.grid.grid_blocks` does, a full-width merged row or a bold row with only its
  first cell filled is a sub-heading;
* date cells are ISO dates (``2019-06-30``), and so is a number that is a date serial in a
  column whose header names a date; whole numbers lose their ``.0``;
* a cell filled red, amber, green or blue that is empty or holds only a short status gets the
  colour word on a line of its own; a fill across the row goes to the status column (as in
  Word and HTML files: :func:`ingest.loaders.grid.with_rag_fills`);
* hidden sheets, rows and columns, and text under 3 pt or the colour of its cell, are left out
  with the shared hidden-text warning; empty trailing rows are ignored; notes below a table
  (after a blank row, single cells) are paragraphs; a second table on the sheet, after a blank
  row, has its own header.

Workbooks are read with openpyxl in read-only mode (cells streamed); hidden rows and columns
and merged ranges, which that mode does not give, are read from the worksheet XML. Bounds: the
unpacked size, ``max_pages`` worksheets, 100,000 rows a sheet and 200 columns.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from ingest.cleaning import clean_text
from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LIMIT_SETTINGS, LoadLimits, decode_text, limit_help
from ingest.loaders.grid import GridCell, grid_blocks, header_cells, header_depth
from ingest.loaders.visibility import MIN_READABLE_PT, WHITE, hidden_text_warning, invisible_on
from ingest.model import Block, BlockKind, Page
from ingest.rag_fills import rag_colour
from ingest.vocabulary import has_sentence_end

MAX_ROWS = 100_000  # per sheet
MAX_COLUMNS = 200
MAX_MERGES = 20_000  # merged ranges read per sheet
_MAX_MERGE_STEPS = 5_000_000  # grid positions merged ranges may fill per table
MAX_XML_BYTES = 500 * 1024 * 1024  # uncompressed workbook parts; more is a zip bomb
_DATE_HEADER = re.compile(
    r"\b(date|deadline|due|target|timescale|completion|revised|original|by when|when)\b", re.I
)
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SERIAL_RANGE = (20000, 80000)  # 1954 .. 2119
_HEADER_WORDS = 8
_HEADER_CHARS = 60
_HEADER_LABEL_SHARE = 0.8  # of a header row's filled cells that must be labels


# --- one sheet as a grid --------------------------------------------------------------------


class _Sheet:
    """The visible cells of one sheet: text, bold, merged regions."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.bold: list[list[bool]] = []
        self.fills: dict[tuple[int, int], str] = {}  # RAG-coloured cells' fills
        self.numbers: dict[tuple[int, int], float] = {}  # numeric cells, for date serials
        self.merges: list[tuple[int, int, int, int]] = []  # min_row, min_col, max_row, max_col


def _is_short_label(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _HEADER_CHARS
        and len(text.split()) <= _HEADER_WORDS
        and re.search(r"[A-Za-z]", text) is not None
        and not has_sentence_end(text)
        and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)
    )


def _is_header(rows: list[list[str]], index: int, *, strict: bool = False) -> bool:
    """Three or more short text cells, nearly all of them labels (one wordy cell in five, a
    long header such as 'Progress update and degree to which the recommendation is met', does
    not stop it), a data row within the next few (a sub-heading or a second header line may
    come first). ``strict`` (a later table on the same sheet): no cell opens with a number, as
    refs and dates in data rows do."""
    filled = [c for c in rows[index] if c.strip()]
    labels = sum(_is_short_label(c) for c in filled)
    if labels < 3 or labels < len(filled) * _HEADER_LABEL_SHARE:
        return False
    if strict and any(re.match(r"\s*[A-Z]{0,4}\s?\d", c) for c in filled):
        return False
    return any(sum(1 for c in r if c.strip()) >= 2 for r in rows[index + 1 : index + 5])


def _find_header(rows: list[list[str]], start: int = 0, *, strict: bool = False) -> int | None:
    """The first row from ``start`` that is a table's header."""
    return next((i for i in range(start, len(rows)) if _is_header(rows, i, strict=strict)), None)


def _table_end(rows: list[list[str]], header_row: int) -> int:
    """Where the table from ``header_row`` ends: at a blank row followed only by lines of a
    single cell (notes), or by the header of another table."""
    filled = [sum(1 for c in row if c.strip()) for row in rows]
    notes_from = len(rows)
    while notes_from > header_row + 1 and filled[notes_from - 1] <= 1:
        notes_from -= 1
    for index in range(header_row + 1, len(rows)):
        if filled[index]:
            continue
        if index >= notes_from:
            return index
        following = next((j for j in range(index + 1, len(rows)) if filled[j]), None)
        if following is not None and _is_header(rows, following, strict=True):
            return index
    return len(rows)


def _prose(rows: Iterable[list[str]], bold: Iterable[list[bool]], first: bool) -> list[Block]:
    """Rows outside a table: a short bold line (or the sheet's first line) is a heading."""
    blocks: list[Block] = []
    for cells, flags in zip(rows, bold, strict=True):
        parts = [c for c in cells if c.strip()]
        if not parts:
            continue
        text = clean_text(" ".join(parts))
        if not text:
            continue
        filled_bold = all(f for c, f in zip(cells, flags, strict=True) if c.strip())
        short = len(text.split()) <= 12 and "\n" not in text and not text.endswith(".")
        if short and (filled_bold or (first and not blocks)):
            blocks.append(Block(BlockKind.HEADING, text=text))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text=text))
    return blocks


def _grid(sheet: _Sheet, start: int, end: int) -> list[list[GridCell]]:
    width = max((len(r) for r in sheet.rows[start:end]), default=0)
    grid = [
        [
            GridCell(
                row[c] if c < len(row) else "",
                (r - start, c),
                sheet.bold[r][c] if c < len(sheet.bold[r]) else False,
                sheet.fills.get((r, c)),
            )
            for c in range(width)
        ]
        for r, row in enumerate(sheet.rows[start:end], start=start)
    ]
    budget = _MAX_MERGE_STEPS
    for min_row, min_col, max_row, max_col in sheet.merges:
        if max_row < start or min_row >= end or min_col >= width:
            continue
        steps = (min(max_row, end - 1) - max(min_row, start) + 1) * (
            min(max_col, width - 1) - min_col + 1
        )
        budget -= steps
        if budget < 0:
            break  # overlapping merges beyond any real table: the rest stay single cells
        top = max(min_row, start)
        origin = grid[top - start][min_col]
        if min_row < start:  # a merge from above the table: its text is in the sheet rows
            text = sheet.rows[min_row][min_col] if min_col < len(sheet.rows[min_row]) else ""
            origin = GridCell(text, (top - start, min_col), origin.bold, origin.fill)
        for r in range(top, min(max_row, end - 1) + 1):
            for c in range(min_col, min(max_col, width - 1) + 1):
                grid[r - start][c] = origin
    return grid


def _date_serials(sheet: _Sheet, header_row: int, end: int, header: tuple[str, ...]) -> None:
    """Numbers in a column whose header names a date are Excel date serials: ISO dates."""
    for (r, c), number in sheet.numbers.items():
        if not header_row < r < end or c >= len(header) or not _DATE_HEADER.search(header[c]):
            continue
        if _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1] and float(number).is_integer():
            day = _EXCEL_EPOCH + dt.timedelta(days=number)
            sheet.rows[r][c] = day.date().isoformat()


def _sheet_blocks(sheet: _Sheet) -> list[Block]:
    """Headings, paragraphs and tables of one sheet, in order."""
    rows = sheet.rows
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
        sheet.bold.pop()
    blocks: list[Block] = []
    position = 0
    while position < len(rows):
        header_row = _find_header(rows, position, strict=position > 0)
        if header_row is None:
            blocks.extend(_prose(rows[position:], sheet.bold[position:], first=not blocks))
            break
        blocks.extend(
            _prose(rows[position:header_row], sheet.bold[position:header_row], not blocks)
        )
        end = _table_end(rows, header_row)
        depth = header_depth(_grid(sheet, header_row, min(end, header_row + 6)), 1)
        top = _grid(sheet, header_row, header_row + depth)
        _date_serials(sheet, header_row + depth - 1, end, header_cells(top, depth))
        blocks.extend(grid_blocks(_grid(sheet, header_row, end), depth))
        position = end
    return blocks


# --- Excel --------------------------------------------------------------------------------


def _cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell's value as the sheet shows it: dates in ISO, a number formatted as a percentage
    ('0%': 0.6) as one ('60%')."""
    if value is None:
        return ""
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and "%" in (number_format or "")
    ):
        return f"{round(value * 100, 2):g}%"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    return clean_text(str(value))


_THEME_SLOTS = ("lt1", "dk1", "lt2", "dk2", *(f"accent{i}" for i in range(1, 7)))


def theme_colours(theme: bytes | None) -> list[str]:
    """The workbook theme's colours in Excel's theme-index order (background 1, text 1,
    background 2, text 2, accents 1-6) as hex RGB; empty when the theme cannot be read."""
    if not theme:
        return []
    try:
        root = ElementTree.fromstring(theme)
    except ElementTree.ParseError:
        return []
    scheme = next((e for e in root.iter() if e.tag.endswith("}clrScheme")), None)
    if scheme is None:
        return []
    colours: list[str] = []
    for slot in _THEME_SLOTS:
        element = next((e for e in scheme if e.tag.endswith("}" + slot)), None)
        value = ""
        for child in element if element is not None else []:
            value = child.get("lastClr") or child.get("val") or ""  # sysClr: the colour seen
        colours.append(value if re.fullmatch(r"[0-9A-Fa-f]{6}", value) else "")
    return colours


def _argb(color: Any, theme: list[str] | None = None) -> str | None:
    """The hex RGB of an openpyxl colour given as RGB or a theme colour (without its tint);
    indexed colours: None."""
    kind = getattr(color, "type", None) if color is not None else None
    if kind == "theme" and theme:
        index = getattr(color, "theme", None)
        if isinstance(index, int) and 0 <= index < len(theme) and theme[index]:
            return theme[index]
        return None
    if kind != "rgb":
        return None
    value = str(color.rgb or "")
    return value[-6:] if re.fullmatch(r"[0-9A-Fa-f]{6,8}", value) else None


def _fill(cell: Any, theme: list[str] | None = None) -> str | None:
    fill = getattr(cell, "fill", None)
    if fill is None or getattr(fill, "fill_type", None) not in ("solid",):
        return None
    return _argb(fill.fgColor, theme)


def _rgb(hex_value: str) -> tuple[float, float, float]:
    return (
        int(hex_value[0:2], 16) / 255,
        int(hex_value[2:4], 16) / 255,
        int(hex_value[4:6], 16) / 255,
    )


def _hidden_reason(cell: Any, fill: str | None, theme: list[str]) -> str | None:
    font = cell.font
    if font is None:
        return None
    if font.sz is not None and float(font.sz) < MIN_READABLE_PT:
        return f"font under {MIN_READABLE_PT:g} pt"
    color = _argb(font.color, theme)
    if color is not None:
        background = _rgb(fill) if fill else WHITE
        if invisible_on(_rgb(color), background):
            return "white on white" if min(background) > 0.9 else "text the colour of its cell"
    return None


def _check_size(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(i.file_size for i in archive.infolist() if i.filename.startswith("xl/"))
    except zipfile.BadZipFile as exc:
        raise IngestError(name, f"not a readable Excel .xlsx file ({exc})") from exc
    if size > MAX_XML_BYTES:
        raise DocumentTooLarge(
            name,
            f"the workbook unpacks to {size} bytes (limit {MAX_XML_BYTES})",
            help="Split it into smaller files.",
        )


def _too_many_rows(name: str, where: str) -> DocumentTooLarge:
    return DocumentTooLarge(
        name, f"{where} has more than {MAX_ROWS} rows; split it into smaller files"
    )


def load_xlsx(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load an .xlsx workbook: one page per visible worksheet."""
    _check_size(data, name)
    import openpyxl  # here, not at the top: ingesting text and PDFs never pays its import

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises many kinds on a broken package
        raise IngestError(name, f"not a readable Excel .xlsx file ({_reason(exc)})") from exc
    hidden: list[str] = []
    reasons: list[str] = []
    pages: list[Page] = []
    theme = theme_colours(getattr(book, "loaded_theme", None))
    try:
        for ws in book.worksheets:
            if ws.sheet_state != "visible":
                pieces = [
                    text
                    for row in _limited_rows(ws, name)
                    for cell in row
                    if (text := _cell_text(getattr(cell, "value", None)))
                ]
                if pieces:
                    hidden.append(" ".join(pieces))
                    reasons.append(f"hidden sheet '{ws.title}'")
                continue
            if len(pages) >= limits.max_pages:
                raise DocumentTooLarge(
                    name,
                    f"more than {limits.max_pages} worksheets ({LIMIT_SETTINGS['max_pages']})",
                    help=limit_help("max_pages"),
                )
            layout = _layout(archive, getattr(ws, "_worksheet_path", None))
            layout.theme = theme
            sheet = _read_sheet(ws, name, layout, hidden, reasons)
            blocks = _sheet_blocks(sheet)
            if blocks:
                pages.append(Page(number=len(pages) + 1, blocks=blocks))
    except (IngestError, AttributeError, NameError, AssertionError):
        raise  # a fault in govrag is not the file's
    except Exception as exc:  # a damaged part found while streaming the cells
        raise IngestError(name, f"not a readable Excel .xlsx file ({_reason(exc)})") from exc
    finally:
        book.close()
        archive.close()
    warnings = [hidden_text_warning(hidden, reasons)] if hidden else []
    return pages or [Page(number=1)], warnings


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _range_boundaries(ref: str) -> tuple[Any, ...]:
    from openpyxl.utils.cell import range_boundaries

    return tuple(range_boundaries(ref))


@dataclass
class _Layout:
    """What read-only openpyxl does not give: hidden rows and columns, merged ranges."""

    hidden_rows: set[int]
    hidden_columns: set[int]
    merges: list[tuple[int, int, int, int]]  # min_row, min_col, max_row, max_col (1-based)
    theme: list[str] = field(default_factory=list)  # the workbook's theme colours


def _layout(archive: zipfile.ZipFile, member: str | None) -> _Layout:
    layout = _Layout(set(), set(), [])
    if not member:
        return layout
    member = member.lstrip("/")
    try:
        stream = archive.open(member)
    except KeyError:
        return layout
    with stream:
        for _, element in ElementTree.iterparse(stream, events=("end",)):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "row":
                if _true(element.get("hidden")) and (element.get("r") or "").isdigit():
                    layout.hidden_rows.add(int(element.get("r") or 0))
                element.clear()
            elif tag == "c":
                element.clear()
            elif tag == "col" and _true(element.get("hidden")):
                low, high = element.get("min") or "", element.get("max") or ""
                if low.isdigit() and high.isdigit():
                    layout.hidden_columns.update(range(int(low), min(int(high), MAX_COLUMNS) + 1))
            elif tag == "mergeCell":
                try:
                    min_col, min_row, max_col, max_row = _range_boundaries(element.get("ref") or "")
                except (ValueError, TypeError):
                    continue
                if None not in (min_col, min_row, max_col, max_row):
                    layout.merges.append(
                        (int(min_row or 0), int(min_col or 0), int(max_row or 0), int(max_col or 0))
                    )
    return layout


def _true(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true")


def _limited_rows(ws: Any, name: str) -> Iterator[tuple[Any, ...]]:
    for index, row in enumerate(ws.iter_rows(), start=1):
        if index > MAX_ROWS:
            raise _too_many_rows(name, f"sheet '{ws.title}'")
        yield row[:MAX_COLUMNS]


def _read_sheet(
    ws: Any, name: str, layout: _Layout, hidden: list[str], reasons: list[str]
) -> _Sheet:
    sheet = _Sheet()
    row_at: dict[int, int] = {}  # sheet row number -> index in sheet.rows
    column_at: dict[int, int] = {}  # visible column number -> index
    cells_by_row: list[tuple[int, list[Any]]] = []
    width = 0
    for number, row in enumerate(_limited_rows(ws, name), start=1):
        cells = [cell for cell in row if getattr(cell, "column", None) is not None]
        number = next((cell.row for cell in cells if getattr(cell, "row", None)), number)
        if number in layout.hidden_rows:
            pieces = [_cell_text(cell.value) for cell in cells if cell.value is not None]
            if any(pieces):
                hidden.append(" ".join(p for p in pieces if p))
                reasons.append("hidden row")
            continue
        if cells:
            width = max(width, max(cell.column for cell in cells))
        cells_by_row.append((number, cells))
    for column in range(1, min(width, MAX_COLUMNS) + 1):
        if column not in layout.hidden_columns:
            column_at[column] = len(column_at)
    for number, cells in cells_by_row:
        texts = [""] * len(column_at)
        bolds = [False] * len(column_at)
        index = len(sheet.rows)
        for cell in cells:
            text = _cell_text(cell.value, getattr(cell, "number_format", None))
            if cell.column not in column_at:
                if text and cell.column in layout.hidden_columns:
                    hidden.append(text)
                    reasons.append("hidden column")
                continue
            at = column_at[cell.column]
            fill = _fill(cell, layout.theme)
            if text:
                reason = _hidden_reason(cell, fill, layout.theme)
                if reason is not None:
                    hidden.append(text)
                    reasons.append(reason)
                    text = ""
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                sheet.numbers[(index, at)] = float(cell.value)
            if fill and rag_colour(fill):
                sheet.fills[(index, at)] = fill
            texts[at] = text
            bolds[at] = bool(cell.font is not None and cell.font.b)
        row_at[number] = index
        sheet.rows.append(texts)
        sheet.bold.append(bolds)
    numbers = sorted(row_at)
    for min_row, min_col, max_row, max_col in layout.merges[:MAX_MERGES]:
        if min_row not in row_at or min_col not in column_at:
            continue  # the merged cell's own place is hidden: its text was left out
        last_row = numbers[bisect.bisect_right(numbers, max_row) - 1]
        last_col = max(c for c in column_at if c <= max_col)
        sheet.merges.append(
            (row_at[min_row], column_at[min_col], row_at[last_row], column_at[last_col])
        )
    return sheet


# --- CSV ----------------------------------------------------------------------------------


def _delimiter_score(sample: str, delimiter: str) -> int:
    """How many sample rows split into the most common number (two or more) of fields."""
    counts: dict[int, int] = {}
    try:
        for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            if len(row) >= 2:
                counts[len(row)] = counts.get(len(row), 0) + 1
    except csv.Error:
        return 0
    return max(counts.values(), default=0)


def _dialect(text: str) -> Any:
    """The sniffed dialect; title lines above the table can fool the sniffer, so its
    delimiter must split as many rows evenly as the best of comma, semicolon, tab and bar."""
    sample = "\n".join(text[:50000].splitlines()[:200])
    scores = {d: _delimiter_score(sample, d) for d in ",;\t|"}
    best = max(scores, key=lambda d: scores[d])
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        if scores.get(dialect.delimiter, 0) >= scores[best]:
            return dialect
    except csv.Error:
        pass

    class _Found(csv.excel):
        delimiter = best

    return _Found


def load_csv(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load a .csv file (delimiter sniffed: comma, semicolon, tab or bar) as one sheet."""
    text = decode_text(data, name)
    dialect = _dialect(text)
    sheet = _Sheet()
    try:
        for index, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect)):
            if index >= MAX_ROWS:
                raise _too_many_rows(name, "the file")
            cells = [clean_text(c) for c in row[:MAX_COLUMNS]]
            sheet.rows.append(cells)
            sheet.bold.append([False] * len(cells))
    except csv.Error as exc:
        raise IngestError(name, f"not a readable CSV file ({exc})") from exc
    width = max((len(r) for r in sheet.rows), default=0)
    for r, row in enumerate(sheet.rows):
        row.extend([""] * (width - len(row)))
        sheet.bold[r].extend([False] * (width - len(sheet.bold[r])))
        for c, cell in enumerate(row):
            if re.fullmatch(r"\d{5}(?:\.0)?", cell):
                sheet.numbers[(r, c)] = float(cell)
    return [Page(number=1, blocks=_sheet_blocks(sheet))], []
