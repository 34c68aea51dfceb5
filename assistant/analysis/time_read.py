"""When a question asks about: months and years, the window on papers' years, the due window
and a revision's original deadline (a step of :func:`~assistant.analysis.analyse.analyse`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis.held_periods import held_label
from assistant.analysis.made_dates import made_span, made_window, papers_made
from assistant.analysis.model import Intent
from assistant.analysis.names import NameIndex
from assistant.analysis.periods import (
    body_paper_of_year,
    due_period,
    due_window,
    months_named,
    paper_of_year,
    period_range,
    state_by_date,
    year_window,
)
from assistant.analysis.reading import Reading
from assistant.analysis.revision_windows import revised_from_window, revised_to_window
from assistant.analysis.this_period import this_period_window
from assistant.analysis.yearless_due import paper_year, with_year, yearless_window


@dataclass
class Time:
    """When: the window on a document's year, on a record's deadline, on its original one."""

    since: int | None = None
    until: int | None = None
    period: str | None = None
    due_from: str | None = None
    due_to: str | None = None
    due_text: str | None = None
    revised_from: str | None = None
    revised_to: str | None = None


def read_time(reading: Reading, years: list[tuple[str, int]], intent: Intent) -> Time:
    """Months and years, the window on documents' years, the due window and the original
    deadline a revision moved from."""
    question = reading.plain
    for month in months_named(question):
        reading.consume(month)
    time = Time()
    time.since, time.until, time.period = year_window(question, years, intent)
    if time.period:
        reading.consume(time.period)
        if time.since is not None and time.until is None:
            reading.consume(question, only={"on", "onward", "onwards"})
    time.due_from, time.due_to, time.due_text = due_window(question)
    if time.due_text:
        reading.consume(time.due_text)
        due_from, due_to = time.due_from, time.due_to
        if time.period and time.period.lower() in time.due_text.lower():
            # 'due before the end of 2009': the year is the due window's, not a report's
            time.since = time.until = None
            time.period = time.due_text
        elif (time.since, time.until) == (
            due_from and int(due_from[:4]),
            due_to and int(due_to[:4]),
        ):
            time.since = time.until = None  # 'due in 2009' is a due window, not a document year
            time.period = time.due_text
        elif (
            time.since is not None
            and time.since == time.until
            and due_from
            and int(due_from[:4]) == time.since
        ):
            time.since = time.until = None
            time.period = time.due_text
    for text, _ in years:
        reading.consume(text)
    moved = revised_from_window(question)
    if moved:
        time.revised_from, time.revised_to, moved_text = moved
        reading.consume(moved_text)
        moved_to = revised_to_window(question)
        if moved_to and not time.due_text:  # '… to 30 April 2023': the deadline it has now
            time.due_from, time.due_to, time.due_text = moved_to
    return time


def papers_of_year(
    reading: Reading, time: Time, documents: list[str], name_index: NameIndex
) -> list[str]:
    """'the 2002 progress summary': a year naming a paper chooses the rows of the papers of
    that year (among those named, if any), and is no window on the rows' dates. (A lookup's
    lone year is read by :func:`~assistant.analysis.periods.lone_year_read` as it is answered.)"""
    made = made_papers(reading, time, documents, name_index)
    if made is not None:
        return made
    named = paper_of_year(reading.plain, name_index.documents) or body_paper_of_year(
        reading.plain, documents, name_index.documents
    )
    if named is None or (
        time.due_text
        and _year_in_window(named[1], time.due_text)
        and not _beside_state_bound(reading.plain, named[1])
    ):
        return documents
    papers, text = named
    year = int(re.findall(r"\d{4}", text)[0])
    if time.since == time.until == year:  # 'in the 2002 summary': no window besides
        time.since = time.until = time.period = None
    kept = [d for d in documents if d in papers] if documents else papers
    reading.consume(text, only={str(year)})
    return kept or documents


def _year_in_window(paper_words: str, due_text: str) -> bool:
    """Whether the year naming a paper ('the 2008 plan') is one the deadline window's words
    hold too ('due sooner in the 2002 plan'): then it is the window's, and names no paper. A
    paper named apart from the window ('in the 2008 plan, due by March 2009') stays named."""
    return any(
        re.search(rf"(?<![\d/–-]){year}(?![\d/–-])", due_text)
        for year in re.findall(r"\d{4}", paper_words)
    )


def _beside_state_bound(question: str, paper_words: str) -> bool:
    """Whether the deadline window is a state's 'by <date>' ('not implemented by June 2003')
    apart from the words naming the paper by its year ('the 2002 summary')."""
    bound = state_by_date(question)
    return bound is not None and paper_words not in bound.group(0)


def made_papers(
    reading: Reading, time: Time, documents: list[str], name_index: NameIndex
) -> list[str] | None:
    """'The actions agreed in 2023', 'what did the board sign off in 2024': a window that
    dates the rows' making (:func:`~assistant.analysis.made_dates.made_window`) picks the
    papers of those years (of the papers named, if any) and is no window on the rows'
    deadlines. When the papers named have none of those years but one of the year after, the
    rows that one holds are the ones made then (a paper reports them later): that paper.
    None when the window is no making's, or names no paper of the named ones (or follows a paper:
    'made after the 2008 inspection' drops the window, and that paper is read as named)."""
    if time.due_text or time.period is None or not made_window(reading.plain, time.period):
        return None
    since, until = made_span(reading.plain, time.period, time.since, time.until)
    if (since, until) != (time.since, time.until):  # 'made after the 2008 inspection'
        time.since = time.until = time.period = None
        return None  # the paper the year names picks the rows
    papers = papers_made(since, until, documents, name_index.documents)
    # none of those years: the rows of the papers named were made then if one of them is of
    # the year after the window (a paper reports what the year before it made)
    later = papers_made(since, until + 1 if until else None, documents, name_index.documents)
    if not papers and not (documents and later):
        return None
    reading.consume(time.period)
    time.since = time.until = time.period = None
    return papers or later


def relative_due(reading: Reading, time: Time, documents: list[str], name_index: NameIndex) -> None:
    """'due this financial year': the deadline window of the period the papers in scope were
    written in, when no other due window was read."""
    if time.due_text:
        return
    found = this_period_window(reading.plain, documents, name_index.documents)
    if found is not None:
        time.due_from, time.due_to, time.due_text = found
        reading.consume(found[2])


def held_due_label(reading: Reading, documents: list[str], name_index: NameIndex) -> str | None:
    """The label the named papers' deadline cells hold for the quarter or season the due window
    falls in ('due in the second quarter of 2009' -> 'Q2 2009'), so the rows they dated by it
    are the ones meant; None when no paper is named or one of them holds no such labels."""
    when = due_period(reading.plain)
    if when is None or not documents or not all(name_index.due_labels.get(d) for d in documents):
        return None  # a paper dating by months alone: its rows are read by the window
    labels = {label for d in documents for label in name_index.due_labels.get(d, set())}
    return held_label(when, labels, period_range)


def yearless_due(reading: Reading, time: Time, documents: list[str], name_index: NameIndex) -> None:
    """'due by September', 'due in the autumn': the deadline window of that month or season in
    the year the named papers mean (:mod:`.yearless_due`), when no other due window was read."""
    found = yearless_window(reading.plain) if documents and not time.due_text else None
    if found is None:
        return
    papers = [d for d in name_index.documents if d.id in documents]
    labels = {label for d in documents for label in name_index.due_labels.get(d, set())}
    year = paper_year(found.group("when"), papers, labels)
    if year is None:
        return
    due_from, due_to, _ = due_window(with_year(reading.plain, year))
    if due_from or due_to:
        time.due_from, time.due_to, time.due_text = due_from, due_to, found.group(0)
        reading.consume(found.group(0))
