"""What a question asks for (its intent): a list or count of records, one fact, an explanation,
a comparison, or a subject followed across reports."""

from __future__ import annotations

import re

from assistant.analysis.model import Intent
from assistant.analysis.patterns import REVISED, SLIPPED
from assistant.analysis.periods import all_years
from assistant.analysis.themes import THEME_WORDS

_RECORD_NOUNS = (
    r"(?:actions?|recommendations?|items?|areas?|issues?|records?|improvement areas?|"
    r"areas? for improvement|governance issues?|activities|findings?|points?)"
)


def counted_noun(question: str) -> str | None:
    """The noun 'how many' counts: 'How many Audit Commission ... recommendations' ->
    'recommendations' (names in capitals and small words are skipped); '' if none follows."""
    match = re.search(r"\b(?:how many|how much|number of)\b", question, re.I)
    if match is None:
        return None
    for word in re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d+", question[match.end() :]):
        low = word.lower()
        if (
            word[0].isupper()
            or word.isdigit()
            or low in ("of", "the", "a", "an", "these", "those", "its", "their", "our")
        ):
            continue
        return low
    return ""


def _which_noun(question: str) -> bool:
    """'Which partnership actions…' lists records; 'Which team takes the lead…' asks a fact.
    The first word after 'which' that is not a name, number, theme or filter word decides."""
    match = re.search(r"\bwhich\b", question, re.I)
    if match is None:
        return False
    skip = {
        "of",
        "the",
        "a",
        "an",
        "these",
        "those",
        "high",
        "medium",
        "low",
        "high-priority",
        "internal",
        "governance",
        "audit",
        "ags",
        "mps",
        "mpa",
        "met",
        "police",
    }
    for word in re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d[\d/]*", question[match.end() :]):
        low = word.lower()
        if re.fullmatch(_RECORD_NOUNS, low) or low == "improvement":
            return True
        if word[0].isupper() or word[0].isdigit() or low in skip or low in THEME_WORDS:
            continue
        return False
    return False


def intent_of(question: str) -> Intent:
    q = question.lower().strip()
    head = counted_noun(question)
    if head is not None:
        if re.fullmatch(_RECORD_NOUNS, head) or head in ("improvement", "of"):
            return "count"
        return "lookup"  # 'how many staff...' asks for a figure, not a count of records
    if re.search(r"\bhow much\b", q):
        return "lookup"
    if re.search(r"\bhow (?:often|many times)\b", q) and (
        REVISED.search(question) or SLIPPED.search(question) or re.search(r"\bmove[ds]?\b", q)
    ):
        return "list"  # 'how often did the partnership deadline move?': the slipped actions
    if re.search(
        r"\brecur\b|\bappear(?:s|ed)? in (?:several|many|multiple|a number of|different) "
        r"(?:reports|documents|papers|years)|\bkeeps? coming up\b|\brecurr|\brepeated|"
        r"\bkeeps? (?:coming|recurring|appearing)|\bpersist|"
        r"\bcome up (?:before|again)|\bcame up (?:before|again)|\bover the years\b|"
        r"\byear after year\b|\bagain and again\b|\bacross (?:the )?(?:years|reports)\b|"
        r"\bfollow (?:this|the|it)\b|\bhistory of\b|\bhow often\b",
        q,
    ):
        return "recurring"
    if re.search(
        r"\bwhich (?:had|has|made|have|contains?) (?:more|fewer|the most|the least)\b|"
        r"\bcompar(?:e|ed|ing|ison)\b|\bcontrast\b|\bdiffer|\bversus\b|\bvs\.?\b|"
        r"\bhow did .* change\b|\bchanged? between\b|\bany better\b|\bany worse\b|"
        r"\bbeen reported in\b",
        q,
    ):
        return "compare"
    if re.match(r"how (?:has|have|had|was|were|did|is|are)\b", q) and (
        len({year for _, year in all_years(question)}) > 1
    ):
        return "compare"  # 'how has X been handled in 2002, 2007/08 and 2017?'
    if re.match(r"(?:list|name|enumerate|show(?: me)?|give me)\b", q) or re.match(
        rf"what (?:are|were) (?:all )?the\b.*\b{_RECORD_NOUNS}\b", q
    ):
        return "list"
    if _which_noun(question) or re.match(r"which of\b", q):
        return "list"
    if re.search(r"\b(?:recommendations|actions) that are due\b", q):
        return "list"
    if re.match(r"(why|explain|describe)\b", q) or re.match(r"how (?!many|much|often)", q):
        return "explain"
    return "lookup"


# The kind of value a question asks for, when it asks for one, and what such a value looks like
# in a sentence. A passage answer must contain one, in a sentence about the question's subject.
AnswerType = str  # "amount" | "percentage" | "year"
_ASKS_AMOUNT = re.compile(
    r"\bhow much\b.*\b(?:cost|costs|spend|spent|save|saved|saving|savings|budget|fund|funding|"
    r"worth|pay|paid|price|invest|invested|raise|raised)\b|"
    r"\bwhat (?:was|is|were|are) the (?:total )?(?:cost|spend|saving|savings|budget|price|value)\b",
    re.I,
)
_ASKS_PERCENTAGE = re.compile(r"\bwhat (?:percentage|proportion|per ?cent)\b", re.I)
_ASKS_YEAR = re.compile(r"^\s*(?:in\s+)?what year\b|^\s*when (?:was|were|did)\b", re.I)
ANSWER_SHAPES: dict[AnswerType, re.Pattern[str]] = {
    "amount": re.compile(
        r"£\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand|pounds)\b", re.I
    ),
    "percentage": re.compile(r"\d[\d.]*\s?%|\b\d[\d.]*\s+per ?cent\b", re.I),
    "year": re.compile(  # a year, a month or a quarter: 'in April', 'Q2', '2009/10'
        r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
        r"Nov|Dec)\b"
    ),
}
ANSWER_LABELS: dict[AnswerType, str] = {
    "amount": "amount",
    "percentage": "percentage",
    "year": "date",
}


def answer_type(question: str) -> AnswerType | None:
    """The kind of value asked for: an amount ('how much did X save'), a percentage, or when
    something happened ('when was the unit formed', 'what year'); None for anything else."""
    if _ASKS_AMOUNT.search(question):
        return "amount"
    if _ASKS_PERCENTAGE.search(question):
        return "percentage"
    if _ASKS_YEAR.search(question):
        return "year"
    return None


_LATER = re.compile(r"\b(?:later|latest|last)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|earliest|first|sooner|soonest)\b", re.I)
_WHEN_WORDS = re.compile(
    r"\b(?:due|deadlines?|dated|dates?|complete[ds]?|finish(?:es|ed)?|comes?|came|ends?)\b", re.I
)


def due_order(question: str) -> str | None:
    """'earlier' or 'later' when the question asks which of several is due (or ends, or came)
    first or last ('which is due later, R18 or R25?'); else None."""
    if not _WHEN_WORDS.search(question):
        return None
    if _LATER.search(question):
        return "later"
    if _EARLIER.search(question):
        return "earlier"
    return None
