"""A state word that belongs to the question's subject rather than to the rows asked for.

'Is late banking of cash a problem at more than one body?', 'which actions deal with overdue
fire risk assessments?', 'claims that were submitted late': the state word ('late',
'overdue', 'slippage') modifies a noun of the subject, or is the complement of a verb whose
subject is not a row, and the papers write that same pairing in their rows' own text ('Car
park income is banked late', 'fire risk assessments overdue at 4 stations'). It is then part
of what the rows are about, not a filter on their deadlines. Read by role and by the data:

- the word's neighbour in the question, the nearest word on either side with only a form of
  'be' between them on the left ('assessments were overdue', 'banked late') and nothing
  between them on the right ('overdue fire', 'late banking');
- no neighbour is a row noun or a deadline word ('late actions', 'which items are overdue',
  'deadline slippage' stay filters);
- a neighbour's stem is written near the same state word in a row's finding, action or title
  (:func:`held_state_neighbours`, gathered once a register generation).

Usage::

    neighbours = held_state_neighbours(records)
    spans = subject_state_spans(question, neighbours, row_nouns)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from assistant.analysis.patterns import SLIPPED
from assistant.text import stem
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")
# how many content words either side of a state word in a row's clause count as written with it
_BEFORE, _AFTER = 5, 3
# the words between a state word and the noun or verb it completes on its left
_BE = frozenset("is are was were be been being has have had get got gets getting".split())
# the row and deadline words a state is a filter on ('late actions', 'deadline slipped')
_ROW_SIDE = (
    "action",
    "item",
    "recommendation",
    "record",
    "row",
    "entry",
    "task",
    "one",
    "point",
    "deadline",
    "date",
    "timescale",
    "target",
    "due",
    "timetable",
    "schedule",
)


def held_state_neighbours(records: Iterable[ActionRecord]) -> dict[str, frozenset[str]]:
    """State stem ('late', 'overdu', 'slippag') -> the stems of the content words the rows
    write within a clause of it in their finding, action or title."""
    found: dict[str, set[str]] = {}
    for record in records:
        for text in {record.title or "", record.finding or "", record.action or ""}:
            if not text or not SLIPPED.search(text):
                continue
            for clause in re.split(r"[.;:!?()]", text):
                words = [w for w in _TOKEN.findall(clause) if _content(w)]
                for at, word in enumerate(words):
                    if SLIPPED.fullmatch(word):
                        near = words[max(0, at - _BEFORE) : at] + words[at + 1 : at + 1 + _AFTER]
                        found.setdefault(stem(word), set()).update(stem(w) for w in near)
    return {key: frozenset(value) for key, value in found.items()}


def subject_state_spans(
    question: str, neighbours: Mapping[str, frozenset[str]], row_nouns: Iterable[str]
) -> list[tuple[int, int]]:
    """The spans of the one-word state words of ``question`` that are part of its subject
    (see the module's docstring); [] when every state word is a filter."""
    if not neighbours:
        return []
    rows = (*_ROW_SIDE, *row_nouns)
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(question)]
    spans: list[tuple[int, int]] = []
    for found in SLIPPED.finditer(question):
        word = found.group(0)
        held = neighbours.get(stem(word))
        if held is None or " " in word:
            continue
        at = next((i for i, t in enumerate(tokens) if t[1] == found.start()), None)
        if at is None:
            continue
        near = _neighbours(tokens, at, question)
        if not near or any(n.lower().startswith(rows) for n in near):
            continue  # 'late actions', 'which items are overdue': a filter on the rows
        if any(stem(n) in held for n in near):
            spans.append(found.span())
    return spans


def _neighbours(tokens: list[tuple[str, int, int]], at: int, question: str) -> list[str]:
    """The words a state word at ``at`` completes: on its left the nearest word past any form
    of 'be', on its right the words of the noun phrase it opens ('overdue fire risk
    assessments'), up to a function word or a mark."""
    near: list[str] = []
    left = at - 1
    while left >= 0 and tokens[left][0].lower() in _BE:
        left -= 1
    if left >= 0 and _content(tokens[left][0]):
        between = question[tokens[left][2] : tokens[at][1]]
        if not re.search(r"[,;:.?!()]", between):
            near.append(tokens[left][0])
    end = tokens[at][2]
    for word, start, stop in tokens[at + 1 : at + 4]:  # the noun phrase it opens
        if question[end:start].strip() or not _content(word):
            break
        near.append(word)
        end = stop
    return near


def _content(word: str) -> bool:
    """Whether ``word`` is a content word (no stopword), as search reads it."""
    return bool(query_terms(word))


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked out, its length kept."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def blank_words(text: str, words: Iterable[str]) -> str:
    """``text`` with each whole word of ``words`` blanked out (the subject's state words a
    composer must not read as a state), its length kept."""
    for word in words:
        text = re.sub(rf"\b{re.escape(word)}\b", lambda m: " " * len(m.group(0)), text, flags=re.I)
    return text
