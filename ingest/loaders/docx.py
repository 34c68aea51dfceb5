"""Word (.docx) loader: headings, paragraphs and tables in the order the body gives them.

* Paragraphs whose style is a heading style (``Heading 1``, ``Title``, or one based on them),
  and short paragraphs set wholly in bold, are HEADING blocks; list paragraphs get a bullet.
* Tables: cells merged across columns (``gridSpan``) fill their first column; cells merged down
  (``vMerge``) repeat in every row they span; header rows (``tblHeader``, or bold rows at the
  top) are combined into one header row; a full-width or bold first-cell-only row inside a table
  is a sub-heading (see :func:`ingest.loaders.grid.grid_blocks`).
* A cell filled red, amber, green or blue that is empty or holds only a short status gets the
  colour word on a line of its own ('Green', 'On track' + newline + 'Green'), so the status
  reader can see it (:func:`ingest.loaders.grid.with_rag_fills`).
* Text a reader cannot see -- hidden (``w:vanish``, ``w:specVanish``), under 3 pt, or the colour
  of what it is drawn on -- is left out with the shared hidden-text warning. Deleted revisions
  and field codes are not text; running headers and footers (other parts) are not body text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from ingest.cleaning import STRUCK, clean_text
from ingest.errors import DocumentTooLarge, IngestError
from ingest.loaders import LoadLimits
from ingest.loaders.grid import MAX_GRID_COLUMNS, GridCell, grid_blocks
from ingest.loaders.visibility import MIN_READABLE_PT, RGB, WHITE, hidden_text_warning, invisible_on
from ingest.model import Block, BlockKind, Page

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_XML_BYTES = 300 * 1024 * 1024  # uncompressed document.xml; more is a zip bomb, not a paper
MAX_TABLE_ROWS = 100_000
_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|subtitle)\b", re.I)
_HIGHLIGHT = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00",
    "magenta": "FF00FF", "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF",
    "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000", "darkMagenta": "800080",
    "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip
_SKIPPED_ANCESTORS = {f"{{{W}}}del", f"{{{W}}}moveFrom", f"{{{MC}}}Fallback"}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(element: Any, attribute: str = "val") -> str | None:
    if element is None:
        return None
    value = element.get(_w(attribute))
    return None if value is None else str(value)


def _on(element: Any) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:vanish w:val="0"/>``): None when absent."""
    if element is None:
        return None
    return (_val(element) or "true").lower() not in ("0", "false", "off", "none")


def _rgb(hex_value: str | None) -> RGB | None:
    if not hex_value or not re.fullmatch(r"[0-9a-fA-F]{6}", hex_value):
        return None
    return tuple(int(hex_value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _fill(shd: Any) -> str | None:
    fill = _val(shd, "fill")
    return fill if fill and fill.lower() != "auto" else None


class _Styles:
    """Run and paragraph properties as styles give them, through ``basedOn`` chains."""

    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.defaults: list[Any] = []
        if root is None:
            return
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id:
                self.by_id[style_id] = style
                default = (style.get(_w("default")) or "").lower() in ("1", "true", "on")
                if default and style.get(_w("type")) == "paragraph":
                    self.default_paragraph = style_id
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if defaults is not None:
            self.defaults = [defaults]
        self._chains: dict[str, list[Any]] = {}

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and the styles it is based on, most specific first."""
        if not style_id:
            return []
        if style_id not in self._chains:
            chain: list[Any] = []
            current: str | None = style_id
            while current and current in self.by_id and len(chain) < 20:
                style = self.by_id[current]
                if style in chain:
                    break
                chain.append(style)
                current = _val(style.find(_w("basedOn")))
            self._chains[style_id] = chain
        return self._chains[style_id]

    def names(self, style_id: str | None) -> list[str]:
        return [_val(s.find(_w("name"))) or "" for s in self.chain(style_id)]

    def run_properties(self, paragraph_style: str | None, run_style: str | None) -> list[Any]:
        found = [s.find(_w("rPr")) for s in self.chain(run_style)]
        found += [s.find(_w("rPr")) for s in self.chain(paragraph_style)]
        return [p for p in found if p is not None] + self.defaults

    def paragraph_properties(self, paragraph_style: str | None) -> list[Any]:
        found = [s.find(_w("pPr")) for s in self.chain(paragraph_style)]
        return [p for p in found if p is not None]


def _first(properties: list[Any], tag: str) -> Any:
    for props in properties:
        element = props.find(_w(tag))
        if element is not None:
            return element
    return None


class _Reader:
    def __init__(self, styles: _Styles, page_background: RGB) -> None:
        self.styles = styles
        self.page_background = page_background
        self.hidden: list[str] = []
        self.reasons: list[str] = []
        self.table_rows = 0

    # -- paragraphs ---------------------------------------------------------------------
    def paragraph_style(self, p: Any) -> str | None:
        return _val(p.find(f"{_w('pPr')}/{_w('pStyle')}")) or self.styles.default_paragraph

    def is_heading(self, p: Any) -> bool:
        style = self.paragraph_style(p)
        if any(_HEADING_STYLE.match(name) for name in self.styles.names(style)):
            return True
        own = p.find(f"{_w('pPr')}/{_w('outlineLvl')}")
        level = _val(own) or _val(_first(self.styles.paragraph_properties(style), "outlineLvl"))
        return level is not None and level.isdigit() and int(level) < 9

    def is_list(self, p: Any) -> bool:
        if p.find(f"{_w('pPr')}/{_w('numPr')}") is not None:
            return True
        style = self.paragraph_style(p)
        return _first(self.styles.paragraph_properties(style), "numPr") is not None

    def paragraph(self, p: Any, background: RGB) -> tuple[str, bool]:
        """The visible text of a paragraph, and whether all of it is bold."""
        style = self.paragraph_style(p)
        shading = _rgb(_fill(p.find(f"{_w('pPr')}/{_w('shd')}")))
        background = shading or background
        parts: list[str] = []
        all_bold = True
        for run in p.iter(_w("r")):
            if self._skipped(run, p):
                continue
            text = self._run_text(run)
            if not text:
                continue
            props = [run.find(_w("rPr"))] if run.find(_w("rPr")) is not None else []
            props += self.styles.run_properties(
                style, _val(run.find(f"{_w('rPr')}/{_w('rStyle')}"))
            )
            reason = self._hidden_reason(props, background)
            if reason is not None:
                if text.strip():
                    self.hidden.append(text.strip())
                    self.reasons.append(reason)
                continue
            if text.strip() and not _on(_first(props, "b")):
                all_bold = False
            struck = _on(_first(props, "strike")) or _on(_first(props, "dstrike"))
            parts.append(f"{STRUCK}{text}{STRUCK}" if struck and text.strip() else text)
        text = clean_text("".join(parts).replace(STRUCK * 2, ""))
        return text, all_bold and bool(text)

    @staticmethod
    def _skipped(run: Any, p: Any) -> bool:
        parent = run.getparent()
        while parent is not None and parent is not p:
            if parent.tag in _SKIPPED_ANCESTORS:
                return True
            if parent.tag == _w("r"):
                return False  # a run in a text box inside a run: read it as its own run
            parent = parent.getparent()
        return False

    @staticmethod
    def _run_text(run: Any) -> str:
        out: list[str] = []
        for child in run:
            tag = child.tag
            if tag == _w("t"):
                out.append(child.text or "")
            elif tag in (_w("tab"), _w("ptab")):
                out.append(" ")
            elif tag in (_w("br"), _w("cr")):
                out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _w("sym"):
                out.append(" ")
        return "".join(out)

    def _hidden_reason(self, props: list[Any], background: RGB) -> str | None:
        if _on(_first(props, "vanish")):
            return "hidden text (w:vanish)"
        if _on(_first(props, "specVanish")):
            return "hidden text (w:specVanish)"
        size = _val(_first(props, "sz"))
        if size and size.isdigit() and int(size) / 2 < MIN_READABLE_PT:
            return f"font under {MIN_READABLE_PT:g} pt"
        color = _rgb(_val(_first(props, "color")))
        if color is not None:
            behind = _rgb(_fill(_first(props, "shd")))
            highlight = _val(_first(props, "highlight"))
            if behind is None and highlight in _HIGHLIGHT:
                behind = _rgb(_HIGHLIGHT[highlight])
            behind = behind or background
            if invisible_on(color, behind):
                return (
                    "white on white" if min(behind) > 0.9 else "text the colour of its background"
                )
        return None

    # -- tables -------------------------------------------------------------------------
    def cell_text(self, tc: Any, background: RGB) -> tuple[str, bool]:
        lines: list[str] = []
        bold = True
        for child in _content(tc):
            if child.tag == _w("p"):
                text, all_bold = self.paragraph(child, background)
                if text:
                    prefix = "• " if self.is_list(child) and not text.startswith("•") else ""
                    lines.append(prefix + text)
                    bold = bold and all_bold
            elif child.tag == _w("tbl"):  # a table in a cell: its text, row by row
                for tr in _children(child, "tr"):
                    row = [self.cell_text(inner, background)[0] for inner in _children(tr, "tc")]
                    line = " ".join(" ".join(c.split()) for c in row if c)
                    if line:
                        lines.append(line)
                        bold = False
        return "\n".join(lines), bold and bool(lines)

    def blocks(self, container: Any, background: RGB, name: str, depth: int = 0) -> list[Block]:
        """Headings, paragraphs and tables of the body (or of a layout table's cells)."""
        blocks: list[Block] = []
        for child in _content(container):
            if child.tag == _w("tbl"):
                cells = [tc for tr in _children(child, "tr") for tc in _children(tr, "tc")]
                widths = {sum(1 for _ in _children(tr, "tc")) for tr in _children(child, "tr")}
                if widths == {1} and depth < 5:
                    # a layout box (one column): its content is body text and tables
                    for tc in cells:
                        blocks.extend(self.blocks(tc, background, name, depth + 1))
                else:
                    blocks.extend(self.table(child, name))
                continue
            text, bold = self.paragraph(child, background)
            if not text:
                continue
            heading = self.is_heading(child) or (
                bold
                and len(text.split()) <= 12
                and "\n" not in text
                and not text.rstrip().endswith((".", ":", ";", ","))
            )
            if heading:
                blocks.append(Block(BlockKind.HEADING, text=" ".join(text.split())))
            else:
                bullet = self.is_list(child) and not text.startswith("•")
                blocks.append(Block(BlockKind.PARAGRAPH, text=("• " + text) if bullet else text))
        return blocks

    def table(self, tbl: Any, name: str) -> list[Block]:
        grid: list[list[GridCell]] = []
        header_rows = 0
        counting_header = True
        for tr in _children(tbl, "tr"):
            self.table_rows += 1
            if self.table_rows > MAX_TABLE_ROWS:
                raise DocumentTooLarge(
                    name, f"more than {MAX_TABLE_ROWS} table rows; split the document"
                )
            row_index = len(grid)
            row: list[GridCell] = []
            tr_pr = tr.find(_w("trPr"))
            before = _val(tr_pr.find(_w("gridBefore"))) if tr_pr is not None else None
            skipped = int(before) if before and before.isdigit() else 0
            for _ in range(min(skipped, MAX_GRID_COLUMNS)):
                row.append(GridCell("", (row_index, len(row))))
            for tc in _children(tr, "tc"):
                tc_pr = tc.find(_w("tcPr"))
                span_value = _val(tc_pr.find(_w("gridSpan"))) if tc_pr is not None else None
                span = int(span_value) if span_value and span_value.isdigit() else 1
                span = max(1, min(span, MAX_GRID_COLUMNS - len(row)))
                merge = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
                h_merge = tc_pr.find(_w("hMerge")) if tc_pr is not None else None
                column = len(row)
                if (
                    merge is not None
                    and (_val(merge) or "continue") == "continue"
                    and row_index > 0
                    and column < len(grid[-1])
                ):
                    above = grid[-1][column]
                    cells = [above] * span
                elif h_merge is not None and (_val(h_merge) or "continue") == "continue" and row:
                    cells = [row[-1]] * span
                else:
                    fill = _fill(tc_pr.find(_w("shd"))) if tc_pr is not None else None
                    background = _rgb(fill) or self.page_background
                    text, bold = self.cell_text(tc, background)
                    cell = GridCell(text, (row_index, column), bold, fill)
                    cells = [cell] * span
                row.extend(cells)
                if len(row) >= MAX_GRID_COLUMNS:
                    break
            header = tr_pr is not None and _on(tr_pr.find(_w("tblHeader"))) is True
            if counting_header and header and row_index == header_rows:
                header_rows += 1
            else:
                counting_header = False
            grid.append(row)
        if not grid:
            return []
        width = max(len(row) for row in grid)
        grid = [
            row + [GridCell("", (r, c)) for c in range(len(row), width)]
            for r, row in enumerate(grid)
        ]
        if header_rows == 0:
            header_rows = _bold_header_rows(grid)
        return grid_blocks(grid, header_rows)


def _bold_header_rows(grid: list[list[GridCell]]) -> int:
    """Rows at the top whose every filled cell is bold, when rows below are not."""
    count = 0
    for row in grid[:3]:
        filled = [cell for cell in row if cell.text.strip()]
        if len({cell.origin for cell in filled}) >= 2 and all(cell.bold for cell in filled):
            count += 1
        else:
            break
    return count if count < len(grid) else 0


def _content(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in order, through content controls."""
    for child in container:
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
            inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if inner is not None:
                yield from _content(inner)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """The ``tag`` children of a table or row, through content controls (not nested tables)."""
    for child in parent:
        if child.tag == _w(tag):
            yield child
        elif child.tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
            inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if inner is not None:
                yield from _children(inner, tag)


def _open(data: bytes, name: str, limits: LoadLimits) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(i.file_size for i in archive.infolist() if i.filename.startswith("word/"))
    except zipfile.BadZipFile as exc:
        raise IngestError(name, f"not a readable Word .docx file ({exc})") from exc
    if size > MAX_XML_BYTES:
        raise DocumentTooLarge(
            name,
            f"the Word document unpacks to {size} bytes (limit {MAX_XML_BYTES})",
            help="Split it into smaller files.",
        )
    import docx  # here, not at the top: ingesting text and PDFs never pays its import

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        reason = str(exc) or type(exc).__name__
        raise IngestError(name, f"not a readable Word .docx file ({reason})") from exc


def load_docx(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load a .docx file into one page of blocks."""
    document = _open(data, name, limits)
    try:
        styles_root = document.styles.element
    except Exception:  # a package without a styles part
        styles_root = None
    body = document.element.body
    background = WHITE
    page_fill = document.element.find(_w("background"))
    if page_fill is not None:
        background = _rgb(_val(page_fill, "color")) or WHITE
    reader = _Reader(_Styles(styles_root), background)
    blocks = reader.blocks(body, background, name)
    warnings = []
    if reader.hidden:
        warnings.append(hidden_text_warning(reader.hidden, reader.reasons))
    return [Page(number=None, blocks=blocks)], warnings
