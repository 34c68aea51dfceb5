"""What a list's rows must say, read from the question's form: a name written in capitals
('refer to the Harbour and Docks Plan'), matched in a row's text with '&' and 'and' alike; and
the property after 'as' in a describing phrase ('single out as a key risk' -> 'key risk')."""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.register import Positions
from assistant.text import record_text

# a run of two or more capitalised words, 'and' / '&' / 'of' / 'the' / 'for' allowed inside
_NAME = re.compile(
    r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'-]*(?:\s+(?:(?:and|&|of|the|for|on)\s+)*[A-Z][\w'-]*)+"
)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))


def normal_texts(context: AnswerContext) -> list[str]:
    """Every row's text in :func:`_normal` form, by register position, made once a register
    load (a question naming a short form reads all 100,000 rows of a large record)."""
    loaded = context.register.loaded()
    return context.register.memo(
        "normal-row-texts", lambda: [_normal(record_text(r)) for r in loaded.records]
    )


def named_mention(
    q: QueryAnalysis, matched: Positions, context: AnswerContext
) -> tuple[str, Positions] | None:
    """The rows among ``matched`` whose text writes a name the question gives in capitals and
    reads as its subject (every content word of it a topic term: not a paper's, section's or
    owner's name, which the analysis consumed); with the name. None when the question names
    none, or no row, or every row, writes it."""
    terms = set(q.terms)
    for found in _NAME.finditer(q.question):
        name = found.group(0)
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _SMALL]
        content = [w for w in words if w in terms]
        if len(content) < 2 or len(content) < len([w for w in words if len(w) > 3]) - 1:
            continue
        wanted = _normal(name)
        loaded = context.register.loaded()
        records = loaded.at(matched)
        keep = [
            p
            for p, r in zip(matched.tolist(), records, strict=True)
            if wanted in _normal(record_text(r))
        ]
        if 0 < len(keep) < len(matched):
            return name, np.array(keep, dtype=np.int32)
    return None


_SMALL = {"and", "of", "the", "for", "on"}

# a name defined with its short form: 'the Developing Resource Management (DRM) programme',
# 'Business Group Risk Co-ordinators (BGRCs)'
_ALIASED = re.compile(
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:(?:and|&|of|the|for|on|to)\s+)*[A-Z][\w'-]*)+)\s*"
    r"\((?P<short>[A-Z][A-Za-z0-9&]{1,7})\)"
)


def aliased_mention(
    q: QueryAnalysis, matched: Positions, context: AnswerContext
) -> tuple[str, Positions] | None:
    """The rows among ``matched`` that write a name the question gives with its short form
    ('the Purchase to Pay (P2P) workstream'), by either form (the short form as a word, with
    or without a plural 's'); the question's other words (its verbs: 'rely on', 'depend on')
    narrow nothing. None when it gives no such pair, or no row writes either form."""
    found = _ALIASED.search(q.question)
    if found is None:
        return None
    name, short = found["name"], found["short"].rstrip("s")
    wanted = _normal(name)
    short_word = re.compile(rf"\b{re.escape(short)}s?\b", re.I)
    normal = normal_texts(context)
    if short.isalnum():  # as a word of the normal text: 'P2P' in 'P2P-led', "P2P's"
        keep = [
            p
            for p in matched.tolist()
            if wanted in normal[p] or (short.lower() in normal[p] and short_word.search(normal[p]))
        ]
    else:  # 'A&E': the normal text spells the sign out
        records = context.register.loaded().at(matched)
        keep = [
            p
            for p, r in zip(matched.tolist(), records, strict=True)
            if wanted in normal[p] or short_word.search(record_text(r))
        ]
    if not keep:
        return None
    return f"{name} ({found['short']})", np.array(keep, dtype=np.int32)


# a describing verb's object: 'single out as a key risk', 'flag as high risk', 'describe as';
# not the 'as' of 'such as', 'as well as', 'so/as … as'
_AS = re.compile(
    r"(?<!\bsuch )(?<!\bwell )(?<!\bso )\bas\s+(?!well\b|soon\b|far\b|much\b|many\b|long\b)"
    r"(?:an?\s+|the\s+)?((?:[a-z][\w-]*\s*){1,4})",
    re.I,
)


def said_as(question: str, words: list[str]) -> list[str]:
    """Of ``words``, those after 'as' in the question ('which does the report single out as a
    key risk?' -> 'key', 'risk'): the property rows must state; the verb before it frames it.
    Empty when the question has no 'as' or none of the words follow it."""
    for found in _AS.finditer(question):  # the first 'as' after which a word of them comes
        after = set(re.findall(r"[a-z]+", found.group(1).lower()))
        kept = [w for w in words if w.lower() in after]
        if kept:
            return kept
    return []
