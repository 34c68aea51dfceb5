"""A follow-up that moves the conversation to another paper and keeps its topic ('and in the
2017 report?', 'what about the PURE plan?' after 'when is the partnership action in the
2007/08 plan due?'): a record of the old paper is no record of the new one, so the record the
last question was asked of is put back into the user's own words for it (the subject of the
last question the user asked in words of their own), asked in the new paper."""

from __future__ import annotations

import re

from assistant.antecedents import PAPER_NP, Previous

# words that point back rather than name: a focus holding one is no topic of the user's own
_POINTING = re.compile(r"\b(?:it|its|that|this|these|those|they|them|their|one|ones|there)\b", re.I)
# the paper a focus was asked in: 'partnership governance in the 2007/08 plan' -> the topic
_IN_PAPER = re.compile(r"\s+(?:in|of|from|under)\s+(?:the|this|that|its)\s.*$", re.I)
EARLIER_TURNS = 3  # how far back the user's own words for the topic are looked for


def own_topic(previous: Previous | None) -> str | None:
    """The user's own words for what the conversation is about: the focus of the nearest turn
    whose subject named something rather than pointing back, without the paper it named."""
    turn = previous
    for _ in range(EARLIER_TURNS):
        if turn is None:
            return None
        focus = turn.focus.strip()
        if focus and not _POINTING.search(focus) and not PAPER_NP.fullmatch(focus):
            topic = _IN_PAPER.sub("", focus).strip(" ,")
            if topic and not PAPER_NP.fullmatch(topic):
                return topic
        turn = turn.before
    return None


def asked_in_paper(paper: str, previous: Previous | None) -> str | None:
    """The last question asked again in ``paper`` (a noun phrase naming another paper), with
    the record it named by ref replaced by the user's own words for it: 'when's item 3 in the
    2007/08 plan due now' + 'the 2017 report' -> 'when's partnership governance in the 2017
    report due now?'. None when the last question named no record, or no own words are
    found for it, or the paper is not a paper noun phrase."""
    if previous is None or not previous.names or not PAPER_NP.fullmatch(paper.strip()):
        return None
    last = previous.standalone.rstrip(" ?.")
    named = [name for name in previous.names if name and name in last]
    topic = own_topic(previous)
    if len(named) != 1 or topic is None:
        return None
    asked = last.replace(named[0], f"{topic} in {paper.strip()}", 1)
    return f"{asked}?"


# 'and in the 2017 report?', 'what about the PURE plan?', 'and according to the audit letter?':
# a paper named, and nothing asked of it
_BARE_PAPER = re.compile(
    r"^(?:(?:and|or|but|so|then|now|ok|okay)[\s,]+)*(?:(?:what|how)\s+about\s+)?"
    r"(?:(?:in|by|from|under|within|for|according\s+to)\s+)?"
    r"(?P<paper>(?:the|that|this|its)\s[^?,;:–—]{2,80}?)\s*[?.!]*$",
    re.I,
)


def bare_paper(question: str) -> str | None:
    """The paper a follow-up names when it names a paper and asks nothing of it."""
    found = _BARE_PAPER.match(question.strip())
    if found is None or not PAPER_NP.fullmatch(found.group("paper")):
        return None
    return found.group("paper")
