"""Kinds of value a question asks for beyond :mod:`.intent`'s (issue 14, class 2): a duration
('how long did X take?', 'over how many months …?'), a frequency ('how often does the panel
meet?', 'how many times a year …?'), a proportion ('how much of the programme was
delivered?', 'what share of …?') and the size of a change ('by how much did X rise?', 'how
big is the gap between X and Y?').

Each kind is asked by the frame of the question, whatever its subject, and is answered only by
a sentence that holds a value of that kind, written the ways papers write it ('over the next
6-9 months', 'twice a year', 'quarterly', 'half published', '68%'). :func:`answer_type` reads
these kinds first, then :func:`.intent.answer_type`'s; :data:`ANSWER_SHAPES` and
:data:`ANSWER_LABELS` hold every kind's shape and label.
"""

from __future__ import annotations

import re

from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.intent import ANSWER_LABELS as _BASE_LABELS
from assistant.analysis.intent import ANSWER_SHAPES as _BASE_SHAPES
from assistant.analysis.intent import AnswerType
from assistant.analysis.intent import answer_type as _base_type

# a number as papers write one, in digits or words, and the units of time
_NUMBER = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|eighteen|twenty|thirty|forty|fifty|sixty|several|few|a\s+few|half\s+an?)"
)
_TIME_UNIT = r"(?:hours?|days?|weeks?|fortnights?|months?|years?|quarters?|terms?)"
_BE_OR_DO = r"(?:is|was|are|were|did|does|do|has|have|had|will|would|should|can|could|must)"

# -- how the question asks ------------------------------------------------------------------------
# 'how long did X take / run / last', 'how long ago', 'over how many months', 'for how many
# years', 'within how many days', 'what is the duration / length of', 'how many weeks …'
_ASKS_DURATION = re.compile(
    rf"\bhow\s+long\b|\b(?:over|for|within|in)\s+how\s+many\s+{_TIME_UNIT}\b|"
    rf"^\s*(?:(?:and|so)\s+)?how\s+many\s+{_TIME_UNIT}\b|"
    r"\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:duration|length|period)\s+of\b|"
    r"\bover\s+what\s+(?:period|timeframe|time\s*frame|span)\b",
    re.I,
)
# a question of how long something has been late or open is a span between two dates the
# register holds, not a duration a sentence states
_LATE = re.compile(
    r"\b(?:overdue|late|outstanding|delayed|slipped|behind|open|vacant|unfilled|left)\b", re.I
)
# 'how often', 'how frequently', 'how regularly', 'how many times a year', 'at what
# frequency / interval', 'what is the frequency of'
_ASKS_FREQUENCY = re.compile(
    r"\bhow\s+(?:often|frequently|regularly)\b|"
    r"\bhow\s+many\s+times\s+(?:a|an|per|each|every|in\s+a)\s+\w+|"
    r"\b(?:at|with|on)\s+what\s+(?:frequency|interval|intervals|cycle)\b|"
    r"\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:frequency|interval|cycle)\b",
    re.I,
)
# 'how much of the X …', 'what share / fraction / part / portion of …', 'what proportion of'
# is the percentage kind already
_ASKS_PROPORTION = re.compile(
    r"\bhow\s+much\s+of\s+(?:the|its|their|this|that|these|those|our|his|her)\b|"
    r"\b(?:what|which)\s+(?:share|fraction|part|portion)\s+of\b",
    re.I,
)
# 'by how much did X rise?', 'how much has X fallen?', 'by what amount did X go up?'
_CHANGE_VERB = (
    r"(?:r[io]se|risen|rising|increas\w*|decreas\w*|f[ae]ll|fallen|falling|drop(?:ped)?|"
    r"gr[oe]w|grown|reduc\w*|cut|improv\w*|went\s+(?:up|down)|go(?:ne)?\s+(?:up|down)|"
    r"climb\w*|declin\w*|shr[iau]nk\w*)"
)
_ASKS_CHANGE = re.compile(
    rf"\bby\s+how\s+much\b|\bby\s+what\s+(?:amount|margin|factor|figure)\b|"
    rf"\bhow\s+much\s+{_BE_OR_DO}\s+.{{1,80}}?(?<!-)\b{_CHANGE_VERB}\b|"  # not 'high-rise'
    # the size of a gap between two figures: 'how big is the gap between sales and meters?' (not
    # of a backlog, a stock whose size a count or a sum gives)
    r"\bhow\s+(?:big|large|wide|great|bad)\s+(?:is|was|are|were|has|had)\s+(?:been\s+)?"
    r"(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:gap|shortfall|difference|discrepanc(?:y|ies)|"
    r"variance|mismatch)s?\b",
    re.I,
)

# -- how a sentence gives it --------------------------------------------------------------------
_DURATION = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:-|–|to|or)\s*{_NUMBER})?[\s-]+(?:(?:working|calendar|full)\s+)?"
    rf"{_TIME_UNIT}\b|\b(?:over|for|within|throughout)\s+(?:the\s+)?(?:(?:next|last|past|"
    r"whole|full|coming)\s+)?(?:year|month|week|decade)\b|"
    # or from when it runs: 'since its formation in 1999', 'from 2008 to 2010'
    r"\bsince\b[^.;]{0,40}?\b(?:19|20)\d\d\b|\bfrom\s+(?:\w+\s+)?(?:19|20)\d\d\s+(?:to|until)\b",
    re.I,
)
_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|bi-?annually|bi-?monthly|"
    r"half-yearly|six-monthly|termly|hourly)\b|"
    r"\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every|in\s+a)"
    r"\s+\w+|"
    r"\b(?:every|each)\s+(?:(?:two|three|four|six|twelve|\d+|other)\s+)?(?:day|week|fortnight|"
    r"month|quarter|year|term|pay\s+period|meeting|cycle)s?\b|"
    r"\bper\s+(?:day|week|month|quarter|year|annum)\b|\ban\s+annual\b|"
    r"\bat\s+(?:every|each)\s+(?:\w+\s+){0,2}?meeting\b|\bregular(?:ly)?\b",
    re.I,
)
_PERCENT = _BASE_SHAPES["percentage"].pattern
_AMOUNT = _BASE_SHAPES["amount"].pattern
# a part of a whole in words or figures: 'half', 'two thirds', '14 of 21', '22 of 30 staff'
_PART = (
    r"\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|the\s+majority|"
    r"a\s+minority|most\s+of)\b|\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d"
)
_PROPORTION = re.compile(rf"{_PERCENT}|{_PART}|{_AMOUNT}", re.I)
_CHANGE = re.compile(
    rf"{_PERCENT}|{_AMOUNT}|\b\d[\d,.]*\s+(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[a-z]{3,}",
    re.I,
)

# a number of people or posts, in figures or in words ('15 members', 'nine members', 'a dozen
# staff', 'three posts')
_HEADCOUNT = re.compile(
    rf"{_BASE_SHAPES['headcount'].pattern}|\b(?:a\s+dozen|dozens\s+of|hundreds\s+of|"
    rf"(?!an?\s|half\s){_NUMBER})"
    r"\s+(?:[\w-]+\s+)?(?:staff|posts|people|officers|employees|members|trustees|volunteers|"
    r"councillors|vacancies|heads)\b",
    re.I,
)

ANSWER_SHAPES: dict[AnswerType, re.Pattern[str]] = {
    **_BASE_SHAPES,
    "headcount": _HEADCOUNT,
    "duration": _DURATION,
    "frequency": _FREQUENCY,
    "proportion": _PROPORTION,
    "change": _CHANGE,
}
# the kinds read here: a sentence may write them without a digit ('twice a year', 'half', 'six
# months'), so its shape, not a number, is what it must hold
WRITTEN_KINDS = frozenset({"duration", "frequency", "proportion", "change"})
ANSWER_LABELS: dict[AnswerType, str] = {
    **_BASE_LABELS,
    "duration": "length of time",
    "frequency": "frequency",
    "proportion": "proportion",
    "change": "size of the change",
}


# nouns of money: 'how much income …', 'what size of investment …', 'how big a budget …'
_MONEY_NOUNS = (
    r"money|income|revenue|cash|funding|funds?|savings?|spend|budget|grant|investment|capital|"
    r"loan|bid|deficit|surplus|overspend|underspend|contract|sum|bill|payment|award|fee|fine|"
    r"compensation|subsidy|reserves?|debt|arrears"
)
# a price asked by its frame ('what is X expected to cost?', 'how much income was lost?',
# 'what size of grant …?', 'how big a budget …?')
_ASKS_PRICED = re.compile(
    r"\bhow much\b(?!\s+(?:time|progress|work|effort|of)\b).*\b(?:lost|lose|loses|losing|owed?|"
    r"owes|earn(?:s|ed)?|collect(?:s|ed)?|recover(?:s|ed)?|receiv(?:e|es|ed))\b|"
    rf"\bhow much\s+(?:[\w-]+\s+){{0,2}}?(?:{_MONEY_NOUNS})\b|"
    r"\bwhat\b.{1,200}?\b(?:expected|likely|going|set|estimated|forecast|projected|budgeted|"
    r"due|meant|planned)\s+to\s+(?:cost|save|raise|bring\s+in)\b|"
    rf"\b(?:what\s+(?:size|scale|level|value)\s+of\s+|how\s+(?:big|large)\s+(?:an?\s+|is\s+the\s+|"
    rf"was\s+the\s+|will\s+the\s+)?)(?:[\w-]+\s+){{0,2}}?(?:{_MONEY_NOUNS})\b|"
    # a size asked in money's units: 'how big was the backlog in pounds?'
    r"\b(?:how\s+(?:big|large|much)|what\s+(?:size|scale))\b[^?]{0,80}?\bin\s+(?:pounds|sterling|"
    r"£|euros|dollars|(?:cash|money|monetary|financial)\s+terms)\b",
    re.I,
)
# a name asked of a post or a person by its possessive ('what is the SIRO's name?', 'and his
# name?'), not of a body or a thing ('the committee's name')
_ASKS_POST_NAME = re.compile(
    r"\b(?!(?:committee|board|panel|group|council|authority|body|paper|report|plan|document|"
    r"project|programme|scheme|system|service|organisation|trust|company|fund|policy|review|"
    r"tool|database|unit|team|forum|action|recommendation|item|row|it|that|this)['’]s\b)"
    r"[\w-]+(?:['’]s|(?<=s)['’])\s+(?:full\s+|first\s+|actual\s+)?names?\b|"
    r"\b(?:his|her)\s+(?:full\s+)?name\b",
    re.I,
)

# someone within a body the question names ('who at Oakfield carried out the review?', 'which
# officer at the regulator …'): a person's name answers, not the body, nor a post it holds
# the row by ('who at the council owns X?' asks the owner column)
_ASKS_PERSON_AT = re.compile(
    r"\b(?:who|which\s+(?:person|individual|officer|member\s+of\s+staff|staff\s+member))\s+"
    r"(?:at|from|within)\s+(?:the\s+)?(?-i:[A-Z])"
    r"(?![^?]*\b(?:responsib|accountab|in\s+charge|owns?\b|owned|leads?\b))",
    re.I,
)


def answer_type(question: str) -> AnswerType | None:
    """The kind of value asked for: a duration, a frequency, a proportion or the size of a
    change (read here), else one of :func:`.intent.answer_type`'s kinds; None for none.

    >>> answer_type("How often does the audit committee meet?")
    'frequency'
    """
    question = wh_unclitic(question)
    if _ASKS_FREQUENCY.search(question):
        return "frequency"
    if _ASKS_DURATION.search(question) and not _LATE.search(question):
        return "duration"
    if _ASKS_CHANGE.search(question):
        return "change"
    if _ASKS_PROPORTION.search(question):
        return "proportion"
    base = _base_type(question)
    if base is None and _ASKS_PRICED.search(question):
        return "amount"
    if base not in ("person", "holder") and _ASKS_POST_NAME.search(question):
        return "person"
    if base is None and _ASKS_PERSON_AT.search(question):
        return "person"
    return base
