"""A name asked for, and the shape of a span that gives one.

'What's the name of the online system …?', 'what is the new tool called?' ask for a name: a
span in quotes (“the On-line 'Right Line'”) or a run of capitalised words. 'Which board are
they writing delivery plans for?', 'what committee approved it?' ask for a name whose head is
the noun asked ('London Crime Reduction Board', 'Standards Committee'). The shape types the
answer; which sentence holds the name asked is judged by its words and meaning elsewhere
(:mod:`~assistant.answers.composers.typed_span`).

>>> bool(name_shape("what's the name of the new system?").search("the On-line 'Right Line'"))
True
"""

from __future__ import annotations

import re

NAME = "name"  # the kind of value: a proper name

# 'the name of …', '… called?', '… known as?', 'what do they call …'
_ASKS_NAME = re.compile(
    r"\b(?:what(?:'s|’s|\s+(?:is|was|are|were))?\s+(?:the\s+|its\s+|their\s+)?names?\s+"
    r"(?:of|for|given\s+to)\b|what\b[^?]{1,80}?\b(?:called|known\s+as|named)\s*\??$|"
    r"\bwhat\s+(?:do|did|does)\s+\w+\s+call\b)",
    re.I,
)
# 'which board …', 'and what committee …': the wh-word, then the head noun, then a verb or a
# pronoun (not 'what is …', 'which of …'; an adverb is no head: 'what exactly were …')
_WHICH_HEAD = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay)\b,?\s+)?(?:which|what)\s+(?:[a-z]+\s+){0,2}?((?!(?:[a-z]+ly|were|does|have|will|would|could)\b)[a-z]{4,})\s+"
    r"(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|they|it|we|he|she)\b",
    re.I,
)
# a name in quotes: 'Right Line', “Clear Desk”
_QUOTED = r"['‘“\"](?-i:[A-Z])[^'’”\"\n]{1,40}['’”\"]"
# a run of two capitalised words or more ('Grant Thornton', 'London Crime Reduction Board')
_CAPITALISED = r"(?-i:[A-Z])[\w&'-]+(?:\s+(?:(?:of|and|for|the|&)\s+)?(?-i:[A-Z])[\w&'-]+)+"


def name_shape(question: str) -> re.Pattern[str] | None:
    """The shape of a span giving the name ``question`` asks for; None when it asks none."""
    head = _WHICH_HEAD.match(question)
    if head is not None:
        noun = head.group(1).lower()
        stem = noun[:-1] if noun.endswith("s") else noun
        capital = re.escape(stem[0].upper()) + re.escape(stem[1:])
        # the noun closes a capitalised run ('… Crime Reduction Board'); any other capitalised
        # run ('the Local Code of …' for 'which consultancy …?') names something else
        return re.compile(rf"(?:(?-i:[A-Z])[\w&'-]+\s+){{1,5}}(?-i:{capital})s?\b")
    if _ASKS_NAME.search(question):
        return re.compile(rf"{_QUOTED}|{_CAPITALISED}")
    return None


def name_noun(question: str) -> str | None:
    """The noun naming the kind of name asked ('firm' of 'which audit firm …?', 'name' of
    'the name of …'): it frames the question, and no paper need write it; None when no name
    is asked."""
    head = _WHICH_HEAD.match(question)
    if head is not None:
        return head.group(1).lower()
    return "name" if _ASKS_NAME.search(question) else None


def new_name(shape: re.Pattern[str], text: str, question: str) -> bool:
    """Whether ``text`` holds a name of ``shape`` with a word the question does not write
    ('the Met' of '… the Met launched' is its subject, not the name asked)."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    return any(
        {w.lower() for w in re.findall(r"[A-Za-z]+", found.group(0))} - asked
        for found in shape.finditer(text)
    )
