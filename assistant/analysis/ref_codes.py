"""The letter codes that group a paper's rows in their refs ('CHT-PAY-01', 'CHT-CYB-02': PAY and
CYB), and the question words that name one.

A code that varies between a paper's rows is a family (the review or area that raised them); the
letters every row shares (the body's own code) name none. A word names a code when the code
opens it ('cyber' -> CYB, 'payroll' -> PAY: three letters or more) or when a code of two
letters or more is the initials of consecutive words ('fleet management' -> FM)."""

from __future__ import annotations

import re
from collections import defaultdict

from ingest.model import ActionRecord

_CODE = re.compile(r"[A-Za-z]{2,}")
_MIN_PREFIX = 3  # a code opening a word: 'cyb' of 'cyber'; two letters open too many words
_WORD = re.compile(r"[A-Za-z]+")
_PREPOSITION = r"(?:about|of|on|in|at|for|to|with|from|by|into|over|under|regarding|concerning)"
# a question asking what a named group raised, with nothing after its verb: 'what did the cyber
# security review find?', 'what did the payroll review at Calderport find?' (the group is the
# verb's subject; a phrase after it may only place it, by a name, or by one read and blanked)
_WHAT_GROUP_DID = re.compile(
    rf"(?:^|[,;:]\s*)(?i:what\s+(?:else\s+)?(?:did|does|do|has|have|had))\s+"
    rf"(?P<np>(?:(?!{_PREPOSITION}\b)[\w'’-]+\s+)+?)"
    rf"(?:{_PREPOSITION}(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+\s+|{_PREPOSITION}\s{{2,}}(?:the\s+)?)?"
    r"[a-z]+\s*[?.!]?\s*$",
)


def row_codes(record: ActionRecord) -> set[str]:
    """The letter codes of the row's ref, upper case."""
    return {c.upper() for c in _CODE.findall(record.ref or "")}


def code_families(records: list[ActionRecord]) -> dict[str, dict[str, list[ActionRecord]]]:
    """Document id -> code -> the rows holding it, over codes that vary between its rows."""
    by_doc: dict[str, list[ActionRecord]] = defaultdict(list)
    for record in records:
        by_doc[record.document.id].append(record)
    found: dict[str, dict[str, list[ActionRecord]]] = {}
    for doc, rows in by_doc.items():
        codes = [row_codes(r) for r in rows]
        shared = set.intersection(*codes)
        for record, held in zip(rows, codes, strict=True):
            for code in sorted(held - shared):
                found.setdefault(doc, {}).setdefault(code, []).append(record)
    return found


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def linked_words(code: str, words: list[str]) -> list[int]:
    """The indexes of ``words`` that name ``code``: a word it opens, or words it initials."""
    lower = code.lower()
    if len(code) >= _MIN_PREFIX:
        opened = [i for i, w in enumerate(words) if len(w) > len(code) and w.startswith(lower)]
        if opened:
            return opened[:1]
        if lower in words:
            return [words.index(lower)]
    size = len(code)
    for i in range(len(words) - size + 1):
        run = words[i : i + size]
        if all(len(w) > 2 for w in run) and "".join(w[0] for w in run) == lower:
            return list(range(i, i + size))
    return []


def asks_group_raised(question: str, documents: list[str], codes: dict[str, set[str]]) -> bool:
    """Whether the question asks what a group of rows raised ('what did the cyber security
    review find?') and its subject names a ref family of the papers in scope (``codes``: doc
    id -> family codes; every paper when none is named)."""
    found = _WHAT_GROUP_DID.search(question)
    if found is None:
        return False
    words = words_of(found.group("np"))
    held = {c for d in documents or list(codes) for c in codes.get(d, ())}
    return any(linked_words(code, words) for code in held)
