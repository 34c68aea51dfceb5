"""Dates a question asserts of an event ('since the programme launched in May 2009', 'why was
the strategy published in 2015?'), checked against the sentences about its subject.

A date is asserted when a preposition puts it on a verb of the question's premise ('launched
in May 2009', 'presented to the board on 7 March'); a date that names a paper or a period ('the
March 2017 report', 'the 2015/16 statement') only points at a document and asserts nothing.
:func:`check_date` finds the clause of the passages that best speaks of the same subject and
gives a date, and says whether that date bears the question's out, contradicts it, or whether
the passages say the event happened without giving a date at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.evidence import coverage
from assistant.text import stem, stems
from ingest.dates import DueDate, scan_dates

# a verb of moving a deadline, then the preposition of the date it moved to ('pushed into 2026',
# 'moved back to March', 'deferred it until Q3'): that date is the new deadline claimed
MOVED_TO = (
    r"\b(?:pushed|moved|put|deferred|postponed|extended|rescheduled|slipped|delayed|shifted|"
    r"pulled|brought|revised|changed)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:back|out|forward|over)\s+)?"
    r"(?:to|into|until|till)\s+"
)
_MOVED_TO_YEAR = re.compile(MOVED_TO + r"(?=(?:19|20)\d\d\b)", re.I)
# the words before a date that put it on an event ('in', 'on', 'by', 'at the end of')
_MOVED_TO_END = re.compile(
    MOVED_TO + r"(?:the\s+(?:(?:start|end|beginning|close|middle)\s+of\s+)?)?$", re.I
)
_INTRODUCED = re.compile(
    r"(?:\b(?:in|on|by|during|around|from|until|till|before|after|since|as of|as at|"
    r"(?:at|by|from|towards?) the (?:start|end|beginning|close|middle) of)\s+|"
    # or a deadline named as the date ('its deadline was March 2010', 'a target date of May')
    r"\b(?:deadline|target|target date|due date|timescale)s?\s+(?:was|is|were|are|of|being)\s+)$",
    re.I,
)
# the scan's own words for a bare year ('in 2015') carry the preposition inside the match
_OWN_PREPOSITION = re.compile(r"^(?:end of|by|in|during)\s+", re.I)
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
_QUARTER = re.compile(r"\bQ[1-4]\b", re.I)
# a date that is a span of a year or more ('2015/16', 'FY19/20'): a period, not an event's day
# ('2015-2016', '15/16'); a whole day written in figures ('30/04/2022', '2021-08-31') is none
_SPAN = re.compile(
    r"(?<![\d/.–-])(?:(?:19|20)\d\d\s*[/–-]\s*(?:19|20)?\d\d|\d\d\s*/\s*\d\d)(?![\d/.–-])"
)
# a time of a year written joined ('end-of-2023'): read as written apart ('end of 2023')
_JOINED_TIME = re.compile(r"\b(?:end|start|beginning)-of-(?:19|20)\d\d\b", re.I)
# a due word a date before it modifies ('its November 2008 *deadline*', 'the May target date')
_MODIFIES_DUE = re.compile(
    r"^\s*(?:deadline|target(?:\s+date)?|due\s+date|completion\s+date|timescale|end\s+date)s?\b",
    re.I,
)
# the determiner of that due word's phrase, before the date ('its', 'the original')
_DETERMINED = re.compile(
    r"\b(?:its|their|the|his|her|that|this|an?)\s+(?:(?:original|first|initial|old|agreed|"
    r"revised|new|current|latest|previous|earlier|planned)\s+)?$",
    re.I,
)
# words of a due date: the event is the deadline, which the record's own columns hold
DUE_WORDS = frozenset("due deadline deadlines target timescale timescales".split())
# clauses of a sentence: each may carry its own subject and date ('X was implemented in
# October 08, with Y to go live in Q2 2009')
_CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s|\b(?:and|with|while|whereas|but|which)\b", re.I)
SUBJECT_SHARE = 0.5  # the share of the subject's weight a clause must hold to be about it


@dataclass(frozen=True)
class Asserted:
    """A date the question asserts of an event: as written, its year, its month (None for a
    year alone) and the word before it that names the event ('launched', 'due')."""

    text: str
    year: int
    month: int | None
    event: str | None


@dataclass(frozen=True)
class DateCheck:
    """What the passages say of an asserted date: ``stated`` is the date they give (None:
    they speak of the event but give no date), from the text at ``index``; ``borne_out`` when
    it is the question's."""

    asserted: Asserted
    stated: DueDate | None
    index: int
    borne_out: bool = False
    by_event: bool = False  # the clause giving ``stated`` names the asserted event


def _month_of(raw: str, iso: str) -> int | None:
    """The month a date names, if it names one (not a bare year, a span or a quarter)."""
    if _SPAN.search(raw) or _QUARTER.search(raw):
        return None
    return int(iso[5:7]) if _MONTH.search(raw) or re.search(r"\d{1,2}[/.-]\d", raw) else None


# an event the words make intended, not done, by the date that follows: its deadline
_INTENDED = re.compile(
    r"\b(?:due|meant|supposed|scheduled|planned|expected|intended|set|targeted)\s+to\s+"
    r"(?:be\s+|have\s+been\s+)?[A-Za-z]+(?:\s+(?:off|out|up|down))?\s+(?:by|in|for|before)\s*$",
    re.I,
)


def _event_word(before: str) -> str | None:
    """The verb or due word nearest before a date: the last content word of up to six,
    skipping the preposition ('launched in', 'was due by', 'presented to the board on')."""
    if _INTENDED.search(before):  # 'was supposed to be cleared by': a deadline, however worded
        return "due"
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", before)[-6:]
    for word in reversed(words):
        low = word.lower()
        if low in DUE_WORDS or re.search(r"(?:ed|en)$", low) or low in ("live", "held", "set"):
            return low
    return None


def asserted_dates(scope: str) -> list[Asserted]:
    """The dates ``scope`` (a premise) puts on an event; none for a date that names a paper
    or a period ('the March 2017 report', 'the 2015/16 AGS')."""
    found: list[Asserted] = []
    scope = _JOINED_TIME.sub(lambda m: m.group(0).replace("-", " "), scope)  # 'end-of-2023'
    scope = _MOVED_TO_YEAR.sub(r"\g<0>in ", scope)  # 'pushed into 2026': a year, as 'in 2026'
    dates, _ = scan_dates(scope)
    position = 0
    for due in dates:
        at = scope.find(due.text, position)
        if at < 0:
            continue
        position = at + len(due.text)
        before = scope[:at]
        # 'its November 2008 deadline': the date modifies a due word after it
        modifies = _MODIFIES_DUE.match(scope[position:]) and _DETERMINED.search(before)
        moved = _MOVED_TO_END.search(before)  # 'pushed into 2026': the deadline it now has
        introduced = (
            _OWN_PREPOSITION.match(due.text) or _INTRODUCED.search(before) or modifies or moved
        )
        if not introduced or _SPAN.search(due.text):
            continue
        found.append(
            Asserted(
                _OWN_PREPOSITION.sub("", due.text),
                int(due.iso[:4]),
                _month_of(due.text, due.iso),
                "deadline" if modifies or moved else _event_word(before),
            )
        )
    return found


def _months(raw: str, iso: str) -> range | None:
    """The months of its year a date spans: one for a month or a day, three for a quarter
    (ending at the month its ISO date ends); None for a bare year or a span of years."""
    if _SPAN.search(raw) and not _QUARTER.search(raw):
        return None
    month = int(iso[5:7])
    if _QUARTER.search(raw):
        return range(month - 2, month + 1)
    return range(month, month + 1) if _month_of(raw, iso) else None


def agrees(asserted: Asserted, stated: DueDate) -> bool:
    """Whether a date the record gives bears out the one asserted: the same year, and the
    same month (or a quarter holding it) when both name one; a span such as '2015/16' holds
    both of its years."""
    if _SPAN.search(stated.text) and not _QUARTER.search(stated.text):
        end = int(stated.iso[:4])
        return asserted.year in (end - 1, end)
    if int(stated.iso[:4]) != asserted.year:
        return False
    months = _months(stated.text, stated.iso)
    return asserted.month is None or months is None or asserted.month in months


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, in order."""
    parts = [p.strip() for p in _CLAUSE.split(text)]
    return [p for p in parts if p]


WHOLE_SUBJECT = 0.75  # a clause holding this share of the subject's weight is about it


def check_date(
    asserted: Asserted,
    weights: dict[str, float],
    texts: list[str],
    around: list[str] | None = None,
) -> DateCheck | None:
    """The date the passages (``texts``, best first) give for the asserted event: the first
    clause about the subject (``weights``, the premise's words less the date) that bears the
    date out; else the best one that gives another date and names the event ('launched'; any
    for a due word) or the whole subject; else one that speaks of the event undated. None
    when none speaks of it. ``around`` (one per text: the rest of its row or passage) holds
    the words of a subject described at length ('the website with the Local Life pages'): a
    clause naming the event and part of the subject is about it when its row names the rest."""
    event = stem(asserted.event) if asserted.event else None
    dated: list[tuple[float, int, list[DueDate]]] = []
    # the dated clauses that may contradict it: those that name the event ('launched') or say
    # the whole subject, as a date near a part of it may date something else ('the PM
    # framework for 2002-03')
    telling: list[tuple[float, int, list[DueDate], bool]] = []
    undated: list[tuple[float, int]] = []
    for index, text in enumerate(texts):
        parts = clauses(text)
        for at, clause in enumerate(parts):
            share = coverage(clause, weights)
            if share == 0 and at > 0:
                # a clause with no subject word of its own ('in July 2016') goes on the last
                share = coverage(parts[at - 1], weights) - 0.01
            uses_event = event is not None and event in stems(clause)
            if (
                share < SUBJECT_SHARE
                and uses_event
                and around
                and share >= SUBJECT_SHARE / 2
                and coverage(f"{clause} {around[index]}", weights) >= WHOLE_SUBJECT
            ):
                share = SUBJECT_SHARE  # the row says the rest of what the subject is
            if share < SUBJECT_SHARE:
                continue
            said = scan_dates(clause)[0]
            score = share + (0.25 if uses_event else 0.0)
            if said:
                dated.append((score, index, said))
                if uses_event or share >= WHOLE_SUBJECT or asserted.event in (None, *DUE_WORDS):
                    telling.append((score, index, said, uses_event))
            elif uses_event:
                undated.append((score, index))
    if dated:
        top = max(score for score, _, _ in dated)
        near = [item for item in dated if item[0] >= top - 0.1]
        for _, index, said in near:
            same = [d for d in said if agrees(asserted, d)]
            if same:
                return DateCheck(asserted, same[0], index, borne_out=True)
    if telling:
        best = max(telling, key=lambda item: (item[0], -item[1]))
        return DateCheck(asserted, best[2][0], best[1], by_event=best[3])
    if undated:
        best_undated = max(undated, key=lambda item: (item[0], -item[1]))
        if coverage(texts[best_undated[1]], weights) >= 0.75:
            return DateCheck(asserted, None, best_undated[1])
    return None


# -- a premise inside the question ----------------------------------------------------------
# 'What was the aim of the X launched in 2007?', 'what did the website, which went live in
# 2016, include?', 'X came out in 2015, what did it set up?': the question asks something
# else, but takes the event's date for granted. Read by grammar only: auxiliaries, relative
# pronouns, determiners and prepositions (closed classes) place the dated verb.
_AUX = frozenset(
    "is was are were be been being has have had do does did will would shall should can could "
    "may might must to".split()
)
_RELATIVE = frozenset("which that who whom whose".split())
_WH = frozenset("what who when why how which where whose".split())
_NP_START = frozenset("the a an its their this that these those his her our".split())
_NP_STOP = (
    frozenset("of about on in for to with from into by at over under whether if and or".split())
    | _AUX
    | _WH
)
# a statement first, then the question: 'X came out in 2015, what …?', 'X came out in 2015.
# What …?'
_STATEMENT_FIRST = re.compile(
    r"^(?P<p>[^?]{12,}?)(?:,|[.;:!])\s+(?:(?:and|so|but|then)\s+)?(?=(?:what|who|when|why|how|"
    r"which|where|whose)\b)",
    re.I,
)


def embedded_premise(question: str) -> str | None:
    """The part of ``question`` that asserts a dated event without asking about it: a
    statement before the question, a past participle after its noun, or a relative clause
    ('the programme launched in 2007', 'the website, which went live in 2016'), with the noun
    phrase it is said of; None when the only dated verb is the question's own ('what was
    reported in 2008?') or a deadline ('the action due in 2009' names a window)."""
    first = _STATEMENT_FIRST.match(question.strip())
    if first:
        said = first.group("p")
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", said)
        if (
            len(words) >= 3
            and words[0].lower() not in _WH | _NP_STOP
            and any(a.event not in DUE_WORDS for a in asserted_dates(said))
        ):
            return said.strip()
    for asserted in asserted_dates(question):
        if asserted.event is None or asserted.event in DUE_WORDS:
            continue
        at = question.find(asserted.text)
        tokens = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*|,", question[:at]))
        low = [t.group(0).lower() for t in tokens]
        if asserted.event not in low:
            continue
        verb = len(low) - 1 - low[::-1].index(asserted.event)
        before = low[max(0, verb - 3) : verb]
        # a relative pronoun after a noun ('the X which was …'), not a question's 'which'
        relative = any(w in _RELATIVE for w in low[max(1, verb - 3) : verb])
        if not relative and (not before or before[-1] in _AUX | _WH | {","}):
            continue  # the question's own verb: 'what was reported in 2008?'
        start = verb
        if relative:  # the noun phrase before the relative pronoun
            start = max(i for i in range(1, verb) if low[i] in _RELATIVE)
        for i in range(start - 1, max(-1, start - 9), -1):
            if low[i] == ",":
                continue
            if low[i] in _NP_START:
                start = i
                break
            if low[i] in _NP_STOP:
                break
            start = i
        end = at + len(asserted.text)
        return question[tokens[start].start() : end].strip(" ,")
    return None
