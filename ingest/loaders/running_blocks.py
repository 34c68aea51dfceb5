"""Running headers and footers left out of formats without page geometry.

Text printed from a PDF into a Word, HTML, Markdown or text file keeps the PDF's running lines
("Audit Committee, 3 March 2020   Page 3 of 4"): a short line that repeats (digits may vary)
is dropped where it recurs, and a page number at the end of a line goes on its own
(:func:`drop_running_blocks`).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.cleaning import is_page_number
from ingest.model import Block, BlockKind, Page

# "Audit Committee, 3 March 2020   Page 3 of 4": a page number at the end of a running line
_TRAILING_PAGE_NUMBER = re.compile(r"[\s|,;–—-]+page\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.I)
# a running header or footer is one short line; a longer paragraph that repeats is text
RUNNING_LINE_MAX_CHARS = 100
# formats whose text may have been printed from a PDF with its running lines
RUNNING_LINE_FORMATS = ("txt", "text", "md", "markdown", "html", "htm", "docx")


def _running_key(text: str) -> str:
    """Lines compared across pages: case and spacing ignored, and the digits of a line that
    names a page ('Page 3 of 4')."""
    key = " ".join(text.lower().split())
    return re.sub(r"\d+", "#", key) if "page" in key else key


def drop_running_blocks(pages: list[Page]) -> tuple[list[Page], list[str]]:
    """Leave out what a text printed from a PDF keeps of its running headers and footers.

    A paragraph that is only a page number ("Page 3 of 4") goes wherever it is; it also ends a
    page, for documents whose pages were joined. Then a short paragraph or heading (at most
    :data:`RUNNING_LINE_MAX_CHARS`) among the first or last two blocks of a page that repeats
    (digits may vary when it names a page) on at least half the pages, two at least, is kept
    only where it first appears (without its page number). Table rows are never touched: the
    bundled papers repeat a table's header row at each page break on purpose. A heading
    followed by a table's header row is a sub-heading, not a running line. Returns the pages
    and the texts dropped.
    """
    dropped: list[str] = []
    segments: list[list[tuple[int, int]]] = []  # (page index, block index) per printed page
    kept_blocks: list[list[Block | None]] = []
    for p, page in enumerate(pages):
        kept_blocks.append(list(page.blocks))
        segments.append([])
        for b, block in enumerate(page.blocks):
            if block.kind is not BlockKind.ROW and is_page_number(block.text):
                kept_blocks[p][b] = None
                dropped.append(block.text)
                segments.append([])
                continue
            segments[-1].append((p, b))
    segments = [seg for seg in segments if seg]

    def candidate(p: int, b: int) -> bool:
        block = pages[p].blocks[b]
        if block.kind is BlockKind.ROW or not block.text.strip():
            return False
        if len(block.text) > RUNNING_LINE_MAX_CHARS:
            return False  # a passage the paper repeats, not a running line
        if block.kind is BlockKind.HEADING and b + 1 < len(pages[p].blocks):
            following = pages[p].blocks[b + 1]
            if following.kind is BlockKind.ROW and following.header_hint:
                return False
        return True

    edges: list[list[tuple[int, int]]] = []
    for seg in segments:
        edge = seg[:2] + [place for place in seg[-2:] if place not in seg[:2]]
        edges.append([place for place in edge if candidate(*place)])
    counts = Counter(
        key for edge in edges for key in {_running_key(pages[p].blocks[b].text) for p, b in edge}
    )
    need = max(2, -(-len(segments) // 2))
    seen: set[str] = set()
    for edge in edges:
        for p, b in edge:
            block = pages[p].blocks[b]
            key = _running_key(block.text)
            if len(segments) < 2 or counts[key] < need:
                continue
            if key not in seen:  # where it first appears it may be the title: kept
                seen.add(key)
                bare = _TRAILING_PAGE_NUMBER.sub("", block.text).strip()
                if bare != block.text.strip():
                    dropped.append(block.text[len(bare) :].strip())
                    kept_blocks[p][b] = Block(block.kind, text=bare) if bare else None
                continue
            kept_blocks[p][b] = None
            dropped.append(block.text)
    if not dropped:
        return pages, []
    out = [
        Page(
            number=page.number,
            blocks=[blk for blk in blocks if blk is not None],
            ocr_confidence=page.ocr_confidence,
        )
        for page, blocks in zip(pages, kept_blocks, strict=True)
    ]
    return out, dropped
