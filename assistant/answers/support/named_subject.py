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
# a row of another paper holding the word and more of the subject than any row of the named
# paper takes the scope away when it holds half the subject, or a word of it no row of the
# named paper holds ('the BVPP' of a plan whose rows never name it)
_SOME = 0.5
# the source of what is said: 'by X', 'from X', 'according to X', and 'X says / recommended'
_SOURCE_BEFORE = re.compile(r"\b(?:by|from|according\s+to)\s+(?:the\s+)?$", re.I)
_SAYS_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:say|said|says|recommend|recommended|recommends|find|found|finds|"
    r"report|reported|reports|conclude|concluded|concludes|state|stated|states|note|noted|notes|"
    r"identify|identified|identifies|propose|proposed|proposes|suggest|suggested|suggests)\b",
    re.I,
)
_HOW = re.compile(r"\bhow\s+([a-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'&-]+")


def _as_source(question: str, word: str) -> bool:
    """Whether the word (a stem) that named the paper stands as the source of what is asked:
    the subject of a verb of saying ('did HMIC recommend', 'HMIC found'), or after 'by',
    'from' or 'according to' ('the report by HMIC')."""
    for found in _WORD.finditer(question):
        if stem_of(found.group(0)) != word or found.group(0).lower().endswith("'s"):
            continue
        before = question[: found.start()]
        after = question[found.end() :]
        if _SOURCE_BEFORE.search(before) or _SAYS_AFTER.match(after):
            return True
    return False


def subject_not_paper(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` without the papers its title words named, when those words name the subject of a
    row in another paper instead (see the module); ``q`` itself otherwise."""
    if not q.documents or q.refs or q.intent not in ("lookup", "explain"):
        return q
    # the words the named papers are known by: their titles, the sections named, their rows
    names = stems(" ".join([d.title for d in context.documents if d.id in q.documents]))
    names |= stems(" ".join(filter(None, [q.section, *q.sections])))
    rows = [r for r in context.register.all() if r.document.id in q.documents]
    names |= {t for r in rows for t in stems(record_text(r))}
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
    # the word that named the paper: a proper name first ('HMIC'), then the rarest
    capital = {stem_of(w) for w in _WORD.findall(question) if w[:1].isupper() and w[1:2].isupper()}
    word = max(named, key=lambda t: (t in capital, named[t]))
    if _as_source(question, word):
        return q  # 'what did HMIC say about X?': the paper's body speaks, the paper is meant
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
    absent = {t for t in weights if t not in held}
    if inside >= _ABOUT or not any(
        share > inside and (share >= _SOME or absent & text) for share, text in outside
    ):
        return q
    return q.model_copy(update={"documents": [], "section": None, "sections": []})
