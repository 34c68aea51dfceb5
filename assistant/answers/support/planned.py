"""A date asked of what is still to come, or of what was meant to happen, is a deadline.

'When was the unit launched?' asks the date of an event, which a sentence gives. 'By what
date is X meant to be tested?', 'what is its implementation date now?', 'when should X have
been finished?', 'when is X now expected?' ask when the action is (or was) due: the
record's deadline answers, whether or not any sentence repeats it. The difference is the
question's grammar (a modal, a present or future tense, a verb of intention after the
wh-word), never the subject's words.
"""

from __future__ import annotations

import re

from assistant.answers.context import AnswerContext
from assistant.answers.support.column_noun import column_asked
from assistant.evidence import Evidence

# the wh-phrase asking a time: 'when', 'by when', 'by what date', 'what is its … date'
_WH_TIME = re.compile(
    r"\b(?:when|by when|(?:by|on|for)?\s*(?:what|which)\s+(?:[\w-]+\s+){0,3}?(?:date|day|"
    r"month|year|deadline))\b|\b(?:its|their|the)\s+(?:[\w-]+\s+)?date\b",
    re.I,
)
# after it, a modal, a present or future auxiliary, or a verb of intention: a planned time
_PLANNED = re.compile(
    r"\b(?:will|shall|should|must|would|ought|is|are|am|meant|supposed|expect(?:ed|ing|s)?|"
    r"intend(?:ed|s)?|plan(?:ned|s)?|now|currently)\b|'s\b",
    re.I,
)
# 'when was <subject> to <verb>?': the infinitive of intention closing the question
# (no participle before 'to': 'when were the guidelines *presented* to BVPB?' is a passive)
_WAS_TO = re.compile(
    r"^\w+\s+(?:was|were)\b(?:(?!\b\w+(?:ed|en)\b).)*\sto\s+(?:be\s+)?[a-z]+"
    r"(?:\s+(?:out|up|in|on|off|over|back))?\s*[?.!]*\s*$"
)
# a past auxiliary first, and no intention after it: the date of something that happened
_PAST = re.compile(r"\b(?:was|were|did|had)\b", re.I)


def asks_planned_date(question: str) -> bool:
    """Whether ``question`` asks the time something is (or was) due rather than the date an
    event happened, read from the verb after its wh-phrase; a wh-phrase naming the deadline
    column ('what target dates …', 'which timescales …') asks it whatever the tense."""
    if column_asked(question) == "due":
        return True
    found = _WH_TIME.search(question)
    if found is None:
        return False
    rest = question[found.start() :]
    if _WAS_TO.search(rest):  # 'when was X to launch?': an intention in the past
        return True
    planned = next((m for m in _PLANNED.finditer(rest) if _a_verb(m, rest)), None)
    if planned is None:
        return False
    past = _PAST.search(rest)
    intention = re.search(r"meant|supposed|expect|intend|plan", planned.group(0), re.I)
    return past is None or past.start() > planned.start() or intention is not None


def _a_verb(found: re.Match[str], text: str) -> bool:
    """Whether a word of intention is the question's verb, not a word of a name it quotes: a
    capitalised word inside the question is a title's ('the Damp and Mould Action *Plan*
    2023/24'), and an 's after a name or a figure is a possessive ("the 2023/24 Plan's
    deadline"); only after the wh-word is it 'is' ('when's')."""
    word = found.group(0)
    if word[0].isupper() and found.start() > 0:
        return False
    if word == "'s":
        return re.search(r"\b(?:when|what|which|date)$", text[: found.start()], re.I) is not None
    if word.lower() in ("plan", "plans"):  # 'in the PURE plan': a noun, unless 'they plan to'
        before, after = text[: found.start()], text[found.end() :]
        return bool(re.search(_PLAN_SUBJECT, before, re.I) or re.match(r"\s+to\s", after))
    return True


# the words a verb 'plan' follows: a subject pronoun, an auxiliary or a modal, 'to'
_PLAN_SUBJECT = r"\b(?:to|they|we|i|you|he|she|it|who|does|do|did|will|would|still|now)\s+$"


def planned_due(question: str, context: AnswerContext, evidence: list[Evidence]) -> bool:
    """Whether ``question`` asks a planned date and the record the best passages are from
    holds a deadline: that record's due date answers it."""
    if not asks_planned_date(question):
        return False
    records = context.register.by_id()
    top = next((e.record_id for e in evidence[:3] if e.record_id in records), None)
    return top is not None and bool(records[top].due_date)


def unless_intention(question: str, word: str | None) -> str | None:
    """``word`` (a modifier no passage links to), unless it is the verb of intention of a
    planned-date question ('when is X now expecting …'): that frames the question."""
    if word and asks_planned_date(question) and _PLANNED.fullmatch(word):
        return None
    return word
