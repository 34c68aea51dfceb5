"""A statement of whose a row is, then a question of the other rows of that holder ('The
whistleblowing recommendation is shared with the Authority. What other recommendations is
the Authority responsible for?', 'R2 belongs to the Clerk. Which other actions does the Clerk
own?'): the rows asked for are the holder's, less the row the statement names. Read as the
question with the statement's row as a complement ('Which recommendations other than the
whistleblowing recommendation is the Authority responsible for?'), which the analysis leaves
out of the answer.

Nothing here knows a paper: the words are those of English about rows and who holds them."""

from __future__ import annotations

import re

# '<row> is shared with / sits with / belongs to / is owned by / falls to <holder>.'
_HELD = (
    r"(?:(?:is|are|was|were)\s+(?:(?:also|now|jointly)\s+)?)?"
    r"(?:shared\s+with|sits?\s+with|sat\s+with|belongs?\s+to|belonged\s+to|rests?\s+with|"
    r"lies\s+with|falls?\s+to|fell\s+to|(?:owned|held|led|assigned|allocated|given)\s+(?:by|to)|"
    r"down\s+to|the\s+responsibility\s+of)"
)
_STATED = re.compile(
    rf"^\s*(?P<row>[^.?!;]{{2,80}}?)\s+{_HELD}\s+(?P<holder>[^.?!;]{{2,60}}?)\s*[.;!]\s+"
    r"(?P<question>[^.?!]+\?)\s*$",
    re.I,
)
_ROWS = r"(?:recommendations?|actions?|items?|recs?|areas?|findings?|issues?|points?|tasks?)"
# 'what other recommendations', 'which other HMIC actions', 'any other items'
_OTHER = re.compile(
    rf"\b(?P<det>what|which|any)\s+other\s+(?P<rows>(?:[\w/&'’-]+\s+){{0,3}}?{_ROWS})\b", re.I
)


# where the clause asking for the other rows ends: a later part ('…, and when are they due?')
_CLAUSE_END = re.compile(r",\s*(?:and|but)\b|\s+and\s+(?=(?:when|what|who|where|how|which)\b)|\?")


def other_than_stated(question: str) -> str | None:
    """``question`` asking for the holder's rows less the row its statement names ('Which
    recommendations other than the whistleblowing recommendation are owned by the Authority?',
    then any later part as written); None when it is not of that form."""
    found = _STATED.match(question)
    if found is None:
        return None
    asked = found.group("question")
    other = _OTHER.search(asked)
    if other is None:
        return None
    row = found.group("row").strip()
    row = row[:1].lower() + row[1:] if re.match(r"(?:The|This|That|Its)\b", row) else row
    rows = other.group("rows")
    rows = rows if rows.lower().endswith("s") else rows + "s"
    end = _CLAUSE_END.search(asked, other.end())
    rest = asked[end.start() :] if end else "?"
    holder = found.group("holder").strip()
    return f"Which {rows} other than {row} are owned by {holder}{rest}"
