"""Dates of the sides of an order in time: the kind of each date, the sentence that dates
an event a side describes, and the time between two dates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.figures import FULL_MONTHS
from assistant.answers.support.gather import gather
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage
from assistant.text import stem, stems
from ingest.dates import parse_dates
from vectorstore.bm25 import query_terms

EVENT_COVERAGE = 0.6  # share of a side's words a dated sentence must hold to date the event


class Dated(NamedTuple):
    """One side of an order in time: its date (ISO), as written, what kind of date, how to
    name what it dates, and its citation marker."""

    side: str
    iso: str
    written: str
    kind: str  # 'deadline', 'event' or 'paper'
    what: str
    marker: str


# a day and a month with no year after it ('a workshop on 16 January'): the paper's year
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({FULL_MONTHS})\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
)
_AHEAD = re.compile(r"\b(?:will|shall|looking forward|next|planned|scheduled|due to)\b", re.I)


def event_date(item: Evidence) -> tuple[str, str] | None:
    """(ISO date, as written) a sentence gives its event: a day and month it writes with no
    year take the year that puts them on the side of the paper's date the sentence speaks of
    (after it when it looks ahead, else before), rather than a period named elsewhere in the
    sentence ('… on 16 January, … in time for the 2018-19 plan'); else its first date."""
    found = _DAY_MONTH.search(item.text)
    paper = item.document.date
    if found is not None and paper and re.fullmatch(r"\d{4}-\d\d-\d\d", paper):
        month = FULL_MONTHS.split("|").index(found.group(2)) + 1
        day, written = int(found.group(1)), date.fromisoformat(paper)
        ahead = bool(_AHEAD.search(item.text))
        year = written.year
        if ahead and (month, day) < (written.month, written.day):
            year += 1
        elif not ahead and (month, day) > (written.month, written.day):
            year -= 1
        try:
            return date(year, month, day).isoformat(), f"{found.group(0)} ({year})"
        except ValueError:  # a day the month has not (a slip): the date is not read
            return None
    dates = parse_dates(item.text)
    return (dates[0].iso, dates[0].text) if dates else None


def held_words(side: str, text: str) -> int:
    """How many of a side's words (by stem) a text holds."""
    held = stems(text)
    return sum(1 for t in query_terms(side) if stem(t) in held)


def event_sentence(side: str, q: QueryAnalysis, context: AnswerContext) -> Evidence | None:
    """The sentence that dates the event a side describes ('the launch of the X programme' ->
    'The X programme launched in July 2008 …'): a sentence, not a deadline cell, holding a
    date and most of the side's words."""
    terms = [
        t for t in query_terms(side) if t not in GENERIC and not t.isdigit() and context.stats.df(t)
    ]
    if not terms:
        return None
    evidence, weights = gather(q, context, k=12, text=side, terms=terms)
    records = context.register.by_id()
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        record = records.get(item.record_id or "")
        if record is not None and record.due_text and item.text in record.due_text:
            continue  # the deadline cell dates the action, not an event
        if len(item.text.split()) < 5 or event_date(item) is None:
            continue
        share = coverage(item.text, weights)
        if share >= EVENT_COVERAGE and (best is None or share > best[0]):
            best = (share, item)
    return best[1] if best else None


def prose_event(
    side: str, q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> Dated | None:
    """The date a prose sentence (no row's cell) gives the event ``side`` describes ('the
    next follow-up report' -> 'The next follow-up report will be presented … on 13 September
    2023.'), or None."""
    event = event_sentence(side, q, context)
    if event is None or event.record_id:
        return None
    iso, written = event_date(event) or ("", "")
    n = builder.add_evidence(event)
    marker = f" [{n}]" if n else ""
    return Dated(side, iso, written, "event", f"“{event.display()}”", marker)


def order_key(a: Dated, b: Dated) -> tuple[str, str]:
    """The two dates compared at the coarser of their precisions (a year against a date)."""
    if len(a.iso) == 4 or len(b.iso) == 4:
        return a.iso[:4], b.iso[:4]
    return a.iso, b.iso


def gap(first: str, last: str) -> str:
    """The time between two ISO dates in years and months ('1 year and 3 months'); between
    years ('2002' and '2008') when either is only a year ('about 6 years')."""
    if len(first) == 4 or len(last) == 4:
        years = int(last[:4]) - int(first[:4])
        return f"about {years} year{'s' if years != 1 else ''}"
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    # a month's last day to a later month's last day is whole months ('March 2009' to 'April
    # 09': 31 March to 30 April is one month, not 30 days)
    short = end.day < start.day and (end + timedelta(days=1)).day != 1
    months = (end.year - start.year) * 12 + end.month - start.month - short
    years, rest = divmod(max(months, 0), 12)
    said = " and ".join(
        p
        for p in (
            f"{years} year{'s' if years != 1 else ''}" if years else "",
            f"{rest} month{'s' if rest != 1 else ''}" if rest else "",
        )
        if p
    )
    return said or f"{(end - start).days} days"
