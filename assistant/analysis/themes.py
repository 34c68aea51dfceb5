"""The themes a question names, in the words ``ingest.themes`` gives each theme for questions
(:attr:`ingest.themes.Theme.named_by`)."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.analysis.patterns import GENERIC
from ingest.themes import VOCABULARY

_NAMED_BY = {name: theme.named_by for name, theme in VOCABULARY.items()}
# Every word of the phrases that name a theme ('risk', 'management', 'value', 'money'...).
THEME_WORDS = frozenset(word for words in _NAMED_BY.values() for p in words for word in p.split())
# A one-word theme trigger right after one of these still names the theme ('about risk').
_STOP_BEFORE = {
    "about",
    "on",
    "of",
    "for",
    "in",
    "the",
    "a",
    "an",
    "and",
    "or",
    "with",
    "to",
    "by",
    "which",
    "what",
    "any",
    "all",
    "its",
    "their",
    "whose",
    "are",
    "is",
    "were",
    "was",
    "did",
    "does",
    "has",
    "have",
    "been",
    "how",
    "where",
    "when",
    "embedding",
    "managing",
    "mps",
    "mpa",
    "met",
    "these",
    "those",
    "such",
    "into",
    "around",
    "across",
    # the verbs a subject phrase opens with ('actions that involve partnerships'): as 'about'
    *("involve", "involves", "involving", "concern", "concerns", "concerning", "cover"),
    *("covers", "covering", "address", "addresses", "addressing", "mention", "mentions"),
    *("mentioning", "touch", "touches", "touching"),
    # quantifiers: 'more partnership actions', 'how many training items', 'other risk ones'
    "more",
    "fewer",
    "most",
    "many",
    "other",
    "some",
    "each",
    "every",
    "both",
    "several",
}


# A trailing elaboration of the subject by alternatives: 'about partnerships, either the risks or
# the working arrangements', '… training, whether for staff or for members', '(be it A or B)'.
# Its words spell out the subject already named before it; they are no subject of their own.
_ELABORATION = re.compile(
    r"(?:,|\(|\s[-–—])\s*(?:either|whether|be it|be they|be that)\b"
    r"(?:\s+(?:it be|they be|through|via|by|as|in|for|of|on))?"
    r"\s+[^,;:?!.()]+?\s+or\s+[^,;:?!.()]+?\)?\s*(?=[?.!]|$)",
    re.I,
)


def elaboration(question: str) -> tuple[int, int] | None:
    """The span of a trailing 'either A or B' / 'whether A or B' that spells out the subject
    named before it (after a comma, a dash or an opening parenthesis, ending the question);
    None when there is none, or nothing precedes it."""
    found = _ELABORATION.search(question)
    if found is None or not re.search(r"[A-Za-z]{3}", question[: found.start()]):
        return None
    return found.start(), found.end()


# what the rows are described as ('described as a key corporate risk', 'singled out as …',
# 'rated as …'): a participle, 'as', then the property to the end of its clause
_DESCRIBED_AS = re.compile(r"\b[a-z]{3,}(?:ed|en)(?:\s+out)?\s+as\s+([^,;:?!.()]+)")


def themes_named(question: str, consumed: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Themes the question names. A one-word trigger right after a content word ('key risk',
    'contract control findings') names a topic, not the theme; words another reading took
    (``consumed``: an owner's title, the body's own 'inspection of X') name none."""
    q = question.lower()
    found: list[str] = []
    said = [m.span(1) for m in _DESCRIBED_AS.finditer(q)]
    for theme, words in _NAMED_BY.items():
        for word in words:
            if set(word.split()) <= consumed:
                continue
            for match in re.finditer(rf"\b{re.escape(word)}\b", q):
                if any(start <= match.start() < end for start, end in said):
                    continue  # 'described as a key corporate risk': a property rows state
                before = re.findall(r"[a-z]+", q[: match.start()])
                previous = before[-1] if before else ""
                if (
                    " " not in word
                    and previous
                    and previous not in GENERIC
                    and previous not in _STOP_BEFORE
                    and previous not in THEME_WORDS
                ):
                    continue
                if theme not in found:
                    found.append(theme)
    # 'financial risk' is risk management (ingest.themes tags it so), not finance
    if "risk management" in found and "finance/budget" in found and "financial risk" in q:
        found.remove("finance/budget")
    return found


def title_words(titles: list[str]) -> set[str]:
    """The words every one of ``titles`` holds (lower case): what the papers in scope are by
    their own titles ('audit' of an 'Internal Audit Recommendations Tracker'). A question's
    'the 2023 audit recommendations' of such a paper says which rows, not their theme."""
    held = [set(re.findall(r"[a-z]+", t.lower())) for t in titles]
    return set.intersection(*held) if held else set()


def themes_intersected(question: str, themes: list[str]) -> bool:
    """Whether the rows asked for have every theme named, not any: two themes in one noun
    phrase ('partnership risk management actions') or one the rows' noun and another their
    predicate ('risk management actions that involve partnerships', 'training items about
    finance'). Themes joined by a conjunction ('partnership or risk management', 'HR and
    training') are either."""
    if len(themes) < 2:
        return False
    q = question.lower()
    spans: list[tuple[int, int]] = []
    for theme in themes:
        found = [
            m.span()
            for word in _NAMED_BY.get(theme, ())
            for m in re.finditer(rf"\b{re.escape(word)}\b", q)
        ]
        if not found:
            return False
        spans.append(min(found))
    spans.sort()
    for (_, end), (start, _) in pairwise(spans):
        between = q[end:start]
        if re.search(r"\b(?:or|and|nor|either|as well as|plus)\b|[,&/]", between):
            return False
    return True
