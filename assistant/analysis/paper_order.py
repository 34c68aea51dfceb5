"""The paper a question picks by its place in time among the papers held ('the oldest paper
in the collection', 'the most recent report', 'which document is the newest?'): a superlative
of time read on a paper noun, resolved against the papers' report dates (or the year a paper
is dated by), never on a deadline or a row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from assistant.analysis.names import NameIndex
from assistant.analysis.reading import Reading
from assistant.analysis.series_order import series_number
from ingest.model import DocumentInfo

Order = Literal["earliest", "latest"]

_EARLY = r"oldest|earliest|eldest|first"
_LATE = r"newest|latest|youngest|most\s+recent(?:ly\s+dated)?|last"
# of two papers, the comparative: 'the more recent of those two papers', 'the older one'
_EARLIER = r"older|earlier|less\s+recent"
_LATER = r"newer|later|more\s+recent"
_ORDER = rf"(?P<order>{_EARLY}|{_LATE})"
_OF_TWO = rf"(?P<order>{_EARLIER}|{_LATER})\s+(?:one\s+)?of\s+(?:the|those|these|its|their)\s+"
# what a paper is called; 'one' only with a paper word elsewhere ('the most recent one')
_PAPER = (
    r"(?:papers?|reports?|documents?|statements?|publications?|plans?|logs?|trackers?|"
    r"meetings?)"
)


@lru_cache(maxsize=8)
def _on_noun(titled: str) -> re.Pattern[str]:
    """'the oldest paper', 'the most recent dated report', 'the newest of the papers', 'the
    latest progress report' (words of the papers' titles, ``titled``, before the noun)."""
    word = rf"(?:(?-i:[A-Z])[\w'’]*|{titled})" if titled else r"(?-i:[A-Z])[\w'’]*"
    return re.compile(
        rf"\b(?:the\s+)?(?:very\s+)?{_ORDER}\s+(?:(?:dated|published|issued|written)\s+)?"
        rf"(?:(?:one|of\s+(?:the|these|those|its|their|all(?:\s+the)?))\s+)?"
        rf"(?:{word}\s+){{0,2}}{_PAPER}\b",
        re.I,
    )


# 'the more recent of those two papers', 'the older of the two logs' (never 'the later report',
# which is read against another paper)
_COMPARED = re.compile(
    rf"\b(?:the\s+)?{_OF_TWO}(?:two\s+|both\s+)?(?:[\w'’-]+\s+){{0,4}}?{_PAPER}\b", re.I
)


def _title_words(papers: list[DocumentInfo]) -> str:
    """The papers' titles' words of letters (not a number, not a paper noun), as alternatives."""
    return _words_of_titles(tuple(p.title or "" for p in papers))


@lru_cache(maxsize=16)
def _words_of_titles(titles: tuple[str, ...]) -> str:
    """:func:`_title_words` of papers of these titles (kept: every question reads the same
    papers' titles, five thousand of them in a large record)."""
    words = {w for title in set(titles) for w in re.findall(r"[a-z]{3,}", title.lower())}
    words -= {"papers", "reports", "documents", "statements", "plans", "logs", "trackers"}
    return "|".join(sorted(words, key=len, reverse=True))


# words that frame the noun of an ordered paper, never a word of its title
_NOT_TITLED = frozenset(
    "the one dated published issued written very these those its their all".split()
)


def _titled(phrase: str, papers: list[DocumentInfo]) -> list[DocumentInfo]:
    """Of ``papers``, those whose titles hold the lower-case words ``phrase`` puts before its
    noun ('the most recent progress report': the progress reports), and its noun when one of
    them does ('governance report': not the 'governance improvement plan'); all when it puts
    none there."""
    tokens = re.findall(r"[\w'’]+", re.sub(rf"(?i)\b{_ORDER}\b", " ", phrase))
    if not tokens:
        return papers
    noun = tokens[-1].lower()
    before = [t for t in tokens[:-1] if t.islower() and len(t) > 2 and t not in _NOT_TITLED]
    if not before:
        return papers
    held = [p for p in papers if all(w in (p.title or "").lower() for w in before)]
    named = [p for p in held if noun.rstrip("s") in (p.title or "").lower()]
    return named or held


# 'which paper is the oldest', 'which report came first', 'what document was dated latest'
_AFTER_NOUN = re.compile(
    rf"\b(?:which|what)\s+(?:\w+\s+)?{_PAPER}\s+(?:(?:here|held|in\s+the\s+\w+)\s+)?"
    rf"(?:is|was|came|comes|is\s+dated|was\s+dated|"
    rf"was\s+(?:published|issued|written))\s+(?:the\s+)?{_ORDER}\b",
    re.I,
)
# a meeting picked by its place in time: 'which committee met most recently?', 'whose board
# sat first?' (the meeting is its paper's: a paper's date is the day its meeting took it)
_MET = re.compile(
    r"\b(?:which|what|whose)\s+(?:[\w'’-]+\s+){0,2}?(?:committees?|boards?|panels?|meetings?|"
    r"bod(?:y|ies)|trusts?|councils?)\s+(?:(?:was|were)\s+)?(?:met|sat|convened|held|took\s+place)"
    rf"\s+(?P<order>{_EARLY}|{_LATE}|most\s+recently|(?:the\s+)?(?:earliest|latest))\b",
    re.I,
)
# a relation to another paper, not a place among all of them ('since the last report')
# ('look at the first log', 'going by the latest log' read that paper: no relation)
_RELATIVE = re.compile(
    r"\b(?:since|from|until|till|(?<!look )(?<!looks )(?<!looked )(?<!looking )at|"
    r"(?<!go )(?<!going )(?<!goes )(?<!went )by|before|"
    r"after)\s+(?:the\s+)?$",
    re.I,
)
# the collection itself, named after the paper: 'in the collection', 'held here'
_COLLECTION = re.compile(
    r"\s*(?:(?:in|of|among|within)\s+(?:the\s+|this\s+|these\s+|all\s+(?:the\s+)?)?"
    r"(?:collection|record|set|corpus|library|papers|documents|reports)|here|held(?:\s+here)?)\b",
    re.I,
)
# the words of a question that asks only which paper that is ('which is the newest paper?')
_FRAME = frozenset(
    "which what is was the a of in here held one this these all that are it's whats "
    # the paper asked for as the one its meeting took: 'which of the papers went to …'
    "paper papers report reports document documents went go goes taken to before for whose "
    "collection record set corpus library".split()
)


@dataclass(frozen=True)
class PaperOrder:
    """The papers picked (one, or several dated alike), the span that picked them, and
    whether the question asks nothing else of them (then it asks which paper, and its date)."""

    documents: list[str]
    span: tuple[int, int]
    order: Order
    alone: bool


def paper_by_order(question: str, papers: list[DocumentInfo]) -> PaperOrder | None:
    """The oldest or newest of ``papers`` when the question names a paper by its place in
    time; None when it names none, or no paper is dated."""
    found = next(
        (
            m
            for pattern in (_on_noun(_title_words(papers)), _AFTER_NOUN, _COMPARED, _MET)
            for m in pattern.finditer(question)
            if not _RELATIVE.search(question[: m.start()])
        ),
        None,
    )
    if found is None:
        return None
    if found.re is _on_noun(_title_words(papers)):  # 'the latest progress report': of those
        papers = _titled(found.group(0), papers)
    # papers of one date follow the number their names end in ('progress report 6')
    dated = [((when, series_number(p)), p.id) for p in papers if (when := _when(p)) is not None]
    if not dated:
        return None
    early = rf"{_EARLY}|{_EARLIER}"
    said = re.sub(r"^the\s+", "", found.group("order").lower())  # 'the earliest'
    order: Order = "earliest" if re.fullmatch(early, said) else "latest"
    best = min(w for w, _ in dated) if order == "earliest" else max(w for w, _ in dated)
    end = found.end()
    collection = _COLLECTION.match(question, end)
    if collection:
        end = collection.end()
    rest = question[: found.start()] + " " + question[end:]
    alone = set(re.findall(r"[a-z']+", rest.lower())) <= _FRAME
    return PaperOrder(
        documents=[i for w, i in dated if w == best],
        span=(found.start(), end),
        order=order,
        alone=alone,
    )


def _when(paper: DocumentInfo) -> date | None:
    """A paper's place in time: its report date, else the middle of the year it is dated by."""
    if paper.date:
        try:
            return date.fromisoformat(paper.date[:10])
        except ValueError:
            pass
    return date(paper.year, 7, 1) if paper.year else None


def read_paper_order(
    reading: Reading, documents: list[str], name_index: NameIndex
) -> PaperOrder | None:
    """The paper picked by its place in time, among the papers named (a body's) or else all
    held; its words are read and blanked out of the residual."""
    among = set(documents)
    papers = [p for p in name_index.documents if not among or p.id in among]
    picked = paper_by_order(reading.plain, papers)
    if picked is not None:
        start, end = picked.span
        reading.consume(reading.plain[start:end])
        reading.blank([picked.span])
    return picked
