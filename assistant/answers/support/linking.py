"""The question's topic terms in the spellings the record uses: a compound written closed in
the question and open in the papers ('database' / 'data base', 'data-base') or the other way,
and a name the papers define with an acronym ('the Falcon Data Unit (FDU)') asked by the form
the papers use less. Read from the index (term frequencies, the papers' own definitions), so
that coverage, the unknown-word guard and record matching compare like with like."""

from __future__ import annotations

import itertools
import re
import threading

from assistant.analysis import QueryAnalysis
from assistant.analysis.patterns import GENERIC
from assistant.analysis.periods import lone_year_read
from assistant.analysis.year_of_named import year_of_named
from assistant.answers.context import AnswerContext
from assistant.answers.support.asked_column import rated_column
from assistant.answers.support.held_priority import held_priority
from assistant.answers.support.row_period import due_of_named_row
from assistant.evidence import split_compound
from assistant.text import TermStats
from ingest.linking import acronyms_defined, words_of
from vectorstore.bm25 import STOPWORDS

_RARE = 2  # chunks: the definition's, and perhaps one more
_CACHE: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
_CACHE_LOCK = threading.Lock()


def linked(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` with its terms (and subject terms) spelt as the record spells them, and the lone
    year of a lookup that names papers read as those papers (the analysis' rule,
    :func:`~assistant.analysis.periods.lone_year_read`); ``q`` itself when nothing changes."""
    q = lone_year_read(q, context.documents)  # 'in the 2008 plan': that paper, not its deadlines
    q = year_of_named(q, context.documents)  # 'the body's 2023 tracker': that year's of its papers
    q = held_priority(q, context)  # 'the Priority 1 recommendations': a rating the papers hold
    q = rated_column(q, context)  # 'the rating of X': the column its paper grades rows by
    q = due_of_named_row(q, context)  # 'due the same month as R4': that row's month
    mapping = _compounds(q.terms, q.question, context.stats)
    mapping.update(_acronyms(q.terms, q.question, acronyms_of(context), context.stats))
    if not mapping:
        return q

    def respelt(terms: list[str]) -> list[str]:
        out: dict[str, None] = {}
        for term in terms:
            for new in mapping.get(term, [term]):
                out.setdefault(new, None)
        return list(out)

    return q.model_copy(
        update={
            "terms": respelt(q.terms),
            "subject_terms": respelt(q.subject_terms),
            "standalone": respelt_text(q.standalone or q.question, mapping),
        }
    )


def respelt_text(text: str, mapping: dict[str, list[str]]) -> str:
    """``text`` searched in the record's spelling: each word ``mapping`` respells replaced by
    its replacement ('whistleblowing' -> 'whistle blowing'; 'data base' -> 'database')."""
    out: list[str] = []
    for piece in re.split(r"([A-Za-z0-9]+)", text):
        new = mapping.get(piece.lower())
        said = " ".join(new) if new else piece
        if new and out and out[-1] == " " and len(out) >= 2 and out[-2] == said:
            out.pop()  # both words of an open compound become the one closed word
            continue
        out.append(said)
    return "".join(out)


def _compounds(terms: list[str], question: str, stats: TermStats) -> dict[str, list[str]]:
    """Term -> its replacements: two neighbouring question words the record writes as one
    ('data base' -> 'database'), and a word no chunk holds that the record writes as two
    ('database' -> 'data', 'base')."""
    mapping: dict[str, list[str]] = {}
    words = words_of(question)
    for first, second in itertools.pairwise(words):
        joined = first + second
        if first in terms and second in terms and stats.df(joined) > 0:
            mapping[first] = [joined]
            mapping[second] = [joined]
    for term in terms:
        if term in mapping or not term.isalpha() or stats.df(term) > 0:
            continue
        parts = split_compound(term, stats)
        if parts:
            mapping[term] = parts
    return mapping


def _acronyms(
    terms: list[str], question: str, acronyms: dict[str, str], stats: TermStats
) -> dict[str, list[str]]:
    """A name the papers define with an acronym, asked in the form they use less: the full
    name's words -> the acronym when the papers write the acronym more often, the acronym ->
    the full name's words when they write those more often."""
    mapping: dict[str, list[str]] = {}
    lowered = f" {' '.join(w for w in words_of(question) if w not in STOPWORDS)} "
    for acronym, full in acronyms.items():
        short = acronym.lower()
        name = [w for w in words_of(full) if w not in STOPWORDS]
        if not name or not acronym.isalnum() or short in GENERIC:
            continue  # a generic acronym ('AGS') is no subject word either way
        written_out = f" {' '.join(name)} " in lowered  # '&' or 'and', 'of' or not
        if not written_out and short not in terms:
            continue
        short_df = stats.df(short)
        name_df = min(stats.df(w) for w in name)  # at most as many chunks as write it whole
        # only a form the papers hardly write besides their definition is respelt: a name
        # written out in many places ('Internal Audit (IA)') keeps its words
        if written_out and name_df <= _RARE < short_df:
            for word in name:
                if word in terms:
                    mapping[word] = [short]
        elif short in terms and not written_out and short_df <= _RARE < name_df:
            mapping[short] = name
    return mapping


def acronyms_of(context: AnswerContext) -> dict[str, str]:
    """Every acronym the documents define ('Full Name (FN)'), read once per set of documents."""
    key = tuple(sorted((d.id, d.sha256) for d in context.documents))
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None:
        return cached
    found: dict[str, str] = {}
    for document in context.documents:
        for acronym, full in acronyms_defined(context.document_text(document.id)).items():
            found.setdefault(acronym, full)
    with _CACHE_LOCK:
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = found
    return found
