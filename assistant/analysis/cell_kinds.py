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


# a bound a question puts on a percentage ('at 100%', 'over 50%', 'below half-way' is not one)
_BOUND = re.compile(
    r"\b(?P<cue>at\s+least|no\s+less\s+than|(?:more|greater|higher)\s+than|over|above|beyond|"
    r"(?:less|lower|fewer)\s+than|under|below|at\s+most|no\s+more\s+than|up\s+to|at|of|on)?"
    r"\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)"
    r"(?P<tail>\s+or\s+(?:more|over|above|higher|less|under|below|lower))?"
    # the state the percentage measures is its word, not a status asked ('60% complete')
    r"(?:\s+(?:complete|completed|done|finished|implemented|delivered|through|progress))?",
    re.I,
)
_STRICT = 0.001  # 'over 50%' keeps 50.5%, not 50%


def percent_range(question: str) -> tuple[tuple[float, float], str] | None:
    """The range of percentages a question keeps rows within, with its words ('at 100%' ->
    (100, 100); 'over 50%' -> (50.001, 100); 'below 50%' -> (0, 49.999)); None when it
    bounds none."""
    found = _BOUND.search(question)
    if found is None:
        return None
    n = float(found.group("n"))
    cue = " ".join((found.group("cue") or "").lower().split())
    tail = (found.group("tail") or "").lower()
    if cue in ("at least", "no less than") or re.search(r"more|over|above|higher", tail):
        bounds = (n, 100.0)
    elif cue in ("at most", "no more than", "up to") or re.search(r"less|under|below|lower", tail):
        bounds = (0.0, n)
    elif (cue.endswith("than") and cue.split()[0] in ("more", "greater", "higher")) or cue in (
        "over",
        "above",
        "beyond",
    ):
        bounds = (n + _STRICT, 100.0)
    elif cue.endswith("than") or cue in ("under", "below"):
        bounds = (0.0, n - _STRICT)
    else:
        bounds = (n, n)
    return bounds, found.group(0).strip()


def in_percent_range(record: ActionRecord, bounds: tuple[float, float]) -> bool:
    """Whether the row's first percentage cell lies within ``bounds``; a row with none does not."""
    cells = percent_cells(record)
    return bool(cells) and bounds[0] <= float(cells[0].value.rstrip("%")) <= bounds[1]
