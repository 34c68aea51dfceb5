"""The second hop of a question taken on a row the first hop found, when the later part's own
subject is a thing that row speaks of: 'The interim scheme went in in October 08 — who owns
that recommendation, and when is the full solution meant to go live?' asks the second part of
the row whose comment says 'with the Full Solution to go live in Q2 2009', not of the record
at large. :mod:`assistant.bridging` asks it before taking a part with a subject of its own as
written.
"""

from __future__ import annotations

import re

from assistant.analysis import GENERIC
from assistant.analysis.compared_tail import PAPER_PHRASE
from assistant.antecedents import Previous
from assistant.followup_forms import refs_in
from assistant.text import record_text, stem, stems
from vectorstore.bm25 import STOPWORDS

MIN_HELD = 2  # content words of the part the row must hold
MIN_SHARE = 0.6  # of the part's content words

# a part that asks for other rows, or for rows by a word, lists: it is not about one row
_LISTS = re.compile(
    r"\b(?:other|others|else|any|all|each|every|which\s+(?:actions?|items?|rows?|"
    r"recommendations?)|how\s+many|list)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def content_stems(part: str) -> list[str]:
    """The stems of the part's own words: not function words, not the domain's generic
    ones (owner, due, status), three letters or more."""
    words = [w.lower() for w in _WORD.findall(part)]
    kept = [w for w in words if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
    return list(dict.fromkeys(stem(w) for w in kept))


def row_holding(part: str, previous: Previous | None) -> str | None:
    """``part`` asked of the first row the part before found whose text holds its own words
    (at least ``MIN_HELD`` of them and ``MIN_SHARE`` of all), named as the part before named
    it; None when the part names a ref or a paper of its own, asks for a list, or no found row
    holds its words."""
    if previous is None or not previous.records or refs_in(part) or _LISTS.search(part):
        return None
    if PAPER_PHRASE.search(part):  # 'who owns X in the 2009 plan?': asked in that paper
        return None
    own = content_stems(part)
    if len(own) < MIN_HELD:
        return None
    for index, record in enumerate(previous.records[: len(previous.names)]):
        held = stems(record_text(record))
        count = sum(1 for s in own if s in held)
        if count >= MIN_HELD and count >= MIN_SHARE * len(own):
            return f"{part.rstrip('?. ')} ({previous.names[index]})?"
    return None
