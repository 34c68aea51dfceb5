"""A second ask made only of a column of the row the first ask finds, and an ask for evidence.

'Tell me the owner of X plus its deadline', 'Who leads X, together with their status?', 'When
is X due and its priority?': after a question, a joint ('plus', 'together with', 'along with',
'as well as', 'and') then a noun phrase that names a column of an action row and ends the
question. The noun phrase has no verb and no subject of its own: it is a second question about
what the first part finds, asked as one (:func:`attribute_parts`). Which nouns name a column is
read the way ingest reads a table's header (:func:`ingest.columns.match_header`, by synonym),
not from a list made for these questions.

'Is X done, and what shows it?', '…; how do we know?': a later part that asks only for the
evidence of the part before it is asked as the progress recorded against what that part found
(:func:`evidence_part`): a row's progress column is where the record shows why its status is
what it is.
"""

from __future__ import annotations

import re

from ingest.columns import Role, match_header

# the question each asked column becomes, said of one thing and of several
COLUMN_QUESTIONS: dict[Role, tuple[str, str]] = {
    Role.OWNER: ("Who owns it?", "Who owns them?"),
    Role.DUE: ("When is it due?", "When are they due?"),
    Role.REVISED_DUE: ("When is it now due?", "When are they now due?"),
    Role.STATUS: ("What is its status?", "What is their status?"),
    Role.PRIORITY: ("What priority does it have?", "What priority do they have?"),
    Role.PROGRESS: ("What progress has been made on it?", "What progress has been made on them?"),
}
# a joint that adds a noun phrase, not a clause: 'plus its deadline', 'and their owners'
_JOINT = re.compile(
    r"(?:,\s*|\s+)(?:(?P<adding>plus|together\s+with|along\s+with|as\s+well\s+as|and\s+also)"
    r"\s+(?P<det>its|their|the)|and\s+(?P<det2>its|their))\s+"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?:\s+(?:too|as\s+well|also|please))?\s*[?.!]*\s*$",
    re.I,
)
_QUESTION_START = re.compile(
    r"^(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|"
    r"can|could|will|would|tell|give|show|list|name|state|say|find|identify|let)\b",
    re.I,
)
_PLURAL_HEAD = re.compile(
    r"^(?:which|what|list|name|show|give\s+me\s+(?:all|the)\s+\w+s)\b|\b(?:actions|recommendations|"
    r"items|findings|rows|ones|they|them)\b",
    re.I,
)


def _column_role(np: str) -> Role | None:
    """The column of an action row ``np`` names as a header would ('leads' as 'lead')."""
    for said in (np, re.sub(r"s$", "", np)):
        column = match_header(said)
        if column.basis == "synonym" and column.role in COLUMN_QUESTIONS:
            return column.role
    return None


def attribute_parts(text: str) -> list[str] | None:
    """``text`` as its first question and the question of the column its last noun phrase
    names; None when it ends in no such joint and column."""
    found = _JOINT.search(text.strip())
    if found is None:
        return None
    role = _column_role(found.group("np"))
    if role is None:
        return None
    head = text.strip()[: found.start()].strip(" ,;")
    if len(head.split()) < 3 or not _QUESTION_START.match(head):
        return None
    det = (found.group("det") or found.group("det2") or "").lower()
    several = det == "their" or (det == "the" and _PLURAL_HEAD.search(head) is not None)
    one, many = COLUMN_QUESTIONS[role]
    first = head if head.endswith(("?", ".", "!")) else head + "?"
    return [first[0].upper() + first[1:], many if several else one]


# a part asking only what shows, proves or supports what the part before said
_EVIDENCE = re.compile(
    r"^(?:and\s+|also\s+|but\s+)?(?:"
    r"(?:what|which)\s+(?:\w+\s+)?(?:shows?|proves?|supports?|confirms?|evidences?|demonstrates?)"
    r"\s+(?:it|that|this|so)"
    r"|(?:what|where)(?:'s|\s+is)\s+the\s+(?:evidence|proof|basis)(?:\s+(?:for|of)\s+(?:it|that|this))?"
    r"|how\s+(?:do|can|would)\s+(?:we|you|i|they)\s+(?:know|tell)(?:\s+(?:it|that|this))?"
    r"|(?:on\s+)?what\s+(?:evidence|basis)(?:\s+\w+){0,3}"
    r")\s*[?.!]*$",
    re.I,
)


def evidence_part(part: str) -> str:
    """'What shows it?' -> the progress asked of what the part before found; any other part
    unchanged."""
    if _EVIDENCE.match(part.strip()):
        return COLUMN_QUESTIONS[Role.PROGRESS][0]
    return part
