"""HTML loader: headings, paragraphs and ``<table>`` rows; scripts, styles and hidden text dropped.

Text a reader cannot see is not indexed, and a warning says what was left out: text nobody can
see must not be able to change an answer. Whether text is visible is worked out from the inline
CSS (``style``) and presentational attributes of every element, inherited through the nesting
as a browser does (:class:`ingest.loaders.css_style.Style`, over the values read by
:mod:`ingest.loaders.css_values`):

* not rendered: ``display:none``, the ``hidden`` attribute, ``mso-hide:all`` (Word's hidden
  text), ``content-visibility:hidden``, placed far off-screen, clipped or sized to nothing;
* ``visibility:hidden`` / ``collapse`` (which a descendant may turn back to ``visible``);
* too small to read: a computed font size under 3 pt (4 px), from ``font-size`` or ``font`` in
  any unit (px, pt, pc, in, cm, mm, em, rem, ex, ch, %, keywords, ``calc()``), relative sizes
  compounding through nested elements, ``transform: scale()`` and ``zoom`` included;
* no contrast: text colour (with its alpha and the elements' ``opacity``) that cannot be told
  apart from the background it is drawn on (``background``/``bgcolor`` of the element or its
  ancestors, else the white page): white on white, navy on navy, fully transparent.

``aria-hidden`` is not hidden text: it hides from screen readers what sighted readers see.

Tables are read onto a grid (:func:`ingest.loaders.grid.place_spans`): a ``rowspan`` cell repeats in
every row it spans, a ``colspan`` cell fills its first column (its text repeated across in header
rows, so 'Target date' over 'Original | Revised' gives 'Target date Original' and 'Target date
Revised'); leading ``<th>``/``<thead>`` rows are combined into one header row; a row merged
across the table (or only its first cell filled, in bold) is a sub-heading; a cell's or row's
red/amber/green/blue background is read as a status. A table of rows and columns inside a cell
(a page laid out in a table) is read as a table of its own.
:func:`strip_hidden_markup` applies the same rules to inline HTML in text and Markdown files.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

from ingest.cleaning import STRUCK, clean_text
from ingest.loaders import LoadLimits, decode_text
from ingest.loaders.css_style import ROOT_STYLE, Style, _properties
from ingest.loaders.css_values import css_color
from ingest.loaders.grid import SpanCell, grid_blocks, place_spans
from ingest.loaders.visibility import hex_rgb, hidden_text_warning
from ingest.model import Block, BlockKind, Page

_SKIP = {"script", "style", "head", "template", "noscript", "svg", "iframe", "object"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "source", "area", "base"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "br",
    "hr",
    "dl",
    "dt",
    "dd",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "figure",
    "figcaption",
}
_STRUCK_TAGS = {"s", "strike", "del"}  # a cell's struck-out text is marked as Markdown does
# End tags HTML lets authors leave out: a start tag of the key closes the open elements named
# in the first set, unless one of the second set is open inside them.
_SCOPE = {"table", "td", "th", "caption", "button", "object", "html"}
_IMPLIED_END: dict[str, tuple[set[str], set[str]]] = {
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "tbody": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "thead": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "tfoot": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "li": ({"li"}, {"ul", "ol"} | _SCOPE),
    "dt": ({"dt", "dd"}, {"dl"} | _SCOPE),
    "dd": ({"dt", "dd"}, {"dl"} | _SCOPE),
    "option": ({"option"}, {"select", "datalist"}),
}
for _tag in (*_BLOCK - {"br", "li", "dt", "dd"}, "table", "h1", "h2", "h3", "h4", "h5", "h6"):
    _IMPLIED_END.setdefault(_tag, ({"p"}, _SCOPE))

# --- HTML documents -------------------------------------------------------------------------

_BOLD_TAGS = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_MAX_SPAN = 1000


def _span(value: str | None, limit: int) -> int:
    """A ``rowspan``/``colspan`` value: 1 if missing or bad; ``rowspan="0"`` spans to the end."""
    match = re.match(r"\s*(\d+)", value or "")
    if not match:
        return 1
    number = int(match.group(1))
    return limit if number == 0 else max(1, min(number, limit))


def _fill(attributes: Mapping[str, str]) -> str | None:
    """The background colour an element sets itself (``bgcolor``, ``background-color``,
    ``background``) as hex RGB, for reading a RAG status from a cell's fill."""
    props = _properties(attributes.get("style", ""))
    value = props.get("background-color") or props.get("background") or attributes.get("bgcolor")
    if not value:
        return None
    for token in [value, *value.split()]:
        color = css_color(token, (0.0, 0.0, 0.0, 1.0))
        if color is not None and color[3] > 0.5:
            return hex_rgb((color[0], color[1], color[2]))
    return None


@dataclass
class _Outer:
    """What was being read of a table when a table inside one of its cells began."""

    table: _TableState | None
    row: list[SpanCell] | None
    row_all_th: bool
    row_fill: str | None
    cell: list[str] | None
    cell_span: tuple[int, int]
    cell_bold: bool
    cell_fill: str | None


@dataclass
class _TableState:
    """The rows of the table being read, as written: ``(text, rowspan, colspan, bold)`` cells."""

    rows: list[list[SpanCell]]
    header_rows: int = 0  # leading rows of <th> cells or in <thead>
    in_header_section: bool = False
    body_started: bool = False


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.hidden_text: list[str] = []
        self.hidden_reasons: list[str] = []
        # open elements: tag, style, and whether text in it is bold
        self._stack: list[tuple[str, Style, bool]] = []
        self._skip_depth = 0
        self._text: list[str] = []
        self._heading: str | None = None
        self._table: _TableState | None = None
        self._outer: list[_Outer] = []  # the tables (and their open cells) a table is in
        self._row: list[SpanCell] | None = None
        self._row_all_th = True
        self._cell: list[str] | None = None
        self._cell_span = (1, 1)
        self._cell_bold = True
        self._cell_fill: str | None = None
        self._row_fill: str | None = None

    @property
    def _style(self) -> Style:
        return self._stack[-1][1] if self._stack else ROOT_STYLE

    @property
    def _bold(self) -> bool:
        return self._stack[-1][2] if self._stack else False

    def _close_implied(self, tag: str) -> None:
        """Close the open elements a ``tag`` start tag ends (``<td>`` ends an open ``td``)."""
        closes, scope = _IMPLIED_END.get(tag, (set(), set()))
        while closes:
            found = None
            for open_tag, _, _ in reversed(self._stack):
                if open_tag in closes:
                    found = open_tag
                    break
                if open_tag in scope:
                    break
            if found is None:
                return
            self.handle_endtag(found)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP:
            self._skip_depth += 1
            return
        self._close_implied(tag)
        if tag not in _VOID:
            bold = self._bold or tag in _BOLD_TAGS
            weight = _BOLD_STYLE.search(attributes.get("style", ""))
            if weight or re.search(
                r"font-weight\s*:\s*(?:normal|[1-5]00)\b", attributes.get("style", "")
            ):
                bold = bool(weight)
            self._stack.append((tag, self._style.child(tag, attributes), bold))
        if tag == "table":
            if self._cell is not None:  # a table in a cell: read it on its own (_end_table)
                self._outer.append(
                    _Outer(
                        self._table,
                        self._row,
                        self._row_all_th,
                        self._row_fill,
                        self._cell,
                        self._cell_span,
                        self._cell_bold,
                        self._cell_fill,
                    )
                )
                self._table, self._row, self._cell = _TableState(rows=[]), None, None
                return
            self._end_table()
            self._flush_text()
            self._table = _TableState(rows=[])
        elif tag in ("thead", "tbody", "tfoot") and self._table is not None:
            self._table.in_header_section = tag == "thead"
        elif tag == "tr":
            self._flush_text()
            if self._table is None:
                self._table = _TableState(rows=[])
            self._row, self._row_all_th = [], True
            self._row_fill = _fill(attributes)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._cell_fill = _fill(attributes) or self._row_fill
            self._cell_bold = True
            limit = _MAX_SPAN
            self._cell_span = (
                _span(attributes.get("rowspan"), limit),
                _span(attributes.get("colspan"), 100),
            )
            self._row_all_th = self._row_all_th and tag == "th"
        elif self._cell is not None:
            if tag == "li":
                self._cell.append("\n• ")
            elif tag in _BLOCK:
                self._cell.append("\n")
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush_text()
            self._heading = tag
        elif tag in _BLOCK:
            self._flush_text()
            if tag == "li":
                self._text.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _VOID:
            return
        if any(open_tag == tag for open_tag, _, _ in self._stack):  # a stray end tag closes nothing
            while self._stack:
                open_tag, _, _ = self._stack.pop()
                if open_tag == tag:
                    break
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = clean_text("".join(self._cell))
            rowspan, colspan = self._cell_span
            bold = self._cell_bold and bool(text)
            self._row.append((text, rowspan, colspan, bold, self._cell_fill))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._cell is not None:
                self.handle_endtag("td")
            table = self._table
            if table is not None:
                header = self._row_all_th or table.in_header_section
                if header and not table.body_started and self._row:
                    table.header_rows += 1
                elif any(text for text, *_ in self._row):
                    table.body_started = True
                table.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._end_table()
        elif tag in ("thead", "tbody", "tfoot") and self._table is not None:
            self._table.in_header_section = False
        elif self._heading == tag:
            text = clean_text("".join(self._text))
            self._text = []
            self._heading = None
            if text:
                self.blocks.append(Block(BlockKind.HEADING, text=text))
        elif tag in _BLOCK and self._cell is None:
            self._flush_text()

    def _end_table(self) -> None:
        """Emit the rows read so far as a grid: spans placed, headers combined. A table inside
        a cell of another is emitted on its own when it is a table of rows and columns (a page
        laid out in a table), its text is the cell's when it is smaller."""
        if self._row is not None:
            self.handle_endtag("tr")
        table, self._table = self._table, None
        grid = place_spans(table.rows) if table is not None and table.rows else []
        if not self._outer:
            if grid:
                self.blocks.extend(grid_blocks(grid, table.header_rows if table else 0))
            return
        outer = self._outer.pop()
        self._table, self._row, self._row_all_th, self._row_fill = (
            outer.table,
            outer.row,
            outer.row_all_th,
            outer.row_fill,
        )
        self._cell = outer.cell if outer.cell is not None else []
        self._cell_span = outer.cell_span
        self._cell_bold, self._cell_fill = outer.cell_bold, outer.cell_fill
        cell = self._cell
        if len(grid) >= 2 and len(grid[0]) >= 2:
            before = clean_text("".join(cell))
            if before:
                self.blocks.append(Block(BlockKind.PARAGRAPH, text=before))
            self._cell = []
            self.blocks.extend(grid_blocks(grid, table.header_rows if table else 0))
            return
        for row in grid:
            texts = [cell.text for c, cell in enumerate(row) if cell.origin[1] == c and cell.text]
            cell.append("\n" + " ".join(texts) + "\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        reason = self._style.hidden_reason()
        if reason is not None:
            if data.strip():
                self.hidden_text.append(data.strip())
                self.hidden_reasons.append(reason)
            return
        if self._cell is not None:
            struck = data.strip() and any(tag in _STRUCK_TAGS for tag, _, _ in self._stack)
            self._cell.append(f"{STRUCK}{data}{STRUCK}" if struck else data)
            if data.strip() and not self._bold:
                self._cell_bold = False
        elif self._row is None:
            self._text.append(data)

    def _flush_text(self) -> None:
        if self._heading is not None:
            return
        text = clean_text("".join(self._text))
        self._text = []
        if text:
            self.blocks.append(Block(BlockKind.PARAGRAPH, text=text))

    def finish(self) -> list[Block]:
        self.close()
        self._end_table()  # a table cut off at the end of the file
        while self._outer or self._table is not None:
            self._end_table()
        self._flush_text()
        return self.blocks


def load_html(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load an .html file into one page of blocks."""
    builder = _Builder()
    builder.feed(decode_text(data, name))
    blocks = builder.finish()
    warnings = []
    if builder.hidden_text:
        warnings.append(hidden_text_warning(builder.hidden_text, builder.hidden_reasons))
    return [Page(number=None, blocks=blocks)], warnings


# --- inline HTML in text and Markdown -------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s[^<>]*?)?)\s*(/?)>", re.S)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_STYLING = re.compile(r"<[a-zA-Z][^<>]*?\s(?:style|hidden|color|bgcolor|size|background)\b", re.I)


def _attributes(text: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        attributes.setdefault(match.group(1).lower(), html.unescape(value))
    return attributes


def strip_hidden_markup(text: str) -> tuple[str, list[str], list[str]]:
    """Remove from ``text`` the inline-HTML content a browser would not show (the same rules as
    :class:`Style`); return the text, the pieces removed and why. Tags stay (``clean_text``
    turns them into structure); line breaks inside removed content stay, so rows stay rows."""
    if "<" not in text or not _STYLING.search(text):
        return text, [], []
    out: list[str] = []
    hidden: list[str] = []
    reasons: list[str] = []
    stack: list[tuple[str, Style]] = []

    def style() -> Style:
        return stack[-1][1] if stack else ROOT_STYLE

    def emit(segment: str) -> None:
        reason = style().hidden_reason()
        if reason is None:
            out.append(segment)
            return
        piece = clean_text(segment)
        if piece:
            hidden.append(piece)
            reasons.append(reason)
        out.append("".join(c for c in segment if c in "\n\f"))

    pos = 0
    for match in _TAG.finditer(text):
        emit(text[pos : match.start()])
        pos = match.end()
        closing, tag, attribute_text, self_closing = match.groups()
        tag = tag.lower()
        visible_before = style().hidden_reason() is None
        if closing:
            if any(open_tag == tag for open_tag, _ in stack):
                while stack and stack.pop()[0] != tag:
                    pass
        elif tag not in _VOID and not self_closing:
            stack.append((tag, style().child(tag, _attributes(attribute_text))))
        if visible_before and style().hidden_reason() is None:
            out.append(match.group(0))
    emit(text[pos:])
    return "".join(out), hidden, reasons
