"""A phrase of the question that the papers write as one: 'which actions touch on the scheme
of delegation?' lists the rows writing 'scheme of delegation' (or the short form a row defines
for it, 'Scheme of Delegation (SoD)'), not every row with 'scheme' or 'delegation' somewhere.

The phrase is the longest run of the question's topic words (small words like 'of' allowed
inside) that some row writes word for word; nothing is listed in advance."""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.analysis.reading import unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.mentions import normal_texts
from assistant.register import Positions
from assistant.text import record_text

_SMALL = frozenset({"of", "and", "for", "the", "to", "in", "on", "a", "an", "&"})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*|&")
_SHORT = r"\(\s*([A-Z][A-Za-z&]{1,7})\s*\)"


def _runs(question: str, topic: set[str]) -> list[list[str]]:
    """Runs of two or more topic words of ``question`` (small words inside, and generic nouns
    after them: 'collections care plan'), longest first."""
    words = _WORD.findall(unquoted(question))
    runs: list[list[str]] = []
    for start, first in enumerate(words):
        if first.lower() not in topic:
            continue
        for end in range(start + 1, min(len(words), start + 8)):
            word = words[end].lower()
            if word not in topic and word not in _SMALL and word not in GENERIC:
                break
            run = words[start : end + 1]
            if word not in _SMALL and sum(w.lower() in topic for w in run) >= 2:
                runs.append(run)
    return sorted(runs, key=len, reverse=True)


def _normal(words: list[str]) -> str:
    return " ".join(
        w for w in re.findall(r"[a-z0-9]+", " ".join(words).lower().replace("&", " and "))
    )


def _short_forms(phrase: list[str], texts: list[str]) -> set[str]:
    """The short forms rows define for the phrase: 'Scheme of Delegation (SoD)' -> 'SoD' (its
    capitals the initials of the phrase's words, small words skipped)."""
    spelt = r"[\s-]+".join(re.escape(w) for w in phrase)
    initials = "".join(w[0].lower() for w in phrase if w.lower() not in _SMALL)
    found: set[str] = set()
    for text in texts:
        for match in re.finditer(rf"\b{spelt}\s*{_SHORT}", text, re.I):
            short = match.group(1)
            if "".join(c for c in short if c.isupper()).lower() == initials:
                found.add(short)
    return found


def held_phrase(
    q: QueryAnalysis, matched: Positions, topic: list[str], context: AnswerContext
) -> tuple[str, Positions] | None:
    """The rows among ``matched`` that write the longest run of the question's ``topic`` words
    some row writes whole, or the short form a row defines for it (or one the run holds: 'the
    DRM programme' is spoken of where 'DRM' is written); with the phrase as the question
    writes it. None when no such run is written, or every row writes it."""
    wanted = {t.lower() for t in topic}
    if len(wanted) < 2 or len(matched) < 2:
        return None
    normal = normal_texts(context)
    positions = matched.tolist()
    for run in _runs(q.question, wanted):
        spelt = f" {_normal(run)} "
        holding = [p for p in positions if spelt in f" {normal[p]} "]
        if not holding:
            continue
        records = context.register.loaded().at(np.array(holding, dtype=np.int32))
        shorts = _short_forms(run, [record_text(r) for r in records])
        shorts |= {w for w in run if sum(c.isupper() for c in w) >= 2}  # 'DRM' alone speaks of it
        pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, shorts))})s?\b") if shorts else None
        lowered = {s.lower() for s in shorts}
        keep = [
            p
            for p in positions
            if spelt in f" {normal[p]} "
            or (
                pattern is not None
                and lowered & set(normal[p].split())
                and pattern.search(record_text(context.register.loaded().at(np.array([p]))[0]))
            )
        ]
        if len(keep) < len(positions):
            phrase = " ".join(run)
            defined = sorted(s for s in shorts if s not in run)
            label = f"{phrase} ({', '.join(defined)})" if defined else phrase
            return label, np.array(keep, dtype=np.int32)
        return None
    return None
