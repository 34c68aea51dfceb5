"""Question words that name the paper a question is scoped to ('the lighthouse commissioners'
tracker', 'the gardens' follow-up', 'the joint audit committee report'): words of its title,
its body, its file name or its masthead (the lines above its first sentence or table: the
body, the committee, the meeting). Within that paper they narrow nothing, so a list or an
overdue check does not ask its rows to hold them."""

from __future__ import annotations

import re

from assistant.analysis.short_names import masthead
from assistant.answers.context import AnswerContext
from assistant.text import stem, stems

_SENTENCE_WORDS = 8  # a line of at least these words with a sentence's stop is prose


def masthead_names(text: str) -> str:
    """The lines that head a paper's text (:func:`~assistant.analysis.short_names.masthead`)
    before its first sentence ('Body … Committee Joint Audit Committee Date of meeting …')."""
    head = []
    for line in masthead(text).splitlines():
        if len(line.split()) >= _SENTENCE_WORDS and re.search(r"[.:;!?](?:\s|$)", line):
            break
        head.append(line)
    return " ".join(head)


def names_paper(term: str, documents: list[str], context: AnswerContext) -> bool:
    """Whether ``term`` is a word the papers ``documents`` (ids) are named by."""
    return stem(term) in _paper_stems(documents, context)


def subject_words(terms: list[str], documents: list[str], context: AnswerContext) -> list[str]:
    """``terms`` less those that name the papers the question is scoped to."""
    if not documents:
        return terms
    named = _paper_stems(documents, context)
    return [t for t in terms if stem(t) not in named]


def _paper_stems(documents: list[str], context: AnswerContext) -> set[str]:
    """The stems of the words the papers ``documents`` (ids) are named by: title, body, file
    name and masthead (each paper's read once per register load)."""
    wanted = set(documents)
    known: dict[str, frozenset[str]] = context.register.memo("paper name stems", dict)
    found: set[str] = set()
    for d in context.documents:
        if d.id not in wanted:
            continue
        if d.id not in known:
            named = " ".join((d.title, d.organisation or "", d.filename.replace("_", " ")))
            head = masthead_names(context.document_text(d.id))
            known[d.id] = frozenset(stems(named) | stems(head))
        found |= known[d.id]
    return found
