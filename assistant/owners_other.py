"""A later part asking of the rows of the owner the part before found: 'the officer who owns
X, what is the deadline on their other action?', 'whoever leads X, list their other items',
'is any other recommendation of theirs still open?', 'what else are they down for?', 'is any
of its actions overdue?'. The owner is the bridge: the part is asked as the list of that
owner's rows (the row already found left out when the part asks for 'other' ones), with the
state the part asks of them ('still open', 'overdue'); the list gives each row's deadline and
status.

The owner may be pointed at by a noun phrase ('that same person', 'the same team', 'whoever
that is') or named outright with words of the owner the part before found ('is the Treasurer
down for any other item?'); the part may ask of another paper ('what did they own in the
earlier report?', 'does the same team appear in the later plan?'): the owner's rows are then
listed in every paper, grouped by paper (a paper named by its year narrows the list)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.carried import earlier_paper, later_paper
from assistant.antecedents import Previous
from ingest.model import DocumentInfo
from vectorstore.bm25 import STOPWORDS

_ROWS = (
    r"(?:actions?|recommendations?|items?|ones?|rows?|tasks?|points?|entries|entry|areas?|"
    r"findings?)"
)
# the owner, pointed at: 'their', 'his', "that officer's", "the same team's"
_ROLE = (
    r"(?:owner|officer|person|post|lead|director|manager|head|team|unit|body|service|department|"
    r"directorate|individual|post-?holder|role)"
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
_OTHER = re.compile(r"\b(?:other|others|another|else|more|besides|apart)\b", re.I)
# the state asked of the rows after the phrase naming them: '(is …) still open', 'overdue',
# 'that have slipped'
_STATE = re.compile(
    r"^\s*(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?"
    r"(?P<state>(?:still\s+|now\s+|already\s+)?(?:open|outstanding|overdue|late|complete[d]?|"
    r"done|closed|finished|implemented|slipped|delayed|behind|not\s+(?:yet\s+)?(?:started|"
    r"done|complete[d]?|implemented)|in\s+progress|ongoing))\b",
    re.I,
)
# a noun phrase pointing back at the owner: 'that same person', 'the same team', 'this
# officer', 'whoever that is', 'the said lead' (read as 'they', or 'their' before "'s")
_OWNER_PHRASE = re.compile(
    rf"\b(?:whoever\s+(?:that|this|it)\s+(?:is|was|may\s+be)|the\s+same\s+one|"
    rf"(?:(?:that|this|those)\s+(?:same\s+|very\s+)?|the\s+(?:same|said|very)\s+){_ROLE}s?)"
    r"(?P<poss>['’]s\b)?",
    re.I,
)
# the owner as the part speaks of it, once noun phrases pointing at it are read as pronouns
_POINTER = re.compile(r"\b(?:they|them|their|theirs|he|him|his|she|hers)\b", re.I)
# rows beyond the one found: 'any other item', 'another action', 'anything else', 'what more'
_MORE = re.compile(
    rf"\b(?:any|some|another|other|others|more|further|additional)\s+(?:other\s+)?{_MODS}"
    rf"{_ROWS}\b|\b(?:anything|something|what|any(?:thing)?)\s+(?:else|more)\b|"
    r"\bany\s+others?\b|\bother\s+than\b|\bbesides\b|\bapart\s+from\b",
    re.I,
)
# another paper: 'in the later plan', "in the earlier year's report", 'in the 2023 tracker'
_PAPER = re.compile(
    r"\b(?:in|on|from|within|of|into)\s+(?:the|that|this)\s+(?P<paper>(?:[\w'’/-]+\s+){0,4}?"
    r"(?:report|plan|tracker|paper|list|log|register|update|follow-?up|year|edition|version))\b",
    re.I,
)
# what the part asks of the owner's rows when it is no plain state: a verb phrase of its own
# ('had a target date extended', 'were due in 2024', 'have missed their deadline')
_PREDICATE = re.compile(
    r"^\s*(?:(?:that|which)\s+)?(?P<p>(?:had|has|have|were|was|are|is|did|do|got|slipped|"
    r"missed|fell|went|moved|came)\b[^?]{3,120}?)\s*[?.!]*\s*$",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:[/-]\d\d)?\b")
# verbs of holding or appearing, asked of the owner in another paper
_APPEARS = re.compile(
    r"\b(?:own|owns|owned|hold|holds|held|lead|leads|led|have|has|had|appear|appears|appeared|"
    r"feature|features|featured|show|shows|showed|named|listed|responsible|down|carry|carries|"
    r"carried|run|runs|ran|get|got)\b",
    re.I,
)
# the owner named in words: a run of capitalised words ('the Head of Finance', 'the Treasurer')
_NAMED = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'-]*)*")


# another paper named relatively: 'the later plan', "the following year's report", 'the
# earlier tracker'; the next (or previous) paper of the body of the row found
_ONWARD = re.compile(r"\b(?:later|next|following|subsequent|newer|latest|more\s+recent)\b", re.I)
_BACK = re.compile(r"\b(?:earlier|previous|prior|preceding|older|first|original)\b", re.I)


def _relative_paper(
    phrase: str, previous: Previous, papers: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """The paper a relative phrase names, from the paper of the rows the part before found:
    the body's paper after it ('the following year's report'), or before it ('the earlier
    tracker'); asked from the body's latest (earliest) paper, 'the later (earlier) plan' is
    that paper itself. None when the phrase is not relative or no such paper is held."""
    onward, back = _ONWARD.search(phrase), _BACK.search(phrase)
    if bool(onward) == bool(back):
        return None
    found = {r.document.id for r in previous.records}
    own = [p for p in papers if p.id in found]
    if len(own) != 1:
        return None
    step, back_step = (later_paper, earlier_paper) if onward else (earlier_paper, later_paper)
    other = step(own[0], papers, None)
    if other is None and back_step(own[0], papers, None) is not None:
        # the row found is already in the body's latest (or earliest) paper: 'the later plan'
        # of two, asked from the later one, is that one
        return own[0]
    return other  # type: ignore[return-value]


def _as_pronouns(part: str) -> str:
    """``part`` with noun phrases pointing at the owner read as pronouns."""
    return _OWNER_PHRASE.sub(lambda m: "their" if m.group("poss") else "they", part)


def _named_owner(part: str, owner: str) -> str | None:
    """The owner ``part`` names in words of ``owner`` ('Treasurer' of 'Director of Finance
    and Treasurer'), or None."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", owner)}
    for found in _NAMED.finditer(part):
        named = re.findall(r"[A-Za-z][\w'-]*", found.group(0))
        while named and named[0].lower() in STOPWORDS:  # 'Is the Treasurer': 'Treasurer'
            named = named[1:]
        if named and all(w.lower() in words for w in named if w.lower() not in STOPWORDS):
            return " ".join(named)
    return None


def relative_paper_ids(
    part: str, previous: Previous | None, papers: Sequence[DocumentInfo]
) -> list[str]:
    """The paper a part read against the rows the part before found names relatively ('what
    else does that post hold in the later plan?', 'when was it due in the previous report?'),
    as a document id to search the part in; [] when it names none that way (a year names its
    paper in the question itself)."""
    if previous is None or not previous.records:
        return []
    paper = _PAPER.search(_as_pronouns(part))
    if paper is None or _YEAR.search(paper.group("paper")):
        return []
    relative = _relative_paper(paper.group("paper"), previous, papers)
    return [relative.id] if relative is not None else []


def owners_other(part: str, previous: Previous | None) -> str | None:
    """'Which actions other than IA-01 are owned by <the owner> and still open?' for a part
    asking of the rows of the one owner of the rows the part before found; None otherwise."""
    if previous is None or not previous.records:
        return None
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    read = _as_pronouns(part)
    named = None if _POINTER.search(read) else _named_owner(part, owner)
    found = _OF_OWNER.search(read)
    paper = _PAPER.search(read)
    more = _MORE.search(read)
    pointed = bool(_POINTER.search(read)) or named is not None
    if found is None and not (pointed and (more or (paper and _APPEARS.search(read)))):
        return None
    refs = [r.ref for r in previous.records if r.ref]
    asked_other = found.group(0) if found else (more.group(0) if more else "")
    other = bool(_OTHER.search(asked_other))
    left_out = f" other than {' and '.join(refs)}" if refs and other else ""
    state = _STATE.match(read[found.end() :] if found else "")
    asked = f" and {state.group('state').lower()}" if state else ""
    year = _YEAR.search(paper.group("paper")) if paper else None
    within = f" in the {paper.group('paper')}" if paper and year else ""
    holder = f"the {named}" if named else owner
    # only after the rows named ('which of their actions …'), not 'what else do they have …'
    rows_named = found is not None and re.search(rf"{_ROWS}$", found.group(0), re.I)
    predicate = (
        _PREDICATE.match(read[found.end() :]) if found and rows_named and not state else None
    )
    if found and predicate:  # 'which of their actions had a target date extended?': the
        # part's own predicate is kept, asked of that owner's rows
        wh = "How many" if re.match(r"\s*how\s+many\b", found.group(0), re.I) else "Which"
        # the rows left out after the owner: 'other than IA-01 owned by X' reads as not X's
        return f"{wh} actions owned by {holder}{within}{left_out} {predicate.group('p')}?"
    return f"Which actions{left_out} are owned by {holder}{within}{asked}?"
