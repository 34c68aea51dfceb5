"""A later part asking of the section that holds the row the part before found: 'Which section
is X in, and how many actions does that section have?', 'what heading is X under — what else
sits under it?'. The part before asked for the row's container (its section, heading, category,
table or part), so 'it' and 'that section' are that container, not the row: the part is asked
as the count (or list) of the rows in the row's category (else its section), in the row's paper.

Nothing here knows a paper: the words are those of questions about a table's groupings.
"""

from __future__ import annotations

import re

from assistant.analysis.container_parts import CONTAINER_POINTED
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
    rf"\b(?:which|what)\s+(?:of\s+(?:the|its|their|that|this)\s+(?:\w+['’]s\s+)?)?(?:other\s+)?"
    rf"{_ROWS}\b|\bwhat\s+else\b|\b(?:list|name|show)\b",
    re.I,
)
_ASKED_ROWS = re.compile(rf"\b{_ROWS}\b", re.I)


def _container(row: ActionRecord) -> str | None:
    """The row's grouping as its paper writes it: its category (a sub-heading row), else the
    section it sits in."""
    return (row.category or row.section or "").strip() or None


_OTHER = re.compile(r"\b(?:other|else|remaining|rest)\b", re.I)
# words between the question word and the rows noun that only frame it
_FRAME = frozenset("the of its their that this these those other else more remaining rest".split())
# the rows asked for, with the words that qualify them ('how many high-priority recommendations')
_QUALIFIED = re.compile(
    r"\b(?:how\s+many|which|what|the|any)\s+(?:of\s+(?:the|its|their|that|this)\s+"
    r"(?:[\w-]+['’]s\s+)?)?"
    rf"(?P<mods>(?:[\w-]+\s+){{0,3}}?){_ROWS}\b(?P<after>[^?]*)",
    re.I,
)
# what a 'which' part says of its rows after the noun ('… are overdue', '… are still open'),
# less the pointer at the grouping ('in that section', 'does it hold')
_IN_POINTER = re.compile(
    rf"\s*\b(?:(?:in|under|within|from|of|at)\s+)?(?:(?:that|this|the\s+same|the|its)\s+"
    rf"{_CONTAINER}|it|there)\b(?:\s+(?:have|hold|has|holds|contain|contains|list|lists))?",
    re.I,
)
_STATE = re.compile(r"^\s*(?:are|is|were|was)\s+(?P<state>[\w\s-]+?)\s*$", re.I)


def in_container(
    part: str, prior_question: str, previous: Previous | None
) -> tuple[str, list[str]] | None:
    """``part`` asked of the container of the one row the part before found, with that row's
    paper to search it in; None unless this part points at the container ('that section', 'the
    same heading'; 'it', 'there' and 'its' only when the part before asked for a container).

    The rows are asked for with the words that qualify them ('how many high-priority
    recommendations'), less the row found when the part asks of the others ('the other item
    in that section', 'what else'); a part asking a field of them ('who owns the other one')
    is asked as their list, which gives each row's owner, deadline and state."""
    if previous is None or not previous.records:
        return None
    if len(previous.records) > 1 and not previous.quoted:
        return None
    asked_container = _ASKS_CONTAINER.search(prior_question) is not None
    explicit = CONTAINER_POINTED.search(part) is not None
    if not explicit and not (
        asked_container and (_POINTER.search(part) or re.search(r"\bits\b", part, re.I))
    ):
        return None
    if not explicit and not (_HOW_MANY.search(part) or _WHICH.search(part)):
        return None  # 'which section is X in, and who owns it?': 'it' is the row
    row = previous.records[0]
    container = _container(row)
    if container is None:
        return None
    qualified = _QUALIFIED.search(part)
    rows = qualified.group("rows").lower() if qualified else "actions"
    if not rows.endswith("s"):
        rows = "entries" if rows == "entry" else rows + "s"
    mods = _modifiers(qualified.group("mods")) if qualified else ""
    where = f"the {container} section of the {row.document.title}"
    others = f", other than {row.ref}" if _OTHER.search(part) and row.ref else ""
    state = _STATE.match(_IN_POINTER.sub("", qualified.group("after"))) if qualified else None
    if _HOW_MANY.search(part) and state is not None:  # 'how many of its items are complete?'
        return f"How many {mods}{rows} in {where} are {state['state']}{others}?", [row.document.id]
    if _HOW_MANY.search(part):
        return f"How many {mods}{rows} are in {where}{others}?", [row.document.id]
    if state is not None and _WHICH.search(part):  # 'which of its items are overdue?'
        return f"Which {mods}{rows} in {where} are {state['state']}{others}?", [row.document.id]
    return f"Which {mods}{rows} are in {where}{others}?", [row.document.id]


def _modifiers(words: str) -> str:
    """The words qualifying the rows asked for ('high-priority '), less those framing them."""
    kept = [w for w in words.split() if w.lower() not in _FRAME]
    return "".join(f"{w} " for w in kept)
