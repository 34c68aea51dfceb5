"""A value asked that no quote of the answer holds: the typed refusal in place of an answer that
quotes the sentences mentioning the subject.

An answer made of quotes about the subject answers the question only when a quote holds a
value of the kind asked. Three kinds are read here from the question's frame, never from a
paper's words, and checked against the answer it would replace, quote cell by quote cell:

- :func:`untimed`, a time asked of an event ('when will the lead be appointed?', 'when does
  the new manager start?'): the question's words after 'when' name an event
  (:func:`.unheld.asked_event_words`: not the row, its paper, its own life — raised, completed,
  due — nor the frame), no deadline is asked (a deadline word, a set date, the due column:
  the row's date column answers, even 'Ongoing'), and no quote holds a time (a date, a month,
  a quarter, a year, 'within six months');
- :func:`uncounted`, a count of a named noun ('how many of the units had weak controls?')
  answered by passages (no rows counted): no quote holds a number, in figures or in words;
- :func:`unexact`, a frequency asked exactly ('how often does it meet exactly?'): 'regularly'
  is no frequency; a quote must give one ('monthly', 'twice a year', 'every quarter').

A premise the answer corrected ('not yet approved') answers the question, and is kept.

    untimed(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import SET_DATE, QueryAnalysis, answer_type, unquoted
from assistant.analysis.answer_types import ANSWER_SHAPES
from assistant.analysis.clitics import wh_unclitic
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.recordtext import doc_label, record_name, safe_text
from assistant.answers.support.unheld import (
    DEADLINE_ASKED,
    asked_event_words,
    cited_record,
    event_label,
    refs_as_it,
    timed,
)

# a time asked at the head of a clause: 'when will …', 'and by when …', 'on what date did …',
# 'in which year …'; not 'since when' (a span), not 'how long'
_WHEN = re.compile(
    r"(?:^|[-–—,;:.]\s*|\b(?:and|so|but|ok|okay|right)\s+)(?<!since\s)"
    r"(?:when|by\s+when|(?:on\s+|by\s+)?what\s+(?:date|day)|in\s+(?:what|which)\s+(?:year|month))"
    r"\b(?P<rest>[^?]*)",
    re.I,
)
_CELLS = re.compile(r"\t|\n|\s{3,}")
_CORRECTED = frozenset({"premise-corrected"})
# a count of things asked: 'how many of the units …', 'how many passengers …'
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)
# a number as a quote writes one, or a word that counts the whole or none
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|dozen|dozens|half|thirds?|quarters?|all|none|no|every|each|"
    r"both|single|several|majority|minority|most)\b",
    re.I,
)
# an exact value asked: 'how often does it meet exactly?', 'precisely how often …'
_EXACT = re.compile(r"\b(?:exactly|precisely|specifically|in\s+practice)\b", re.I)
# a frequency written as a vague word: no frequency when one is asked exactly
_VAGUE_FREQUENCY = re.compile(r"\bregular(?:ly)?\b", re.I)
# a count the answer states in its own words, in bold: made by code, not read from a quote
_STATED_COUNT = re.compile(r"\*\*\d[\d,]*\*\*")


def asked_event(question: str, refs: list[str]) -> set[str]:
    """The stems of the words naming the event whose time ``question`` asks; empty for no time
    asked, or a time of the row's own life or deadline."""
    text, ref_words = refs_as_it(wh_unclitic(unquoted(question)), refs)
    found = _WHEN.search(text)
    if found is None or DEADLINE_ASKED.search(found["rest"]) or SET_DATE.search(text):
        return set()
    return asked_event_words(found["rest"], ref_words) - {"will", "would", "shall"}


def _checked(q: QueryAnalysis, answer: Answer) -> list[str] | None:
    """The cells of the answer's quotes, for an answer a check may replace; None for an
    abstention, an answer without quotes or one that corrected the question's premise."""
    if answer.abstained or not answer.citations or q.claims:
        return None
    if _CORRECTED & set(answer.notes):
        return None
    return [cell for c in answer.citations for cell in _CELLS.split(c.quote) if cell.strip()]


def _refusal(
    q: QueryAnalysis, answer: Answer, context: AnswerContext, what: str, note: str
) -> Answer:
    """The refusal for ``what``, naming the row the answer is about (if one) and what its
    first quote says instead."""
    record = cited_record(answer, context)
    about = f", for {record_name(record)} ({doc_label(None, record)})" if record else ""
    first = answer.citations[0].quote.strip()
    first = first if len(first) <= 160 else first[:157].rstrip() + "…"
    refusal = abstain(
        q,
        context,
        f"{what}{about}",
        f"What it says about it gives none: “{safe_text(first)}”",
        kind="value_not_given",
    )
    refusal.records = [record] if record else []  # the row it is about: a follow-up's 'it'
    refusal.notes.append(note)
    return refusal


def untimed(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for a time asked of an event when no quote of ``answer`` gives a time; None
    when a quote does, the answer abstained or corrected a premise, or no event's time is
    asked."""
    cells = _checked(q, answer)
    if cells is None or "due" in q.fields:
        return None
    question = q.standalone or q.question
    event = asked_event(question, q.refs)
    if not event or any(timed(cell) for cell in cells):
        return None  # a quote gives a time: the answer may hold it
    return _refusal(q, answer, context, event_label(question, event), "unheld-time")


def uncounted(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for 'how many <things> …' answered by passages (no rows counted) none of
    whose quotes holds a number; None otherwise."""
    cells = _checked(q, answer)
    question = unquoted(q.standalone or q.question)
    if cells is None or answer.records or not _HOW_MANY.search(question):
        return None  # rows counted: the register's count answers
    if answer_type(question) in ("frequency", "duration"):
        return None  # 'how many times a year', 'how many months': their own kinds
    if any(_NUMBER.search(cell) for cell in cells):
        return None
    if _STATED_COUNT.search(answer.answer):
        return None  # a count the composer made itself ('**7** different bodies'), not a quote
    return _refusal(q, answer, context, "the number asked", "unheld-count")


def unexact(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for a frequency asked exactly when the quotes give only a vague one
    ('regularly'); None otherwise."""
    cells = _checked(q, answer)
    question = unquoted(q.standalone or q.question)
    if cells is None or not _EXACT.search(question) or answer_type(question) != "frequency":
        return None
    shape = ANSWER_SHAPES["frequency"]
    if any(shape.search(_VAGUE_FREQUENCY.sub(" ", cell)) for cell in cells):
        return None
    return _refusal(q, answer, context, "the exact frequency", "unheld-frequency")


# a part asked of a whole the question states: 'how much of the £12.5m …', 'how much of 142m'
_PART_OF = re.compile(
    r"\bhow\s+much\s+of\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+)?(?P<whole>£\s?\d[\d,]*"
    r"(?:\.\d+)?\s*(?:bn|m|k|million|billion|thousand)?|\d[\d,]*(?:\.\d+)?\s*(?:bn|m|k|million|"
    r"billion|thousand)\b)",
    re.I,
)
# an amount a quote writes: with its currency or its unit ('£18,000', '12.5m', '£1.2 million')
_AMOUNT = re.compile(
    r"(?P<pound>£)\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>bn|m|k|million|billion|thousand)?\b"
    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?P<unit2>bn|m|k|million|billion|thousand)\b",
    re.I,
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SHARE = re.compile(r"\d\s*(?:%|per\s*cent\b)|\b(?:half|third|quarter)\b", re.I)


def _amounts(text: str) -> list[float]:
    """The amounts ``text`` writes, in one unit."""
    out = []
    for found in _AMOUNT.finditer(text):
        number = (found["n"] or found["n2"]).replace(",", "")
        unit = (found["unit"] or found["unit2"] or "").lower()
        out.append(float(number) * _SCALE.get(unit, 1.0))
    return out


def unparted(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for a part asked of a whole the question states ('how much of the £12.5m
    had partners agreed to?') when no quote gives a smaller amount or a share: the whole
    said back (or a larger sum it rises to) is no part of it. None otherwise."""
    cells = _checked(q, answer)
    question = unquoted(q.standalone or q.question)
    found = _PART_OF.search(question)
    if cells is None or found is None:
        return None
    whole = _amounts(found["whole"] if "£" in found["whole"] else f"£{found['whole']}")
    if not whole:
        return None
    if any(_SHARE.search(cell) or any(0 < a < whole[0] for a in _amounts(cell)) for cell in cells):
        return None  # a part given: '£3m of it agreed', '40% delivered'
    return _refusal(
        q, answer, context, f"the part of {found['whole'].strip()} asked", "unheld-part"
    )
