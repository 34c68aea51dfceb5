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
from assistant.analysis.patterns import FIELD_WORDS, GENERIC
from assistant.analysis.reading import Reading
from assistant.text import stem, stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

# words a header is made of that name no column alone ('Date', 'By', 'Original'): a closed
# class of prepositions and determiners; a header of them alone is never read
_FUNCTION = frozenset("a an the of by to for and or in on at as per no s".split())
# words between an asking word and the header it asks for ('what is the RAG', "what's its grade")
_BETWEEN = frozenset(
    "the a an its their his her this that s is was are were current latest".split()
)
_WH = frozenset("what whats which whose".split())
_NOUN_FORM = re.compile(r"(?:ity|ities|ship|ships|ment|ments)$")  # a noun by its ending
_POSSESSIVE = frozenset("its their his her s".split())
_OF = frozenset("of for on".split())  # 'the RAG rating for X': the header of the row named after
# the general nouns of a field ('the progress', 'its status'), which a row's words may also use
_FIELD_NOUNS = frozenset("progress status priority deadline timescale target owner".split())
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


def header_rows(
    records: list[ActionRecord], held: dict[str, dict[tuple[str, ...], FieldName]]
) -> dict[str, list[frozenset[str]]]:
    """Document id -> the stems of the descriptions (title, finding, action) of its rows that
    use a word of one of its field headers or a field's general noun ('a review of procurement
    cards' where a column is headed 'Review', 'report progress on X'): the rows such a word
    may describe rather than ask for."""
    out: dict[str, list[frozenset[str]]] = {}
    for record in records:
        words = {stem(w) for key in held.get(record.document.id, {}) for w in key}
        words |= {stem(w) for w in _FIELD_NOUNS}
        text = " ".join(v for v in (record.title, record.finding, record.action) if v)
        described = frozenset(stems(text))
        if words & described or _field_word_in(text):
            out.setdefault(record.document.id, []).append(described)
    return out


def _field_word_in(text: str) -> bool:
    """A row's description uses, as a noun, a word that also asks for a field ('accountability
    board meetings', 'no clear responsibility for …'): a question may name the row by it. Only
    a noun by its form counts: a verb or a question word ('leads', 'who') asks in a question
    far more often than it describes."""
    for pattern, _ in FIELD_WORDS:
        for found in pattern.finditer(text):
            word = _word_at(text, found.start()).lower()
            if word.isalpha() and _NOUN_FORM.search(word):
                return True
    return False


def _word_at(text: str, start: int) -> str:
    """The whole word starting at ``start`` ('accountab' -> 'accountability')."""
    found = re.match(r"[A-Za-z]+", text[start:])
    return found.group(0) if found else ""


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


def _asking(tokens: list[str], start: int, end: int) -> str | None:
    """How the header at ``tokens[start:end]`` stands: 'strong' after an asking word or a
    possessive ('what RAG rating', "what's its grade", "X's RAG"), 'weak' before 'of/for/on'
    or at the end of the question ('the RAG for X', 'and the RAG?'), else None: inside the
    noun phrase that describes a row ('the review of procurement cards is complete?')."""
    before = start - 1
    while before >= 0 and tokens[before].lower() in _BETWEEN:
        if tokens[before].lower() in _POSSESSIVE:
            return "strong"
        before -= 1
    if before >= 0 and tokens[before].lower() in _WH:
        return "strong"
    if end == len(tokens) or tokens[end].lower() in _OF:
        return "weak"
    return None


def _describes(
    tokens: list[str], start: int, end: int, rows: list[frozenset[str]], every: bool = False
) -> bool:
    """A row of ``rows`` uses the header's words with the question's words next to them ('a
    review of procurement cards' for 'the review of procurement'): the words describe it. With
    ``every``, there must be such words, and the row must use them all."""
    beside = " ".join((*tokens[max(0, start - 2) : start], *tokens[end : end + 3]))
    near = [stem(t) for t in query_terms(beside) if t not in GENERIC and t not in _WH]
    words = {stem(t) for t in tokens[start:end]}
    if every:
        return bool(near) and any(words | set(near) <= row for row in rows)
    return any(words <= row and (not near or any(n in row for n in near)) for row in rows)


def describes_row(
    text: str, span: tuple[int, int], rows: dict[str, list[frozenset[str]]], documents: list[str]
) -> bool:
    """The field word at ``span`` of ``text`` ('progress' of 'has the monthly progress report
    on leak reduction been done') is in no asking position (:func:`_asking`) and a row of
    ``documents`` (else of any paper) uses it with every content word beside it: it describes."""
    found = list(re.finditer(r"[A-Za-z]+", text))
    inside = [i for i, m in enumerate(found) if m.start() < span[1] and m.end() > span[0]]
    if not inside:
        return False
    tokens = [m.group(0) for m in found]
    start, end = inside[0], inside[-1] + 1
    if _asking(tokens, start, end) is not None:
        return False
    described = [row for doc in documents or list(rows) for row in rows.get(doc, [])]
    return _describes(tokens, start, end, described, every=True)


def headers_named(
    question: str,
    held: dict[str, dict[tuple[str, ...], FieldName]],
    documents: list[str],
    rows: dict[str, list[frozenset[str]]] | None = None,
) -> list[tuple[FieldName, str]]:
    """The fields the question names by a header of ``documents`` (else of any paper), with the
    words that named each, longest header first: 'RAG' of 'what RAG rating' -> status. A word
    right after the header that is itself a header's word ('rating' of 'Risk rating', 'status')
    is read with it: 'RAG rating' names one column.

    A header asks only where a question asks (:func:`_asking`); where it may also describe
    the row (before 'of', at the end), a row of ``rows`` (:func:`header_rows`) using its
    words with the words beside it makes it the row's description ('the review of procurement'
    where a column is headed 'Review'), not the field asked."""
    keys: dict[tuple[str, ...], set[FieldName]] = {}
    scope = documents or list(held)
    for doc in scope:
        for key, name in held.get(doc, {}).items():
            keys.setdefault(key, set()).add(name)
    described = [row for doc in scope for row in (rows or {}).get(doc, [])]
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
            asking = _asking(tokens, start, end)
            if asking is None or (asking == "weak" and _describes(tokens, start, end, described)):
                continue  # 'the review of procurement cards': the row's words, no column
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
    rows: dict[str, list[frozenset[str]]] | None = None,
) -> list[FieldName]:
    """The fields a lookup names by a paper's header ('what RAG rating', 'which grade'), the
    header's words read (they name a column, not the subject); none where other words asked
    for a field already."""
    if intent != "lookup" or asked:
        return []
    found = headers_named(reading.residual, held, documents, rows)
    for _, words in found:
        reading.consume(words)
    return list(dict.fromkeys(name for name, _ in found))
