"""A follow-up that moves the conversation to another paper and keeps its topic ('and in the
2017 report?', 'what about the PURE plan?' after 'when is the partnership action in the
2007/08 plan due?'): a record of the old paper is no record of the new one, so the record the
last question was asked of is put back into the user's own words for it (the subject of the
last question the user asked in words of their own), asked in the new paper."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.model import Answer
from assistant.antecedents import PAPER_NP, Previous
from assistant.followup_forms import RECORD_NOUNS, refs_in, singular_noun
from assistant.text import NOT_IT_ACRONYM
from ingest.errors import GovragError
from ingest.wordlist import is_common_word
from vectorstore.bm25 import STOPWORDS

# words that point back rather than name: a focus holding one is no topic of the user's own
_POINTING = re.compile(
    rf"\b{NOT_IT_ACRONYM}(?:it|its|that|this|these|those|they|them|their|one|ones|there)\b",
    re.I,
)
# the paper a focus was asked in: 'partnership governance in the 2007/08 plan' -> the topic
_IN_PAPER = re.compile(r"\s+(?:in|of|from|under)\s+(?:the|this|that|its)\s.*$", re.I)
Filters = dict[str, object] | None
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


def asked_or_told(
    question: str, previous: Previous | None, ask: Callable[[str, Filters], Answer]
) -> str | None:
    """'and in the 2017 report?' asked after a question about one row: the last question asked
    again in that paper (:func:`asked_in_paper`), unless that paper's row on the topic lacks
    the value asked (the record then refuses it as not given): what that paper says about the
    topic is asked instead, so the turn shows the row it re-found rather than a refusal."""
    paper = bare_paper(question)
    moved = asked_in_paper(paper or "", previous)
    topic = own_topic(previous)
    if moved is None or paper is None or topic is None:
        return moved
    try:
        refused = ask(moved, None).abstention == "value_not_given"
    except GovragError:
        return moved
    return f"What does {paper.strip()} say about {topic}?" if refused else moved


# a noun for what a row is about, not for the row: 'that issue', 'this area of work', 'the same
# problem' (a row of one paper is no row of another; its topic may be in both)
TOPIC_NP = re.compile(
    r"\b(?P<np>(?:that|this|the\s+same|that\s+same)\s+(?:issue|topic|subject|problem|matter|"
    r"theme|concern|weakness|risk|area(?:\s+of\s+(?:work|concern|weakness))?))\b|"
    # 'say anything about it too?': a pronoun object of what a paper says, no paper itself
    r"\b(?:say|says|said|anything|something|much|more)\s+(?:about|on|regarding|concerning)\s+"
    r"(?P<pro>it|that|this)\b(?!\s+(?:report|plan|paper|document|log|statement)s?\b)",
    re.I,
)


def names_topic(question: str) -> bool:
    """Whether ``question`` speaks of the conversation's topic by a noun for it ('the same
    topic', 'that issue'): it is read against the turns before."""
    return TOPIC_NP.search(question) is not None


def topic_in_paper(question: str, previous: Previous | None, held: str | None = None) -> str | None:
    """'was that issue still open in the 2024 report?' when the rows in focus are of another
    paper: the topic noun phrase put as the user's own words for what the conversation is
    about ('was the arboretum survey still open in the 2024 report?'): ``held``, the words of
    the earlier turns the named paper holds (:func:`assistant.paper_topic.held_topic`), else
    the last turn's own subject. None when the question has no such phrase or no own words
    are found."""
    found = TOPIC_NP.search(question)
    topic = held or own_topic(previous)
    if found is None or topic is None:
        return None
    part = "np" if found.group("np") else "pro"
    return question[: found.start(part)] + topic + question[found.end(part) :]


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


# 'and Kingsford?', 'what about the Fenmarsh council?', 'and for Thornbury Wold?': a name
# and nothing asked of it (what it names is read by the analyser, not by this pattern)
_BARE_NAME = re.compile(
    r"^(?:(?:and|or|but|so|then|now|ok|okay)[\s,]+)*(?:(?:what|how)\s+about\s+)?"
    r"(?:(?:in|at|for|from|by|with|under|within)\s+)?"
    r"(?P<name>[^?,;:–—]{2,60}?)\s*[?.!]*$",
    re.I,
)
# a run of capitalised words, as a body's name is written ('North Fells', 'Mercia Vale')
_PROPER_RUN = re.compile(r"[A-Z][\w&-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w&-]*)*")
MAX_NAME_WORDS = 6


def named_only(question: str, analyse: Callable[[str], QueryAnalysis]) -> str | None:
    """The name of a paper or body a follow-up gives when it gives nothing else ('and
    Kingsford Magna?'): the words after the opener, when the analyser reads them as naming a
    paper and as asking nothing (no terms, owner or refs of their own). None otherwise."""
    found = _BARE_NAME.match(question.strip())
    if found is None or len(found.group("name").split()) > MAX_NAME_WORDS:
        return None
    name = found.group("name").strip()
    if not re.search(r"[A-Z]", name):
        return None  # 'and the lift action?': a subject, not a name
    asked = analyse(name)
    if not asked.documents or asked.terms or asked.subject_terms or asked.owner or asked.refs:
        return None
    return name


def in_other_body(
    question: str, previous: Previous | None, analyse: Callable[[str], QueryAnalysis]
) -> str | None:
    """'Does North Fells have any action not yet started?' then 'and Kingsford Magna?': the last
    question asked again with the name of its paper's body replaced by the new one. The old
    name is the run of capitalised words of the last question that the analyser reads as
    naming one of the papers the last answer came from. None when the follow-up is not a bare
    name of another paper, the last question named its paper in no such run, or the analyser
    refuses a part."""
    try:
        return _in_other_body(question, previous, analyse)
    except GovragError:
        return None


def _in_other_body(
    question: str, previous: Previous | None, analyse: Callable[[str], QueryAnalysis]
) -> str | None:
    if previous is None:
        return None
    name = named_only(question, analyse)
    if name is None:
        return None
    old = {r.document.id for r in previous.records} or set(previous.document_ids)
    new = set(analyse(name).documents)
    if not old or new & old:
        return None
    last = previous.standalone.rstrip(" ?.")
    if refs_in(last):
        return None  # a record of the old paper is no record of the new one
    for run in _PROPER_RUN.finditer(last):
        words = run.group(0).split()
        if run.start() == 0 and len(words) > 1 and is_common_word(words[0]):
            words = words[1:]  # 'Does North Fells': capitalised as the sentence's first word
        span = " ".join(words)
        if not set(analyse(span).documents) & old:
            continue
        at = run.start() + run.group(0).index(span)
        end = at + len(span)
        while True:  # 'Oakhurst parish': a word after the name naming the old body's kind too
            after = re.match(r"\s+([a-z]+)\b", last[end:])
            if after is None or after.group(1) in STOPWORDS:
                break
            if singular_noun(after.group(1)) in RECORD_NOUNS:
                break
            longer = analyse(last[at : end + after.end()])
            if longer.terms or not set(longer.documents) & old:
                break
            end += after.end()
        head = last[:at]
        if re.search(r"\bthe\s+$", head, re.I) and re.match(r"the\s", name, re.I):
            name = name[4:]  # 'in the Kingsford report' + 'the Fenmarsh council'
        return f"{head}{name}{last[end:]}?"
    return None
