"""A follow-up that moves the conversation a year on or back ('and a year later?', 'what did
last year's tracker say?', 'and in the following year's report, why has it slipped again?'):
the year is counted from the papers the turn before rested on, and the paper of the same body
that year (else the nearest one that way) is the one asked.

The relative phrase is put back as the year it stands for ('in 2024', 'the 2024 tracker'), so
the rest of the follow-up is resolved by the usual rules, and the chat scopes the turn to that
paper by filter (a year alone may not tell two papers of one body apart)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.analysis.carried import carried_phrase
from assistant.antecedents import Previous, record_names
from assistant.neighbour_row import focus_row
from assistant.paper_change import topic_in_paper
from assistant.referring import SINGULAR, refer
from assistant.register import Register
from assistant.text import stems
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.bm25 import STOPWORDS

# the noun a paper is called by after 'the following year's' or 'last year's'
_PAPER_NOUN = (
    r"(?:report|tracker|paper|plan|log|update|follow-up|followup|review|register|statement|"
    r"position|version|one)"
)
# a paper named by its place in the papers' date order, relative to the one the turn before
# rested on: 'the report that followed it', 'the plan after that', 'the tracker before this'
# ('one' is left out: 'the one after that' picks from a list)
_ORDER_NOUN = r"(?:report|tracker|paper|plan|log|update|follow-up|followup|statement|version)"
_THAT = r"(?:\s+(?:it|that|this|that\s+one|this\s+one))"
_FOLLOWING = (
    rf"the\s+{_ORDER_NOUN}\s+(?:that|which)\s+(?:followed|came\s+(?:next|after)|succeeded)"
    rf"{_THAT}?|the\s+{_ORDER_NOUN}\s+after{_THAT}"
)
_PRECEDING = (
    rf"the\s+{_ORDER_NOUN}\s+(?:that|which)\s+(?:preceded|came\s+before)"
    rf"{_THAT}?|the\s+{_ORDER_NOUN}\s+before{_THAT}"
)
# 'in the next report', 'and the next plan?': after a preposition or 'and' only ('when is the
# next report due?' is one to come)
_NEXT = "|".join(
    rf"(?<=\b{word}\s)the\s+next\s+{_ORDER_NOUN}"
    for word in ("in", "by", "of", "and", "from", "about")
)
_LATER = (
    r"(?:a|one)\s+year\s+(?:later|on|after(?:wards)?)|the\s+year\s+after(?:\s+that)?(?!\s+next)"
    rf"|(?:the\s+)?(?:following|next|subsequent)\s+year(?:'s|’s)?(?:\s+{_PAPER_NOUN})?"
    rf"|the\s+(?:following|subsequent|later)\s+{_PAPER_NOUN}|{_FOLLOWING}|{_NEXT}"
)
_EARLIER = (
    r"(?:a|one)\s+year\s+(?:earlier|before)|the\s+year\s+before(?:\s+that)?(?!\s+last)"
    rf"|(?:the\s+)?(?:previous|prior|preceding)\s+year(?:'s|’s)?(?:\s+{_PAPER_NOUN})?"
    rf"|last\s+year(?:'s|’s)\s+{_PAPER_NOUN}"
    rf"|the\s+(?:previous|prior|preceding|earlier)\s+{_PAPER_NOUN}|{_PRECEDING}"
)
_SHIFT = re.compile(
    r"(?P<prep>\b(?:in|from|by|for|of|under|according\s+to)\s+)?"
    rf"(?P<phrase>\b(?:(?P<later>{_LATER})|(?P<earlier>{_EARLIER})))\b",
    re.I,
)
# 'and a year later, how far had it got?': the phrase frames a question of its own
_FRAME = re.compile(
    r"^\s*(?:(?:and|but|so|then|ok|okay)[\s,]+)?(?:(?:what|how)\s+about\s+)?(?P<shift>.+?)"
    r"\s*(?:[,;:]|\s[-–—])\s*(?P<rest>\S.*)$",
    re.I,
)
# 'what about 2024?', 'and in the 2017 one?', 'and for 2024 - who owned it?': a year named alone
_AT_YEAR = re.compile(
    r"^\W*(?:(?:and|but|so|then|ok|okay)[\s,]+)*(?:(?:what|how)\s+about\s+)?"
    r"(?:(?:in|for|from|by|during)\s+)?(?:the\s+)?(?P<year>(?:19|20)\d\d)(?:/\d\d)?"
    rf"(?:\s+{_PAPER_NOUN})?\s*(?:[?.!]*\s*$|(?:[,;:]|\s[-–—])\s*\S)",
    re.I,
)
_NOUN_AT_END = re.compile(rf"\s({_PAPER_NOUN})(?:\s+(?:that|which|after|before)\b.*)?$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Shift:
    """A follow-up with its relative year put back as the year, and the paper it means."""

    question: str
    document: DocumentInfo


def relative_year(question: str) -> re.Match[str] | None:
    """The phrase moving the conversation a year on or back; None when there is none, or when
    the question names a year of its own ('the year before, in 2022/23': that year is asked),
    or relates rows to the earlier paper ('brought forward from the previous plan')."""
    if _YEAR.search(question) or carried_phrase(question) is not None:
        return None
    return _SHIFT.search(question)


def _papers_year_of(
    previous: Previous, documents: Sequence[DocumentInfo]
) -> tuple[list[DocumentInfo], list[int]]:
    """The papers the turn before rested on, and the years it is counted from: the years of
    those papers, then the years its question named (a turn that found the wrong paper's row
    still says which year the user meant)."""
    by_id = {d.id: d for d in documents}
    ids = [r.document.id for r in previous.records] or list(previous.document_ids)
    papers = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    years = [d.year for d in papers if d.year is not None]
    named = [int(y) for y in _YEAR.findall(previous.standalone)]
    return papers, [*years, *named]


def shifted_paper(
    later: bool, previous: Previous | None, documents: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """The paper of the body the turn before was about, a year on (``later``) or back from the
    papers it rested on: the nearest paper that way of the same body. None when the turn
    before rested on no paper, or on papers of several bodies, or the body has none that way,
    or two that year (which one is meant is not said)."""
    if previous is None:
        return None
    papers, years = _papers_year_of(previous, documents)
    bodies = {(d.organisation or "").strip().lower() for d in papers}
    if len(bodies) != 1 or not next(iter(bodies)):
        return None
    body = bodies.pop()
    dated = [
        (d.year, d)
        for d in documents
        if (d.organisation or "").strip().lower() == body and d.year is not None
    ]
    shown = sorted({d.year for d in papers if d.year is not None})
    # from the earliest paper shown when moving on, the latest when moving back; then the years
    # the question named
    bases = ([shown[0]] if later else [shown[-1]]) if shown else []
    bases += [y for y in years if y not in bases]
    for base in bases:
        ahead = [
            (abs(year - base), d) for year, d in dated if year != base and (year > base) == later
        ]
        if ahead:
            nearest = min(gap for gap, _ in ahead)
            that_year = [d for gap, d in ahead if gap == nearest]
            return that_year[0] if len(that_year) == 1 else None
    return None


def paper_of_year(
    year: int, previous: Previous | None, documents: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """The one paper of ``year`` by the body the turn before was about, when the turn before
    rested on another paper of that body; None otherwise (several bodies, none or two papers
    that year, or the paper already shown)."""
    if previous is None:
        return None
    papers, _ = _papers_year_of(previous, documents)
    bodies = {(d.organisation or "").strip().lower() for d in papers}
    if len(bodies) != 1 or not next(iter(bodies)):
        return None
    body = bodies.pop()
    that_year = [
        d for d in documents if (d.organisation or "").strip().lower() == body and d.year == year
    ]
    if len(that_year) != 1 or that_year[0].id in {d.id for d in papers}:
        return None
    return that_year[0]


def _row_beside(found: re.Match[str], previous: Previous | None) -> bool:
    """Whether 'the previous one' / 'the following one' names the row beside the one row the
    turn before was about (:mod:`assistant.neighbour_row`), not the paper a year back or on."""
    noun = _NOUN_AT_END.search(found.group("phrase"))
    return bool(noun and noun.group(1).lower() == "one" and focus_row(previous) is not None)


def shift_year(
    question: str, previous: Previous | None, documents: Sequence[DocumentInfo]
) -> Shift | None:
    """``question`` with its relative year put back as the year of the paper it means: 'and a
    year later?' -> 'and in 2024?'; 'what did last year's tracker say?' -> 'what did the 2023
    tracker say?'. A year named alone ('what about 2024?') means that year's paper of the
    same body. None when it moves no year, or no such paper is found."""
    at_year = _AT_YEAR.match(question)
    if at_year:
        that_year = paper_of_year(int(at_year.group("year")), previous, documents)
        return Shift(question, that_year) if that_year else None
    found = relative_year(question)
    if found is None or _row_beside(found, previous):
        return None
    paper = shifted_paper(found.group("later") is not None, previous, documents)
    if paper is None or paper.year is None:
        return None
    phrase = found.group("phrase")
    noun = _NOUN_AT_END.search(phrase)
    year = str(paper.year)
    if noun:  # 'the following year's report' -> 'the 2024 report'
        named = f"the {year} {noun.group(1)}"
        text = f"{found.group('prep') or ''}{named}"
    else:  # 'a year later', 'the year before' -> 'in 2024'
        text = f"in {year}"
    shifted = question[: found.start()] + text + question[found.end() :]
    return Shift(re.sub(r"\s{2,}", " ", shifted), paper)


def year_scope(
    question: str,
    previous: Previous | None,
    documents: Sequence[DocumentInfo],
    filters: dict[str, object] | None,
) -> dict[str, object] | None:
    """``filters`` scoped to the paper a follow-up moving the year means (see
    :func:`shift_year`); None when it moves no year or a paper is already chosen."""
    if (filters or {}).get("document"):
        return None
    shift = shift_year(question, previous, documents)
    return {**(filters or {}), "document": [shift.document.id]} if shift else None


def _same_issue(row: ActionRecord, other: ActionRecord) -> bool:
    """Whether ``other``, of another paper with the same ref, is ``row`` again: a ref of
    letters ('PBG-23-02') names one issue across papers; a bare number ('4') only when the two
    rows share much of their words (item 4 of one plan is not item 4 of the next)."""
    if re.search(r"[a-z]", row.ref or "", re.I):
        return True
    words = {w for w in stems(f"{row.title} {row.action or ''}") if w not in STOPWORDS}
    theirs = {w for w in stems(f"{other.title} {other.action or ''}") if w not in STOPWORDS}
    return len(words & theirs) >= _SHARED * len(words | theirs)


_SHARED = 0.3  # share of the two rows' words in common for a bare number to be one issue


def _rows_in(
    rows: Sequence[ActionRecord], paper: DocumentInfo, register: Register
) -> list[ActionRecord]:
    """The rows of ``paper`` that are ``rows`` there: the same ref, else the same issue raised
    again (its thread of re-raised issues)."""
    threads = register.threads()
    moved: list[ActionRecord] = []
    for row in rows:
        refs = [row.ref.lower()] if row.ref else []
        same = [r for r in register.with_refs(refs) if r.document.id == paper.id] if refs else []
        same = [r for r in same if _same_issue(row, r)]
        if not same:
            thread = threads.thread_of(row.id)
            same = [r for r in thread.records if r.document.id == paper.id] if thread else []
        moved += [r for r in same[:1] if r.id not in {m.id for m in moved}]
    return moved


def shifted(
    question: str,
    previous: Previous | None,
    documents: Sequence[DocumentInfo],
    register: Register,
) -> tuple[str, Previous | None] | None:
    """The follow-up to resolve in place of ``question`` when it moves the year, with what the
    turn before was about moved to that year's paper: its rows there (by ref, else by thread),
    so that 'it' is the row of the paper asked. A frame ('and a year later, how far had it
    got?') is left out: the chat scopes the turn to that paper (:func:`year_scope`)."""
    shift = shift_year(question, previous, documents)
    if shift is None:
        return None
    rows = _rows_in(previous.records, shift.document, register) if previous else []
    if not rows and shift.question == question:
        return None  # a year named alone, no row there: asked as it is, within that paper
    if previous is not None and rows:
        names = record_names(register, rows)
        previous = replace(previous, records=rows, names=names, quoted=False, pool=[])
    elif previous is not None and previous.records:
        # the rows in focus are not in that paper: 'that issue' is what they were about, in
        # the user's own words, asked there (of no row of the paper before)
        topic = topic_in_paper(shift.question, previous)
        if topic is not None:
            return topic, replace(previous, records=[], names=[], quoted=False, pool=[])
    frame = _FRAME.match(question)
    alone = frame is not None and _AT_YEAR.match(question) is not None  # 'and 2024: is it done?'
    if frame and (alone or (_SHIFT.fullmatch(frame.group("shift")) and not _YEAR.search(question))):
        rest = frame.group("rest")
        return rest[:1].upper() + rest[1:], previous
    asked = shift.question
    if len(rows) == 1 and SINGULAR.search(asked) and previous is not None:
        # 'what did the 2023 tracker say its status was?': the row there, the paper named
        name = previous.names[0].replace(f" in the {shift.document.title}", "")
        asked = SINGULAR.sub(lambda m: refer(m, name), asked, count=1)
    return asked, previous
