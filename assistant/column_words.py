"""The words of a record's column headers ('Cost Implications (£)' -> 'cost', 'implication'):
what a follow-up may ask of the rows in focus ('and the cost implications?'), and where a noun
phrase made only of them ends ('the current position')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.followup_forms import singular_noun
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS


def column_words(records: Sequence[ActionRecord]) -> frozenset[str]:
    """The words of the column headers of ``records`` ('Cost Implications (£)', 'Residual
    risks and remaining activity'), singular and lower-case: what a follow-up may ask of them
    ('and the cost implications?', 'the residual risk?')."""
    return frozenset(
        singular_noun(word)
        for record in records
        for header in record.columns
        for word in re.findall(r"[A-Za-z]{3,}", header)
        if word.lower() not in STOPWORDS
    )


def names_a_column(question: str, start: int, records: Sequence[ActionRecord]) -> int | None:
    """Where a noun phrase opening at ``start`` (after its determiner) ends, when every word of
    it is a word of a column header of ``records`` ('the current position', 'the cost
    implications'); None when it is not one ('the governance statement')."""
    words = column_words(records)
    end, seen = start, 0
    for match in re.finditer(r"\s*([A-Za-z][\w-]*)", question[start:]):
        if start + match.start() != end:
            break
        word = match.group(1).lower()
        if word in _NP_STOP:
            break
        if singular_noun(word) not in words:
            return None
        end, seen = start + match.end(), seen + 1
    return end if seen else None


_NP_STOP = frozenset(
    "of for on about in at by to from with and or is was are were has have had be been do does "
    "did will would can could should may might".split()
)
