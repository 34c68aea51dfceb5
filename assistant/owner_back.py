"""'What other actions does that director have?', "what's their other action?", 'and the other
action the lead has?': a follow-up asking for the OTHER rows of the owner the conversation is
about, the owner pointed at by a pronoun or by a word of the owner's own title.

The last answer's records have one owner (the one it named, 'Whose action is that?' ->
'Director of Finance'); the question asks for the others that owner holds, in the same paper
('there' is that paper): 'Which other actions in the <paper> are owned by <owner>, other than
<the records shown>?'. A question with no word pointing at an owner ('which other actions are
overdue?') is not of this form, nor one whose records have several owners.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import AGENT_NOUNS, DOCUMENT_NOUNS, RECORD_NOUNS, singular_noun

__all__ = ["others_of_owner"]

# verbs of holding a row (a closed set of the register's owner relation)
_HOLD = (
    r"(?:have|has|had|hold|holds|held|own|owns|owned|lead|leads|led|head|heads|run|runs|"
    r"manage|manages|chase|chases|(?:is|are)\s+responsible\s+for|(?:is|are)\s+dealing\s+with)"
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
# 'that director', 'the same officer', 'this lead': a definite noun phrase
_DEFINITE = re.compile(r"\b(?:that|this|the\s+same|the)\s+([a-z]+)\b", re.I)
_HOLD_VERB = re.compile(rf"\b{_HOLD}\b", re.I)
# 'does the other recommendation the MPA holds have the same priority?': the other row is the
# subject of a yes/no question about it, a pick to read a value of, not a list of rows asked for
_OTHER_IS_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:does|do|did|is|are|was|were|has|have|had|will|can)\s+"
    r"(?:the|their|his|her|its)\s+(?:other|remaining)\b",
    re.I,
)
_STOP = frozenset("of and the for to in on with a an is are was were".split())
_TITLE_WORDS = 4  # words of a title that name a row with no ref


def _points_at_owner(question: str, owner: str) -> bool:
    """Whether ``question`` points at ``owner``: a possessive before 'other', a pronoun that
    holds rows, or a definite noun phrase whose noun is a word of the owner's title (or a noun
    for who holds an action) with a verb of holding after it."""
    if _POSSESSIVE_OTHER.search(question) or _PRONOUN_HOLDS.search(question):
        return True
    possessed = _ELSE_POSSESSIVE.search(question)
    if possessed and singular_noun(possessed.group("noun").lower()) not in DOCUMENT_NOUNS:
        return True  # 'their report' is a paper, not what they hold
    words = {w for w in re.findall(r"[a-z]{3,}", owner.lower()) if w not in _STOP}
    for found in _DEFINITE.finditer(question):
        noun = singular_noun(found.group(1).lower())
        if (noun in words or noun in AGENT_NOUNS) and _HOLD_VERB.search(question[found.end() :]):
            return True
    return False


def others_of_owner(question: str, previous: Previous | None) -> str | None:
    """The standalone question for a follow-up asking for the other rows of the owner in
    focus (see the module's docstring); None when the question is not of that form."""
    if previous is None or not previous.records:
        return None
    other = _OTHER.search(question)
    owners = {r.owner for r in previous.records if r.owner}
    if other is None or len(owners) != 1 or _OTHER_IS_SUBJECT.search(question):
        return None
    owner = owners.pop()
    if not _points_at_owner(question, owner):
        return None
    kind = "actions"
    if other.group("kind") and singular_noun(other.group("kind").lower()) in RECORD_NOUNS:
        noun = singular_noun(other.group("kind").lower())
        kind = "actions" if noun == "one" else f"{noun}s"
    papers = {r.document.id: r.document.title for r in previous.records}
    where = f" in the {next(iter(papers.values()))}" if len(papers) == 1 else ""
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
    return f"{wh} other {kind}{where} are owned by {owner}{left_out}?"
