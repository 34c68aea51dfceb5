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
