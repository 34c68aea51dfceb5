"""Words and sentences for answering: stems, a record's words, verbatim sentence spans, corpus
term frequencies."""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from ingest.model import ActionRecord
from vectorstore.protocols import LexicalIndex

# a priority filter's complement: 'not Medium' keeps the rows rated otherwise (written by the
# analysis, read by the register)
NOT_PRIORITY = "not "
# put before a pronoun alternation read case-blind: 'IT' or 'ITS' in capitals is information
# technology ('the IT Manager', 'ITS upgrade'), never the pronoun 'it'
NOT_IT_ACRONYM = r"(?!(?-i:ITS?\b))"
# a pronoun standing for something: the subject of a turn that is about what came before
HAS_PRONOUN = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|its|they|them|their)\b", re.I)
_STEMMER = snowballstemmer.stemmer("english")
_STEM_LOCK = threading.Lock()
_WORD = re.compile(r"[A-Za-z0-9]+")  # split as FTS5 splits: 'whistle-blowing' -> whistle, blowing
# A sentence ends at . ! ? then a space and a capital, digit, quote or bullet; or at a line break.
_BOUNDARY = re.compile(r"(?<=[a-z0-9)\]%'\"”][.!?])\s+(?=[A-Z0-9•\"'“(])|\n+")


def and_list(names: Sequence[str]) -> str:
    """Names in one phrase: 'A', 'A and B', 'A, B and C' ('' for none)."""
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


@lru_cache(maxsize=16_384)
def folded(text: str) -> str:
    """``text`` as its words in lower case, one space apart ('Met: partially!' -> 'met
    partially'): two spellings of one phrase compared."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    with _STEM_LOCK:  # snowball stemmers keep state between calls
        return str(_STEMMER.stemWord(word.lower()))


def stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text)}


def may_have_stem(lowered: str, stem_of_word: str) -> bool:
    """False only when no word of ``lowered`` (a text in lower case) can have the stem
    ``stem_of_word``: a stem of four letters or more keeps its word's first three, so a text
    lacking them is passed over without stemming its words."""
    return len(stem_of_word) < 4 or stem_of_word[:3] in lowered


def stems_among(text: str, wanted: Collection[str]) -> set[str]:
    """``stems(text) & wanted``, without stemming a text none of whose words can have one of
    the ``wanted`` stems (:func:`may_have_stem`): a question tests thousands of cells or
    passages for a few stems."""
    lowered = text.lower()
    for wanted_stem in wanted:
        if may_have_stem(lowered, wanted_stem):
            return stems(text).intersection(wanted)
    return set()


def stem_tokens(text: str) -> list[str]:
    """The stems of ``text``'s words in order (:func:`stems` as a sequence)."""
    return [stem(w) for w in _WORD.findall(text)]


@lru_cache(maxsize=16384)
def value_key(text: str) -> tuple[str, ...]:
    """The stems of a held value's letter words, in order ('Behind schedule' -> ('behind',
    'schedul')); kept per value, since every question reads every paper's values."""
    return tuple(stem(w) for w in re.findall(r"[a-z]+", text.lower()))


def stem_of(term: str) -> str:
    """The stem of a one-word term: of its first word when it splits ("body's" -> 'body'),
    the same whatever the process (the term itself if it has no word characters)."""
    return next(iter(stem_tokens(term)), term)


def as_written(cell: str | None) -> str:
    """A cell's words as the paper writes them: spaces collapsed, closing marks off."""
    return " ".join((cell or "").split()).strip(" .;:")


def status_as_written(record: ActionRecord) -> str:
    """The record's status cell as the paper writes it (:func:`as_written`). The held status
    values a question names are read, and rows filtered, in this form."""
    return as_written(record.status_text)


def degree_root(word: str) -> str:
    """An adverb or adjective of degree reduced to its root, so the forms a question and a
    paper use meet: 'partially', 'partly' and 'partial' -> 'part'; 'significantly' ->
    'significant'."""
    return re.sub(r"(?:i?al)?ly$|i?al$", "", word.lower())


def labels_degree(text: str | None, degree: str) -> bool:
    """Whether a status cell is a short label stating ``degree`` ('Recommendation met:
    partially'), not a sentence that has its root in passing ('as part of')."""
    return len((text or "").split()) <= 4 and says_degree(text or "", degree)


@lru_cache(maxsize=65536)
def says_degree(status: str, degree: str) -> bool:
    """Whether a status cell as written states ``degree`` (or one of 'a or b'), in any of its
    forms: 'Partially implemented' states 'partly'; 'Recommendation met: significantly'
    states 'significant'. Kept per cell and degree: a filter asks it of every row."""
    roots = {degree_root(w) for w in _WORD.findall(status)}
    return any(degree_root(d) in roots for d in degree.split(" or "))


def category_head(category: str) -> str | None:
    """The kind a category writes before its detail ('Must do' of 'Must do - Regulation 12:
    Safe care'): its words before a dash or a colon; None when it has no detail."""
    found = re.match(r"^\s*(\w[^-–—:]*?)\s*(?:\s[-–—]|:)\s+\S", category)
    return found.group(1) if found else None


def in_category(category: str | None, named: str) -> bool:
    """Whether a row of ``category`` is of the category ``named``: that category, or one it
    heads ('Must do' heads 'Must do - Regulation 18: Staffing')."""
    if not category:
        return False
    head = category_head(category)
    return named.lower() in (category.lower(), (head or "").lower())


def every_cell_text(record: ActionRecord) -> str:
    """Every cell of ``record`` as one text (its lead cells, progress, category and the cells
    as the paper heads them): all the row speaks of."""
    cells = (record.title, record.finding, record.action, record.progress, record.category)
    return " ".join(v for v in (*cells, *record.columns.values()) if v)


def record_text(record: ActionRecord) -> str:
    """The words a record is about: title, finding, action, progress, category and owner."""
    parts = (
        record.title,
        record.finding,
        record.action,
        record.progress,
        record.category,
        record.owner,
    )
    return " ".join(v for v in parts if v)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the sentence in the text it was split from (plus the base offset)


def split_sentences(text: str, base: int = 0) -> list[Sentence]:
    """Verbatim sentences with their offsets; bullets and short labels are their own sentences."""
    out: list[Sentence] = []
    cursor = 0
    for match in [*_BOUNDARY.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[cursor:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            if stripped.startswith(("• ", "- ")):
                stripped, lead = stripped[2:], lead + 2
            out.append(Sentence(stripped, base + cursor + lead))
        if match:
            cursor = match.end()
    return out


def verbatim_pieces(text: str, source: str, min_words: int = 3) -> list[tuple[str, int]]:
    """Cover ``text`` with its longest pieces that occur verbatim in ``source``, in order.

    A sentence the layout cut in two ('... arrangements within' / 'the authority and force.')
    comes back as its two verbatim halves, each with its offset in ``source``.
    """
    pieces: list[tuple[str, int]] = []
    words = text.split(" ")
    start = 0
    cursor = 0
    while start < len(words):
        found = None
        for end in range(len(words), start, -1):
            piece = " ".join(words[start:end]).strip()
            position = source.find(piece, cursor) if piece else -1
            if position < 0 and piece:
                position = source.find(piece)
            if piece and position >= 0:
                found = (piece, position, end)
                break
        if found is None:
            start += 1
            continue
        piece, position, end = found
        if len(piece.split()) >= min_words or end - start == len(words):
            pieces.append((piece, position))
            cursor = position + len(piece)
        start = end
    return pieces


class TermStats:
    """Document frequency of terms over chunks: the BM25 index's own counts (same stemming,
    one cache per catalog generation)."""

    def __init__(self, lexical: LexicalIndex) -> None:
        self.lexical = lexical

    @property
    def total(self) -> int:
        return self.lexical.frequencies([])[1]

    def df(self, term: str) -> int:
        return self.lexical.frequencies([term])[0][term]

    def idf(self, term: str) -> float:
        total = max(self.total, 1)
        return math.log(1 + (total - self.df(term) + 0.5) / (self.df(term) + 0.5))
