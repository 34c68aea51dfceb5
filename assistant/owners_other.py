"""A later part asking of the rows of the owner the part before found: 'the officer who owns
X, what is the deadline on their other action?', 'whoever leads X, list their other items',
'is any other recommendation of theirs still open?', 'what else are they down for?', 'is any
of its actions overdue?'. The owner is the bridge: the part is asked as the list of that
owner's rows (the row already found left out when the part asks for 'other' ones), with the
state the part asks of them ('still open', 'overdue'); the list gives each row's deadline and
status."""

from __future__ import annotations

import re

from assistant.antecedents import Previous

_ROWS = (
    r"(?:actions?|recommendations?|items?|ones?|rows?|tasks?|points?|entries|entry|areas?|"
    r"findings?)"
)
# the owner, pointed at: 'their', 'his', "that officer's", "the same team's"
_ROLE = (
    r"(?:owner|officer|person|post|lead|director|manager|head|team|unit|body|service|department|"
    r"directorate)"
)
_OWNER = rf"(?:their|his|her|its|(?:that|this|the\s+same)\s+{_ROLE}['’]s)"
_MODS = r"(?:[a-z-]+\s+){0,2}?"
_PRONOUN = r"(?:they|he|she)"
_HOLDING = r"(?:got|have|has|hold|holds|own|owns|lead|leads|run|runs|carry|carries)"
# each form of asking of the owner's rows; 'other' in the match leaves out the row found
_OF_OWNER = re.compile(
    rf"\b{_OWNER}\s+other\s+{_MODS}{_ROWS}\b|"
    rf"\bthe\s+other\s+{_ROWS}\s+(?:that\s+)?{_PRONOUN}\s+(?:holds?|owns?|leads?|has|have)\b|"
    rf"\b(?:other|another|more)\s+{_MODS}{_ROWS}\s+of\s+(?:theirs|his|hers)\b|"
    rf"\b(?:any|some|one|which|all|none|each|how\s+many)\s+of\s+{_OWNER}\s+(?:other\s+)?{_MODS}"
    rf"{_ROWS}\b|"
    rf"\b(?:that|this|the\s+same)\s+{_ROLE}\b[^?]{{0,40}}?\b(?:which|what|any|an?)\s+other\s+"
    rf"{_MODS}{_ROWS}\b|"
    rf"\bwhat\s+else\b[^?]*?\b(?:{_PRONOUN}|them)\b(?:\s+(?:down\s+)?for)?|"
    rf"\b(?:have|has|do|does|did)\s+{_PRONOUN}\s+(?:{_HOLDING}\s+)?(?:got\s+)?"
    rf"(?:another|any\s+others?|any\s+more|others?|more)(?:\s+{_MODS}{_ROWS})?\b",
    re.I,
)
_OTHER = re.compile(r"\b(?:other|others|another|else|more)\b", re.I)
# the state asked of the rows after the phrase naming them: '(is …) still open', 'overdue',
# 'that have slipped'
_STATE = re.compile(
    r"^\s*(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?"
    r"(?P<state>(?:still\s+|now\s+|already\s+)?(?:open|outstanding|overdue|late|complete[d]?|"
    r"done|closed|finished|implemented|slipped|delayed|behind|not\s+(?:yet\s+)?(?:started|"
    r"done|complete[d]?|implemented)|in\s+progress|ongoing))\b",
    re.I,
)


def owners_other(part: str, previous: Previous | None) -> str | None:
    """'Which actions other than IA-01 are owned by <the owner> and still open?' for a part
    asking of the rows of the one owner of the rows the part before found; None otherwise."""
    if previous is None or not previous.records:
        return None
    found = _OF_OWNER.search(part)
    if found is None:
        return None
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1:
        return None
    refs = [r.ref for r in previous.records if r.ref]
    other = bool(_OTHER.search(found.group(0)))
    left_out = f" other than {' and '.join(refs)}" if refs and other else ""
    state = _STATE.match(part[found.end() :])
    asked = f" and {state.group('state').lower()}" if state else ""
    return f"Which actions{left_out} are owned by {owners.pop()}{asked}?"
