"""The labelled details on a paper's cover, read as facts of the paper: the body it is from,
the committee it went to, the date of that meeting, who prepared it and its purpose. Covers
write them one to a line ('Committee: Audit and Governance Committee'), as a table read line
by line ('Meeting<TAB>12 March 2020'), or run together when a scan or a PDF loses the layout
('Body Eastmoor Hospitals NHS Foundation Trust Committee Audit Committee Date of meeting …');
a heading line 'Holmebridge College - Audit Committee' names the committee with no label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ingest.dates import scan_dates

CoverField = Literal["body", "committee", "date", "author", "purpose"]

# the labels of a cover, longest first, each with the field it gives and whether it may stand
# inside a line run together (written capitalised: a label, never a word of a value or prose;
# 'Trust' and 'Meeting' end names too often to be read there: 'Heronsgate Learning Trust')
_LABELS: tuple[tuple[str, CoverField, bool], ...] = (
    ("Date ?of (?:the )?meeting", "date", True),
    ("Meeting date", "date", True),
    ("Presented to", "committee", False),
    ("Report to", "committee", False),
    ("Meeting of", "committee", False),
    ("Committee", "committee", True),
    ("Meeting", "date", False),
    ("Organi[sz]ation", "body", True),
    ("Body", "body", True),
    ("Trust", "body", False),
    ("Prepared by", "author", True),
    ("Presented by", "author", False),
    ("Report by", "author", True),
    ("Report of", "author", True),
    ("Report author", "author", False),
    ("Author", "author", False),
    ("Contact officer", "author", False),
    ("Purpose", "purpose", False),
)
_LABEL = re.compile(
    r"(?:(?P<start>^|(?<=[\t|*]))|(?<= ))[*\s]*(?P<label>"
    + "|".join(f"(?P<l{i}>{label})" for i, (label, _, _) in enumerate(_LABELS))
    # a value follows, never a heading's dash ('Heronsgate Learning Trust - Audit Committee')
    + r")(?:[*\s]*:|[ \t]+)[*\s]*(?=[^\s\-–—|])",
    re.M,
)
# a heading naming the meeting with no label: '<body> - <name> Committee'
_MEETING_HEADING = re.compile(
    r"^[^\n]{3,80}?\s[-–—|]\s(?P<committee>(?:[A-Z][\w&'-]*\s+|and\s+|of\s+){0,6}"
    r"(?:Committee|Panel|Board(?: of [A-Z]\w+)?|Cabinet|Forum|Sub-committee))\s*$",
    re.M,
)
_COVER_LINES = 10
_WEEKDAY = 12  # a date may follow its weekday ('Thursday 16 January 2020')
_COVER_CHARS = 900
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


@dataclass(frozen=True)
class CoverFact:
    """One labelled detail of a cover: its field, its value and the value's offset in the
    paper's text (for the citation)."""

    field: CoverField
    value: str
    start: int


def cover_facts(text: str) -> dict[CoverField, CoverFact]:
    """The cover details of a paper whose text is ``text``, the first of each field."""
    head = _cover(text)
    found: list[tuple[int, int, CoverField]] = []  # label start, value start, field
    seen: set[CoverField] = set()
    for match in _LABEL.finditer(head):
        index = next(i for i in range(len(_LABELS)) if match.group(f"l{i}"))
        _, field, anywhere = _LABELS[index]
        inside = match.group("start") is None
        if inside and (field in seen or not anywhere):
            continue  # 'Committee Audit Committee': the second is the value's own word
        if head.startswith(match.group("label"), match.end()):
            continue  # '… Coastal Committee Committee …': the first ends the name before
        seen.add(field)
        found.append((match.start("label"), match.end(), field))
    facts: dict[CoverField, CoverFact] = {}
    for n, (_, start, field) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(head)
        line_end = head.find("\n", start)
        end = min(end, line_end) if line_end >= 0 else end
        value = _value(field, head[start:end])
        if value and field not in facts:
            facts[field] = CoverFact(field, value, start)
    if "committee" not in facts:
        heading = _MEETING_HEADING.search(head)
        if heading:
            facts["committee"] = CoverFact(
                "committee", heading["committee"], heading.start("committee")
            )
    return facts


def _cover(text: str) -> str:
    """The opening lines of a paper's text, before its first table row (three cells or
    more): where its cover details stand."""
    end = 0
    for n, line in enumerate(text[:_COVER_CHARS].splitlines(keepends=True)):
        if n >= _COVER_LINES or line.count("\t") >= 2 or line.count("|") >= 3:
            break
        end += len(line)
    return text[:end]


def _value(field: CoverField, raw: str) -> str:
    """A label's value: a date label's date, else its words up to a sentence's end."""
    raw = re.split(r"[\x00-\x08\x0b-\x1f]", raw, maxsplit=1)[0].strip(" \t*|:")  # a page break
    if field == "date":
        dates = scan_dates(raw)[0]
        at = raw.find(dates[0].text) if dates else -1
        return raw[: at + len(dates[0].text)].strip() if 0 <= at < _WEEKDAY else ""
    stop = _SENTENCE_END.search(raw)
    return (raw[: stop.start()] if stop and field != "purpose" else raw).strip(" .;,")
