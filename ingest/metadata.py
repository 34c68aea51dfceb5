"""Document metadata from the text itself: title, organisation, type, report date or period.

Committee papers open with a masthead ('AUDIT PANEL', a date, a logo's text) before the real
title, so title candidates are scored rather than taken from the first line. When no report
date is written, a period ('2007/08') is inferred from the table headers or headings, and
``period_inferred`` says so.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ingest.dates import parse_dates
from ingest.model import Block, BlockKind, PlacedBlock
from ingest.table_model import Layout
from ingest.vocabulary import Vocabulary

_TITLE_WORDS = re.compile(
    r"\b(report|plan|statement|summary|recommendations?|review|governance|action|audit|progress|"
    r"inspection|improvement)\b",
    re.I,
)
_DOC_TYPES = [
    ("annual governance statement", "annual governance statement"),
    ("governance improvement plan", "governance improvement plan"),
    ("action plan", "action plan"),
    ("governance report", "governance report"),
    ("inspection", "inspection report"),
    ("audit report", "audit report"),
    ("progress", "progress report"),
]
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d{2}|\d{4})\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass
class Described:
    title: str
    organisation: str | None
    doc_type: str
    date: str | None
    date_text: str | None
    period: str | None
    period_inferred: bool
    year: int | None


def _front_matter(placed: list[PlacedBlock], layout: Layout) -> list[PlacedBlock]:
    """The blocks before the first table row: headings, paragraphs, and the rows of a block of
    details the layout keeps as prose ('Date of meeting' | '12 November 2025'), as one line."""
    as_prose = {item.index for item, _ in layout.prose if item.block.kind is BlockKind.ROW}
    front = []
    for item in placed:
        if item.block.kind is BlockKind.ROW:
            if item.index not in as_prose:
                break
            line = "  ".join(c for c in item.block.cells if c.strip())
            item = dataclasses.replace(item, block=Block(BlockKind.PARAGRAPH, text=line))
        front.append(item)
        if len(front) >= 14:
            break
    return front


def _title_score(text: str, position: int, is_heading: bool, vocab: Vocabulary) -> float:
    words = text.split()
    if not 2 <= len(words) <= 18 or (text.endswith(".") and len(words) > 8):
        return -10
    score: float = min(3, len(_TITLE_WORDS.findall(text)))
    score += 2 if is_heading else 0
    score += 2 if position == 0 else 0
    score -= position * 0.1
    if any(not _PERIOD.fullmatch(d.text) for d in parse_dates(text)):
        score -= 3  # a dated line ('Audit Committee 14 March 2024'); a year's period is a title's
    if re.match(r"^(report by|appendix|table|contact|email)\b", text, re.I):
        score -= 5
    if re.match(r"^\d+(\.\d+)*\.?\s", text) or text.startswith("- "):
        score -= 3
    if "**" in text or any(len(w) > 8 and w.isupper() and not vocab.knows(w) for w in words):
        score -= 3  # logo text run together ('MOPACMAYOR')
    if _BODY_NAME.fullmatch(text.strip(" *#")):
        score -= 4  # a masthead naming the body ('Westmarch Police and Crime Panel')
    letters = [c for c in text if c.isalpha()]
    if len(words) <= 2 and letters and all(c.isupper() for c in letters):
        score -= 2  # a masthead such as 'AUDIT PANEL'
    return score


def describe(
    placed: list[PlacedBlock], layout: Layout, filename: str, vocab: Vocabulary
) -> Described:
    front = _front_matter(placed, layout)
    candidates = [
        (
            _title_score(item.block.text, i, item.block.kind is BlockKind.HEADING, vocab),
            -i,
            item.block.text,
        )
        for i, item in enumerate(front)
    ]
    best = max(candidates, default=(-10.0, 0, ""))
    title = vocab.title_case(best[2]) if best[0] > -5 else ""
    header_period = next(
        (cell for table in layout.tables for cell in table.header if _PERIOD.search(cell)), None
    )
    if title and len(title.split()) <= 3 and header_period:
        title = f"{title} — {header_period}"
    title = title or re.sub(r"[_-]+", " ", filename.rsplit(".", 1)[0])

    date = date_text = None
    for item in front:
        found = [
            d
            for d in parse_dates(item.block.text)
            if re.search(r"\d{1,2}", d.text.split()[0]) or re.search(r"\d(st|nd|rd|th)", d.text)
        ]
        full = [d for d in found if len(d.text.split()) >= 3]
        if full:
            date, date_text = full[0].iso, full[0].text
            prefix = item.block.text[: item.block.text.find(date_text)]
            weekday = _WEEKDAY.search(prefix)
            if weekday:
                date_text = weekday.group(0) + date_text
            break

    period = None
    period_inferred = False
    year = int(date[:4]) if date else None
    if date is None:
        sources = (
            ([header_period] if header_period else [])
            + [item.block.text for item in placed if item.block.kind is BlockKind.HEADING]
            + [title]
        )
        for source in sources:
            match = _PERIOD.search(source)
            if match:
                period, period_inferred = match.group(0).replace(" ", ""), True
                end = match.group(2)
                year = int(end) if len(end) == 4 else int(match.group(1)[:2] + end)
                break
            match = _YEAR.search(source)
            if match:
                period, period_inferred, year = match.group(1), True, int(match.group(1))
                break

    return Described(
        title=title,
        organisation=_organisation(title, placed),
        doc_type=next((t for key, t in _DOC_TYPES if key in title.lower()), "report"),
        date=date,
        date_text=date_text,
        period=period,
        period_inferred=period_inferred,
        year=year,
    )


# a cover label of a kind of body ('Charity: …', 'Hub: …') names the body; a board, panel,
# group or unit may be a part of one ('Board: Audit Panel'); with a colon only: 'Network
# Rail' starts lines too, and a register's theme cell ('Partnership') starts a row
_WHOLE_BODY_KINDS = (
    r"charity|hub|partnership|consortium|federation|network|society|association|foundation|"
    r"alliance|conservancy|college|university|academy|commission|corporation|company"
)
_LABELLED_BODY = re.compile(
    r"(?:^|\t)[ \t]*(?:\*\*)?(?:(?:body|organi[sz]ation|authority|council|trust|institution|"
    r"provider|name of (?:body|organi[sz]ation))(?:\*\*)?[ \t]*[:\-–\t ]|(?:"
    + _WHOLE_BODY_KINDS
    + r")(?:\*\*)?[ \t]*:)[ \t]*(?:\*\*)?[ \t]*"
    r"(?P<name>(?-i:[A-Z])[^\n\t|]{2,80}?)[ \t*]*"  # a name, not 'Council officers to …'
    r"(?=$|\t|\s+(?:Committee|Date|Meeting|Report|Author|Chair|Presented|Prepared)\b)",
    re.I | re.M,
)
_BODY_KINDS = (
    r"Council|Authority|Trust|University|College|Commissioner|Service|Association|Homes|Board|"
    r"Partnership|Constabulary|Police|Agency|Panel|Unit|Group|Academy|Commission|Corporation|"
    r"Consortium|Federation|Network|Hub|Alliance|Society|Foundation|Charity|Forum|Institute|"
    r"Conservancy|Co-operative|Cooperative|Collective"
)
_COMPANY_FORMS = r"Company|Ltd|Limited|plc|PLC|LLP|CIC"


def _body_name(kinds: str) -> re.Pattern[str]:
    """A body's name: capitalised words of one line ending in one of ``kinds``, not a post
    (a title line's last words and the next line's name are two things)."""
    return re.compile(
        r"\b(?<!\bof )(?P<name>(?!(?:The|This|That|Our|Head|Director|Manager|Officer|Chair|"
        r"Deputy|Clerk|Secretary)\b)[A-Z][\w&'’-]*[ \t]+"  # a post ('Head of Catering Services')
        r"(?:(?:[A-Z][\w&'’-]*|and|of|for|the|&)[ \t]+){0,7}?"
        rf"(?:{kinds})s?\b"  # 'Skerrow Lighthouse Commissioners'
        rf"(?:[ \t]+(?:{_COMPANY_FORMS})\b)?"  # 'Vale Water Company Limited'
        r"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]*){1,4})?)"
        r"(?!\s+(?:Manager|Officer|Director|Lead|Team|Head|Coordinator|Adviser|Advisor)\b)"
    )


_BODY_NAME = _body_name(_BODY_KINDS)
# a line of its own may also be a company's name ('Corran Ferries Ltd'); in running text a
# company is as often a supplier as the body whose paper it is
_MASTHEAD_NAME = _body_name(f"{_BODY_KINDS}|{_COMPANY_FORMS}")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b(?![-/.]?\d)")  # not a ref's prefix ('IA-01')
_NOT_BODIES = frozenset("PDF RAG HTML ICT IT HR TBA TBC NB AGS Q1 Q2 Q3 Q4 UK".split())


def _organisation(title: str, placed: list[PlacedBlock]) -> str | None:
    """The body whose paper this is, from the text: a labelled cover field ('Body: Tamar Vale
    Homes'), else a body's name standing as a line or cell of its own in the front matter
    ('Ostley Police and Crime Panel - Police and Crime Panel', a cover cell 'Corrisford Sixth
    Form College'), else an acronym the title starts with and the text uses ('MOPAC …'), else
    the most used acronym of the text, else a body's name in the front matter ('… Fire and Rescue
    Authority')."""
    front = "\n".join(item.block.text or "\t".join(item.block.cells) for item in placed[:25])
    labelled = _LABELLED_BODY.search(front)
    if labelled:
        return labelled.group("name").strip(" *.")
    masthead = _masthead_body(placed[:25])
    if masthead:
        return masthead
    body = " ".join(item.block.text or " ".join(item.block.cells) for item in placed)
    counts: dict[str, int] = {}
    for acronym in _ACRONYM.findall(body):
        if acronym not in _NOT_BODIES:
            counts[acronym] = counts.get(acronym, 0) + 1
    for acronym in _ACRONYM.findall(title):
        if counts.get(acronym, 0) >= 2:
            return acronym
    if counts:
        top = max(counts, key=lambda k: counts[k])
        if counts[top] >= 3:
            return top
    named = _BODY_NAME.search(front)
    return " ".join(named.group("name").split()) if named else None


# 'Key Considerations for the Panel': a heading about a body, not its name
_HEADING_LIKE = re.compile(r"\bthe\s+\S+\s*$", re.I)


def _masthead_body(front: list[PlacedBlock]) -> str | None:
    """A body's name written as a masthead: a line or table cell of the front matter that is
    the name alone, or the name followed by a dash and a committee ('X Council - Audit
    Committee'). Its full words are kept ('Police and Crime Panel', not 'Police')."""
    for item in front:
        if item.block.kind is BlockKind.ROW and len(item.block.cells) > 3:
            break  # the register's table (a cover table's rows are label and value)
        for text in [item.block.text, *item.block.cells]:
            text = (text or "").strip(" *#")
            labelled = re.split(r"\s*:\s+", text, maxsplit=1)  # 'College: Corrisford College'
            for part in {text, labelled[-1]}:
                head = re.split(r"\s+[-–—|]\s+", part, maxsplit=1)[0].strip(" *")
                named = _MASTHEAD_NAME.fullmatch(head)
                if named and len(head.split()) >= 2 and not _HEADING_LIKE.search(head):
                    return " ".join(named.group("name").split())
    return None
