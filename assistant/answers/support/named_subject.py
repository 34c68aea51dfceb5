"""A word of a paper's title that names the subject, not the paper: 'the recommendation to
include HMIC work in the plan' names a row of another paper ('HMIC work to be included in the
plan'), not the paper whose title says 'HMIC Inspection'. When no row of the paper the word
named holds the question's subject, and a row of another paper holds the subject with that
very word, the paper was never the scope: the question is asked of the whole record, so the
evidence about its subject is not refused for being outside a paper it never meant."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.evidence import term_weights
from assistant.text import record_text, stem_of, stems
from vectorstore.bm25 import STOPWORDS

# a row of the named paper holding this share of the subject's weight keeps the paper the scope
_ABOUT = 0.75
# a row of another paper holding the subject with the word holds at least half its weight,
# and clearly more of it than any row of the named paper, or more of it and the subject's
# rarest word that no row of the named paper holds
_SOME = 0.5
_CLEARLY = 1.5  # times the share of the named paper's best row
_HOW = re.compile(r"\bhow\s+([a-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'&-]+")


def subject_not_paper(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` without the papers its title words named, when those words name the subject of a
    row in another paper instead (see the module); ``q`` itself otherwise."""
    if not q.documents or q.refs or q.intent not in ("lookup", "explain"):
        return q
    names = stems(" ".join([d.title for d in context.documents if d.id in q.documents]))
    names |= stems(" ".join(filter(None, [q.section, *q.sections])))
    question = q.standalone or q.question
    terms = {stem_of(t) for t in q.terms}
    naming = {
        w.lower()
        for w in _WORD.findall(question)
        if w.lower() not in STOPWORDS and stem_of(w) not in terms and stem_of(w) in names
    }
    asked = {m.lower() for m in _HOW.findall(question)}  # 'how far': the asked kind, no subject
    named = term_weights(sorted(naming), context.stats)
    subject = [t for t in q.terms if t not in asked]
    if not named or len(subject) < 2:
        return q
    word = max(named, key=lambda t: named[t])  # the rarest word that named the paper
    # the subject as the question means it: its terms and that word
    weights = term_weights([*subject, word], context.stats)
    inside = 0.0
    outside: list[tuple[float, set[str]]] = []  # the other papers' rows holding the word
    held: set[str] = set()  # the subject's stems some row of the named paper holds
    for record in context.register.all():
        text = stems(record_text(record))
        share = sum(w for t, w in weights.items() if t in text) / sum(weights.values())
        if record.document.id in q.documents:
            inside = max(inside, share)
            held |= text & set(weights)
        elif word in text:
            outside.append((share, text))
    absent = sorted((t for t in weights if t not in held), key=lambda t: -weights[t])
    if inside >= _ABOUT or not any(
        share >= _SOME
        and (share >= inside * _CLEARLY or (absent and absent[0] in text and share > inside))
        for share, text in outside
    ):
        return q
    return q.model_copy(update={"documents": [], "section": None, "sections": []})
