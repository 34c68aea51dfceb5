"""A paper's cover sheet read as typed facts: the body it is from, the meeting it went to, who
presented it, what it is for, and what the meeting is asked to decide. Each fact is a verbatim
span of the paper's opening (before its first table row), found by the role its words play: a
label ('Committee:', 'Report of the', 'Purpose:') or a sentence of the paper about itself
('This report sets out …', 'The Committee is asked to …', 'Resolved: that …').

A question asking one of these kinds of fact of a paper it names (:func:`asked_cover_kind`)
is answered from them, rather than refused for want of a table row that holds it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

CoverKind = Literal["body", "meeting", "author", "purpose", "decision", "date"]
OPENING_CHARS = 2500  # the most of a paper read as its cover sheet

_MEETING_NOUN = (
    r"(?:committee|sub-committee|panel|board|cabinet|council|forum|executive|meeting|"
    r"scrutiny|corporation)"
)
# a label opening a line, and the kind its value is ('Committee: X', 'Organisation X')
_LABELS: list[tuple[str, CoverKind]] = [
    (r"report\s+(?:by|of|author)|author|prepared\s+by|presented\s+by|written\s+by", "author"),
    (r"meeting\s+of|committee|meeting", "meeting"),
    (r"body|organisation|organization|council|trust|college", "body"),
    (r"purpose(?:\s+of\s+(?:the\s+)?report)?", "purpose"),
]
_LABEL_LINE = re.compile(
    r"^[ \t*]*(?P<label>" + "|".join(f"(?:{p})" for p, _ in _LABELS) + r")[ \t]*(?::[ \t*]*|"
    r"[ \t]+(?=[A-Z0-9]))(?P<value>\S[^\n]*)",
    re.I | re.M,
)
# a scanned or PDF masthead on one line: 'Body X Committee Y Date of meeting Z', each value
# ending where the next label starts
_RUN_ON = re.compile(
    r"^[ \t]*Body\s+(?P<body>\S.*?)\s+(?:Committee|Meeting)\s+(?P<meeting>\S.*?)\s+"
    r"Date(?:\s+of\s+(?:the\s+)?meeting)?\s+(?=\d|[A-Z][a-z]+day\b)",
    re.M,
)
_AUTHOR_IN_LINE = re.compile(
    r"\b(?:report\s+(?:author|by)|author|prepared\s+by|presented\s+by)\s*:\s*(?P<who>[^.\n]+)",
    re.I,
)
_A_DATE = re.compile(r"^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I)
# 'Report of the Audit Manager.': a post named after 'report of/by' inside a line
_REPORT_OF = re.compile(
    r"\b(?:[Rr]eport|[Pp]aper)\s+(?:of|by|from)\s+(?:the\s+)?(?P<who>[A-Z][\w&'-]*(?:\s+(?:of|"
    r"and|for|the|&|[A-Z][\w&'-]*)){0,8})",
)
# sentences of the paper about itself: what it is for, what it asks the meeting to do
_PURPOSE = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?P<s>(?:this|the|these)\s+(?:report|paper|tracker|log|plan|update|"
    r"table|schedule|register)s?\s+(?:below\s+)?(?:sets?\s+out|outlines?|provides?|updates?|"
    r"covers?|lists?|summari[sz]es?|reports?|gives?|records?|follows?\s+up|describes?|"
    r"presents?)\b[^.\n]*[.\n]|purpose:[^\n]*)",
    re.I,
)
_DECISION = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?P<s>(?:[^.\n]{0,80}?\b(?:is|are)\s+(?:asked|recommended|invited|"
    r"requested|requested)\s+to\b|resolved\s*:)[^.\n]*[.\n]?)",
    re.I,
)


_CAPS_MEETING = re.compile(
    r"^[ \t]*(?P<m>(?:[A-Z][A-Z&'-]*[ \t]+){0,5}?(?:COMMITTEE|SUB-COMMITTEE|PANEL|BOARD|CABINET|"
    r"FORUM))\b",
    re.M,
)


@dataclass(frozen=True)
class CoverFact:
    """One fact of the cover sheet: its kind, the verbatim text and where it starts."""

    kind: CoverKind
    text: str
    start: int


def opening(text: str) -> str:
    """The paper's cover sheet: its text up to the first table row (a tab), at most
    :data:`OPENING_CHARS` characters."""
    end = min(len(text), OPENING_CHARS)
    tab = text.find("\t", 0, end)
    if tab >= 0:
        end = text.rfind("\n", 0, tab) + 1 or tab
    return text[:end]


def closing(text: str) -> tuple[str, int]:
    """The paper's text after its last table row (a resolution, a sign-off), with its start;
    at most :data:`OPENING_CHARS` characters."""
    tab = text.rfind("\t")
    start = text.find("\n", tab) + 1 if tab >= 0 else len(text)
    start = max(start, len(text) - OPENING_CHARS) if start else len(text)
    return text[start:], start


def _labelled(head: str) -> list[CoverFact]:
    """The labelled values of the opening: a run-on masthead line's body and meeting, else
    each line opening with a label, its value to the line's end (its first sentence)."""
    facts: list[CoverFact] = []
    for found in _RUN_ON.finditer(head):
        facts.append(CoverFact("body", found.group("body"), found.start("body")))
        facts.append(CoverFact("meeting", found.group("meeting"), found.start("meeting")))
    if facts:
        return facts
    for found in _LABEL_LINE.finditer(head):
        label = found.group("label")
        kind = next(k for p, k in _LABELS if re.fullmatch(p, label, re.I))
        value = re.split(r"(?<=[a-z)])\.\s", found.group("value"))[0].strip(" *\t").rstrip(".")
        value = value[4:] if kind == "author" and value.startswith("the ") else value
        if not value or (
            kind == "meeting" and (_A_DATE.match(value) or value[:4].lower() == "date")
        ):
            continue  # 'Meeting 12 March 2020': the meeting's date, not its name
        facts.append(CoverFact(kind, value, head.index(value, found.start("value"))))
    return facts


def cover_facts(text: str) -> list[CoverFact]:
    """Every fact of the paper's cover sheet, in order of the text."""
    head = opening(text)
    facts = _labelled(head)
    tail, tail_start = closing(text)
    for found in _AUTHOR_IN_LINE.finditer(tail):  # 'Report author: X.' after the table
        facts.append(
            CoverFact("author", found.group("who").strip(), tail_start + found.start("who"))
        )
    for found in _REPORT_OF.finditer(head):
        if not any(f.kind == "author" for f in facts):
            who = found.group("who").strip()
            facts.append(CoverFact("author", who, found.start("who")))
    sentences: list[tuple[CoverKind, re.Pattern[str]]] = [
        ("purpose", _PURPOSE),
        ("decision", _DECISION),
    ]
    for kind, pattern in sentences:
        for part, offset in ((head, 0), (tail if kind == "decision" else "", tail_start)):
            for found in pattern.finditer(part):
                sentence = found.group("s").strip()
                at = part.index(sentence, found.start("s")) + offset if sentence else -1
                if sentence and not any(f.start - 12 <= at < f.start + len(f.text) for f in facts):
                    facts.append(CoverFact(kind, sentence, at))
    caps = _CAPS_MEETING.search(head)  # a meeting named in capitals: 'AUDIT PANEL'
    if caps and not any(f.kind == "meeting" for f in facts):
        facts.append(CoverFact("meeting", caps.group("m"), caps.start("m")))
    return sorted(facts, key=lambda f: f.start)


_AUX = r"is|are|was|were|did|does|do|has|have|had|will|would"
# a verb after the meeting noun ends the wh-phrase ('which committee considered it'); a noun
# after it ('which flood committee actions') makes the meeting a modifier of what is asked
_VERB = r"\w+ed|got|gets?|saw|sees?|took|takes?|heard|hears?|looks?|receives?|considers?|sat"
# what a question asks of a paper's cover sheet, by the noun or verb heading its wh-phrase
_ASKS: list[tuple[CoverKind, re.Pattern[str]]] = [
    (
        "author",
        re.compile(
            r"\bpresenter\b|\bpresented\s+by\b|\bwho\s+(?:presented|submitted|brought|tabled|"
            r"introduced)\b|\bwhose\s+name\b|\breport(?:ed)?\s+by\b|\bwho\s+(?:is|was)\s+"
            r"(?:it|the\s+\w+|this)\s+(?:from|by)\b",
            re.I,
        ),
    ),
    (
        "decision",
        re.compile(
            r"\b(?:asked|recommended|invited|requested)\s+to\b|\bresolved\b|"
            r"\bwhat\s+(?:should|must)\s+the\s+(?:committee|panel|board|members)\s+do\b",
            re.I,
        ),
    ),
    (
        "purpose",
        re.compile(
            r"\bpurpose\b|\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the|this|that|it)\s*(?:[\w-]+\s+){0,4}?(?:for|"
            r"about)\s*\??$|\bwhy\s+(?:was|is)\s+(?:the|this|that)\s+[^?]{0,60}?(?:written|"
            r"produced|brought|prepared)\b|\b(?:aim|point)\s+of\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            # the meeting noun heads the wh-phrase ('which audit committee', not 'what date
            # did Cabinet …', nor 'which panel paper')
            rf"\b(?:which|what)\s+(?:(?!(?:{_AUX}|date|day|time|year|month)\b)[\w-]+\s+){{0,2}}?"
            rf"{_MEETING_NOUN}(?=\s*[?,]|\s*$|\s+(?:{_AUX}|{_VERB})\b)|"
            r"\bwho\s+(?:was|is)\s+[^?]{1,100}?\s+(?:for|going\s+to|presented\s+to|submitted\s+to|"
            r"written\s+for|sent\s+to|aimed\s+at)\s*\??\s*$",
            re.I,
        ),
    ),
    (
        "body",
        re.compile(
            r"\b(?:which|what)\s+(?:body|organisation|organization|authority|council|trust)\b|"
            r"\bwhose\s+(?:paper|report|plan|tracker|log|update)\b",
            re.I,
        ),
    ),
]


# the date a meeting sat: a paper's meeting date is its own ('on what date did it meet?')
# and a paper's own date, asked by what was done to the paper ('when was it published?')
_MEETING_DATE = re.compile(
    r"\b(?:when|(?:what|which)\s+(?:date|day))\b[^?]{0,40}?\b(?:meet|(?-i:met)|meeting|sit|sat|"
    r"convened?|held)\b|"
    r"\bwhen\s+(?:was|is|were)\s+[^?]{0,80}?\b(?:published|issued|released|put\s+out|"
    r"circulated|tabled|presented|dated)\s*\??$",
    re.I,
)


def asked_cover_kind(question: str) -> CoverKind | None:
    """The kind of cover-sheet fact the question asks, or None.

    >>> asked_cover_kind("Which committee was the tracker written for?")
    'meeting'
    """
    if _MEETING_DATE.search(question):
        return "date"
    # the cue that comes first heads the wh-phrase: 'which panel was X presented to?'
    found = [(m.start(), kind) for kind, pattern in _ASKS if (m := pattern.search(question))]
    return min(found)[1] if found else None


_PAPER_VERB = re.compile(
    r"\b(?P<verb>published|issued|released|circulated|tabled|presented)\s*\??\s*$", re.I
)


def paper_verb(question: str) -> str | None:
    """The verb a question dates a paper by ('when was it published?' -> 'published')."""
    found = _PAPER_VERB.search(question)
    return found.group("verb").lower() if found else None


def verb_dated(text: str, verb: str) -> bool:
    """Whether the paper's own sentences use ``verb`` before a date ('… inspection, published
    on 14 November 2023'): the event it reports is what the verb dates, not the paper."""
    return bool(re.search(rf"\b{re.escape(verb)}\s+(?:on|in)\s+(?:\w+\s+)?\d", text, re.I))
