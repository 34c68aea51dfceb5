"""The kind of value a row's cell holds, read from its header's meaning and the cell's shape.

A tracker may keep how far each action has gone in a column of its own: '% complete' holding
'60', 'Progress %' holding '40', 'Completion' holding '75%'. Such a cell is a percentage
whatever the column is called: its header says per cent ('%', 'percent', 'per cent') and
the cell is a bare number up to 100, or the cell itself is written as one ('40%'). A
question asking a percentage of the row ('what % done?', 'how complete is it?') is answered
from that cell first.

    percent_cells(record) -> [PercentCell(header='% complete', written='60', value='60%')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import ActionRecord

# a header that says its cells are percentages: '% complete', 'Percent done', 'Per cent'
_PERCENT_HEADER = re.compile(r"%|\bper\s?cent(?:age)?\b|\bpercent(?:age)?\b", re.I)
# a cell written as a percentage ('40%', '40 per cent')
_PERCENT_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)\s*$", re.I)
# a bare number a percentage column holds ('60', '12.5')
_NUMBER_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class PercentCell:
    """A percentage cell of a row: its header, the cell as written and the value as a
    percentage ('60' under '% complete' -> '60%')."""

    header: str
    written: str
    value: str


def percent_cell(header: str, cell: str) -> PercentCell | None:
    """The cell as a percentage when its header or its own shape says it is one; else None."""
    found = _PERCENT_CELL.match(cell)
    if found is None and _PERCENT_HEADER.search(header):
        found = _NUMBER_CELL.match(cell)
    if found is None or float(found.group(1)) > 100:
        return None
    return PercentCell(header.strip(), cell.strip(), f"{found.group(1)}%")


def percent_cells(record: ActionRecord) -> list[PercentCell]:
    """The row's percentage cells, in the row's order."""
    found = (percent_cell(header, cell or "") for header, cell in record.columns.items())
    return [cell for cell in found if cell is not None]


# how far a row has gone, asked in words a percentage cell answers: a per cent sign or word,
# 'how complete', 'how far along', 'how far has it got', 'how much of it is done'
_ASKS_HOW_FAR = re.compile(
    r"%|\bper\s?cent(?:age)?\b|\bpercent(?:age)?\b|\bhow\s+(?:complete|far\s+along|advanced)\b|"
    r"\bhow\s+far\s+(?:[\w'-]+\s+){0,8}?(?:got|gone|progressed|come|advanced|along)\b|"
    r"\bhow\s+much\s+(?:of\s+(?:it|that|this|the\s+\w+)\s+)?(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:done|complete|completed|finished|delivered)\b",
    re.I,
)


def asks_how_far(question: str) -> bool:
    """Whether ``question`` asks how far a row has gone, which a percentage cell answers."""
    return _ASKS_HOW_FAR.search(question) is not None


# the word a per cent sign or word binds ('% done', 'percent complete', 'progress %'): the
# name of the percentage asked, which frames the question rather than naming its subject
_PERCENT_BOUND = re.compile(
    r"(?<=%)\s*([a-z]+)\b|(?:\bper\s?cent(?:age)?|\bpercent(?:age)?)\s+([a-z]+)\b|"
    r"\b([a-z]+)\s*(?=%|\bper\s?cent|\bpercent)",
    re.I,
)


def percent_words(question: str) -> set[str]:
    """The words ``question``'s per cent sign or word binds, lower case ('what % done?' ->
    {'what', 'done'}); a percentage 'of' something binds its subject to nothing."""
    words = {next(g for g in m.groups() if g).lower() for m in _PERCENT_BOUND.finditer(question)}
    return words - {"of"}
