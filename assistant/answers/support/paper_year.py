"""A paper named with a year the record holds no such paper of: 'the 2005 HMIC inspection'
where the only HMIC inspection held is of 2008. The year written before a paper's name dates
the paper, so it is no detail to pass over: the paper of that year is one the record does not
cover, as 'the 2012 governance statement' is when no statement of 2012 is held.
Without it the paper of another year answers as if it were the one asked of."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.text import stems

# a year before the words of a paper's name: 'the 2005 HMIC inspection', 'its 2019 report'
_DATED_NAME = re.compile(
    r"\b(?:the|a|an|its|their|that)\s+(?P<year>(?:19|20)\d\d)\s+(?P<name>(?:[A-Za-z][\w&'-]*\s*){1,4})"
)


# the nouns of a kind of paper, which a year before them dates
_PAPER_KIND = re.compile(
    r"(?:report|plan|paper|statement|summary|document|update|letter|minutes|review|inspection|"
    r"audit|assessment|tracker|register)s?",
    re.I,
)


def paper_year_unheld(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` with the paper it dates by a year as a period the record does not cover, when no
    paper it names is of that year (by its date, period, title or the named section); ``q``
    itself otherwise."""
    if not q.documents or q.since is not None or q.until is not None or q.refs:
        return q
    named = [d for d in context.documents if d.id in q.documents]
    if not named:
        return q
    said = " ".join(
        [part for d in named for part in (d.title, d.period or "", d.date_text or "", d.date or "")]
        + [q.section or "", *q.sections]
    )
    held = {d.year for d in named if d.year} | _years(said)
    names = stems(" ".join([d.title for d in named] + [q.section or "", *q.sections]))
    terms = stems(" ".join(q.terms))
    for found in _DATED_NAME.finditer(q.question):
        year = int(found.group("year"))
        words = re.findall(r"[A-Za-z]+", found.group("name"))[:3]
        if year in held or not words:
            continue
        end = _names_paper(words, names, terms)
        if end:
            phrase = " ".join([found.group(0).split()[0], found.group("year"), *words[:end]])
            return q.model_copy(update={"unknown_periods": [*q.unknown_periods, phrase]})
    return q


def _names_paper(words: list[str], names: set[str], terms: set[str]) -> int:
    """How many of the words after a year name a paper (0: they name none): up to a noun of a
    kind of paper ('HMIC inspection', 'governance statement') among words the question's
    analysis read as a paper's name (none of its terms), else the first when a named paper's
    title holds it."""
    for index, word in enumerate(words):
        if stems(word) & terms:
            break
        if _PAPER_KIND.fullmatch(word):
            return index + 1
    return 1 if stems(words[0]) & names else 0


def _years(text: str) -> set[int]:
    """The years ``text`` writes, a span's both ends ('2001/2' -> 2001, 2002; '2007/08' ->
    2007, 2008)."""
    years: set[int] = set()
    for found in re.finditer(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d{1,4}))?\b", text):
        first = found.group(1)
        years.add(int(first))
        if end := found.group(2):  # '2001/2', '2007/08', '2016-2017': the end's last digits
            years.add(int(first[: 4 - len(end)] + end))
    return years
