"""Recurrence cues: the words that ask whether a subject comes up more than once or in more
than one paper ('raised again', 'in more than one of the papers', 'both in 2008 and in
2017'), read by their structure, never by a paper's names."""

from __future__ import annotations

import re

from assistant.analysis.patterns import PAPER_NOUN

# a subject raised more than once: counts of occasions, 'again', 'in more than one paper'
RECURRENCE = re.compile(
    r"\bmore than once\b|\btwice\b|\brepeatedly\b|\bagain and again\b|"
    r"\b(?:two|three|four|several|separate|different|multiple|many) (?:separate |different )?"
    r"(?:occasions|times)\b|\bhow many (?:times|occasions)\b|"
    r"\b(?:in|across) (?:more than one|two or more|several|multiple|successive|different) "
    r"(?:\w+ )?(?:reports?|papers?|documents?|years?|periods?|plans?|inspections?|audits?|"
    r"statements?|reviews?)\b|"
    r"\b(?:keeps?|kept) (?:cropping|popping|turning|showing) up\b|\bcrop(?:s|ped)? up\b|"
    r"\b(?:19|20)\d\d\b[^.?!]{0,40}\band again\b|"
    r"\b(?:raised|flagged|reported|noted|identified|highlighted|found|mentioned|criticised)\b"
    r"[^.?!]{0,60}\bagain\b",
    re.I,
)


# The same subject looked for in more than one paper, read by structure: a quantifier over
# papers followed within a few words by a paper noun ('in more than one of the papers',
# 'across these reports', 'in each of the plans'), or two years both asked about ('both in
# 2008 and in 2017', 'in 2002 as well as 2008').
_PAPER_NOUN = (
    PAPER_NOUN
    +
    # the head of its phrase, not a word of a name ('both the Audit Commission and HMIC
    # recommendations' quantifies two tables of one paper, not audits)
    r"(?!\s+(?-i:[A-Z]))"
)
_YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
# a preposition placing a year ('in 2002', 'around 2002', 'by 2017')
_AT = r"(?:in|around|about|circa|c\.|by|during|from)"
PAPERS_QUANTIFIED = re.compile(
    r"\b(?:in|across|by|throughout|over|from)\s+(?:more than one|two or more|several|multiple|"
    r"many|both|each|every one|different|successive|separate|various|a number)"
    r"(?:\s+of)?(?:\s+(?:the|these|those|its|our|their))?\s+(?:[\w/-]+\s+){0,2}?"
    + _PAPER_NOUN
    + r"\b|\bacross\s+(?:the|these|those|all(?: the)?|its|their)\s+(?:[\w/-]+\s+){0,2}?"
    + _PAPER_NOUN
    + rf"\b|\bboth\s+(?:{_AT}\s+)?{_YEAR}\s+and\s+(?:{_AT}\s+)?{_YEAR}\b|"
    rf"\b{_AT}\s+{_YEAR}\s+as well as\s+(?:{_AT}\s+)?{_YEAR}\b",
    re.I,
)


def recurrence_cue(question: str) -> str | None:
    """The words that ask for recurrence rather than name the subject ('criticised in more
    than one of the papers', 'raised again'), with the participle before a quantifier over
    papers; None when there are none."""
    found = PAPERS_QUANTIFIED.search(question) or RECURRENCE.search(question)
    if found is None:
        return None
    before = re.search(r"\b[a-z]+ed\s+$", question[: found.start()])
    return question[before.start() if before else found.start() : found.end()]
