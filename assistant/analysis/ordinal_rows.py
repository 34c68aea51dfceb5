"""Rows named by their place in a paper's table ('the third recommendation in the 2002
report', 'the last action in the table', 'the first two actions of the log'): counted in the
order the paper lists them, within the one paper (or section) the question names.

The place is read against the paper's own rows (their order in the document, top-level rows
only when the paper numbers sub-items under them); an ordinal of time ('the first action due',
'the last one to be completed') picks nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.names import NameIndex
from assistant.analysis.nouns import RECORD_NOUNS
from ingest.model import ActionRecord

_PLACES = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
    "eighth": 7, "ninth": 8, "tenth": 9, "last": -1, "final": -1, "penultimate": -2,
}  # fmt: skip
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_PLACE = rf"(?:{'|'.join(_PLACES)}|\d{{1,2}}(?:st|nd|rd|th))"
# 'the third recommendation', 'the first two actions', 'the last three items'; then the end,
# a preposition placing it in a paper, or a verb: never 'due', 'to be', 'completed' (a time)
_ORDINAL_ROW = re.compile(
    rf"\bthe\s+(?P<place>{_PLACE})(?:\s+(?P<count>two|three|four|five|\d))?\s+"
    rf"(?:listed\s+)?{RECORD_NOUNS}\b"
    r"(?=\s*(?:[?.,;:!)]|$|-|–|—|(?:in|on|of|from|under|at|listed|shown|is|was|are|were|has|"
    r"have|say|says|said|about|and)\b))",
    re.I,
)


def _place(word: str) -> int:
    low = word.lower()
    return _PLACES[low] if low in _PLACES else int(re.sub(r"\D", "", low)) - 1


def paper_order(rows: Sequence[ActionRecord]) -> list[ActionRecord]:
    """``rows`` (one paper's or section's) in the order the paper lists them: its top-level
    rows only, when it numbers sub-items under them, as a reader counts its items."""
    ordered = sorted(rows, key=lambda r: r.ordinal)
    top = [r for r in ordered if not r.parent_ref]
    return top if len(top) >= 2 else ordered


def ordinal_rows(
    question: str, rows: Sequence[ActionRecord]
) -> tuple[list[ActionRecord], str] | None:
    """The rows ``question`` names by their place among ``rows`` (one paper's or section's
    rows, in any order), and the words that name them; None when it names none, or a place
    the paper does not have."""
    found = _ORDINAL_ROW.search(question)
    if found is None or len(rows) < 2:
        return None
    ordered = paper_order(rows)
    place = _place(found.group("place"))
    count_word = (found.group("count") or "").lower()
    count = _COUNTS.get(count_word) or (int(count_word) if count_word.isdigit() else 1)
    if count > 1:  # 'the first two', 'the last three'
        picked = ordered[:count] if place >= 0 else ordered[-count:]
        return (picked, found.group(0)) if place in (0, -1) and count < len(ordered) else None
    if not -len(ordered) <= place < len(ordered):
        return None
    return [ordered[place]], found.group(0)


def placed_refs(
    question: str, documents: list[str], section: str | None, name_index: NameIndex
) -> tuple[list[str], str] | None:
    """The refs of the rows ``question`` names by their place in the one paper it names (in
    its section, when it names one), with the words that name them; None unless every row
    picked has a ref the register holds."""
    if len(documents) != 1:
        return None
    rows = [
        r
        for r in name_index.doc_rows.get(documents[0], [])
        if section is None or r.section == section
    ]
    found = ordinal_rows(question, rows)
    if found is None or not all(r.ref for r in found[0]):
        return None
    refs = [str(r.ref) for r in found[0]]
    held = [ref for ref in name_index.refs if ref in {r.lower() for r in refs}]
    return (refs, found[1]) if len(held) == len(refs) else None
