"""The topic a turn carries into the paper it names: 'what did the audit commission plan say on
the same topic?', 'was that issue still open in the 2017 report?' after turns about risk
management in another paper. The topic is put back in the user's own words, read from the
earlier turns (their subject words, as the analyser reads them, never a paper's name), and
kept only where the named paper's own text holds those words as a phrase: the words of the
conversation that paper speaks of, longest first, the nearest turn first among equals.

    held_topic(question, history, named, analyse, document_text) -> 'risk management' | None
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.followups import Turn, user_turns
from assistant.paper_change import names_topic, own_topic
from assistant.text import stem
from ingest.errors import GovragError
from ingest.wordlist import is_common_word
from vectorstore.bm25 import STOPWORDS

__all__ = ["held_topic", "topic_phrases"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TEXT_WORD = re.compile(r"[A-Za-z0-9]+")  # as the index splits a paper's text
EARLIER_TURNS = 3  # how far back the user's own words for the topic are looked for
MAX_WORDS = 5  # words of one topic phrase


def topic_phrases(question: str, terms: Sequence[str]) -> list[list[tuple[str, bool]]]:
    """The runs of ``question``'s words that are its analysed subject words (``terms``: what
    is left once papers, years, owners and framing are read), each word with whether it is a
    subject word: a stopword between two subject words ('governance of partnership working')
    stays in the run, not compared."""
    wanted = {t.lower() for t in terms}
    runs: list[list[tuple[str, bool]]] = []
    run: list[tuple[str, bool]] = []
    for word in _WORD.findall(question):
        low = word.lower().strip("'’")
        if low in wanted:
            run.append((low, True))
            continue
        if run and low in STOPWORDS and len(run) < MAX_WORDS:
            run.append((low, False))
            continue
        if run:
            runs.append(run)
        run = []
    runs.append(run)
    out = []
    for words in runs:
        while words and not words[-1][1]:
            words.pop()
        if words:
            out.append(words)
    return out


def _spans(words: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    """Every run of ``words`` opening and closing on a subject word, longest first."""
    found = []
    for size in range(min(len(words), MAX_WORDS), 0, -1):
        for start in range(len(words) - size + 1):
            span = words[start : start + size]
            if span[0][1] and span[-1][1]:
                found.append(span)
    return found


def _holds(span: list[tuple[str, bool]], text_stems: Sequence[str]) -> bool:
    """Whether the paper's stems (stopwords left out) hold the span's subject words in order,
    each next to the one before."""
    want = [stem(w) for w, subject in span if subject]
    n = len(want)
    return n > 0 and any(
        list(text_stems[i : i + n]) == want for i, s in enumerate(text_stems) if s == want[0]
    )


def _topical(span: list[tuple[str, bool]]) -> bool:
    """Whether a span can be a topic: two subject words or more, or one the model's common
    vocabulary does not hold ('toolkit' is common; 'Filesafe' is not)."""
    words = [w for w, subject in span if subject]
    return len(words) >= 2 or (len(words) == 1 and not is_common_word(words[0]))


def held_topic(
    question: str,
    history: Sequence[Turn],
    named: set[str],
    previous: Previous | None,
    analyse: Callable[[str], QueryAnalysis],
    document_text: Callable[[str], str],
) -> str | None:
    """The conversation's topic in the user's words, as the papers ``named`` by ``question``
    hold it, when ``question`` speaks of it by a noun ('the same topic'); None when it does
    not or names no paper. When no earlier turn's subject words are held there, the last
    turn's own subject (:func:`~assistant.paper_change.own_topic`) or the nearest turn's
    longest subject phrase: that paper's answer then says it does not cover it."""
    if not named or not names_topic(question):
        return None
    text_stems: list[str] = []
    for document in sorted(named):
        try:
            words = _TEXT_WORD.findall(document_text(document))
        except (GovragError, KeyError, LookupError):
            continue
        text_stems += [stem(w) for w in words if w.lower() not in STOPWORDS]
    best: tuple[int, str] | None = None
    said: str | None = None  # the nearest turn's longest topic, held or not
    for asked in reversed(user_turns(history)[-EARLIER_TURNS:]):
        try:
            terms = analyse(asked).terms
        except GovragError:
            continue
        for words in topic_phrases(asked, terms):
            for span in _spans(words):
                size = sum(subject for _, subject in span)
                if said is None and _topical(span):
                    said = " ".join(w for w, _ in span)
                if best is not None and size <= best[0]:
                    break  # the nearest turn keeps a tie
                if _topical(span) and _holds(span, text_stems):
                    best = (size, " ".join(w for w, _ in span))
                    break
    # none held: the last turn's own subject, else the nearest said, which the paper's answer
    # then finds or refuses in its own terms
    return best[1] if best else own_topic(previous) or said
