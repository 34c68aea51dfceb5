"""A part of a figure asked, which the record may not break down.

'How much of the £142m comes from overtime?', 'what share of that went on agency staff?',
'how much of it was for the depot?': the question names a whole (a figure, a total, 'that')
and a part of it by what the part is for or from. Only a sentence that speaks of the part and
gives a figure answers; the whole's own figure does not ('£142m of reductions' is no share of
them that came from overtime). Read from the frame ('how much / what share of W <verb> <prep>
P'), never from the subject's words.
"""

from __future__ import annotations

import re

from assistant.text import stems

_VERB = (
    r"(?:is|was|are|were|comes?|came|goes|go|went|relates?|related|falls?|fell|is\s+spent|"
    r"was\s+spent|were\s+spent|has\s+gone|had\s+gone|will\s+go|will\s+come|is\s+down|was\s+down|"
    r"is\s+accounted|was\s+accounted|is\s+attributed|was\s+attributed|is\s+due|was\s+due|"
    r"is\s+earmarked|was\s+earmarked|is\s+allocated|was\s+allocated)"
)
_PREP = r"(?:on|to|from|for|towards|into|against)"
_ASKED = re.compile(
    rf"\b(?:how\s+much|what\s+(?:share|part|portion|proportion|percentage|amount|fraction))\s+"
    rf"of\s+(?P<whole>.+?)\s+{_VERB}\s+(?:(?:made\s+)?up\s+(?:of|by)|{_PREP})\s+"
    r"(?P<part>[^?.;,]+)",
    re.I,
)
_FUNCTION = frozenset(
    """the a an of on to from for in at by with and or its their this that these those it is
    was are were be been than more less any all each""".split()
)


def part_asked(question: str) -> tuple[str, str] | None:
    """(whole, part) of a question asking how much of a whole went to or came from a part;
    None for any other question."""
    found = _ASKED.search(question)
    if found is None:
        return None
    return found["whole"].strip(), found["part"].strip()


def speaks_of_part(part: str, text: str) -> bool:
    """Whether ``text`` names the part: at least half of the part's own words, by stem."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", part) if w.lower() not in _FUNCTION]
    wanted = stems(" ".join(words))
    if not wanted:
        return True
    return len(wanted & stems(text)) * 2 >= len(wanted)


# -- a whole broken down by a kind of part ----------------------------------------------------
# a figure or a total: the whole a breakdown is asked of ('the 1,847 cases', 'the 31% late
# orders', 'the total', 'that figure')
_FIGURED = re.compile(r"\d|\b(?:total|sum|figure|amount|budget|count|number)\b", re.I)
_SPLIT_VERB = r"(?:split|broken\s+down|divided|distributed|spread|shared|allocated|apportioned)"
_EACH = r"(?:each|every|per|individual)"
_SPLIT_ASKED = [
    # 'can you break that £142m down by business group?'
    re.compile(
        r"\bbreak\s+(?P<whole>(?:that|the|this|those|these|its|their)\s+.+?)\s+down\s+"
        r"(?:by|between|across|among|into|per)\s+(?:the\s+|its\s+|their\s+)?(?P<part>[^?.;,]+)",
        re.I,
    ),
    # 'how was the 1,847 total split between the estates?'
    re.compile(
        rf"\bhow\s+(?:is|was|are|were|has|had|have)\s+(?P<whole>.+?)\s+(?:been\s+)?{_SPLIT_VERB}"
        rf"\s+(?:up\s+)?(?:between|across|among|amongst|by|per)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?P<part>[^?.;,]+)",
        re.I,
    ),
    # 'what is the breakdown of the 1,847 cases by estate?'
    re.compile(
        r"\b(?:breakdown|split|distribution|division)\s+of\s+(?P<whole>.+?)\s+(?:by|between|"
        r"across|among|per)\s+(?:the\s+|its\s+|their\s+)?(?P<part>[^?.;,]+)",
        re.I,
    ),
    # 'how many of the 214 flagged homes were in each estate?', '… at each academy'
    re.compile(
        r"\bhow\s+(?:many|much)\s+of\s+(?P<whole>.+?)\s+(?:were|was|are|is|came|comes?|went|"
        rf"goes|go|fell|falls?|lay|lies)\s+(?:\w+\s+)?(?:in|at|from|for|to|on|with|by)\s+"
        rf"{_EACH}\s+(?P<part>[^?.;,]+)",
        re.I,
    ),
]
# a part that is a column of the rows, or the rows themselves: the register counts those
_COLUMN_PART = re.compile(
    r"\b(?:owners?|leads?|priorit\w*|status\w*|sections?|themes?|years?|reports?|papers?|"
    r"documents?|categor\w*|directors?|officers?|managers?|quarters?|months?)\b",
    re.I,
)
_RECORD_WHOLE = re.compile(
    r"\b(?:actions?|recommendations?|recs?|items?|issues?|records?|findings?|rows?|"
    r"areas?\s+for\s+improvement|improvement\s+areas?|points?)\b",
    re.I,
)


# one part of a figure: 'how many of those 18 completed activities were in community
# engagement?' (a part named, not each of a kind)
_ONE_PART = re.compile(
    r"\bhow\s+(?:many|much)\s+of\s+(?P<whole>(?:the|that|those|these|its|their)\s+[^?]*?\d[^?]*?)"
    r"\s+(?:were|was|are|is|came|comes?|went|go|goes)\s+(?:\w+\s+)?(?:in|at|from|for|on)\s+"
    r"(?!(?:each|every|per|individual|time|schedule|place|progress|hand)\b)(?:the\s+)?"
    r"(?P<part>[^?.;,]+)",
    re.I,
)


def one_part_asked(question: str) -> tuple[str, str] | None:
    """(whole, part) of a question asking how many of a figure's whole fell in one part it
    names ('how many of those 18 completed activities were in community engagement?'); None
    for any other question, and where the whole is the register's rows or the part one of
    their columns (counted there)."""
    found = _ONE_PART.search(question)
    if found is None or _RECORD_WHOLE.search(found["whole"]) or _COLUMN_PART.search(found["part"]):
        return None
    return found["whole"].strip(), found["part"].strip()


def split_asked(question: str) -> tuple[str, str] | None:
    """(whole, part) of a question asking a figure broken down by a kind of part ('how was the
    1,847 total split between the estates?', 'how many of the 214 homes were in each estate?');
    None for any other question, and where the whole is the register's rows or the part one of
    their columns ('how many of the 27 recommendations are in each section?': counted there).

    >>> split_asked("How many of the 214 flagged homes were in each estate?")
    ('the 214 flagged homes', 'estate')
    """
    for pattern in _SPLIT_ASKED:
        found = pattern.search(question)
        if found is None:
            continue
        whole, part = found["whole"].strip(), found["part"].strip()
        if not _FIGURED.search(whole) or _RECORD_WHOLE.search(whole):
            return None
        if _COLUMN_PART.search(part):
            return None
        head = re.findall(r"[A-Za-z][\w-]*", part)  # the kind of part: its head noun ('estates'
        return (whole, head[-1]) if head else None  # of 'the Group's estates')
    return None
