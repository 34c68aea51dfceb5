"""A side of a comparison that names a paper by what the paper is, not by its title: its body
and its committee ('Heronsgate's Audit and Risk Committee', 'the North Tyneford tracker',
'Calderport's paper'). Each paper is known by the words of its title, of its body and of the
committee and body its cover names (:func:`~assistant.answers.support.cover_fields.
cover_facts`), read once a generation; a side stands for a paper when every word it holds is
one of those (or a paper's noun, or a year), and one paper holds more of them than any other
(a year the side or question names settles a tie between one body's papers)."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.periods import all_years
from assistant.answers.context import AnswerContext
from assistant.answers.support.cover_fields import cover_facts
from ingest.model import DocumentInfo

# what any paper, or the meeting it went to, is called: no word of what the paper holds
_PAPER_WORDS = frozenset(
    "paper papers report reports document documents plan plans tracker trackers update updates "
    "log logs summary register follow-up followup version one meeting meetings committee "
    "committees board panel sitting session cover".split()
)
# a comparison's own words asking of papers or their meetings: 'which committee met earlier',
# 'whose paper is older'
_OF_PAPERS = re.compile(
    r"\b(?:met|meet|meets|meeting|sat|papers?|reports?|documents?|committees?|boards?|panels?|"
    r"older|oldest|newer|newest)\b",
    re.I,
)
_STOP = frozenset("the a an of and for on in to by at s its their this that".split())


def _words(text: str) -> set[str]:
    text = re.sub(r"['’]s\b|s['’](?=\s|$)", " ", text.lower())  # 'Heronsgate's': the body
    return {w for w in re.findall(r"[a-z0-9&]+", text) if w not in _STOP}


def paper_names(context: AnswerContext) -> dict[str, frozenset[str]]:
    """Each paper's naming words, by document id: its title, its body, and the committee and
    body its cover names. Read once a generation (the covers need each paper's text)."""

    def build() -> dict[str, frozenset[str]]:
        names: dict[str, frozenset[str]] = {}
        for doc in context.documents:
            said = f"{doc.title} {doc.organisation or ''}"
            facts = cover_facts(context.document_text(doc.id))
            said += " ".join(f" {facts[f].value}" for f in ("committee", "body") if f in facts)
            names[doc.id] = frozenset(_words(said))
        return names

    return context.register.memo("paper naming words (title, body, cover)", build)


def described_paper(side: str, q: QueryAnalysis, context: AnswerContext) -> DocumentInfo | None:
    """The one paper ``side`` describes by its body, committee or title words; None when the
    side holds a word no paper is named by (it describes a row: 'the Heronsgate payroll
    action'), or no one paper is described more fully than the rest."""
    asked = all_years(side)
    plain = side
    for text, _ in asked:
        plain = plain.replace(text, " ")  # '2023/24', '2024': a year picks a paper, names none
    words = _words(plain)
    named = words - _PAPER_WORDS
    if not named:
        return None  # 'the committee', 'the later paper': no paper picked out by name
    frame = q.question
    for each in q.sides:
        frame = frame.replace(each, " ")
    if not (words & _PAPER_WORDS or _OF_PAPERS.search(frame)):
        return None  # 'the internal audit or the external review': things done, not papers
    names = paper_names(context)
    # the papers named by every word of the side that is no paper's noun; a word no one
    # paper is named by ('the Heronsgate payroll action') describes a row or an event
    scored = [
        (len(words & names[doc.id]), doc)
        for doc in context.documents
        if doc.id in names and named <= names[doc.id]
    ]
    if not scored:
        return None
    best = max(held for held, _ in scored)
    tied = [doc for held, doc in scored if held == best]
    years = {year for _, year in asked or all_years(q.question)}
    if len(tied) > 1 and len(years) == 1:  # 'in 2024': of one body's papers, that year's
        tied = [doc for doc in tied if doc.year in years]
    return tied[0] if len(tied) == 1 else None
