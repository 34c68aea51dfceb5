"""Words that claim a deadline moved: earlier ('brought forward', 'bring the report's deadline
forward'), later ('pushed back', 'postponed', 'push its date back') or slipped; and the verb's
own words of a split claim, whose object names the row rather than the claim."""

from __future__ import annotations

import re

# the object of a split verb of moving, naming a deadline ('the report's deadline', 'its date',
# 'it'): 'put the plan back on track' moves no deadline
_DEADLINE_GAP = (
    r"(?:(?!back\b|forward\b)[\w'’-]+\s+){0,4}?(?:deadlines?|dates?|target|timescales?|"
    r"it|them)\s+"
)
MOVED_EARLIER = re.compile(
    r"\b(?:brought|pulled|moved|put)\s+(?:forward|earlier|up)\b|\badvanced\b|"
    r"\bbrought (?:in|back) earlier\b|\bmade earlier\b|\baccelerated\b|"
    # the object between: 'bring the report's deadline forward', 'pulled it earlier'
    r"\b(?:bring|brings|bringing|brought|pull|pulls|pulling|pulled|move|moves|moving|moved)\s+"
    rf"{_DEADLINE_GAP}(?:forward|earlier)\b",
    re.I,
)
MOVED_LATER = re.compile(
    r"\b(?:pushed|put|moved)\s+back\b|\bmoved later\b|\bpostponed\b|\bdeferred\b|"
    r"\b(?:push|pushes|pushing|pushed|put|puts|putting|move|moves|moving|moved)\s+"
    rf"{_DEADLINE_GAP}(?:back|later)\b|"
    r"\bextended\b|\brescheduled\b|\brevised\b",
    re.I,
)
# a slip said of a row ('how far did X slip?'): a later deadline, unless it is past it unfinished
SLIP = re.compile(r"\bslip(?:ped|s|ping)?\b|\bdelayed\b|\bset\s+back\b", re.I)


def verb_ends(words: list[str]) -> list[str]:
    """A split verb's own words ('bring … forward'): the object between names the row."""
    return [words[0], words[-1]] if len(words) > 3 else words


# a word of moving that may be said of anything ('the revised plan', 'extended to all staff')
# speaks of a deadline only beside a word of time
_EITHER = re.compile(r"^(?:revised|extended)$", re.I)
_TIMED = re.compile(
    r"\b(?:deadlines?|dates?|targets?|timescales?|due|(?:19|20)\d\d|Q[1-4]|quarter|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|spring|summer|autumn|winter)\b",
    re.I,
)


def says_moved(sentences: list[str]) -> bool:
    """Whether one of ``sentences`` says a deadline moved ('target date extended from X to Y',
    'postponed twice'), not that a thing was revised ('test the revised plan')."""
    for sentence in sentences:
        found = [
            m.group(0)
            for pattern in (MOVED_LATER, MOVED_EARLIER, SLIP)
            for m in pattern.finditer(sentence)
        ]
        if found and (not all(_EITHER.match(f) for f in found) or _TIMED.search(sentence)):
            return True
    return False
