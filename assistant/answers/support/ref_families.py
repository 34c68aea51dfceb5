"""A review, workstream or theme a question names, linked to the ref families of the rows
(:mod:`assistant.analysis.ref_codes`): 'the cyber security review' -> the rows with CYB in their
refs. The question's words that make up the name (the linked word and its neighbours among the
subject words) narrow nothing further."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.ref_codes import code_families, linked_words, words_of
from assistant.answers.context import AnswerContext
from assistant.answers.support.topics import on_topic, topic_weights
from assistant.register import Positions
from assistant.text import stem


@dataclass(frozen=True)
class FamilyScope:
    positions: Positions  # the rows of the linked families
    codes: list[str]  # the codes linked ('CYB')
    name_words: list[str]  # the subject words that make up the name, as stems
    name: str  # those words as the question writes them ('cyber security review')


@dataclass(frozen=True)
class RefFamilies:
    """Every paper's ref families, read once a generation: the papers in register order, the
    paper of each row (its index in ``documents``), and per paper, code -> its rows."""

    documents: list[str]
    document_of: Positions  # per register position
    codes: list[dict[str, Positions]]  # per paper: code -> the positions holding it, ascending


def ref_families(context: AnswerContext) -> RefFamilies:
    """The register's ref families (:func:`code_families`), kept per generation."""
    register = context.register

    def build() -> RefFamilies:
        loaded = register.loaded()
        documents = list(dict.fromkeys(r.document.id for r in loaded.records))
        number = {d: n for n, d in enumerate(documents)}
        every = code_families(loaded.records)
        return RefFamilies(
            documents,
            np.array([number[r.document.id] for r in loaded.records], dtype=np.int32),
            [
                {code: loaded.positions_of(rows) for code, rows in every.get(d, {}).items()}
                for d in documents
            ],
        )

    return register.memo("ref-code-families", build)


def family_scope(
    q: QueryAnalysis, topic: list[str], matched: Positions, context: AnswerContext
) -> FamilyScope | None:
    """The rows of ``matched`` in the ref families (of their papers, read over all their rows)
    the question's subject words name; None when no family is named or holds none of them, or
    some row saying the words that name a family lies outside it (the text decides then)."""
    if not topic or not len(matched):
        return None
    families = ref_families(context)
    words = words_of(q.question)
    subject = {stem(t.lower()) for t in topic}
    in_scope = np.zeros(len(families.document_of), dtype=bool)
    in_scope[matched] = True
    named: dict[str, list[int]] = {}  # code -> the question's words naming it (codes recur)
    held: list[Positions] = []
    codes: list[str] = []
    linked: set[int] = set()
    papers = families.document_of[matched]
    _, first = np.unique(papers, return_index=True)
    for paper in papers[np.sort(first)].tolist():  # the papers in the order their rows come
        for code, members in families.codes[paper].items():
            at = named.get(code)
            if at is None:
                at = [i for i in linked_words(code, words) if stem(words[i]) in subject]
                named[code] = at
            if not at:
                continue
            inside = members[in_scope[members]]
            if len(inside):
                codes.append(code)
                linked.update(at)
                held.append(inside)
    if not held:
        return None
    family = np.unique(np.concatenate(held)).astype(np.int32)
    # the rows whose text says the words that name a code: all of them must be in the family
    said = on_topic(matched, topic_weights([words[i] for i in linked], context), context)
    if not np.isin(said, family).all():
        return None
    at = _name_at(words, linked, subject)
    return FamilyScope(
        family,
        codes,
        [stem(words[i]) for i in at],
        " ".join(words[i] for i in at),
    )


def _name_at(words: list[str], linked: set[int], subject: set[str]) -> list[int]:
    """Where the name is: the linked words and the subject words next to them, in a run."""
    name = set(linked)
    for start in sorted(linked):
        for step in (-1, 1):
            i = start + step
            while 0 <= i < len(words) and stem(words[i]) in subject:
                name.add(i)
                i += step
    return sorted(name)
