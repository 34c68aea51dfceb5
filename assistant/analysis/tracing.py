"""One issue followed across a body's papers: 'was X carried into the next year's plan?', 'does
the X issue reappear in the later statement?', 'was it still listed a year later?', 'did X
appear in the earlier tracker?', 'how did the X recommendation change between the two
reports?', 'was its 2023 owner still the owner a year later?'.

The question names one issue (a row noun in the singular, or a ref) and a relation between
papers: onward (into a later paper), back (in an earlier one) or each (every paper holding
it). :func:`trace_cue` reads the relation, its span (framing words, never the subject's) and
the field asked of each paper (state, deadline, owner); a list question ('which of the 2023
recommendations were carried forward') is the carried-rows filter's
(:mod:`assistant.analysis.carried`), not this. Nothing here knows a paper: the words are those
of English about papers and years."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text import NOT_IT_ACRONYM

Direction = Literal["onward", "back", "each"]
TracedField = Literal["status", "due", "owner", "priority"]

# what a paper is called, with an optional genitive ('the next year's plan')
_PAPER = (
    r"(?:years?|year['’]s|reports?|papers?|plans?|reviews?|updates?|trackers?|logs?|registers?|"
    r"statements?|follow[- ]?ups?|summar(?:y|ies)|documents?|editions?|versions?|rounds?|lists?|"
    r"action\s+plans?|progress\s+reports?|one)"
)
_LATER = r"(?:next|following|later|subsequent|newer|latest|last|most\s+recent)"
_EARLIER = r"(?:earlier|previous|prior|preceding|first|original|older)"
_YEAR = r"(?:19|20)\d\d(?:\s*/\s*\d{2,4})?"
# a paper named by a relative word or a year ('the 2024 follow-up', "the following year's plan")
_A_PAPER = (
    rf"(?:the|its|their|a|any|that)\s+(?:(?:{_LATER}|{_EARLIER}|{_YEAR})\s+)?(?:[\w'’/-]+\s+)"
    rf"{{0,3}}?{_PAPER}\b"
)
_ONWARD_PAPER = rf"(?:the|its|their|a|any)\s+(?:{_LATER}|{_YEAR})\b(?:\s+[\w'’/-]+){{0,3}}?"
_ONWARD = re.compile(
    # 'carried into / forward to / over to the next plan'
    rf"\bcarr(?:y|ied|ies|ying)\s+(?:(?:forward|forwards|over|on|through|across)\s+)?"
    rf"(?:into|to|in)\s+{_A_PAPER}"
    rf"|\bcarr(?:y|ied|ies|ying)\s+(?:forward|forwards|over|on)\b"
    # 'reappear', 'show up again', 'come up again', 'appear again'
    rf"|\bre-?(?:appear|surface|emerge)(?:s|d|ed|ing)?\b"
    rf"|\b(?:show(?:s|ed|n)?|c[oa]me?s?|crop(?:s|ped)?|turn(?:s|ed)?|pop(?:s|ped)?)\s+up\s+again\b"
    rf"(?!\s+and\s+again)"
    rf"|\b(?:appear|feature|figure)(?:s|d|ed)?\s+again\b"
    # 'make it into', 'survive into', 'continue into', 'persist into' a later paper
    rf"|\b(?:ma[dk]e|makes|making)\s+it\s+(?:in)?to\s+{_A_PAPER}"
    rf"|\b(?:surviv|continu|persist|remain|stay)\w*\s+(?:in|into|on)\s+{_ONWARD_PAPER}"
    # 'still listed / there / reported / open … in the 2017 report / a year later'
    rf"|\bstill\s+(?:be(?:ing)?\s+)?(?:listed|there|reported|included|tracked|shown|present|"
    rf"in|on|open|outstanding|live|carried|around|an?\s+(?:issue|action|item|row))\b"
    rf"(?=[^?.!]*(?:\b(?:in|on|by|at)\s+{_ONWARD_PAPER}\b|\b(?:a|one)\s+year\s+(?:later|on)\b"
    rf"|\bthe\s+year\s+after\b|\b{_YEAR}\b))"
    # 'followed up / picked up / reported on in the later paper'
    rf"|\b(?:followed|picked|taken|reported|revisited)\s+(?:up\s+|on\s+)?(?:again\s+)?"
    rf"(?:in|on)\s+{_ONWARD_PAPER}"
    # 'a year later', 'the following year'
    rf"|\b(?:a|one)\s+year\s+(?:later|on)\b|\bthe\s+year\s+after\b"
    # 'was the X action in the following year's plan?'
    rf"|\b(?:in|on|into)\s+(?:the|its|their)\s+(?:next|following|later|subsequent)\s+"
    rf"(?:[\w'’/-]+\s+){{0,2}}?{_PAPER}\b",
    re.I,
)
_BACK = re.compile(
    rf"\b(?:appear|feature|figure|raised|listed|included|reported|tracked|there|flagged|"
    rf"mentioned|present|exist)\w*\s+(?:already\s+)?(?:in|on)\s+(?:the|its|their|a|any)\s+"
    rf"{_EARLIER}\s+(?:[\w'’/-]+\s+){{0,2}}?{_PAPER}\b"
    rf"|\b(?:already|also)\s+(?:be(?:en)?\s+)?(?:in|raised\s+in|listed\s+in|on)\s+(?:the|its)\s+"
    rf"{_EARLIER}\b(?:\s+[\w'’/-]+){{0,3}}"
    rf"|\b(?:a|one)\s+year\s+(?:earlier|before)\b|\bthe\s+year\s+before\b"
    # 'was the X action in the earlier tracker?'
    rf"|\b(?:in|on)\s+(?:the|its|their)\s+{_EARLIER}\s+(?:[\w'’/-]+\s+){{0,2}}?{_PAPER}\b",
    re.I,
)
# every paper holding it: 'change between the two reports', 'at each report', 'in both papers'
_EACH = re.compile(
    rf"\bchang\w*\s+(?:[\w'’-]+\s+){{0,3}}?between\b"
    rf"|\b(?:at|in|across|for)\s+(?:each|every|both)\s+(?:of\s+the\s+)?(?:[\w'’/-]+\s+){{0,2}}?"
    rf"{_PAPER}\b"
    rf"|\bfrom\s+(?:one\s+)?(?:paper|report|year|plan)\s+to\s+(?:the\s+)?(?:next|another)\b",
    re.I,
)
# the issue in the singular: a row noun after 'the'/'this'/'that'/'its' with no plural head
_ROW = (
    r"(?:action|recommendation|issue|item|finding|point|area|row|task|weakness|matter|problem|"
    r"concern|entry|rec|observation)"
)
_ONE_ROW = re.compile(
    rf"\b(?:the|this|that|its|their)\s+(?:[\w'’/&-]+\s+){{0,7}}?{_ROW}\b(?!s)"
    rf"|\b(?:the|this|that)\s+{_ROW}\s+(?:on|about|for|to|of)\b",
    re.I,
)
# the issue as a definite noun phrase the question asks about ('was the lone working check
# still listed …', 'did the freezer alarm issue appear …')
_ASKED_NP = re.compile(
    r"^\s*(?:(?:the\s+)?[\w'’ -]{3,60}:\s*)?(?:was|were|is|did|does|has|had|how\s+did|how\s+has|"
    r"in\s+what\s+state\s+was|(?:who|when|what)\s+(?:\w+\s+)?(?:owned|owns|led|leads|had|held|"
    r"was|were|is))\s+(?:the\s+treatment\s+of\s+)?(?:the|this|that|its)\s+\w",
    re.I,
)
# a list or count asks for rows, not for one issue; a premise ('Given X was still open …')
# asserts the relation rather than asking it
_MANY = re.compile(
    r"^\s*(?:which|what|how\s+many|list|name|show|give)\b[^?]*?\b(?:recommendations|actions|"
    r"issues|items|findings|points|areas|rows|tasks|ones|entries)\b|^\s*(?:which|how\s+many)\b"
    r"|^\s*(?:given|since|as|because|now\s+that)\b",
    re.I,
)
# a year naming a paper: 'in 2023', 'in the 2024 report', "the gardens' 2023 tracker" (not a
# deadline's year: 'revised to March 2009')
_YEARS = re.compile(
    rf"\b(?:in|from|at)\s+(?:the\s+)?(?:[\w'’]+\s+)?(?P<a>(?:19|20)\d\d)\b(?!\s*-\d)"
    rf"|\b(?P<b>(?:19|20)\d\d)(?:\s*/\s*\d{{2,4}})?\s+(?:[\w'’-]+\s+){{0,2}}?{_PAPER}\b",
    re.I,
)
# the body's next paper: 'the next year's plan', 'the following report', 'a year later'
_NEXT = re.compile(
    r"\b(?:next|following|subsequent)\b|\b(?:a|one)\s+year\s+(?:later|on)\b|\byear\s+after\b",
    re.I,
)
# a state asked of the issue in the other paper: 'still open', 'closed by then'
_STATE_ASKED = re.compile(
    r"\bstill\s+(?:open|outstanding|live|unresolved|pending|in\s+progress|not\s+done)\b"
    r"|\b(?P<closed>(?:closed|complete[d]?|implemented|resolved|done)\s+(?:by|in)\b)",
    re.I,
)
_FIELDS: tuple[tuple[TracedField, re.Pattern[str]], ...] = (
    (
        "owner",
        re.compile(
            r"\b(?:owner|owned|owns|own|who|lead|leads|led|responsible|responsibility)\b", re.I
        ),
    ),
    ("due", re.compile(r"\b(?:due|deadline|date|dated|timescale|target)\b", re.I)),
    ("priority", re.compile(r"\b(?:priority|priorities|prioriti[sz]ed|priority\s+rating)\b", re.I)),
    (
        "status",
        re.compile(
            r"\b(?:state|status|open|closed|done|complete[d]?|progress|implemented|stage|"
            r"standing|position)\b",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class Traced:
    """A relation asked between papers for one issue: which way it is followed, the span of
    its words in the question, and the fields asked of each paper."""

    direction: Direction
    start: int
    end: int
    fields: tuple[TracedField, ...] = ()
    next_paper: bool = False  # the body's next paper, not every later one ('a year later')
    open_asked: bool | None = None  # a state asked of it then: open (True) or closed (False)


def trace_cue(question: str, refs: bool = False) -> Traced | None:
    """The relation between papers asked of one issue, or None (``refs``: the question names
    a row by its ref, so the issue is one without a row noun)."""
    if _MANY.search(question):
        return None
    if not (refs or _ONE_ROW.search(question) or _ASKED_NP.search(question)):
        return None
    fields = tuple(name for name, pattern in _FIELDS if pattern.search(question))
    years = list(dict.fromkeys(m.group("a") or m.group("b") for m in _YEARS.finditer(question)))
    found: tuple[Direction, re.Match[str]] | None = None
    for direction, pattern in (("back", _BACK), ("onward", _ONWARD), ("each", _EACH)):
        match = pattern.search(question)
        if match is not None:
            found = (direction, match)  # type: ignore[assignment]
            break
    if found is None:
        # a field asked of the issue in two papers named by year ('who owned X in 2023, and
        # who owns it in the 2024 report?', 'was the owner in 2023 the same as in 2024?')
        if (
            len(years) >= 2
            and fields
            and not re.search(r"\b(?:compar|contrast)\w*", question, re.I)
        ):
            return Traced("each", 0, 0, fields)
        return None
    direction, match = found
    state = _STATE_ASKED.search(question)
    open_asked = None if state is None else state.group("closed") is None
    return Traced(
        direction,
        match.start(),
        match.end(),
        fields,
        next_paper=bool(_NEXT.search(question)),
        open_asked=open_asked,
    )


# a later part asking only a field of the issue the part before followed ('what state was it in
# then?', 'in what state?', 'when was it then due?', 'and who owned it then?')
_FIELD_ONLY = re.compile(
    r"^\s*(?:and\s+)?(?:in\s+)?(?:what|which|who|when|how\s+far|by\s+when)\b(?:\s+[\w'’-]+){0,6}?"
    r"\s*[?.!]*\s*$",
    re.I,
)
_POINTING = re.compile(
    rf"\b{NOT_IT_ACRONYM}(?:it|then|there|that\s+time|its)\b|^\s*(?:and\s+)?in\s+what\b", re.I
)


def field_of_traced(part: str) -> bool:
    """Whether a later part only asks a field of the issue the part before followed, pointing
    back at it ('what state was it in then?', 'in what state?')."""
    return bool(_FIELD_ONLY.match(part) and _POINTING.search(part))


def traced_whole(parts: list[str]) -> bool:
    """Whether a question in parts is one trace: its first part follows one issue across papers
    and every later part only asks a field of it then ('Was X carried into the 2024 plan, and
    what state was it in then?')."""
    return (
        len(parts) >= 2
        and trace_cue(" ".join(parts)) is not None
        and all(field_of_traced(part) for part in parts[1:])
    )
