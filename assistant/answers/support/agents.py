"""Who a question says acted on a record ('what did the Treasurer do about X?', 'how has X been
handled by the Director of Y?'), checked against the owner the record names.

The agent is a party the register knows (a part of any record's owner cell, 'Director of
Finance Services' of 'Director of Business Performance/Director of Finance Services') or a
role title written in capitals ('the Head of Estates'), standing as the grammatical subject of
the question's verb (right after its auxiliary) or as the agent of a passive ('… done by X').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from assistant.analysis import QueryAnalysis, unquoted
from assistant.text import stem, stems

# an owner cell names one or more parties: 'ACPRS/ Head of Best Value group'
_PARTS = re.compile(r"\s*[/;]\s*|\s*,\s+")
_AUX = r"(?:did|does|do|has|have|had|is|are|was|were|will|would|should|could|can|might)"
# the question's opening up to the subject: 'what did', 'how far has', 'why was', 'in what way did'
_BEFORE_SUBJECT = re.compile(
    rf"(?:^|[,;:—–]\s*)(?:(?:what|how|why|when|where|which|whom?|in what way|to what extent)\b"
    rf"[\w\s]{{0,20}}?\s)?{_AUX}\s+(?:the\s+)?$",
    re.I,
)
# the agent of a passive: '… done by', '… been delivered by', 'handled by'
_BEFORE_AGENT = re.compile(r"\b(?:done|\w+(?:ed|en|ne|wn|lt|nt))\s+by\s+(?:the\s+)?$", re.I)
# a role title written in capitals: 'Head of Estates', 'Chief Finance Officer, MOPAC'
_ROLE = re.compile(
    r"\b(?:(?:Assistant|Deputy|Executive)\s+)?(?:Director|Head|Chief(?:\s+[A-Z]\w+)*\s+Officer|"
    r"Chief Executive|Treasurer|Commissioner|Clerk|Chair(?:man|woman)?|Secretary|Manager)"
    r"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w&'-]*)+(?:\s+(?:and|&)\s+[A-Z][\w&'-]*)*)?"
)
_GRAMMAR = frozenset("the of for and a an in on at by to with".split())


def owner_parties(owners: Iterable[str | None]) -> list[str]:
    """Each party named in the owner cells (a cell may name several), longest first."""
    parties: set[str] = set()
    for owner in owners:
        if not owner:
            continue
        for part in [owner, *_PARTS.split(owner)]:
            part = part.strip(" .")
            if re.search(r"[A-Za-z]{2,}", part) and part.lower() not in ("various", "all", "tba"):
                parties.add(part)
    return sorted(parties, key=lambda p: (-len(p), p))


# the parties of the register last asked for, with the object they were read from (one
# generation of the register is never changed, so its parties are read once)
_PARTIES: list[tuple[object, list[str]]] = []


def register_parties(loaded: object, owners: Callable[[], Iterable[str | None]]) -> list[str]:
    """:func:`owner_parties` of one register generation (``loaded``), read once for it."""
    if _PARTIES and _PARTIES[0][0] is loaded:
        return _PARTIES[0][1]
    parties = owner_parties(owners())
    _PARTIES[:] = [(loaded, parties)]
    return parties


@functools.lru_cache(maxsize=65536)
def _first_word(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return words[0] if words else ""


def named_agent(question: str, parties: list[str]) -> str | None:
    """The party (as the question writes it) the question makes the doer of its verb: the
    subject right after the auxiliary ('what did <the Treasurer> do …'), or the agent of a
    passive ('… been done by <the MPA>'); None when it names none that way."""
    text = unquoted(question)
    found: list[tuple[int, int]] = []
    words = set(re.findall(r"\w+", text.lower()))
    for party in parties:
        if _first_word(party) not in words:  # a party's first word is a word of the text
            continue
        pattern = re.compile(rf"(?<![\w/]){re.escape(party)}(?![\w/])", re.I)
        found += [(m.start(), m.end()) for m in pattern.finditer(text)]
    found += [(m.start(), m.end()) for m in _ROLE.finditer(text)]
    for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
        before, after = text[:start], text[end:]
        if re.match(r"\s*'s\b|\s*(?:and|or|&|/)\s", after):  # a possessive, or one of several
            continue
        if _BEFORE_SUBJECT.search(before) or _BEFORE_AGENT.search(before):
            article = re.search(r"\bthe\s+$", before, re.I)  # 'the Treasurer', as written
            return text[start - (len(article.group(0)) if article else 0) : end]
    return None


def content_words(phrase: str) -> list[str]:
    """The words of a name that tell it apart ('Director', 'Finance', 'Services')."""
    return [w for w in re.findall(r"[A-Za-z]{2,}", phrase) if w.lower() not in _GRAMMAR]


def names_other(agent: str, owner: str) -> bool:
    """Whether the owner cell names someone other than ``agent``: some content word of the
    agent is in no party of the cell ('Treasurer' against 'MPA'; 'Director of Finance
    Services' is borne out by 'Director of Business Performance/Director of Finance
    Services')."""
    words = {stem(w.lower()) for w in content_words(agent)}
    if not words:
        return False
    return not any(words <= stems(part) for part in [owner, *_PARTS.split(owner)])


def without_agent(q: QueryAnalysis, agent: str) -> QueryAnalysis:
    """The question with the agent's words taken out of its terms and text: what is left
    describes the thing acted on."""
    gone = {w.lower() for w in content_words(agent)}
    question = re.sub(re.escape(agent), " ", q.question, flags=re.I)
    return q.model_copy(
        update={
            "question": question,
            "standalone": None,
            "terms": [t for t in q.terms if t not in gone],
            "subject_terms": [t for t in q.subject_terms if t not in gone],
            "owner": None,
        }
    )
