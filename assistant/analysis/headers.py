"""A paper's own column headers, read as the fields they hold: 'RAG' holds a status, 'Risk
rating' and 'Grade' a priority, 'Accountable manager' an owner. A question naming a header of
the papers in scope ('what RAG rating does X carry', 'what grading was Y given') asks for that
field, whatever general words the analyser knows for it.

Which field a header holds is read from the register, not from its words: the header whose
cells carry, row by row, the value ingest read as the status (or owner, due date, priority,
progress) holds that field."""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from assistant.analysis.model import FieldName, Intent
from assistant.analysis.patterns import FIELD_WORDS
from assistant.analysis.reading import Reading
from assistant.text import stem
from ingest.model import ActionRecord

# words a header is made of that name no column alone ('Date', 'By', 'Original'): a closed
# class of prepositions and determiners; a header of them alone is never read
_FUNCTION = frozenset("a an the of by to for and or in on at as per no s".split())
_SHARE = 0.8  # a header holds a field when its cells carry that value in this share of rows
_MAX_WORDS = 3


def header_fields(records: list[ActionRecord]) -> dict[str, dict[tuple[str, ...], FieldName]]:
    """Document id -> the stems of each column header that holds one field -> that field."""
    held: dict[tuple[str, str], Counter[str]] = {}
    rows: Counter[tuple[str, str]] = Counter()
    for record in records:
        fields: dict[FieldName, str | None] = {  # progress is what passages give anyway
            "status": record.status_text,
            "owner": record.owner,
            "due": record.due_text,
            "priority": record.priority,
        }
        for header, cell in record.columns.items():
            if not cell or not cell.strip():
                continue
            key = (record.document.id, header)
            rows[key] += 1
            counts = held.setdefault(key, Counter())
            for name, value in fields.items():
                if value and value.strip() == cell.strip():
                    counts[name] += 1
    out: dict[str, dict[tuple[str, ...], FieldName]] = {}
    for (doc, header), counts in held.items():
        top = counts.most_common(2)
        if not top or top[0][1] < _SHARE * rows[(doc, header)]:
            continue
        if len(top) > 1 and top[1][1] >= 0.5 * rows[(doc, header)]:
            continue  # 'Date' holding both the due date and the status: no one field
        if any(pattern.search(header) for pattern, _ in FIELD_WORDS):
            continue  # 'Deadline', 'Lead': the general words for the field read it already
        words = header_key(header)
        if words and len(words) <= _MAX_WORDS:
            out.setdefault(doc, {})[words] = cast(FieldName, top[0][0])
    return out


def header_key(text: str) -> tuple[str, ...]:
    """A header's words in lower case, function words left out ('Resp. officer' -> resp,
    officer)."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    if all(w in _FUNCTION for w in words):
        return ()
    return tuple(w for w in words if w not in _FUNCTION)


def _same_word(asked: str, header: str) -> bool:
    """A question's word is a header's word in another form ('grading' of 'Grade', 'ratings'
    of 'rating'): one stem, and no longer by more than an ending ('response' is no
    'Responsibility')."""
    return stem(asked) == stem(header) and abs(len(asked) - len(header)) <= 3


def headers_named(
    question: str,
    held: dict[str, dict[tuple[str, ...], FieldName]],
    documents: list[str],
) -> list[tuple[FieldName, str]]:
    """The fields the question names by a header of ``documents`` (else of any paper), with the
    words that named each, longest header first: 'RAG' of 'what RAG rating' -> status. A word
    right after the header that is itself a header's word ('rating' of 'Risk rating', 'status')
    is read with it: 'RAG rating' names one column."""
    keys: dict[tuple[str, ...], set[FieldName]] = {}
    for doc in documents or list(held):
        for key, name in held.get(doc, {}).items():
            keys.setdefault(key, set()).add(name)
    header_words = {w for doc in held.values() for key in doc for w in key}
    tokens = [m.group(0) for m in re.finditer(r"[A-Za-z]+", question)]
    found: list[tuple[FieldName, str]] = []
    used = [False] * len(tokens)
    for key in sorted(keys, key=len, reverse=True):
        if len(keys[key]) != 1:
            continue  # a header two papers use for different fields names neither
        size = len(key)
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            if not all(_same_word(w.lower(), h) for w, h in zip(window, key, strict=True)) or any(
                used[start : start + size]
            ):
                continue
            end = start + size
            if (
                end < len(tokens)
                and not used[end]
                and any(_same_word(tokens[end].lower(), h) for h in header_words)
            ):
                end += 1  # 'RAG rating', 'RAG status'
            for i in range(start, end):
                used[i] = True
            found.append((next(iter(keys[key])), " ".join(tokens[start:end])))
            break
    return found


def fields_by_header(
    reading: Reading,
    intent: Intent,
    held: dict[str, dict[tuple[str, ...], FieldName]],
    documents: list[str],
    asked: list[FieldName],
) -> list[FieldName]:
    """The fields a lookup names by a paper's header ('what RAG rating', 'which grade'), the
    header's words read (they name a column, not the subject); none where other words asked
    for a field already."""
    if intent != "lookup" or asked:
        return []
    found = headers_named(reading.residual, held, documents)
    for _, words in found:
        reading.consume(words)
    return list(dict.fromkeys(name for name, _ in found))
