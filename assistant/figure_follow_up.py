"""A follow-up known by its form whatever its length ('the one due in May?', 'and by the 2017
report?', more rows like the last ones), and the short figure question it may be: 'how many
were developed?' after passages, asked of the subject of that turn."""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import DOCUMENT_NOUNS, PICK, RECORD_NOUNS, refs_in, singular_noun
from assistant.more_rows import SIMILAR_ROW, asks_more
from assistant.referring import SINGULAR, refer
from assistant.state_described import DESCRIBED_STATE

# 'and by the 2017 report?': the last question, asked of another paper
AND_BY_PAPER = re.compile(
    r"^(?:and|or|but|what\s+about|how\s+about)\s+(?:by|from|according\s+to|under|within)\s+"
    r"((?:the|a|its|their)\s+[^?]{2,80}?)\s*\??$",
    re.I,
)
# a figure asked with no subject of its own: 'how many were developed?', 'over how many years?',
# 'what percentage by March?', 'how many indicators?'
_FIGURE_ASK = re.compile(
    r"^(?:(?:and|so|but|then|ok|okay)[\s,]+)?(?P<pre>(?:over|for|in|by|after|within|across)\s+)?"
    r"(?P<wh>how\s+(?:many|much|long|often)|what\s+(?:share|proportion|percentage|number|"
    r"amount|figure))\b\s*(?P<rest>.*?)\s*[?.!]*$",
    re.I,
)
_AUX_OR_PREP = re.compile(
    r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|been|be|"
    r"by|in|on|at|over|since|until|before|after|during|within|so|then|now|yet|this|last|"
    r"next|altogether|overall|there)\b",
    re.I,
)
_OWN_SUBJECT = re.compile(
    r"(?:is|are|was|were|has|have|had|does|do|did|will)\s+(?:the|a|an|this|that|its|their|"
    r"these|those)\s",
    re.I,
)
FIGURE_WORDS = 7  # a figure question this short, after passages, asks of their subject


def follows_by_form(question: str) -> bool:
    """Whether ``question`` reads as a follow-up by its form whatever its length: a pick out of
    a list, a short figure question, more rows like the last ones, the same asked of another
    paper ('and by the 2017 report?')."""
    q = question.strip()
    return bool(
        PICK.match(q)
        or asks_figure(q)
        or asks_more(q)
        or AND_BY_PAPER.match(q)
        or SIMILAR_ROW.search(q)
        or DESCRIBED_STATE.search(q)
    )


def asks_figure(question: str) -> bool:
    """Whether ``question`` is a short figure question that may ask of the last passages."""
    return len(question.split()) <= FIGURE_WORDS and _FIGURE_ASK.match(question.strip()) is not None


def figure_of_passage(question: str, previous: Previous | None) -> str | None:
    """'how many were developed?' after an answer that quoted passages about corporate health
    indicators: the figure asked of the user's own subject of that turn ('How many corporate
    health indicators in the 2008 plan were developed?'), so the passages that answered it
    (and the number in them) are found again; a noun the question brings ('how many
    indicators?') stands in the subject's place when the subject holds it, else the subject
    is added after it. None unless the question is a short figure question with no ref."""
    if previous is None or not previous.focus or (previous.records and not previous.quoted):
        return None
    found = _FIGURE_ASK.match(question.strip())
    if found is None or len(question.split()) > FIGURE_WORDS or refs_in(question):
        return None
    rest = found.group("rest")
    if re.match(r"of\s+(?:it|that|this|those|these|them)\b", rest, re.I):
        return None  # 'how much of that …': a share (see followups._SHARE_OF)
    head = f"{found.group('pre') or ''}{found.group('wh')}"
    head = head[:1].upper() + head[1:]
    focus = previous.focus
    if found.group("wh").lower().startswith("what"):
        focus = f"of {focus}"  # 'what percentage of …'
    if _OWN_SUBJECT.match(rest):
        return None  # 'how long is the plan?': a subject of its own
    if SINGULAR.search(rest):  # 'how much is it expected to cost?': the subject in its place
        return f"{head} {SINGULAR.sub(lambda m: refer(m, previous.focus), rest, count=1)}?"
    if not rest or _AUX_OR_PREP.match(rest):
        return f"{head} {focus} {rest}".rstrip() + "?"
    words = rest.split()
    noun = singular_noun(words[0].lower())
    if noun in RECORD_NOUNS | DOCUMENT_NOUNS and noun[:5] not in focus.lower():
        return None  # 'how many recommendations …?': the register's rows, a question of its own
    if noun and noun[:5] in {singular_noun(w.lower())[:5] for w in re.findall(r"[A-Za-z]+", focus)}:
        return f"{head} {focus} {' '.join(words[1:])}".rstrip() + "?"
    return f"{head} {rest} for {focus}?"
