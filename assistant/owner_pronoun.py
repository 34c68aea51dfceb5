"""'Which of their actions are finished?', 'do they have anything partly done?', 'does that
team hold anything overdue?': a follow-up whose pronoun means the OWNER the last answer named,
not its row, and that asks for that owner's rows with a condition of its own.

What the pronoun means is read from the words it goes with: rows are done, due, slipped;
people and teams hold, own and lead rows. So a possessive before a noun for rows ('their
actions', 'his open items') or a pronoun (or 'that team', 'the same officer') that holds
'anything' or 'any actions' points at the owner. The follow-up is asked of that owner's rows
in the same paper: 'Which actions owned by <owner> in the <paper> are partly done?'. A
question asking for the owner's OTHER rows is :mod:`assistant.owner_back`'s; one whose last
answer has several owners (or none) is not of this form.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import AGENT_NOUNS, RECORD_NOUNS, singular_noun

__all__ = ["owner_filtered"]

_OPEN = r"^\W*(?:(?:and|so|but|ok|okay|then|also|now|right)[\s,]+)*"
_HOLD = (
    r"(?:have|has|had|hold|holds|held|own|owns|owned|lead|leads|led|run|runs|manage|manages|"
    r"(?:is|are)\s+responsible\s+for|(?:is|are)\s+(?:dealing|working)\s+(?:with|on)|"
    r"(?:have|has)\s+got)"
)
_HOLDER = r"(?:they|he|she|(?:that|this|the\s+same)\s+(?P<agent>[a-z]+))"
# 'which of their actions are finished?', 'how many of his items are overdue?', 'are any of her
# recommendations late?', 'what are their open actions?', 'list their overdue items'
_POSSESSED = re.compile(
    rf"{_OPEN}(?P<wh>which|what|how\s+many|are\s+any|is\s+any|were\s+any|any|list|show(?:\s+me)?)"
    r"(?:\s+(?:of|are|were|is))?\s+(?:their|his|her)\s+(?P<rest>[^?]*)",
    re.I,
)
# 'do they have anything partly done?', 'does that team hold any actions still open?', 'is she
# responsible for anything overdue?'
_HOLDS = re.compile(
    rf"{_OPEN}(?:do|does|did|is|are|was|were)\s+{_HOLDER}\s+"
    rf"(?:{_HOLD}|responsible\s+for|dealing\s+with|working\s+on)\s+"
    r"(?P<what>anything|something|any(?:\s+(?P<kind>[a-z]+))?)\b(?P<rest>[^?]*)",
    re.I,
)
_BE = re.compile(r"^(?:are|is|were|was|have|has|had)\b", re.I)
_LINK = re.compile(r"^(?:that|which)(?:['’]s|\s+(?:are|is)|\s+)\s*", re.I)
_IN_PAPER = re.compile(r"\b(?:in|from|under)\s+(?:the|that|this|their|its)\b", re.I)


def _rows_noun(word: str) -> bool:
    return singular_noun(word.lower()) in RECORD_NOUNS - {"one"}


def _rows_of(words: str) -> tuple[str, str] | None:
    """(the words before a noun for rows, the words after it) of 'overdue items still open';
    None when no such noun comes within three words."""
    split = words.split()
    at = next((i for i, w in enumerate(split[:3]) if _rows_noun(w)), None)
    if at is None:
        return None
    return "".join(f"{w} " for w in split[:at]), " ".join(split[at + 1 :])


def _condition(rest: str) -> str:
    """The condition the rows are asked under, as a predicate after 'Which actions …'
    ('partly done' -> 'are partly done', 'that slipped' -> 'slipped'); '' for none."""
    rest = rest.strip(" ,.")
    linked = _LINK.match(rest)
    if linked:
        verb = linked.group(0).strip().lower()
        rest = rest[linked.end() :]
        if verb in {"that", "which"} and not _BE.match(rest):
            return rest  # 'that slipped': a verb of its own
    if not rest or _BE.match(rest):
        return rest
    return f"are {rest}"


def owner_filtered(question: str, previous: Previous | None) -> str | None:
    """The standalone question for a follow-up asking for the owner's rows under a condition
    (see the module); None when ``question`` is not of that form."""
    if previous is None or not previous.records or previous.quoted:
        return None  # rows a passage answer happened to cite hold no owner the user meant
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1 or re.search(r"\b(?:other|else|remaining)\b", question, re.I):
        return None
    owner = owners.pop()
    asked = question.strip()
    possessed, holds = _POSSESSED.match(asked), _HOLDS.match(asked)
    if possessed:
        wh, rows = possessed.group("wh").lower(), _rows_of(possessed.group("rest"))
    elif holds and (holds.group("agent") is None or _agent(holds.group("agent"), owner)):
        wh, rows = "which", ("", holds.group("rest"))
        if holds.group("kind"):  # 'any actions', 'any overdue items'
            rows = _rows_of(f"{holds.group('kind')}{holds.group('rest')}")
    else:
        return None
    if rows is None:
        return None  # 'their deadline', 'any deadline': a value of the row, not rows
    mods, rest = rows
    papers = {r.document.id: r.document.title for r in previous.records}
    where = ""
    if len(papers) == 1 and not _IN_PAPER.search(rest):
        where = f" in the {next(iter(papers.values()))}"
    opening = "How many" if wh.startswith("how") else "Which"
    condition = _condition(rest)
    if not condition:
        return f"{opening} {mods}actions{where} are owned by {owner}?"
    return f"{opening} {mods}actions owned by {owner}{where} {condition}?"


def _agent(noun: str, owner: str) -> bool:
    """Whether 'that <noun>' names who holds rows: a noun for a holder ('team', 'officer') or
    a word of the owner's own title ('that director')."""
    noun = singular_noun(noun.lower())
    return noun in AGENT_NOUNS or noun in {w.lower() for w in re.findall(r"[A-Za-z]{3,}", owner)}
