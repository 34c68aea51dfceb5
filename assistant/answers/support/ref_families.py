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
from ingest.model import ActionRecord


@dataclass(frozen=True)
class FamilyScope:
    positions: Positions  # the rows of the linked families
    codes: list[str]  # the codes linked ('CYB')
    name_words: list[str]  # the subject words that make up the name, as stems
    name: str  # those words as the question writes them ('cyber security review')


def family_scope(
    q: QueryAnalysis, topic: list[str], matched: Positions, context: AnswerContext
) -> FamilyScope | None:
    """The rows of ``matched`` in the ref families (of their papers, read over all their rows)
    the question's subject words name; None when no family is named or holds none of them, or
    some row saying the words that name a family lies outside it (the text decides then)."""
    if not topic or not len(matched):
        return None
    loaded = context.register.loaded()
    rows = loaded.at(matched)
    in_scope = {r.id for r in rows}
    every = context.register.memo("ref-code-families", lambda: code_families(loaded.records))
    words = words_of(q.question)
    subject = {stem(t.lower()) for t in topic}
    kept: list[ActionRecord] = []
    kept_ids: set[str] = set()
    codes: list[str] = []
    linked: set[int] = set()
    for doc in dict.fromkeys(r.document.id for r in rows):
        for code, members in every.get(doc, {}).items():
            at = [i for i in linked_words(code, words) if stem(words[i]) in subject]
            held = [r for r in members if r.id in in_scope]
            if at and held:
                codes.append(code)
                linked.update(at)
                for record in held:
                    if record.id not in kept_ids:  # by id: comparing whole rows is slow
                        kept_ids.add(record.id)
                        kept.append(record)
    if not kept:
        return None
    family = loaded.positions_of(sorted(kept, key=lambda r: loaded.position[r.id]))
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
