"""A later part asking of the section that holds the row the part before found: 'Which section
is X in, and how many actions does that section have?', 'what heading is X under — what else
sits under it?'. The part before asked for the row's container (its section, heading, category,
table or part), so 'it' and 'that section' are that container, not the row: the part is asked
as the count (or list) of the rows in the row's category (else its section), in the row's paper.

Nothing here knows a paper: the words are those of questions about a table's groupings.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from ingest.model import ActionRecord

# a grouping of a table's rows; not 'area' or 'theme', which papers also call their rows
_CONTAINER = (
    r"(?:section|sub-?section|heading|sub-?heading|category|table|part|chapter|group|grouping|"
    r"block)"
)
# the part before asks for a container: 'which section', 'what heading', 'under which heading',
# 'in what part of the table'
_ASKS_CONTAINER = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+)?{_CONTAINER}s?"
    # the container noun heads its phrase ('which Table A area' asks for an area)
    r"(?=\s+(?:is|are|was|were|does|do|did|holds?|contains?|includes?|covers?|has|have|lists?|"
    r"of|in|under|for|sits?|falls?)\b|\s*[?,:;—–-])|\bunder\s+(?:which|what)\b",
    re.I,
)
_ROWS = (
    r"(?P<rows>actions?|recommendations?|items?|rows?|entries|points?|findings?|issues?|"
    r"areas?(?:\s+for\s+improvement)?|tasks?|measures?|improvements?)"
)
# the container pointed at: 'that section', 'the same heading', 'its category', or 'it'/'there'
_POINTER = re.compile(
    rf"\b(?:(?:that|this|the\s+same|the|its)\s+{_CONTAINER}|it|there)\b(?!['’])", re.I
)
_HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", re.I)
_WHICH = re.compile(
    rf"\b(?:which|what)\s+(?:other\s+)?{_ROWS}\b|\bwhat\s+else\b|\b(?:list|name|show)\b", re.I
)
_ASKED_ROWS = re.compile(rf"\b{_ROWS}\b", re.I)


def _container(row: ActionRecord) -> str | None:
    """The row's grouping as its paper writes it: its category (a sub-heading row), else the
    section it sits in."""
    return (row.category or row.section or "").strip() or None


def in_container(
    part: str, prior_question: str, previous: Previous | None
) -> tuple[str, list[str]] | None:
    """``part`` asked of the container of the one row the part before found, with that row's
    paper to search it in; None unless the part before asked for a container and this part
    points at it and asks how many rows it holds or which."""
    if previous is None or not previous.records or not _ASKS_CONTAINER.search(prior_question):
        return None
    if len(previous.records) > 1 and not previous.quoted:
        return None
    if _POINTER.search(part) is None:
        return None
    row = previous.records[0]
    container = _container(row)
    if container is None:
        return None
    asked = _ASKED_ROWS.search(part)
    rows = asked.group("rows").lower() if asked else "actions"
    if not rows.endswith("s"):
        rows = "entries" if rows == "entry" else rows + "s"
    where = f"the {container} section of the {row.document.title}"
    if _HOW_MANY.search(part):
        return f"How many {rows} are in {where}?", [row.document.id]
    if _WHICH.search(part):
        return f"Which {rows} are in {where}?", [row.document.id]
    return None
