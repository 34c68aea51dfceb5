"""A rating named with the words of the column that holds it: 'the high risk actions' where a
paper's priority column is headed 'Risk', 'a medium risk rating' under 'Risk rating', 'rated
essential' under 'Rating'. The value must be one the paper holds in that column and the words
beside it the column's own header, so 'high risk' names a rating only in a paper that rates its
rows by risk (elsewhere 'high risk' is what a row is about, and stays a subject)."""

from __future__ import annotations

import re

from assistant.analysis.names import NameIndex
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import Reading, negation_before
from assistant.text import NOT_PRIORITY


def _header_words(key: tuple[str, ...]) -> str:
    """The header's words in order, any leading part of them ('risk' of 'Risk rating')."""
    words = [re.escape(w) for w in key]
    nested = words[-1]
    for word in reversed(words[:-1]):
        nested = f"{word}(?:[- ]+{nested})?"
    return nested


def _patterns(value: str, key: tuple[str, ...]) -> list[re.Pattern[str]]:
    said = r"[- ]+".join(re.escape(w) for w in value.split())
    header = _header_words(key)
    return [
        # 'high risk', 'medium-risk', 'a high risk rating'
        re.compile(rf"\b{said}[- ]+{header}\b", re.I),
        # 'a risk rating of high', 'risk: medium', 'rating given as essential'
        re.compile(
            rf"\b{header}\s*(?::|\s(?:of|is|was|as|given\s+as|set\s+(?:at|to)))\s*(?:an?\s+)?"
            rf"{said}\b",
            re.I,
        ),
    ]


_ROWS = r"(?:ones?|recommendations?|recs?|actions?|items?|rows?|findings?|points?|areas?)"


def _bare(value: str) -> re.Pattern[str]:
    """A held rating said of the rows without its column's words: after a copula or a verb of
    rating ('are essential', 'rated desirable') or as the rows' adjective ('the essential
    ones')."""
    said = r"[- ]+".join(re.escape(w) for w in value.split())
    return re.compile(
        rf"\b(?:(?:are|is|were|was|be|being)\s+(?:not\s+)?(?:(?:rated|graded|classed)\s+(?:as\s+)?)?"
        rf"|(?:rated|graded|classed)\s+(?:as\s+)?){said}\b(?!\s+(?:to|for|that)\b)"
        rf"|\b{said}[- ]+{_ROWS}\b",
        re.I,
    )


def headed_rating(reading: Reading, name_index: NameIndex, documents: list[str]) -> str | None:
    """The priority asked by a value held with its column's header words ('High' of 'the high
    risk ones' where the papers in scope head their priority column 'Risk'), or, of a paper
    named, by the value alone ('which are essential?'); prefixed with NOT_PRIORITY when negated
    ('not high risk'); None when the question names none. The words read are consumed."""
    question = reading.plain
    found: list[tuple[str, re.Match[str]]] = []
    for doc in documents or list(name_index.header_fields):
        keys = [k for k, f in name_index.header_fields.get(doc, {}).items() if f == "priority"]
        for key in keys:
            for value in sorted(name_index.priority_values.get(doc, ())):
                match = next((m for p in _patterns(value, key) if (m := p.search(question))), None)
                if match:
                    found.append((value, match))
    if not found and documents:  # 'which are essential?', 'the desirable ones' of a paper named
        found = [
            (value, match)
            for doc in documents
            for value in sorted(name_index.priority_values.get(doc, ()))
            if (match := _bare(value).search(question))
        ]
    values = list(dict.fromkeys(v.lower() for v, _ in found))
    if len(values) != 1:
        return None  # none, or two values read: not one rating asked this way
    value, match = found[0]
    reading.consume(match.group(0))
    negated = negation_before(question, match.start()) or excluding_cue(question, match.start())
    negated = negated or (" not " if re.search(r"\bnot\b", match.group(0), re.I) else None)
    if negated:
        reading.consume(negated)
        return f"{NOT_PRIORITY}{value}"
    return value
