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

CarriedKind = Literal["earlier", "new"]

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
    rf"|\b(?:in|on)\s+{_EARLIER_PAPER}\s+(?:too|as\s+well|also)\b)",
    re.I,
)
# rows the earlier paper does not hold: 'new this year', 'added since the last report', 'not
# carried forward', 'raised for the first time'
_NEW = re.compile(
    rf"(?:\b(?:not|never)\s+{_CARRY}(?:\s+(?:from|since)\s+{_EARLIER_PAPER})?"
    rf"|\b(?:new|added|introduced|raised|first\s+raised)\s+(?:this\s+year|in\s+(?P<new_year>{_YEAR})"
    rf"|since\s+{_EARLIER_PAPER}|(?:to|in)\s+(?:this|the\s+(?:latest|current|later|newer|new))"
    rf"\s+{_PAPER})"
    rf"|\braised\s+for\s+the\s+first\s+time\b"
    rf"|\b(?:not|never)\s+(?:[\w'’-]+\s+){{0,2}}?(?:in|on)\s+{_EARLIER_PAPER})",
    re.I,
)


@dataclass(frozen=True)
class Carried:
    """A phrase relating rows to the body's earlier paper: which rows it asks for ('earlier':
    those the earlier paper holds too; 'new': those it does not), its span in the question and
    the year it names the earlier paper by, if any."""

    kind: CarriedKind
    start: int
    end: int
    year: int | None = None


def carried_phrase(question: str) -> Carried | None:
    """The phrase of ``question`` that relates its rows to an earlier paper, or None."""
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
    return None


class _Paper(Protocol):
    id: str
    year: int | None
    date: str | None
    organisation: str | None


def _when(paper: _Paper) -> str:
    return paper.date or (f"{paper.year}-06-30" if paper.year else "")


def earlier_paper(paper: _Paper, papers: Sequence[_Paper], year: int | None) -> _Paper | None:
    """The paper of ``paper``'s body just before it (of ``year``, when the phrase names one),
    or None."""
    body = (paper.organisation or "").strip().lower()
    if not body or not _when(paper):
        return None
    before = [
        p
        for p in papers
        if p.id != paper.id
        and (p.organisation or "").strip().lower() == body
        and _when(p)
        and _when(p) < _when(paper)
        and (year is None or p.year == year)
    ]
    return max(before, key=_when) if before else None


def later_papers(documents: Sequence[str], papers: Sequence[_Paper], carried: Carried) -> list[str]:
    """Of ``documents`` (all ``papers`` when none are named), those with an earlier paper of
    their body (of the year the phrase names, if any): the papers the rows are asked of."""
    named = [p for p in papers if p.id in documents] if documents else list(papers)
    return [p.id for p in named if earlier_paper(p, papers, carried.year) is not None]
