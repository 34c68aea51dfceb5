"""Question words that name the paper a question is scoped to ('the lighthouse commissioners'
tracker', 'the gardens' follow-up'): words of its title, its body or its file name. Within that
paper they narrow nothing, so a list or an overdue check does not ask its rows to hold them."""

from __future__ import annotations

from assistant.answers.context import AnswerContext
from assistant.text import stem, stems


def names_paper(term: str, documents: list[str], context: AnswerContext) -> bool:
    """Whether ``term`` is a word the papers ``documents`` (ids) are named by."""
    word = stem(term)
    return any(
        word in stems(" ".join((d.title, d.organisation or "", d.filename.replace("_", " "))))
        for d in context.documents
        if d.id in documents
    )


def subject_words(terms: list[str], documents: list[str], context: AnswerContext) -> list[str]:
    """``terms`` less those that name the papers the question is scoped to."""
    return [t for t in terms if not names_paper(t, documents, context)] if documents else terms
