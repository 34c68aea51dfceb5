"""A list of refs fronted before the wh-word ('Of R3, R4 and R9, which are high priority?',
'Out of HLT 22/03 and HLT 22/06, how many …'): the rows asked of are those refs, as in 'which
of R3, R4 and R9 are high priority?', so the question is read as that list or count."""

from __future__ import annotations

import re

# a ref: a number with its code ('R3', 'SLC-01', 'HLT 22/03', 'JAC/24/01', '4.2')
_REF = r"(?:[A-Za-z]{1,6}[ /-]?)?\d+(?:[/.-]\w+)*"
_JOINT = r"\s*(?:,|\band\b|\bor\b|&)\s*(?:(?:and|or)\s+)?"
_FRONTED = re.compile(
    rf"^\s*(?P<of>(?:of|out\s+of|among|amongst|from|between|for|as\s+for|regarding|"
    r"concerning|considering|looking\s+at|taking|with)\s+)?"
    rf"(?:(?:the\s+)?(?:refs?|items?|rows?|actions?|recommendations?)\s+)?"
    rf"(?P<refs>{_REF}(?:{_JOINT}{_REF})+)"
    # their paper, named before the question: 'Of R4 and R8 in the 2008 plan, which …'
    r"(?P<where>\s+(?:in|from|of|on|under)\s+[^,:;?\u2013\u2014]{1,60}?)?"
    r"\s*(?:,|:|;|\s*[\u2013\u2014]+|\s-+)\s*"
    r"(?P<wh>which|how\s+many)\b(?:\s+(?:of\s+(?:them|these|those)|ones?))?\s+",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def fronted_refs(question: str) -> str | None:
    """``question`` with its fronted list of refs folded in as a partitive ('Of R3, R4 and R9,
    which are high priority?', 'R3, R5 and R7 - which of these are high priority?' -> 'which
    of R3, R4 and R9 are high priority?'), the paper named with them kept beside them; None
    when it opens with no list of two refs or more."""
    found = _FRONTED.match(question)
    if found is None:
        return None
    refs = re.split(_JOINT, found["refs"])
    if found["of"] is None and any(_YEAR.fullmatch(ref.strip()) for ref in refs):
        return None  # '2008 and 2009: which …' names years, not rows
    where = found["where"] or ""
    return f"{found['wh']} of {found['refs']}{where} {question[found.end() :]}"


# 'how many of R1, R2 and R3 are complete?': a count of the rows named, not a figure asked
_COUNTED = re.compile(
    rf"^\s*how\s+many\s+(?:of\s+)?{_REF}(?:{_JOINT}{_REF})+"
    r"(?:\s+(?:in|from|of|on)\s+[^?,]{1,60}?)?\s+"  # their paper: 'in the 2023 plan'
    r"(?:are|is|were|was|have|has|had|do|does|did|got|remain|still)\b",
    re.I,
)


def counts_refs(question: str) -> bool:
    """Whether ``question`` counts the rows of a list of refs it names ('how many of R1, R2
    and R3 are complete?')."""
    return _COUNTED.match(question) is not None
