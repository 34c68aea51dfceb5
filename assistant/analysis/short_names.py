"""A paper named by a short description of its body ('the lighthouse commissioners' tracker',
'the crematorium actions', 'the harbour paper'): a word that only one body's papers are named
by, in their title, organisation, file name or masthead lines, with the words of that name
around it.

Read from the data: each paper's name words are those its own title, organisation, file name
and first lines give, and a word names a body only when no other body's papers hold it there
or in their rows. The kinds of body the collection holds (the last word of each organisation
and masthead line: 'board', 'partnership') may follow it ('the lighthouse board'). Used only
when no longer name of a paper is in the question."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.analysis.patterns import GENERIC
from assistant.analysis.themes import THEME_WORDS
from assistant.text import stem
from ingest.model import DocumentInfo

# the lines of a paper's front read as its masthead (its title, body and committee lines)
MASTHEAD_LINES = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = frozenset(
    """a an and the of for in on to by with at from or this that these those its their
    which what who when where how is are was were""".split()
)


def masthead(text: str) -> str:
    """The first lines of a paper's text before its table (a line of three cells or more)."""
    lines = []
    for line in text.splitlines():
        if line.count("\t") >= 2 or line.count("|") >= 3:
            break
        if line.strip():
            lines.append(line.strip())
        if len(lines) >= MASTHEAD_LINES:
            break
    return "\n".join(lines)[:400]


def _norm(word: str) -> str:
    """A word as names are matched: lower case, no possessive, singular ('Commissioners'' ->
    'commissioner'); no stemming, which would make 'hospitality' a word of 'Hospitals'."""
    word = re.sub(r"['’]s?$", "", word.lower())
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _stems(text: str) -> set[str]:
    return {_norm(w) for w in _WORD.findall(text)}


def _file_words(filename: str) -> str:
    return " ".join(re.split(r"[^A-Za-z]+", filename.rsplit(".", 1)[0]))


@dataclass(frozen=True)
class ShortNames:
    """Each paper's name words (stems), the words that name one body only, and the kinds of
    body the collection holds."""

    words: dict[str, frozenset[str]]  # doc id -> its name words
    naming: dict[str, tuple[str, ...]]  # a word naming one body -> that body's paper ids
    kinds: frozenset[str]

    @classmethod
    def of(
        cls,
        documents: Sequence[DocumentInfo],
        mastheads: Mapping[str, str],
        holders: Mapping[str, frozenset[str]],
    ) -> ShortNames:
        """From the papers, their masthead lines and the papers whose rows hold each word
        (``holders``, by stem)."""
        words: dict[str, frozenset[str]] = {}
        sources: dict[str, set[str]] = {}  # doc id -> the words that may name its body
        kinds: set[str] = set()
        for doc in documents:
            lines = [
                line
                for line in mastheads.get(doc.id, "").splitlines()[1:]
                if len(line.split()) <= 16 and not line.rstrip().endswith(".")
            ]  # the body and committee lines, not a sentence of the introduction
            held = " ".join([doc.title, doc.organisation or "", _file_words(doc.filename), *lines])
            words[doc.id] = frozenset(_stems(held))
            sources[doc.id] = _stems(doc.organisation or _unlabelled(doc, lines))
            last = _WORD.findall(doc.organisation or "")
            if last and last[-1][:1].isupper():
                kinds.add(_norm(last[-1]))
        bodies: dict[str, set[str]] = {}
        carriers: dict[str, list[str]] = {}
        for doc in documents:
            body = (doc.organisation or doc.id).strip().lower()
            for word in sources[doc.id]:
                bodies.setdefault(word, set()).add(body)
                carriers.setdefault(word, []).append(doc.id)
        if len({(d.organisation or d.id).strip().lower() for d in documents}) < 2:
            return cls(words, {}, frozenset(kinds))  # naming the only body narrows nothing
        naming = {
            word: tuple(carriers[word])
            for word, held in bodies.items()
            if len(held) == 1
            and len(word) >= 4
            and word.isalpha()
            and word not in GENERIC
            and word not in THEME_WORDS
            and word not in _SMALL
            and not _PAPER_WORD.fullmatch(word)
            and sum(word in words[d.id] for d in documents) == len(carriers[word])
            # in no other body's rows ('local authority statements' in a trust's row: no name
            # of the one body called an authority)
            and holders.get(stem(word), frozenset()) <= set(carriers[word])
        }
        return cls(words, naming, frozenset(kinds))


def _unlabelled(doc: DocumentInfo, lines: list[str]) -> str:
    """The name words of a paper no organisation was read for: the capitalised words that
    open its masthead lines ('Skerrow Lighthouse Commissioners - Audit Committee') and the
    words of its file name, less what the paper is ('tracker', 'Improvement Plan')."""
    heads = [re.split(r"\s+[-–—|]\s+|:\s*", line)[0] for line in lines]
    capitalised = [
        w
        for h in heads
        for w in _WORD.findall(h)
        if w[:1].isupper() and not _PAPER_WORD.fullmatch(w)
    ]
    kinds = _title_kinds(doc.title)
    filed = [
        w
        for w in _WORD.findall(_file_words(doc.filename))
        if _norm(w) not in kinds and not _PAPER_WORD.fullmatch(w)
    ]
    return " ".join([*capitalised, *filed])


# what a paper is, and the words of a date: no name of its body
_PAPER_WORD = re.compile(
    r"(?:plans?|reports?|trackers?|logs?|registers?|updates?|reviews?|statements?|summary|"
    r"follow-?ups?|followup|actions?|recs?|recommendations?|papers?|documents?|minutes|scan|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)",
    re.I,
)
# a word of a title right before what the paper is ('Improvement Plan', 'Assurance Action
# Plan'): the kind of paper, which any body's may be, not a name of its body
_PAPER_KIND = re.compile(
    r"\b([A-Za-z]+)\s+(?:action\s+)?(?:plan|report|tracker|log|register|update|review|"
    r"statement|summary|recommendations|actions)\b",
    re.I,
)


def _title_kinds(title: str) -> set[str]:
    return {_norm(m.group(1)) for m in _PAPER_KIND.finditer(title)}


def short_named(
    question: str, names: ShortNames
) -> tuple[list[str], list[tuple[int, int]], list[str]] | None:
    """The papers a short description in ``question`` names, its span and words; None when it
    names none or more than one body. A naming word with the words of that paper's name (or a
    kind of body) on either side: 'lighthouse commissioners tracker'."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(question)]
    stems_ = [_norm(t) for t, _, _ in tokens]
    found: list[tuple[tuple[str, ...], int, int]] = []
    for i, word in enumerate(stems_):
        papers = names.naming.get(word)
        if papers is None or tokens[i][0].lower() in _SMALL:
            continue
        held = set().union(*(names.words[p] for p in papers))

        def joins(j: int, held: set[str] = held) -> bool:
            low = tokens[j][0].lower()
            return low not in _SMALL and (stems_[j] in held or stems_[j] in names.kinds)

        start, end = i, i + 1
        while start > 0 and joins(start - 1) and end - start < 4:
            start -= 1
        while end < len(tokens) and joins(end) and end - start < 5:
            end += 1
        found.append((papers, start, end))
    if not found or len({p for p, _, _ in found}) != 1:
        return None
    spans = [(tokens[s][1], tokens[e - 1][2]) for _, s, e in found]
    words = [re.sub(r"['’]s?$", "", tokens[k][0]) for _, s, e in found for k in range(s, e)]
    return list(found[0][0]), spans, words
