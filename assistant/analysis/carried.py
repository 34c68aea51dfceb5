"""Rows related to a body's earlier paper: 'the ones carried over from the previous year',
'brought forward from last year's plan', 'still outstanding from the earlier report' ask for the
rows of the paper in scope that its body's earlier paper also holds; 'new this year', 'added
since the last report', 'not carried forward' ask for those it does not.

The phrase describes a relation between papers, so it is no topic term and its year picks no
paper: :func:`carried_phrase` finds it and its span (blanked before the question is read
further), :func:`later_papers` the papers in scope that have an earlier paper of their body.
Nothing here knows a paper: the words are those of English about papers and years."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

CarriedKind = Literal["earlier", "new", "later"]
# where the rows' state is read when the phrase places it at another paper of the body: 'still
# open a year later' ('onward': the state in the body's next paper), 'partly implemented the
# year before' ('back': in its paper before)
Direction = Literal["onward", "back"]

_YEAR = r"(?:19|20)\d\d(?:\s*/\s*\d{2,4})?"
_EARLIER = r"(?:previous|prior|preceding|earlier|last|former|past|original|first)"
# what an earlier paper is called ('year', 'report', 'plan', 'round', 'one'), with its genitive
_PAPER = (
    r"(?:years?|year['’]s|report|paper|plan|review|update|tracker|log|register|round|cycle|"
    r"programme|program|audit|inspection|follow[- ]?up|meeting|exercise|edition|version|"
    r"statement|summary|schedule|list|one)s?['’]?s?"
)
# a reference to an earlier paper: 'the previous year', "last year's plan", 'the earlier
# report', 'the 2023 report', 'the year before'
_EARLIER_PAPER = (
    rf"(?:(?:the|its|their|a|an)\s+)?(?:"
    rf"{_EARLIER}\s+(?:[\w'’-]+\s+){{0,2}}?{_PAPER}(?:\s+{_PAPER})?"
    rf"|{_YEAR}(?:\s+[\w'’-]+){{0,2}}?\s+{_PAPER}(?:\s+{_PAPER})?"
    rf"|(?:the\s+)?year\s+before)\b"
)
# a verb of carrying ('carried over', 'brought forward', 'rolled forward'), on its own or with the
# earlier paper it came from
_CARRY = (
    r"\b(?:carr(?:y|ied|ies|ying)|br(?:ing|ings|ought|inging)|roll(?:s|ed|ing)?|"
    r"h(?:eld|old|olds)|transferr?(?:ed|ing)?)[\s-]+"
    r"(?:over|forward|forwards|across)\b"
)
# a word right before 'from <earlier paper>': a state the rows are still in ('outstanding
# from', 'still open from': read as the status it names, the rows of both papers in it), or
# how they came ('left over from', 'repeated from', 'continuing from')
_STATE_FROM = (
    r"(?:\b(?P<state>(?:still\s+)?(?:outstanding|open|remaining|unresolved|unfinished|pending|"
    r"incomplete|unimplemented|live|active|not\s+\w+ed)|still\s+\w+)"
    r"|\b(?:left(?:\s+over)?|over|repeated|continu(?:ed|ing)|inherited|surviving))\s+from\s+"
)
# already or also in the earlier paper: 'that were also in last year's report', 'already
# raised in the previous plan', 'which appeared in the 2023 report too'
_ALSO_IN = r"\b(?:also|already|previously)\s+(?:[\w'’-]+\s+){0,2}?(?:in|on|from|by)\s+"
_CARRIED = re.compile(
    rf"(?:{_CARRY}(?:\s+(?:from|since)\s+{_EARLIER_PAPER})?"
    rf"|{_STATE_FROM}{_EARLIER_PAPER}"
    rf"|{_ALSO_IN}{_EARLIER_PAPER}"
    rf"|\b(?:in|on)\s+{_EARLIER_PAPER}\s+(?:too|as\s+well|also)\b"
    # raised in both of the body's papers: 'appear in both years' plans', 'show up on both
    # trackers' (a verb of appearing: 'how many actions are in both plans' counts them all)
    rf"|\b(?:appear\w*|featur\w*|c[oa]me?s?\s+up|show(?:s|ed|n)?\s+up|recur\w*|repeated|"
    rf"raised|listed|included|reported|mentioned)\s+(?:again\s+)?(?:in|on|across)\s+both\s+"
    rf"(?:of\s+)?(?:(?:the|its|their)\s+)?{_PAPER}"
    rf"(?:\s+{_PAPER})?(?![\w'’]))",
    re.I,
)
# verbs of a row's appearing in a paper ('listed', 'raised', 'shown up'), as against the states
# a row is in ('implemented', 'met')
_APPEARING = (
    r"(?:appear\w*|list(?:ed)?|includ\w*|raised|report(?:ed)?|mention\w*|record(?:ed)?|"
    r"featur\w*|shown|show(?:s|ed)?\s+up|tracked|there|present|found|covered|identified|"
    r"flagged|logged|noted)"
)
# rows the earlier paper does not hold: 'new this year', 'added since the last report', 'not
# carried forward', 'raised for the first time'
_NEW = re.compile(
    rf"(?:\b(?:not|never)\s+{_CARRY}(?:\s+(?:from|since)\s+{_EARLIER_PAPER})?"
    rf"|\b(?:new|added|introduced|raised|first\s+raised)\s+(?:this\s+year|in\s+(?P<new_year>{_YEAR})"
    rf"|since\s+{_EARLIER_PAPER}|(?:to|in)\s+(?:this|the\s+(?:latest|current|later|newer|new))"
    rf"\s+{_PAPER})"
    rf"|\braised\s+for\s+the\s+first\s+time\b"
    # 'the new recommendations', 'which new actions': rows a paper adds
    rf"|\bnew\s+(?=(?:[\w-]+\s+)?(?:recommendations|actions|items|issues|findings|areas|points)\b)"
    # 'not listed in the 2023 report', 'never in the previous plan': a verb of appearing, not
    # a state ('not implemented in the 2023 report' is a state read at that paper)
    rf"|\b(?:not|never)\s+(?:(?:yet|already|also|even|previously|ever|be|been|being)\s+)*"
    rf"(?:{_APPEARING}\s+)?(?:in|on)\s+{_EARLIER_PAPER})",
    re.I,
)


# a time placed at the body's next paper ('a year later', 'the following year', 'by the next
# report', 'in the later follow-up') or at its paper before ('the year before', 'a year
# earlier', 'in the previous report'); 'in the last year' is a period, not a paper
_LATER_PAPER = rf"(?:following|next|subsequent|later|newer)\s+(?:[\w'’-]+\s+){{0,2}}?{_PAPER}"
_ONWARD = re.compile(
    rf"\b(?:a|one|twelve\s+months|a\s+full)\s+year\s+(?:later|on)\b"
    rf"|\btwelve\s+months\s+(?:later|on)\b"
    rf"|\b(?:in|by|at)\s+the\s+(?:following|next|subsequent)\s+year\b"
    rf"|\bthe\s+year\s+after\b"
    rf"|\b(?:in|by|at)\s+(?:the|its|their)\s+{_LATER_PAPER}\b",
    re.I,
)
_BACK = re.compile(
    rf"\b(?:in\s+|during\s+)?the\s+year\s+before\b"
    rf"|\ba\s+year\s+(?:earlier|before)\b"
    rf"|\b(?:in|by|at)\s+(?:the|its|their)\s+(?:previous|prior|preceding|earlier)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_PAPER}\b",
    re.I,
)


@dataclass(frozen=True)
class Carried:
    """A phrase relating rows to the body's earlier paper: which rows it asks for ('earlier':
    those the earlier paper holds too; 'new': those it does not; 'later': those the body's
    later paper holds too), its span in the question and the year it names the earlier paper
    by, if any. ``direction``: the phrase places the rows' state at the body's next or
    previous paper, so the rows asked for are that paper's (see :func:`related_papers`)."""

    kind: CarriedKind
    start: int
    end: int
    year: int | None = None
    direction: Direction | None = None


def carried_phrase(question: str, parts: Sequence[str] = ()) -> Carried | None:
    """The phrase of ``question`` that relates its rows to an earlier paper, or to the body's
    paper after or before the one asked of ('still open a year later'), or None; None too
    when it only describes a part of a paper (see :func:`describes_part`; ``parts``: the
    papers' section and category names)."""
    found = _carried_phrase(question)
    return None if found is None or describes_part(question, found, parts) else found


def _carried_phrase(question: str) -> Carried | None:
    for kind, pattern in (("new", _NEW), ("earlier", _CARRIED)):
        found = pattern.search(question)
        if found is None:
            continue
        if found.groupdict().get("new_year"):  # 'new in 2024': the year names the later paper
            return Carried("new", found.start(), found.start("new_year"), None)
        start = found.end("state") if found.groupdict().get("state") else found.start()
        named = re.search(r"\b(?:19|20)\d\d\b", found.group(0))  # 'from the 2023 report'
        year = int(named.group(0)) if named else None
        return Carried(kind, start, found.end(), year)  # type: ignore[arg-type]
    for direction, pattern in (("onward", _ONWARD), ("back", _BACK)):
        found = pattern.search(question)
        rest = question[: found.start()] + question[found.end() :] if found else ""
        if found is not None and re.search(r"\b(?:19|20)\d\d\b", rest):
            # the paper the state is read against is named by its year ('the 2023 ones … a
            # year later'); without one, 'in the previous report' names a paper itself
            kind = "earlier" if direction == "onward" else "later"
            return Carried(kind, found.start(), found.end(), None, direction)  # type: ignore[arg-type]
    return None


# a phrase naming a part of the paper ('under the heading', 'the section on', "the table of")
_PART_BEFORE = re.compile(
    r"\b(?:under|section|heading|headed|titled|entitled|called|part|table|schedule|appendix|"
    r"annex)\b(?:\s+(?:of|on|for|about|headed|titled|called))?\W*(?:(?:the|its|their|those|"
    r"these|recommendations?|actions?|items?|issues?)\W+){0,3}$",
    re.I,
)


def describes_part(question: str, carried: Carried, parts: Sequence[str]) -> bool:
    """Whether the phrase only describes a part of a paper ('under “carried forward from
    2022/23”', 'the section of recommendations brought forward'): quoted, after a word naming
    a part, or in the words of one of ``parts`` (the papers' section and category names). A
    part's rows are asked for then, not the rows the body's earlier paper also holds."""
    said = question[carried.start : carried.end]
    before = question[max(0, carried.start - 40) : carried.start]
    # an opening quotation mark (not a possessive's apostrophe) or a word naming a part
    if re.search(r"(?:^|\s)[\"“‘']\s*(?:\w+\s+){0,3}$", before) or _PART_BEFORE.search(before):
        return True
    words = set(re.findall(r"[a-z]+", said.lower())) - {"the", "a", "an", "from", "its"}
    return bool(words) and any(words <= set(re.findall(r"[a-z]+", part.lower())) for part in parts)


class _Paper(Protocol):
    id: str
    year: int | None
    date: str | None
    organisation: str | None


def paper_when(paper: _Paper) -> str:
    """A paper's date for ordering: its own, else the middle of its year ('' when neither)."""
    return paper.date or (f"{paper.year}-06-30" if paper.year else "")


def earlier_paper(paper: _Paper, papers: Sequence[_Paper], year: int | None) -> _Paper | None:
    """The paper of ``paper``'s body just before it (of ``year``, when the phrase names one),
    or None."""
    body = (paper.organisation or "").strip().lower()
    if not body or not paper_when(paper):
        return None
    before = [
        p
        for p in papers
        if p.id != paper.id
        and (p.organisation or "").strip().lower() == body
        and paper_when(p)
        and paper_when(p) < paper_when(paper)
        and (year is None or p.year == year)
    ]
    return max(before, key=paper_when) if before else None


def later_paper(paper: _Paper, papers: Sequence[_Paper], year: int | None) -> _Paper | None:
    """The paper of ``paper``'s body just after it (of ``year``, when given), or None."""
    body = (paper.organisation or "").strip().lower()
    if not body or not paper_when(paper):
        return None
    after = [
        p
        for p in papers
        if p.id != paper.id
        and (p.organisation or "").strip().lower() == body
        and paper_when(p) > paper_when(paper)
        and (year is None or p.year == year)
    ]
    return min(after, key=paper_when) if after else None


def related_papers(
    documents: Sequence[str], papers: Sequence[_Paper], carried: Carried
) -> tuple[list[str], int | None]:
    """The papers a phrase asks the rows of, and the year of the paper they are matched
    against. A phrase placing the state at another paper ('still open a year later' of the
    2023 paper) asks the rows of the body's next (or previous) paper, matched against the
    paper named; otherwise :func:`later_papers`, against the earlier paper the phrase names."""
    if carried.direction is None:
        return later_papers(documents, papers, carried), carried.year
    named = [p for p in papers if p.id in documents] if documents else list(papers)
    step = later_paper if carried.direction == "onward" else earlier_paper
    found: list[str] = []
    years: set[int | None] = set()
    for paper in named:
        other = step(paper, papers, None)
        if other is not None and other.id not in found:
            found.append(other.id)
            years.add(paper.year)
    year = next(iter(years)) if len(years) == 1 and len(named) < len(papers) else None
    return found, year


def later_papers(documents: Sequence[str], papers: Sequence[_Paper], carried: Carried) -> list[str]:
    """Of ``documents`` (all ``papers`` when none are named), those with an earlier paper of
    their body (of the year the phrase names, if any): the papers the rows are asked of."""
    named = [p for p in papers if p.id in documents] if documents else list(papers)
    return [p.id for p in named if earlier_paper(p, papers, carried.year) is not None]


class _Window(Protocol):
    since: int | None
    until: int | None
    period: str | None


def papers_of_window(time: _Window, papers: Sequence[_Paper]) -> list[str]:
    """The papers of the one year a question's window names, when a phrase places the rows'
    state at another paper of their body ('the 2024 ones … the year before'): that year names
    the paper asked of, so it is no window on the rows' dates (then cleared); else none."""
    if time.since is None or time.since != time.until:
        return []
    found = [p.id for p in papers if p.year == time.since]
    if found:
        time.since = time.until = time.period = None
    return found
