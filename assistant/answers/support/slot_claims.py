"""A premise that puts another value in one place of the sentence about its subject ('why did
the payroll review give reasonable assurance?' where the paper says it 'gave limited
assurance'; 'why was X graded C3?' where it was 'graded … C2'): the question's clause and the
sentence agree on the words around that place and differ in it. The value the sentence holds
there is the correction, given first.

A difference of wording is no correction ('delayed' for 'postponed'): the two must be values
of one kind, as the papers write them. The claimed value stands elsewhere in the record in the
same place (beside the same word: 'reasonable assurance' in another sentence), or both are
quoted, or both are grades of a judgement (the audit opinions' and inspections' words),
or both are codes of one shape ('C2', 'C3'), or one is the other negated by a prefix
('unqualified')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.intent import RATING_WORD
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.word_pairs import may_adjoin
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence
from assistant.text import stem
from vectorstore.bm25 import query_terms

_TOKEN = re.compile(r"[‘'“\"]?[A-Za-z0-9][\w/&-]*[’'”\"]?")
# words that sit between a word and the value said of it ('the accounts WAS unqualified')
_LINKS = frozenset("is was were are be been being as the a an its their at of".split())
_NEGATING = ("un", "non-", "non", "in", "dis")
SUBJECT_SHARE = 0.7  # share of the clause's other content words the sentence must hold
GRADED_SHARE = 0.5  # the same, when the two values are grades of a judgement
CHECKED = 12  # sentences checked, best first


class Slot(NamedTuple):
    claimed: str
    held: str
    item: Evidence


def _tokens(text: str) -> list[str]:
    return [t.group(0) for t in _TOKEN.finditer(text)]


def _bare(token: str) -> str:
    return token.strip("‘'“\"’”").lower()


def _quoted(token: str) -> bool:
    return token[:1] in "‘'“\"" and token[-1:] in "’'”\""


def _content(token: str) -> bool:
    return bool(query_terms(_bare(token)))


def _code(word: str) -> str | None:
    """A code's shape ('c2' -> 'a9'), for a short letters-and-digits value; else None."""
    if not re.fullmatch(r"[a-z]{1,3}\d{1,2}|\d{1,2}[a-z]{1,2}", word):
        return None
    return re.sub(r"\d", "9", re.sub(r"[a-z]", "a", word))


def _negated(one: str, other: str) -> bool:
    return any(one == p + other or other == p + one for p in _NEGATING)


def _same_place(
    value: str, anchor: str, before: bool, texts: Callable[[], list[str]], context: AnswerContext
) -> bool:
    """Whether ``value`` stands next to ``anchor`` somewhere in the record (before it when
    ``before``), as a value of the place the anchor marks (the texts read only when some
    paper holds the two words side by side)."""
    pair = (value, anchor) if before else (anchor, value)
    if not may_adjoin(context, *pair):
        return False
    pattern = re.compile(rf"\b{re.escape(pair[0])}\W+{re.escape(pair[1])}\b", re.I)
    return any(pattern.search(text) for text in texts())


def _grades(one: str, other: str) -> bool:
    return bool(RATING_WORD.fullmatch(_bare(one)) and RATING_WORD.fullmatch(_bare(other)))


def _one_kind(
    claimed: str,
    held: str,
    anchor: str,
    before: bool,
    texts: Callable[[], list[str]],
    context: AnswerContext,
    quoted: bool,
) -> bool:
    a, b = _bare(claimed), _bare(held)
    if a == b or stem(a) == stem(b):
        return False
    if quoted or _grades(a, b):
        return True  # two grades of a judgement ('moderate' and 'substantial' assurance)
    if _code(a) is not None and _code(a) == _code(b):
        return True
    return _negated(a, b) or _same_place(a, anchor, before, texts, context)


def _held_beside(
    sentence: list[str], stems_of: list[str], anchor: str, before: bool
) -> tuple[str, int] | None:
    """The content word beside ``anchor`` in the sentence (before or after it, over linking
    words), with its index; None when the anchor is absent or nothing stands there."""
    for at, s in enumerate(stems_of):
        if s != anchor:
            continue
        step = -1 if before else 1
        j = at + step
        while 0 <= j < len(sentence) and _bare(sentence[j]) in _LINKS:
            j += step
        if 0 <= j < len(sentence) and _content(sentence[j]):
            return sentence[j], j
    return None


# 'why does X give Y?', 'why do the papers call it Y?': the clause after it is asserted
_WHY_PRESENT = re.compile(r"^\s*why\s+(?:does|do)\s+(?P<p>.+?)\??\s*$", re.I)


def _stated(question: str) -> str | None:
    found = _WHY_PRESENT.match(question)
    return found.group("p") if found else None


def slot_claim(
    q: QueryAnalysis, evidence: list[Evidence], context: AnswerContext, builder: CitationBuilder
) -> Slot | None:
    """The one place where the question's premise and the sentence about its subject hold
    different values of one kind; None when no sentence about the subject differs so."""
    premise = q.premise or _stated(q.question)
    if not premise:
        return None
    clause = _tokens(premise)
    clause_stems = [stem(_bare(t)) for t in clause]
    content = [i for i, t in enumerate(clause) if _content(t)]
    if len(content) < 3:
        return None
    read: list[list[str]] = []

    def texts() -> list[str]:  # every paper's text, read once when first searched
        if not read:
            read.append([builder.text(d.id) for d in context.documents])
        return read[0]

    # words of the papers' names the question scopes to are no words the sentence must hold
    naming = {
        stem(w.lower())
        for d in context.documents_of(q.documents)
        for w in re.findall(r"[A-Za-z]+", f"{d.title} {d.organisation or ''}")
    }
    found_slots: list[tuple[float, Slot]] = []
    borne: dict[int, float] = {}  # a place's best share among sentences holding its value
    for item in evidence[:CHECKED]:
        sentence = _tokens(item.text)
        sentence_stems = [stem(_bare(t)) for t in sentence]
        held_stems = set(sentence_stems) | naming
        missing = [i for i in content if clause_stems[i] not in held_stems]
        for i in content:
            if i not in missing:
                others = len(content) - len(missing) - 1
                borne[i] = max(borne.get(i, 0.0), others / (len(content) - 1))
        for i in missing:
            share = (len(content) - len(missing)) / (len(content) - 1)
            if share < GRADED_SHARE:
                break
            if not any(j < i for j in content if j not in missing):
                continue  # the value is said of a subject the sentence names first
            for before, k in ((True, i + 1), (False, i - 1)):
                if not 0 <= k < len(clause) or k in missing or not _content(clause[k]):
                    continue
                held = _held_beside(sentence, sentence_stems, clause_stems[k], before)
                if held is None or stem(_bare(held[0])) in set(clause_stems):
                    continue
                if share < SUBJECT_SHARE and not _grades(clause[i], held[0]):
                    continue
                both_quoted = _quoted(clause[i]) and _quoted(held[0])
                anchor = _bare(clause[k])
                if _one_kind(clause[i], held[0], anchor, before, texts, context, both_quoted):
                    slot = Slot(_bare(clause[i]), held[0].strip("‘'“\"’”"), item)
                    found_slots.append((share, slot))
                    break
    # a sentence as much about the subject that holds the claimed value bears the premise out
    kept = [
        (share, slot)
        for share, slot in found_slots
        if share > borne.get(_place(clause, slot.claimed), -1.0)
    ]
    return max(kept, key=lambda pair: pair[0])[1] if kept else None


def _place(clause: list[str], claimed: str) -> int:
    return next(i for i, t in enumerate(clause) if _bare(t) == claimed)


def slot_premise(
    q: QueryAnalysis, evidence: list[Evidence], context: AnswerContext, builder: CitationBuilder
) -> str | None:
    """The correction of a value the premise puts where its subject's sentence holds another,
    cited; None when there is none (see :func:`slot_claim`)."""
    if q.intent not in ("explain", "lookup") or not unquoted(q.question).strip():
        return None
    slot = slot_claim(q, evidence, context, builder)
    if slot is None:
        return None
    n = builder.add_evidence(slot.item)
    if n is None:
        return None
    return (
        f"**No — the record says {safe_text(slot.held)}, not {safe_text(slot.claimed)}:** "
        f"“{safe_text(slot.item.display())}” [{n}]"
    )
