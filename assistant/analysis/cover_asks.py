"""Questions that ask a detail of a paper's cover: the committee it went to ('which committee
got the update?', 'who was the tracker presented to?') and the day that committee met ('when
did the trustees meet to look at it?', 'when was its meeting?'). Read before the other
questions about a paper itself (:data:`~assistant.analysis.patterns.DOC_FIELDS`)."""

from __future__ import annotations

import re

from assistant.analysis.model import DocField

# a body that meets to take a paper
_MEETS = r"committee|sub-committee|panel|board|cabinet|forum|council|authority|executive"
# what a meeting does with a paper (not 'considered', 'approved': a row's events too)
_TAKES = (
    r"got|gets?|getting|receiv(?:e|es|ed|ing)|look(?:s|ed)?\s+at|went\s+to|goes\s+to|go\s+to|"
    r"was\s+(?:it|this|that)\s+for"
)
# the paper itself, the object a meeting takes ('the tracker', 'Harrowgate's AGS update'):
# never a row's event ('which board took over the group's duties?'), nor one the paper holds
# ('meet to approve the code in the 2017 report')
_PAPER = (
    r"(?:papers?|reports?|documents?|statements?|plans?|summary|summaries|updates?|trackers?|"
    r"logs?|follow-ups?|registers?)"
)
_OF_PAPER = rf"(?:\s+(?!(?:in|from|within|under)\b)[\w&'’/.-]+){{0,10}}?\s+{_PAPER}\b"
# sent to a meeting, in the passive: 'presented to', 'put before', 'going to'
_SENT = r"(?:presented|submitted|sent|addressed|taken|tabled|put|brought|going|reported|written)"

COVER_ASKS: list[tuple[re.Pattern[str], DocField]] = [
    (
        re.compile(
            # 'which committee got X', 'what board considered the tracker'
            rf"\b(?:which|what)\s+(?:[\w&'’-]+\s+){{0,2}}?(?:{_MEETS})\b"
            # (or 'it' at the end: the paper a part before found, 'which board received it?')
            rf"(?=\s+(?:[a-z]+ly\s+)?(?:{_TAKES})\b(?:{_OF_PAPER}|\s+(?:it|this|that|them)\s*\??$)|"
            # 'what committee did the tracker go to?'
            rf"\s+(?:did|was|were|is)\s+[^?]{{3,80}}?\s+(?:go|goes|went|{_SENT})\s+(?:to|before)\b)|"
            # 'who was the tracker presented to?', 'who was it written for?'
            rf"\bwho\s+(?:was|were|is|are)\s+[^?]{{2,80}}?\s+{_SENT}\s+(?:to|for|before)\s*\??$|"
            # 'presented to which committee', 'to what panel did it go?'
            rf"\b{_SENT}\s+(?:to|before)\s+(?:which|what|whom)\b|"
            rf"\bto\s+(?:which|what)\s+(?:[\w&'’-]+\s+){{0,2}}?(?:{_MEETS})\b",
            re.I,
        ),
        "committee",
    ),
    (
        re.compile(
            # 'when did the trustees meet to look at it?', 'when did the committee sit?'
            r"\bwhen\s+did\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w&'’-]+\s+){0,5}?(?P<verb>meet|sit|convene|gather)\b"
            # to take the paper, or no more said: its meeting (not 'meet to approve the code')
            rf"(?=\s*\??\s*$|{_OF_PAPER})|"
            # 'when was its meeting?', 'when was that session?'
            r"\bwhen\s+(?:was|is|were)\s+(?:its|their|the|that|this)\s+(?:[\w&'’-]+\s+){0,2}?"
            r"(?P<noun>meeting|sitting|session)\b|"
            # 'when was the more recent of those papers's meeting?'
            r"\bwhen\s+(?:was|is|were)\s+the\s+[^?]{3,80}?(?:'s|’s|s'|s’)\s+"
            r"(?P<owned>meeting|sitting|session)\b",
            re.I,
        ),
        "date",
    ),
]
