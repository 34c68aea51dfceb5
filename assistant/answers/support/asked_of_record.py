"""The sentence of one named record that answers what its summary leaves unsaid: 'since when
has R13 monitored the HMIC recommendations?', 'why will R20 meet more often?', 'where was it
moved to?' asked of a record by ref (often a follow-up whose record was carried) ask no
column; the summary shows the title, owner, deadline and status, and the answer is a sentence
of the record's own text. The question's words the summary does not hold pick it, each word
held by the sentence counted whole and each word only near one of the sentence's words in
meaning ('moved' and 'removal', 'often' and 'regularly') counted by how near it is."""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.answers.context import AnswerContext
from assistant.answers.support.wordlinks import content_words, word_vectors
from assistant.evidence import record_evidence
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

LINK_FLOOR = 0.35  # a word this near in meaning to a word of the sentence counts, by how near
MIN_SHARE = 0.3  # the least share of the unsaid words a sentence must answer to be shown
MIN_WORDS = 4  # a shorter piece is a cell fragment, not a sentence
MAX_SENTENCES = 2
CLOSE = 0.95  # a second sentence this near the best one's share is shown with it


def unsaid_words(q: QueryAnalysis, shown: str) -> list[str]:
    """The question's content words that the answer so far (``shown``) does not hold, the
    refs it names and the nouns that only name a row or a paper ('item', 'report') left out."""
    present = stems(shown)
    refs = {w.lower() for ref in q.refs for w in ref.split()}
    words = [
        w
        for w in content_words(q.question)
        if w not in refs and not _NAMING_NOUN.fullmatch(w) and stem_of(w) not in present
    ]
    return list(dict.fromkeys(words))


# the nouns that name a row or a paper, not what is asked of it
_NAMING_NOUN = re.compile(
    rf"{RECORD_NOUNS}|(?:report|plan|paper|document|statement|summary|review|audit)s?", re.I
)
# a question answered yes or no ('is R6 a statutory one?'): its verdict answers it
_YES_NO = re.compile(r"^\W*(?:is|are|was|were|has|have|had|does|do|did|will|can|could)\b", re.I)


def asked_sentences(
    q: QueryAnalysis, record: ActionRecord, shown: str, context: AnswerContext
) -> list[tuple[str, int]]:
    """The record's sentence, not shown yet, that best answers the question's unsaid words
    (two when another answers nearly as well); none when the question asks a column, every
    word is said, or no sentence answers enough."""
    if q.fields or q.claims or _YES_NO.match(q.question):
        return []
    asked = unsaid_words(q, shown)
    if not asked:
        return []
    present = stems(shown)
    items = [
        e
        for e in record_evidence(record, "", 0)
        if len(e.text.split()) >= MIN_WORDS
        and e.text not in shown
        and not stems(e.text) <= present  # the title again, under its ref: nothing new
    ]
    if not items:
        return []
    said = {w for e in items for w in content_words(e.text)}
    vectors = word_vectors([*asked, *said], context)
    scored = sorted(
        ((_share(asked, e.text, vectors), e.start, e.text) for e in items if _whole(e.text)),
        key=lambda s: (-s[0], s[1]),
    )
    if not scored or scored[0][0] < MIN_SHARE:
        return []
    # two sentences as near as each other answer alike: both are shown, in the record's order
    chosen = [s for s in scored[:MAX_SENTENCES] if s[0] >= CLOSE * scored[0][0]]
    return [(text, start) for _, start, text in sorted(chosen, key=lambda s: s[1])]


def _whole(text: str) -> bool:
    """A sentence that opens as one (not the tail of a sentence a page break cut)."""
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"'("


def _share(asked: list[str], text: str, vectors: dict[str, np.ndarray]) -> float:
    """How much of ``asked`` the sentence answers: a word it holds counts 1, a word near one of
    its words in meaning counts that nearness (from ``LINK_FLOOR``)."""
    present = stems(text)
    words = [w for w in dict.fromkeys(content_words(text)) if w in vectors]
    matrix = np.stack([vectors[w] for w in words]) if words else None
    total = 0.0
    for word in asked:
        if stem_of(word) in present:
            total += 1.0
            continue
        vector = vectors.get(word)
        if matrix is None or vector is None:
            continue
        near = float((matrix @ vector).max())
        if near >= LINK_FLOOR:
            total += near
    return total / len(asked)
