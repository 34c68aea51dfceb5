"""'What other actions does that director have?', "what's their other action?", 'and the other
action the lead has?': a follow-up asking for the OTHER rows of the owner the conversation is
about, the owner pointed at by a pronoun or by a word of the owner's own title.

The last answer's records have one owner (the one it named, 'Whose action is that?' ->
'Director of Finance'); the question asks for the others that owner holds, in the same paper
('there' is that paper; the chat scopes the question to it, see :func:`owner_scope`): 'Which
other actions in the <paper> are owned by <owner>, other than <the records shown>?'. A
question with no word pointing at an owner ('which other actions are overdue?') is not of
this form, nor one whose records have several owners. Only a follow-up that asks for those
rows and nothing else is rewritten whole: 'and its status' is asked of them as a second part,
and a part of its own ('…, and how is it rated?') is resolved by the chat (the row its
pronoun agrees with).
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import AGENT_NOUNS, DOCUMENT_NOUNS, RECORD_NOUNS, singular_noun
from assistant.owner_pronoun import owner_filtered

__all__ = ["asks_one_other", "others_of_owner", "owner_scope", "trailing_column"]

# verbs of holding a row (a closed set of the register's owner relation)
_HOLD = (
    r"(?:have|has|had|hold|holds|held|own|owns|owned|lead|leads|led|head|heads|run|runs|"
    r"manage|manages|chase|chases|got|handle|handles|cover|covers|oversee|oversees|"
    r"look(?:s)?\s+after|deal(?:s)?\s+with|(?:(?:is|are)\s+)?(?:responsible|accountable)\s+for|"
    r"(?:is|are)\s+(?:dealing\s+with|in\s+charge\s+of))"
)
# the holder after a passive verb or a preposition of holding: 'owned by that team', 'sit
# with the same department', 'assigned to that unit', 'under that directorate'
_HELD_BY = re.compile(
    r"\b(?:(?:owned|led|held|handled|run|managed|overseen|assigned|allocated|given)\s+(?:by|to)|"
    r"(?:sits?|lies?|rests?|falls?)\s+(?:with|to|under)|in\s+the\s+hands\s+of|under)\s+"
    r"(?:(?:that|this)\s+same|that|this|the\s+same)\s+(?P<noun>[a-z]+)\b",
    re.I,
)
_OTHER = re.compile(
    r"\b(?P<o>other|else|remaining)\b(?:\s+(?P<kind>[a-z]+))?", re.I
)  # 'other actions', 'what else'
# 'their other action', 'his remaining items': the possessive is the owner
_POSSESSIVE_OTHER = re.compile(r"\b(?:their|his|her)\s+(?:other|remaining)\b", re.I)
# 'what else is on their plate?', 'anything else in his name?': 'else' with an owner's possessive
_ELSE_POSSESSIVE = re.compile(r"\belse\b.*?\b(?:their|his|her)\s+(?P<noun>[a-z]+)\b", re.I)
# 'do they have', 'does she hold', 'they lead': a personal pronoun holding rows
_PRONOUN_HOLDS = re.compile(
    rf"\b(?:(?:do|does|did)\s+(?:they|he|she)\s+{_HOLD}|(?:they|he|she)\s+{_HOLD})\b", re.I
)
# 'that director', 'the same officer', 'that same unit', 'this lead': a definite noun phrase
_DEFINITE = re.compile(r"\b(?:(?:that|this)\s+same|that|this|the\s+same|the)\s+([a-z]+)\b", re.I)
_HOLD_VERB = re.compile(rf"\b{_HOLD}\b", re.I)
# 'does the other recommendation the MPA holds have the same priority?': the other row is the
# subject of a yes/no question about it, a pick to read a value of, not a list of rows asked for
_OTHER_IS_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:does|do|did|is|are|was|were|has|have|had|will|can)\s+"
    r"(?:the|their|his|her|its)\s+(?:other|remaining)\b",
    re.I,
)
# 'what is their other action and its status?': a column of the row asked for, joined by 'and'
# as a noun phrase (no question word, so not a part of its own): it is asked after the list
_TRAILING_COLUMN = re.compile(
    r"[\s,]+and\s+(?P<np>(?:its|their|the)\s+[a-z][\w\s-]{1,40}?)\s*[?.!]*$", re.I
)
_STOP = frozenset("of and the for to in on with a an is are was were".split())
_TITLE_WORDS = 4  # words of a title that name a row with no ref


# 'are they both down for', 'is she listed against', 'do they share': the people of the row in
# focus (a joint owner: 'those two') named as holding rows by an idiom of the register
_PRONOUN_LISTED = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:they|he|she)|(?:they|he|she)\s+(?:are|is|were|was))\s+"
    r"(?:both\s+|all\s+|also\s+|jointly\s+)?(?:down|listed|named|put)\s+(?:for|against|as|on)\b|"
    r"\b(?:(?:do|does|did)\s+)?(?:they|he|she)\s+(?:both\s+|all\s+|also\s+)?(?:share|shares)\b",
    re.I,
)


def _points_at_owner(question: str, owner: str) -> bool:
    """Whether ``question`` points at ``owner``: a possessive before 'other', a pronoun that
    holds rows, or a definite noun phrase whose noun is a word of the owner's title (or a noun
    for who holds an action) with a verb of holding after it."""
    if (
        _POSSESSIVE_OTHER.search(question)
        or _PRONOUN_HOLDS.search(question)
        or _PRONOUN_LISTED.search(question)
    ):
        return True
    possessed = _ELSE_POSSESSIVE.search(question)
    if possessed and singular_noun(possessed.group("noun").lower()) not in DOCUMENT_NOUNS:
        return True  # 'their report' is a paper, not what they hold
    words = {w for w in re.findall(r"[a-z]{3,}", owner.lower()) if w not in _STOP}
    for found in _DEFINITE.finditer(question):
        noun = singular_noun(found.group(1).lower())
        if (noun in words or _holder_noun(noun)) and _HOLD_VERB.search(question[found.end() :]):
            return True
    held = _HELD_BY.search(question)
    return held is not None and _holder_noun(singular_noun(held.group("noun").lower()))


# an area or office may hold rows ('what else is that area responsible for?') when its role in
# the question is the holder's: before a verb of holding, or after 'owned by', 'sits with'
_UNIT_NOUNS = frozenset("area office service function section group division branch".split())


def _holder_noun(noun: str) -> bool:
    """Whether a definite noun in the holder's place of a verb of holding names who holds
    rows: a noun for an agent ('that team') or for a unit of an organisation ('that area')."""
    return noun in AGENT_NOUNS or noun in _UNIT_NOUNS


def _joint_part_named(question: str, owner: str) -> str:
    """The one holder of a joint owner ('Director of Finance and Treasurer') that the question
    names whole ('does the Treasurer hold anything else?'): their rows are asked for; else the
    owner as it is."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|\s*/\s*", owner) if p.strip()]
    named = [p for p in parts if re.search(rf"\b{re.escape(p)}\b", question, re.I)]
    return named[0] if len(parts) > 1 and len(named) == 1 else owner


def trailing_column(question: str) -> tuple[str, str]:
    """``question`` without a trailing 'and its status' (a column asked of the rows it asks
    for), and that noun phrase ('' when there is none)."""
    found = _TRAILING_COLUMN.search(question)
    if found is None or not _OTHER.search(question[: found.start()]):
        return question, ""
    return question[: found.start()] + "?", found.group("np")


def asks_one_other(question: str) -> bool:
    """Whether the other rows asked for are one ('their other action', 'the other one'): a
    singular pronoun after it points at that row, not back at the row in focus."""
    other = _OTHER.search(question)
    kind = (other.group("kind") or "").lower() if other else ""
    return bool(kind) and singular_noun(kind) == kind and kind in RECORD_NOUNS


def others_of_owner(question: str, previous: Previous | None) -> str | None:
    """The standalone question for a follow-up asking for the other rows of the owner in
    focus (see the module's docstring); None when the question is not of that form. A column
    asked of them with 'and' ('and its status') is asked as a second part, of those rows.
    The paper is named, and the chat keeps the question within it (:func:`owner_scope`)."""
    if previous is None or not previous.records:
        return None
    question, column = trailing_column(question)
    other = _OTHER.search(question)
    owners = {r.owner for r in previous.records if r.owner}
    if other is None or len(owners) != 1 or _OTHER_IS_SUBJECT.search(question):
        return None
    owner = owners.pop()
    if not _points_at_owner(question, owner):
        return None
    owner = _joint_part_named(question, owner)
    kind = "actions"
    if other.group("kind") and singular_noun(other.group("kind").lower()) in RECORD_NOUNS:
        noun = singular_noun(other.group("kind").lower())
        kind = "actions" if noun == "one" else f"{noun}s"
    refs: list[str] = []
    for record in previous.records:
        ref = str(record.ref or "")
        name = f"item {ref}" if re.fullmatch(r"[\d.]+", ref) else ref
        if not ref:  # a row with no ref, by the words its title opens with
            opening = re.findall(r"[\w'’-]+", record.title)[:_TITLE_WORDS]
            while opening and opening[-1].lower() in _STOP:
                opening.pop()
            name = f"the one on {' '.join(opening)}" if opening else ""
        if name and name not in refs:
            refs.append(name)
    left_out = f", other than {' and '.join(refs)}" if refs else ""
    wh = "How many" if re.match(r"^\W*(?:and\s+)?how\s+many\b", question, re.I) else "Which"
    papers = {r.document.id: r.document.title for r in previous.records}
    where = f" in the {next(iter(papers.values()))}" if len(papers) == 1 else ""
    asked = f"{wh} other {kind}{where} are owned by {owner}{left_out}"
    if not column:
        return f"{asked}?"
    plural = re.search(r"[^su]s$", column) is not None  # 'their deadlines', not 'its status'
    return f"{asked}, and what {'are' if plural else 'is'} {column}?"


def owner_scope(question: str, previous: Previous | None) -> list[str] | None:
    """The paper a follow-up asking for the owner's (other) rows is answered within: that of the
    rows in focus ('what else do they hold?' asks of the same paper); None otherwise."""
    if previous is None:
        return None
    if others_of_owner(question, previous) is None and owner_filtered(question, previous) is None:
        return None
    papers = sorted({r.document.id for r in previous.records})
    return papers if len(papers) == 1 else None
