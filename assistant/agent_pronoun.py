"""'What has it done about that?', 'and what have they achieved on it?', 'what has that body
done about it?': a follow-up whose subject is the one who acts on the row in focus, not the
row. A pronoun or a definite noun naming a holder ('that body', 'the same team', 'the
director') is read by its role: as the subject of a verb of doing it is the row's owner; the
pronoun the verb acts on ('about that', 'on it') is the row. The question becomes 'what has
<owner> done about <row>?', which asks the row's progress.

Only after a turn about one row (or rows of one owner, each named) whose owner is given; a
paper never does ('what did it say about X?' is left to the paper rules: 'say' is no verb of
doing).
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, join_names, one_referent
from assistant.followup_forms import AGENT_NOUNS, FIELD_NOUNS, singular_noun
from assistant.text import NOT_IT_ACRONYM

__all__ = ["agent_asked", "agent_only"]

# nouns for a body that acts: an organisation's kinds, as the papers' bodies call themselves
_BODY_NOUNS = frozenset(
    "board authority council committee panel trust service force partnership executive "
    "management organisation organization body group team office directorate department".split()
)
_DOING = (
    r"(?:done|do|does|doing|did|achieved|achieve|achieving|delivered|deliver|delivering|"
    r"implemented|implement|put\s+in\s+place|completed|managed\s+to\s+do)"
)
_AGENT_DOES = re.compile(
    r"^(?P<head>\W*(?:(?:and|so|but|then|ok|okay)[\s,]+)*(?:what(?:\s+else)?|how\s+much|"
    r"anything)\s+(?:has|have|had|did|does|do|is|are|was|were)\s+)"
    r"(?P<agent>it|they|he|she|(?:that|this|the\s+same|the|their|its)\s+(?P<noun>[a-z]+))\s+"
    rf"(?P<verb>(?:actually|really|so\s+far|since|already)?\s*{_DOING})\b(?P<rest>[^?]*)\??\s*$",
    re.I,
)
_OBJECT = re.compile(r"\b(?:about|on|with|to|for)\s+(?P<p>it|that|this|them|those|these)\b", re.I)
_OWNER_WORDS = re.compile(r"[a-z]{3,}")


def _holder(noun: str, owner: str) -> bool:
    """Whether a definite noun names who acts: a noun for an agent or a body, or a word of
    the owner's own title ('that director' of 'Director of Finance')."""
    noun = singular_noun(noun.lower())
    return (
        noun in AGENT_NOUNS
        or noun in _BODY_NOUNS
        or noun in set(_OWNER_WORDS.findall(owner.lower()))
    )


def agent_asked(question: str, previous: Previous | None) -> str | None:
    """``question`` with its acting subject put as the owner of the rows in focus and the
    pronoun acted on as those rows: 'what has it done about that?' -> 'what has MPA done about
    R9?'. None when the question is not of that form or the rows have no one owner."""
    if previous is None or not previous.records or len(previous.records) > MAX_NAMED:
        return None
    found = _AGENT_DOES.match(question.strip())
    if found is None:
        return None
    records, names = previous.records, previous.names
    if previous.quoted:  # passages quoted: 'it' is the first row quoted, when it is one
        if one_referent(previous) != names[0]:
            return None
        records, names = records[:1], names[:1]
    owners = {r.owner for r in records if r.owner}
    if len(owners) != 1 or any(not r.owner for r in records):
        return None
    owner = owners.pop()
    noun = found.group("noun")
    if noun is not None and not _holder(noun, owner):
        return None  # 'what has the plan done?': no one who acts
    rows = join_names(records, names)
    rest = found.group("rest")
    acted_on = _OBJECT.search(rest)
    if acted_on is not None:
        rest = rest[: acted_on.start("p")] + rows + rest[acted_on.end("p") :]
    elif not re.search(r"\b(?:about|on|with|to|for)\b", rest, re.I):
        rest = f" about {rows}{rest}"
    else:
        return None  # 'what have they done on the budget?': its own object, asked as written
    head = re.sub(r"\b(?:have|do|are|were)\s+$", _agreeing, found.group("head"))
    return f"{head}{owner} {found.group('verb').strip()}{rest}?"


def _agreeing(auxiliary: re.Match[str]) -> str:
    """The auxiliary agreeing with one owner ('what have they done' -> 'what has X done')."""
    word = auxiliary.group(0).strip().lower()
    return {"have": "has", "do": "does", "are": "is", "were": "was"}.get(word, word) + " "


# 'they' as the subject of an active verb with an object of its own ('what did they set the
# fee at?', 'when did they appoint a surveyor?'): people or a body acting, never rows
_THEY_ACT = re.compile(
    r"\b(?:did|do|does|have|has|had|will|would|could)\s+they\s+(?!(?:be|been|have|get|got)\b)"
    r"[a-z]+\s+(?P<object>(?:the|a|an|any|their|its)\s+[a-z][\w\s-]{0,40}?)"
    r"(?=\s+(?:at|in|on|by|for|to|from|with|before|after|since)\b|\s*[?.!]*\s*$)",
    re.I,
)
_OTHER_POINTERS = re.compile(
    rf"\b{NOT_IT_ACRONYM}(?:it|its|them|this|that|these|those|both)\b", re.I
)


def agent_only(question: str) -> bool:
    """Whether the turn's only pointing word is 'they' acting on an object of its own that is
    no column of a row ('what did they set the direct cremation fee at?'): 'they' is whoever
    acted, which the papers name; the rows in focus are no antecedent. 'Did they meet their
    deadlines?' acts on a column of the rows, and is theirs."""
    found = _THEY_ACT.search(question)
    if found is None or _OTHER_POINTERS.search(question):
        return False
    words = {singular_noun(w) for w in re.findall(r"[a-z]+", found["object"].lower())}
    return not words & FIELD_NOUNS
