"""'Out of how many?', 'of how many in all?', 'how many in total?' after a count: the whole the
last count was a part of, asked by the last question's own counted noun, in the paper it was
asked of, with its condition dropped.

    out_of_total("out of how many?", previous)  # previous: 'how many activities had been
        -> 'how many activities were there in total in the Met's 2017 governance report?'

The noun and the paper are the user's own words (else the title of the one paper the last
answer rested on). None when the question is no such bare total, or the last question counted
no noun.
"""

from __future__ import annotations

import re

from assistant.antecedents import PAPER_NP, Previous

__all__ = ["out_of_total"]

_OPEN = r"^\W*(?:(?:and|so|but|ok|okay|right)[\s,]+)*"
_TOTAL = re.compile(
    # 'out of how many?', 'of how many in all?', 'from how many altogether?'
    rf"{_OPEN}(?:(?:out\s+)?of|from)\s+how\s+many(?:\s+(?:in\s+(?:all|total)|altogether|"
    r"overall|all\s+told))?(?:\s+(?:then|again))?\W*$"
    # 'how many in total?', 'and how many were there altogether?'
    rf"|{_OPEN}how\s+many\s+(?:(?:are|were|was|is)\s+)?(?:there\s+)?(?:in\s+(?:all|total)|"
    r"altogether|overall|all\s+told)\W*$",
    re.I,
)
# the noun the last question counted: 'how many activities …', 'how many of the 2002 recs …'
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:of\s+(?:the|its|their)\s+)?(?P<noun>(?:[\w'’/-]+\s+){0,3}?[\w-]*[a-z]s)\b",
    re.I,
)

# a word of a paper's name: a possessive, a year or number, a capitalised name
_NAMING = re.compile(r"['’]s?$|\d|^[A-Z]")


def out_of_total(question: str, previous: Previous | None) -> str | None:
    """The last count's whole, asked again (see the module's docstring); None when ``question``
    asks no bare total or the last question counted no noun."""
    if previous is None or not _TOTAL.match(question.strip()):
        return None
    last = previous.standalone
    counted = _COUNTED.search(last)
    if counted is None:
        return None
    # the paper's own words before the noun ('the district auditor's 2001/2 recommendations',
    # 'Lowfield actions') name where, not what: the paper is put after it
    words = counted.group("noun").split()
    names = [i for i, w in enumerate(words[:-1]) if _NAMING.search(w)]
    noun = " ".join(words[names[-1] + 1 :] if names else words)
    paper = PAPER_NP.search(last[counted.end() :])
    titles = {r.document.title for r in previous.records} or set(previous.documents)
    if paper is not None:
        where = f" in {paper.group(0)}"
    elif len(titles) == 1:
        where = f" in the {titles.pop()}"
    else:
        where = ""
    return f"how many {noun} were there in total{where}?"
