"""'Is it true that …', 'it looks like …', 'it says here …': an 'it' that refers to nothing.

English puts a dummy 'it' in the subject place of a clause whose real subject comes after it:
it + a form of 'be' + an adjective or noun phrase of truth, likelihood or knowledge + a
that-clause or to-clause ('is it true that the plan slipped?', 'is it the case that …', 'is it
possible to …'); it + a verb of seeming ('it looks like', 'does it seem that'); it + a verb
of saying with a place ('it says here that'). Such an 'it' points back at no earlier turn: the
clause after the frame is what is asked, and only a pronoun inside that clause refers.

:func:`expletive_frame` splits a question into that frame and its clause, so the chat resolves
the clause alone and puts the frame back. The words are English grammar, not any paper's.
"""

from __future__ import annotations

import re

__all__ = ["expletive_frame"]

_OPENING = r"(?:(?:and|so|but|ok|okay|then|now|also|well)[\s,]+)?"
_BE = r"(?:is|was|isn't|wasn't|is\s+not|was\s+not|would|could|will)(?:\s+be)?"
# what a dummy subject is predicated as: truth, likelihood, knowledge, a state of affairs
_PREDICATE = (
    r"(?:(?:really|actually|still|also|now|definitely|fair|safe)\s+)?"
    r"(?:true|correct|right|accurate|so|the\s+case|a\s+fact|possible|likely|unlikely|"
    r"probable|certain|clear|known|fair\s+to\s+say|safe\s+to\s+say|reported|recorded|"
    r"stated|said|noted|confirmed|expected|planned|intended|agreed)"
)
# with no 'that', only truth is predicated of a clause, which opens with its own subject ('is it
# true the plan slipped?'); 'is it planned for March?' asks of a referring 'it'
_TRUTH = (
    r"(?:(?:really|actually|still|also)\s+)?(?:true|correct|right|accurate|the\s+case|a\s+fact)"
)
_SUBJECT = (
    r"(?:the|a|an|this|that|these|those|there|nobody|no|none|every|all|some|any|each|its|their|"
    r"\d)\b|(?-i:[A-Z])"
)
# with a to-clause only what is said of an act ('is it possible to extend it?'): 'is it likely
# to be late?' raises the referring subject of 'be late'
_TO_PREDICATE = r"(?:possible|necessary|worth\s+\w+ing|fair|safe|allowed|usual|normal|too\s+late)"
_FRAMES = (
    # 'is it true that …', 'is it possible to …', 'was it ever the case that …'
    re.compile(
        rf"^{_OPENING}(?P<frame>(?:{_BE})\s+it\s+(?:ever\s+)?(?:{_PREDICATE}\s*(?:,\s*)?that\s+|"
        rf"{_TRUTH}\s+(?={_SUBJECT})|{_TO_PREDICATE}\s+to\s+))(?P<clause>.+)$",
        re.I,
    ),
    # 'it is true that …', 'it's clear that …', 'it was agreed that …'
    re.compile(
        rf"^{_OPENING}(?P<frame>it(?:['’]s|\s+(?:is|was|has\s+been|had\s+been))\s+"
        rf"{_PREDICATE}\s+that\s+)(?P<clause>.+)$",
        re.I,
    ),
    # 'it looks like …', 'does it seem that …', 'it appears as if …'
    re.compile(
        rf"^{_OPENING}(?P<frame>(?:(?:does|did)\s+)?it\s+(?:looks?|seems?|appears?|sounds?)\s+"
        r"(?:like|as\s+if|as\s+though|that)\s+)(?P<clause>.+)$",
        re.I,
    ),
    # 'it says here that …', 'it said in the update that …'
    re.compile(
        rf"^{_OPENING}(?P<frame>it\s+(?:says|said|states|stated|notes|noted)\s+"
        r"(?:here|there|somewhere)\s+(?:that\s+)?)(?P<clause>.+)$",
        re.I,
    ),
)


def expletive_frame(question: str) -> tuple[str, str] | None:
    """(the frame with its dummy 'it', the clause asked) when ``question`` opens with a frame
    whose 'it' refers to nothing ('Is it true that ', 'the plan slipped?'); None otherwise.
    The clause must be a clause of its own (two words or more)."""
    text = question.strip()
    for pattern in _FRAMES:
        found = pattern.match(text)
        if found and len(found.group("clause").split()) >= 2:
            return text[: found.start("clause")], found.group("clause")
    return None
