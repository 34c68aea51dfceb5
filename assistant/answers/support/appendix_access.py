"""Whether a paper's attachment may be seen: the paper's own list of its appendices, first.

'Can I see the improvement plan itself?', 'is the risk register available to the public?',
'where can I read the full tracker?' ask whether a document may be read. A committee paper
answers in its list of appendices and background papers, a line that names the attachment and
often its status ('Appendix 1 – Governance Improvement Plan (Restricted)', 'Annex B – Risk
register (exempt)'). :func:`access_first` reads a wider search of the papers the question
names (or the best passages' papers), keeps the lines that list an attachment and name the
thing asked (two of the question's content words, or half of them), and puts the one sharing
most first. The ask is read by the
question's frame, the line by its own shape, never by a paper's words.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.gather import gather
from assistant.evidence import Evidence
from assistant.text import stems

WIDER = 6  # times the usual number of passages read: a list of appendices ranks low
PAPERS = 3  # best passages whose papers are read when the question names none

# the question asks whether it may read or see a document
_ASKS = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|one|you|people|the\s+public|members\s+of\s+the\s+public)\s+"
    r"(?:see|read|view|get|access|look\s+at|have\s+a\s+(?:copy|look)|obtain|download)\b|"
    r"\bwhere\s+(?:can|could)\s+(?:i|we|one|you)\s+(?:find|read|see|get|view)\b|"
    # a yes/no question only: 'when was the report published?' asks a date
    r"^\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were)\s+(?:[\w'’-]+\s+){1,6}?(?:publicly\s+|made\s+)?"
    r"(?:available|public|published|accessible|online|open)(?=\s+(?:to|for|on|online)\b|\s*[?.]|$)",
    re.I | re.M,
)
# the words of that frame, no subject a line must hold
_FRAME_WORDS = re.compile(
    r"\b(?:see|read|view|get|access|look|copy|obtain|download|find|available|public|publicly|"
    r"published|accessible|online|open|actual|itself|themselves|full|whole|people|members)\b",
    re.I,
)
# a line listing an attachment: 'Appendix 1 – …', 'Annex B: …', 'Attachment 2 - …'
_LISTED = re.compile(
    r"^\W*(?:appendix|appendices|annex|annexe|attachment|enclosure|schedule)\s+[\w.]{1,4}\s*"
    r"[-–—:]\s*\S",
    re.I,
)
_SMALL = frozenset(
    "a an the of to in on for and or is it i we me my can could may be this that what which "
    "where how there their its".split()
)


def asks_access(question: str) -> bool:
    """Whether ``question`` asks whether a document may be seen or read.

    >>> asks_access("Can I see the risk register itself?")
    True
    """
    return _ASKS.search(question) is not None


def access_words(question: str) -> set[str]:
    """The words (lower case) of ``question``'s access frame; empty when it asks none."""
    if not asks_access(question):
        return set()
    return {w.lower() for w in _FRAME_WORDS.findall(question)}


def lists_attachment(text: str) -> bool:
    """Whether ``text`` is a line listing an attachment ('Appendix 1 – Risk register')."""
    return _LISTED.search(text) is not None


def access_first(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence]
) -> list[Evidence]:
    """``evidence`` with the line listing the attachment the question asks to see first;
    unchanged when it asks no such thing or no listed attachment shares a word of it."""
    said = q.standalone or q.question
    if q.refs or not asks_access(said):  # 'can I see the progress on R5?' asks of a row
        return evidence
    content = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", said)}
    content -= _SMALL | access_words(said)
    wanted = stems(" ".join(content))
    papers = set(q.documents) or {e.document.id for e in evidence[:PAPERS]}
    wider, _ = gather(q, context, k=WIDER * context.top_k)
    shared = {
        id(e): len(wanted & stems(e.text))
        for e in [*evidence, *wider]
        if e.document.id in papers and lists_attachment(e.text)
    }
    # the line names the thing asked: two of its words, or half of them ('the plan itself')
    found = [
        e for e in [*evidence, *wider] if shared.get(id(e), 0) >= min(2, (len(wanted) + 1) // 2)
    ]
    if not found:
        return evidence
    best = max(found, key=lambda e: (shared[id(e)], -e.rank))
    best.score = max((e.score for e in evidence), default=0.0) + 0.01
    return [best, *(e for e in evidence if e is not best)]
