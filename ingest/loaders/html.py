"""HTML loader: headings, paragraphs and ``<table>`` rows; scripts, styles and hidden text dropped.

Hidden text (``display:none``, ``visibility:hidden``, the ``hidden`` attribute, white or
zero-size text) is not indexed, and a warning says what was dropped: text nobody can see should
not be able to change an answer.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ingest.cleaning import clean_text
from ingest.loaders import LoadLimits, decode_text
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
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|"
    r"(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))",
    re.I,
)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.hidden_text: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, hidden)
        self._skip_depth = 0
        self._text: list[str] = []
        self._heading: str | None = None
        self._row: list[str] | None = None
        self._row_header = False
        self._cell: list[str] | None = None

    @property
    def _hidden(self) -> bool:
        return any(hidden for _, hidden in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP:
            self._skip_depth += 1
            return
        hidden = "hidden" in attributes or bool(_HIDDEN_STYLE.search(attributes.get("style", "")))
        hidden = hidden or (attributes.get("aria-hidden") == "true" and tag != "svg")
        if tag not in _VOID:
            self._stack.append((tag, hidden))
        if tag == "tr":
            self._flush_text()
            self._row, self._row_header = [], False
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._row_header = self._row_header or tag == "th"
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
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag == tag:
                break
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(clean_text("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self.blocks.append(
                    Block(BlockKind.ROW, cells=tuple(self._row), header_hint=self._row_header)
                )
            self._row = None
        elif self._heading == tag:
            text = clean_text("".join(self._text))
            self._text = []
            self._heading = None
            if text:
                self.blocks.append(Block(BlockKind.HEADING, text=text))
        elif tag in _BLOCK and self._cell is None:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._hidden:
            if data.strip():
                self.hidden_text.append(data.strip())
            return
        if self._cell is not None:
            self._cell.append(data)
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
        self._flush_text()
        return self.blocks


def load_html(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load an .html file into one page of blocks."""
    builder = _Builder()
    builder.feed(decode_text(data, name))
    blocks = builder.finish()
    warnings = []
    if builder.hidden_text:
        sample = " ".join(builder.hidden_text)[:120]
        warnings.append(
            f"hidden text was not indexed ({len(builder.hidden_text)} pieces): {sample!r}"
        )
    return [Page(number=None, blocks=blocks)], warnings
