"""What a paper is shown saying about a subject across reports: a record's best sentences for
the question, and the passages of a paper that speaks to it only in prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from assistant.answers.support.recordtext import continuations, safe_text
from assistant.citations import record_quote
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import split_sentences, stem_tokens, stems
from ingest.model import ActionRecord

RECURRING_SENTENCES = 3  # sentences of each record shown, besides its first progress one

_CONCRETE = re.compile(r"\d|£|\((?:[A-Z&]{2,})\)")  # a figure, a date, a named body '(SIB)'
# a named programme or board inside a sentence ('the new Service Improvement Board')
_NAMED = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+")


ASKED_WORDS = 0.2  # weight of the question's own words beyond its subject, between sentences


def sentences(
    record: ActionRecord,
    weights: dict[str, float],
    limit: int,
    asked: dict[str, float] | None = None,
) -> list[tuple[str, int]]:
    """The record's best sentences for the question, then its first progress sentence. Of two
    sentences on the subject, the one that also says the question's other content words
    (``asked``: 'recommendations' beside the subject 'audit and inspection') comes first."""
    beyond = {t: w for t, w in (asked or {}).items() if t not in weights}
    owner = record.owner or ""
    items = [  # what the record says, not who answers for it
        e
        for e in record_evidence(record, "", 0)
        if len(e.text.split()) >= 4 and e.text not in owner
    ]
    progress = record.progress or ""

    def column_rank(item: Evidence) -> int:  # what is being done before what was found
        return 0 if item.text in progress else 1 if item.text in (record.action or "") else 2

    def score(item: Evidence) -> float:  # on the subject, and saying something concrete
        concrete = _CONCRETE.search(item.text) or (
            limit >= RECURRING_SENTENCES and _NAMED.search(item.text)
        )
        own = ASKED_WORDS * coverage(item.text, beyond) if beyond else 0.0
        return coverage(item.text, weights) + (0.25 if concrete else 0.0) + own

    ranked = [
        e
        for e in sorted(items, key=lambda e: (-score(e), column_rank(e), e.start))
        if coverage(e.text, weights) > 0 and not _repeats_title(e.text, record)
    ]
    if limit >= RECURRING_SENTENCES:
        ranked = _fresh_first(ranked, weights, score)
    chosen: list[tuple[str, int]] = []
    columns: set[int] = set()
    for item in ranked:  # the best sentence, then the best of another column
        if len(chosen) >= limit:
            break
        if chosen and column_rank(item) in columns and limit < RECURRING_SENTENCES:
            continue
        chosen.append((item.text, item.start))
        columns.add(column_rank(item))
    # a record that says it all in one column: its next best sentence there
    for item in ranked:
        if len(chosen) >= limit or len(columns) > 1:
            break
        if (item.text, item.start) not in chosen:
            chosen.append((item.text, item.start))
    # its first progress sentence; a record found by its title alone (no sentence speaks of the
    # subject) also opens what remains to be done, as that is what it says of the subject
    opening = [record.progress] if chosen else [record.progress, record.action]
    for column in opening:
        first = record_quote(record, column) if column else None
        if first and column is record.action and _restates_title(first[0], record):
            continue
        if first and all(first[1] != start for _, start in chosen) and len(chosen) < limit + 1:
            chosen.append(first)
    if len(chosen) < limit + 1:  # what a chosen sentence leaves to the next one
        chosen += continuations(record, chosen)[: limit + 1 - len(chosen)]
    chosen = sorted(chosen, key=lambda pair: pair[1])[: limit + 1]
    # the one sentence told between two chosen ones of one account, even past the limit
    return sorted(chosen + between_chosen(record, chosen)[:1], key=lambda pair: pair[1])


def between_chosen(record: ActionRecord, chosen: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The sentences of a cell that stand alone between two chosen sentences of that cell
    ('Work continues on the scheme of delegation. Workshops have been run with each group.
    Planning is under way to build the scheme into IT systems.'): the middle one is part of
    the same account, though it does not repeat the subject's words."""
    said = [text for text, _ in chosen]
    out: list[tuple[str, int]] = []
    for value in record.columns.values():
        parts = [p.text for p in split_sentences(value)]
        for before, middle, after in zip(parts, parts[1:], parts[2:], strict=False):
            if not (_among(before, said) and _among(after, said)) or _among(middle, said):
                continue
            found = record_quote(record, middle)
            if found and middle.startswith(found[0]) and found not in out:
                out.append(found)
    return out


def _among(sentence: str, said: list[str]) -> bool:
    return any(sentence.startswith(t) or t.startswith(sentence) for t in said)


FRESH_SHARE = 0.5  # of the subject the best sentence says, what a sentence must say to move up
REPEATS = 0.15  # what a sentence loses that says a phrase of the subject shown already, plainly


def _pairs(text: str, weights: dict[str, float]) -> set[tuple[str, str]]:
    """The subject's words the text says next to each other, as stems ('risk management')."""
    words = stem_tokens(text)
    return {(a, b) for a, b in pairwise(words) if a in weights and b in weights}


def _fresh_first(
    ranked: list[Evidence], weights: dict[str, float], score: Callable[[Evidence], float]
) -> list[Evidence]:
    """``ranked`` re-ordered one pick at a time: a sentence that says again, in the same words,
    a phrase of the subject a sentence before it said, and nothing concrete (a figure, a date,
    a named body or programme), gives way to one that adds something ('embedding risk
    management' said three times, against 'the Service Improvement Board (SIB) … risk
    registers')."""
    left, out = list(ranked), []
    said: set[tuple[str, str]] = set()
    top = max((coverage(e.text, weights) for e in ranked), default=0.0)
    while left:
        shown = frozenset(said)

        def fresh(item: Evidence, shown: frozenset[tuple[str, str]] = shown) -> float:
            plain = not (_CONCRETE.search(item.text) or _NAMED.search(item.text))
            again = plain and bool(_pairs(item.text, weights) & shown)
            # a sentence saying under half the subject the best one says adds nothing on it
            slight = coverage(item.text, weights) < FRESH_SHARE * top
            return score(item) - (REPEATS if again or (shown and slight) else 0.0)

        best = max(left, key=lambda e: (fresh(e), -left.index(e)))
        left.remove(best)
        out.append(best)
        said |= _pairs(best.text, weights)
    return out


def _restates_title(text: str, record: ActionRecord) -> bool:
    """The sentence says the record's title again, whole or cut short ('R26 Further integrate
    cost…' over 'R26 Further integrate cost and performance information ...')."""
    title = safe_text(record.title).strip().rstrip("…").strip()
    return bool(title) and (title in text or text.strip() in title)


def _repeats_title(text: str, record: ActionRecord) -> bool:
    """The sentence is the title shown already ('R15 Continue to integrate ...'); a title cut
    short ('... and late…') does not count, as the sentence says more."""
    title = safe_text(record.title).strip()
    return bool(title) and not title.endswith("…") and title in text


PROSE_COVERAGE = 0.3  # share of the question's words a passage of a paper without records needs
# a paper whose records are all off the subject counts only for a passage that says most of it
PROSE_COVERAGE_BESIDE_RECORDS = 0.6


def prose_passages(
    candidates: list[Evidence], weights: dict[str, float], shown: set[int], floor: float
) -> list[Evidence]:
    """The document's best passage for the question, when no record has said it already; and
    a second that says a word of the question the first does not (a paper may speak to each
    word of a subject in its own paragraph)."""
    chosen: list[Evidence] = []
    said: set[str] = set()
    for item in candidates:
        if item.start in shown or len(item.text.split()) < 5:
            continue
        if coverage(item.text, weights) < floor:
            continue
        words = {w for w in weights if w in stems(item.text)}
        if chosen and not words - said:
            continue
        chosen.append(item)
        said |= words
        if len(chosen) == 2:
            break
    return chosen


OWN_COVERAGE = 0.5  # share of the subject, by meaning, a paper searched within itself must say


def own_passage(
    candidates: list[Evidence],
    weights: dict[str, float],
    shown: set[int],
    floor: float,
    linked: Callable[[str], float],
    words: dict[str, float],
) -> Evidence | None:
    """The sentence of a paper's own passages (searched within it alone) that says most of the
    question: by meaning (``linked``, the question's words near the sentence's), then by the
    question's own content words (``words``, with their weights), so the sentence naming the
    subject in the asked words beats a neighbour that only comes near it in meaning; None when
    none says a word of the question and half its subject (or ``floor``)."""
    best: tuple[float, float] | None = None
    chosen: Evidence | None = None
    for item in candidates:
        if item.start in shown or len(item.text.split()) < 5:
            continue
        literal, own = coverage(item.text, weights), coverage(item.text, words)
        if not own:  # a paper searched alone always yields a passage: it must say a word asked
            continue
        meant = max(linked(item.text), literal)
        if meant < max(floor, OWN_COVERAGE):
            continue
        key = (round(meant, 2), literal + own)
        if best is None or key > best:
            best, chosen = key, item
    return chosen


# words that say where a thing stands: a general vocabulary of progress, no paper's own
_STATE = re.compile(
    r"\b(?:still|remains?|remained|yet\s+to|not\s+yet|in\s+place|on\s+track|under\s*way|"
    r"ongoing|complete[ds]?|completion|implemented|achieved|delivered|progress(?:ed|ing)?|"
    r"phase|stage|developing|delayed|behind|awaiting|pending|launched|met|approved|"
    r"outstanding|continu(?:es|ing|ed))\b",
    re.I,
)


def state_sentence(record: ActionRecord, shown: set[int]) -> tuple[str, int] | None:
    """The row's sentence (of any column) that says most of where it stands, among those not
    shown (``shown``: their starts): asked where each paper's row stood, a row whose subject
    sentences say what was done may say its state in a sentence without the subject's words
    ('This area is still very much in a redesign phase.'). None when no sentence says one."""
    best: tuple[str, int] | None = None
    most = 0
    for item in record_evidence(record, "", 0):
        if item.start in shown or len(item.text.split()) < 4:
            continue
        said = len(_STATE.findall(item.text))
        if said > most:
            best, most = (item.text, item.start), said
    return best
