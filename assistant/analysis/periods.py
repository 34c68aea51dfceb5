"""Years and periods a question names: years and financial years ('2007/08' ends in 2008),
the window on a document's year ('since 2008'), the window on a record's deadline ('due by
Q2 2009'), the original deadline a revision moved from, and periods no document covers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from assistant.analysis.date_spans import EXTRA_WHEN, fy_start, span_of
from assistant.analysis.made_dates import made_window, papers_made
from assistant.analysis.model import Intent, QueryAnalysis
from assistant.analysis.names import NameIndex
from assistant.analysis.paper_years import held_paper_years, phrases_text
from assistant.analysis.patterns import STATUS_WORDS
from assistant.analysis.row_of_year import names_row_of_year
from ingest.dates import parse_dates

_YEAR = r"((?:19|20)\d\d)"
# after a year, the end of a span of years or of a financial year ('2011-14', '2011–2014',
# '2007/08'): the year starts a multi-year plan's or budget's name, no window of its own
_SPAN_NEXT = r"\s*[/–-]\s*\d"
_FY = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d{1,4})\b")
# '… onwards', '… on', '… and later' after a paper or year: a window open at its end
_ONWARDS = (
    r"(?=(?:\s+[\w'&/-]+){0,5}?\s+(?:on(?=\s*(?:[,.;:?!]|$))|onwards?|and (?:later|after|since)\b))"
)
# A window on the year of a document (or a record's date), each with its kind.
_WINDOW_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}", re.I), "between"),
    (re.compile(rf"\b(?:from\s+){_YEAR}\s*(?:to|until|-|–)\s*{_YEAR}", re.I), "between"),
    (re.compile(rf"\b(?:since|from|after\s+(?:the\s+)?start\s+of)\s+{_YEAR}", re.I), "since"),
    # 'from the 2008 action plan onwards': that paper's year and every later one
    (re.compile(rf"\b(?:from|since)\s+(?:the|its|their)\s+{_YEAR}\b{_ONWARDS}", re.I), "since"),
    (re.compile(rf"\bafter\s+(?:the\s+)?{_YEAR}", re.I), "after"),
    (re.compile(rf"\b(?:before|prior\s+to)\s+(?:the\s+)?{_YEAR}", re.I), "before"),
    (re.compile(rf"\b(?:until|up\s+to|by)\s+{_YEAR}", re.I), "until"),
    # not 'in the 2011-14 estates plan': a span naming a plan is part of its name, no window
    (re.compile(rf"\b(?:in|during|for|of)\s+(?:the\s+)?{_YEAR}\b(?!{_SPAN_NEXT})", re.I), "in"),
    (
        re.compile(
            rf"\b(?:the|its|their)\s+(?:(?:january|february|march|april|may|june|july|august|"
            rf"september|october|november|december)\s+)?{_YEAR}\s+(?:[a-z]+\s+){{0,2}}?"
            r"(?:report|paper|plan|statement|document|review|ags|update|action plan)",
            re.I,
        ),
        "in",
    ),
]
# a second year joined to a window's year by 'and' ('in 2023, and in 2024', 'for 2023 and
# then for 2024'): both years are asked of
_AND_YEAR = re.compile(
    rf",?\s+and\s+(?:then\s+|also\s+|again\s+)?(?:(?:in|during|for|of)\s+)?(?:the\s+)?{_YEAR}\b"
    rf"(?!{_SPAN_NEXT})",
    re.I,
)
# A period a deadline falls in, as written: 'Q2 2009', 'March 2009', '2009', and spelt out: a
# quarter or half by its ordinal ('the second quarter of 2009', 'the first half of 2009'), a run
# of months ('April to June 2009', 'April and June 2009' after 'between'), a day ('31 March 02',
# 'March 31st 2002')
_MONTH_WORD = r"[A-Z][a-z]{2,8}\.?"
_ORDINAL_PART = (
    r"(?:the\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:quarter|half)"
    r"\s+of\s+(?:the\s+year\s+)?(?:19|20)\d\d"
)
_WHEN = (
    r"(?P<when>"
    + EXTRA_WHEN
    + r"|(?:Q[1-4]\s+(?:19|20)\d\d(?:[-/]\d{2})?)|"
    + _ORDINAL_PART
    + r"|(?:"
    + _MONTH_WORD
    + r"\s*(?:-|–|to|until|through|and)\s*"
    + _MONTH_WORD
    + r"\s+(?:19|20)?\d\d)|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"
    + _MONTH_WORD
    + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)?\d\d)|(?:(?:19|20)\d\d))"
)
# A window on a record's deadline ("due by Q2 2009"; "scheduled for completion in December
# 2008": a few words may come between the cue and the date)
_DUE_WINDOW = re.compile(
    # a date noun then its value ('a timescale of 2009', 'whose target date was July 2002')
    r"\b(?:due|deadline[s]?|(?:timescales?|(?:target|completion|due) dates?)"
    r"(?=\s+(?:of|was|is|were|are)\s+(?:\d|Q[1-4]\b|(?-i:[A-Z])[a-z]{2,8}\.?\s+(?:19|20)?\d\d)|"
    # 'a target date in the first quarter of 2020', 'completion dates falling before June'
    r"\s+(?:(?:that\s+)?(?:falls?|falling|fell|set)\s+)?(?:in|by|before|after|between)\s)|"
    r"to be (?:complete[d]?|done|delivered|finished|implemented)|"
    r"(?:a |the )?date of|dated|scheduled|timetabled|planned|expected|targeted)\s+"
    r"(?:(?!from\b|and\b|or\b|but\b|than\b|not\b)[a-z]+\s+){0,3}?"  # not 'moved from'
    r"(?P<how>in|by|before|after|for|at|between|"
    # 'from' opens a window, not the date a deadline was moved from
    r"(?<!moved\s)(?<!revised\s)(?<!extended\s)(?<!changed\s)(?<!back\s)(?<!slipped\s)"
    r"(?<!shifted\s)(?<!deferred\s)(?<!postponed\s)(?<!put\s)from)?"
    r"\s*(?:the\s+(?P<edge>end|close|start|beginning)\s+of\s+(?:the\s+)?(?:year\s+)?)?"
    r"\s*" + _WHEN,
)
# the far end of a window whose near end the due window read: '(between April 2008) and March
# 2009', '(from Q1 2009) to Q3 2009'
_RANGE_END = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*" + _WHEN)
# A month and year, read as a date and so never a topic term ("Feb 09").
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:19|20)?\d\d\b",
    re.I,
)


def _fy_year(start: str, end: str) -> int:
    """The year a financial year ends in: '2007/08' -> 2008, '2007/2009' -> 2009."""
    first = int(start)
    return first + 1 if len(end) <= 2 or int(end) == first + 1 else int(end)


# a financial year written with two-digit years ('07/08', "the 08/09 plan"): consecutive
# years, no digit or slash joined on either side (a ref such as '19/20-08' is no year)
_SHORT_FY = re.compile(r"(?<![\w/.-])'?(\d\d)\s*/\s*(\d\d)(?![\w/-]|\.\d)")


def with_full_years(question: str) -> str:
    """``question`` with a financial year written short spelt in full ('the 07/08 plan' ->
    'the 2007/08 plan'), as the papers' periods are written and named."""

    def full(found: re.Match[str]) -> str:
        first, second = int(found.group(1)), int(found.group(2))
        if second != (first + 1) % 100:
            return found.group(0)
        century = 1900 if first >= 70 else 2000
        return f"{century + first}/{found.group(2)}"

    return _SHORT_FY.sub(full, question)


def all_years(question: str) -> list[tuple[str, int]]:
    """Every year or financial year named, as (text, year it ends in)."""
    found: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for match in _FY.finditer(question):
        found.append((match.group(0), _fy_year(match.group(1), match.group(2))))
        spans.append(match.span())
    for match in re.finditer(rf"\b{_YEAR}\b", question):
        if not any(s <= match.start() < e for s, e in spans):
            found.append((match.group(0), int(match.group(1))))
    return found


def months_named(question: str) -> list[str]:
    """Every month-and-year written ('Feb 09', 'March 2009'), as written."""
    return [match.group(0) for match in _MONTH.finditer(question)]


def year_window(
    question: str, years: list[tuple[str, int]], intent: Intent
) -> tuple[int | None, int | None, str | None]:
    """The window on documents' years (since, until) and its words: 'since 2008' -> 2008..;
    several years named in a comparison -> the span of them all."""
    for pattern, kind in _WINDOW_PATTERNS:
        match = pattern.search(question)
        if not match:
            continue
        first = int(match.group(1))
        text = match.group(0).strip()
        if kind == "between":
            second = int(match.group(2))
            return min(first, second), max(first, second), text
        if kind == "since":
            return first, None, text
        if kind == "after":
            return first + 1, None, text
        if kind == "before":
            return None, first - 1, text
        if kind == "until":
            return None, first, text
        if len({y for _, y in years}) > 1 and intent in ("compare", "recurring", "list", "count"):
            break  # 'in 2002, 2007/08 and 2017': the span of all of them
        joined = _AND_YEAR.match(question, match.end())
        if joined and int(joined.group(1)) != first:
            # 'in 2023, and in 2024': each year's paper asked of, as 'the 2023 and 2024
            # trackers' asks, so no window that one year's rows would fill alone
            return None, None, text + joined.group(0)
        return first, first, text
    distinct = sorted({y for _, y in years})
    if len(distinct) > 1 and intent in ("compare", "recurring"):
        return distinct[0], distinct[-1], f"{distinct[0]}–{distinct[-1]}"
    return None, None, None


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# 'the 2002 summary', 'the 2008 inspection recommendations': a year naming a paper (its kind or
# its rows within a few words after it), not a window on the records' dates
_PAPER_YEAR = re.compile(
    rf"\b(?<!from )(?<!since )(?:the|its|their|which|what|many|all|list|name)\s+"
    rf"(?:(?P<month>{_MONTHS})\w*\s+)?{_YEAR}(?!{_SPAN_NEXT})\s+"
    r"(?:[\w'’&-]+\s+){0,4}?(?:report|paper|plan|statement|document|review|summary|update|"
    r"inspection|audit|letter|response|submission|minutes|recommendations?|actions?|issues?|"
    r"areas?|findings?|items?|observations?|follow[- ]?up|tracker|log|register|return|meeting)\b",
    re.I,
)


class _Dated(Protocol):
    id: str
    year: int | None
    date: str | None


# the year after the paper's noun: 'the District Audit report of 2002'
_PAPER_OF_YEAR = re.compile(
    r"\b(?:report|paper|plan|statement|document|review|summary|update|inspection|letter|"
    rf"response|submission|minutes)\s+(?:of|dated)\s+(?:[A-Z][a-z]+\s+)?{_YEAR}"
    rf"(?!{_SPAN_NEXT})\b",
    re.I,
)


def paper_of_year(question: str, documents: Sequence[_Dated]) -> tuple[list[str], str] | None:
    """The papers a year names ('the 2002 progress summary', 'the report of 2002' -> the papers
    of 2002) and the words that named them; None when no paper is of that year (the year stays
    a window)."""
    for match in [*_PAPER_YEAR.finditer(question), *_PAPER_OF_YEAR.finditer(question)]:
        if re.match(
            r"(?:\s+[\w'&/-]+){0,5}?\s+(?:onwards?|and (?:later|after|since))\b",
            question[match.end() :],
            re.I,
        ):
            continue  # 'the 2008 plan onwards': a window from it ('… report on?' is no window)
        year = next(g for g in match.groups() if g and g.isdigit())  # after the month's
        papers = _papers_of(int(year), documents, match.groupdict().get("month"))
        if papers:
            return papers, match.group(0)
    return None


# words before a year that make it a deadline's, not a paper's ('due in 2008', 'by 2008')
_AS_DEADLINE = re.compile(
    r"\b(?:due|deadlines?|by|before|after|until|till|timescales?|targets?|targeted|"
    r"scheduled|expected|complete[d]?|finish(?:ed)?|end(?:ed|s)?|revised|moved|slipped)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def lone_year_read(q: QueryAnalysis, documents: Sequence[_Dated]) -> QueryAnalysis:
    """``q`` with the one year a lookup is about ('in the 2002 report, who …', 'who, in the
    2008 plan, owns …') read as the papers of that year (``documents``) and no window, when it
    is their year and not written as a deadline's ('due in 2008', 'by 2008'); with no window at
    all when it starts a span ('in the 2011-14 budget': a multi-year plan named, part of the
    subject, dated before its years); ``q`` itself when the year stays a window, is a range, or
    the question names its papers already or is no lookup. Read as a window on each record's
    year (its deadline's year when it has one), 'the 2008 plan' would keep only the actions due
    in 2008 and drop those it set for 2009. Applied as the question is answered, over the
    papers of the index then. A window dating the rows' making ('the recommendations made
    in 2024') picks the papers of its years among those named too."""
    made = _made_in(q, documents)
    if made is not None:
        return made
    year = q.since
    if (
        q.intent not in ("lookup", "explain")
        or year is None
        or q.until != year
        or q.documents
        or q.unknown_periods
    ):
        return q
    found = re.search(rf"(?<![\d/-]){year}(?![\d/])", q.question)
    if found is None:
        return q
    if re.match(_SPAN_NEXT, q.question[found.end() :]):
        return q.model_copy(update={"since": None, "until": None, "period": None})
    if _AS_DEADLINE.search(q.question[: found.start()]):
        return q
    papers = _papers_of(year, documents)
    if not papers:
        return q
    return q.model_copy(update={"documents": papers, "since": None, "until": None})


def _made_in(q: QueryAnalysis, documents: Sequence[_Dated]) -> QueryAnalysis | None:
    """A lookup's window that dates the rows' making, read as the papers of its years (of
    those named, if any); None when it is no such window or no paper is of its years."""
    if q.intent not in ("lookup", "explain") or q.due_from or q.due_to:
        return None
    if not made_window(q.question, q.period):
        return None
    papers = papers_made(q.since, q.until, q.documents, documents)
    if not papers:
        return None
    return q.model_copy(update={"documents": papers, "since": None, "until": None})


def _papers_of(year: int, documents: Sequence[_Dated], month: str | None = None) -> list[str]:
    """The papers of ``year``; of its ``month`` ('the Feb 2026 log') when a paper is dated so."""
    of_year = [d for d in documents if d.year == year]
    number = f"-{_MONTHS.split('|').index(month.lower()[:3]) + 1:02d}-" if month else ""
    of_month = [d for d in of_year if number and (d.date or "")[4:8] == number]
    return [d.id for d in of_month or of_year]


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _range(text: str) -> tuple[date, date] | None:
    """The period a deadline expression names: 'Q2 2009' -> 1 April..30 June 2009."""
    text = text.strip()
    extra = span_of(text)  # a financial year, a part of one, a season
    if extra is not None:
        return extra
    quarter = re.fullmatch(r"Q([1-4])\s+((?:19|20)\d\d)", text, re.I)
    if quarter:
        q, year = int(quarter.group(1)), int(quarter.group(2))
        start = date(year, 3 * q - 2, 1)
        end = (date(year + (q == 4), (3 * q) % 12 + 1, 1)) - timedelta(days=1)
        return start, end
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    part = re.fullmatch(
        r"(?:the\s+)?(\w+)\s+(quarter|half)\s+of\s+(?:the\s+year\s+)?((?:19|20)\d\d)", text, re.I
    )
    if part:  # 'the second quarter of 2009' -> April..June 2009; 'the first half' -> Jan..June
        size = 3 if part.group(2).lower() == "quarter" else 6
        rank = _ORDINALS.get(part.group(1).lower(), 12 // size)  # 'last', 'final': the last one
        year, first = int(part.group(3)), (rank - 1) * size + 1
        after = date(year + (first + size > 12), (first + size - 1) % 12 + 1, 1)
        return date(year, first, 1), after - timedelta(days=1)
    run = re.fullmatch(
        rf"({_MONTH_WORD})\s*(?:-|–|to|until|through|and)\s*({_MONTH_WORD})\s+((?:19|20)?\d\d)",
        text,
    )
    if run:  # 'April to June 2009': from the first month's start to the last month's end
        first_month = parse_dates(f"{run.group(1)} {run.group(3)}")
        last_month = parse_dates(f"{run.group(2)} {run.group(3)}")
        if first_month and last_month:
            start = date.fromisoformat(first_month[0].iso).replace(day=1)
            return start, date.fromisoformat(last_month[-1].iso)
    parsed = parse_dates(text)
    if parsed:
        end = date.fromisoformat(parsed[-1].iso)
        return end.replace(day=1), end
    return None


# a record picked by its deadline in other words: any participle right before 'for'/'by' and
# a date ('timed for Sept 02', 'meant to be closed by the end of 2008'), 'set for <date>'
_TIMED_WINDOW = re.compile(
    r"\b(?:set|[a-z]{3,}(?:ed|en))\s+(?P<how>for|by)"
    r"\s*(?:the\s+(?P<edge>end|close|start|beginning)\s+of\s+(?:the\s+)?(?:year\s+)?)?"
    r"\s*" + _WHEN
)
# a question asking for a date picks no record by one ('when was the policy approved by …')
_ASKS_DATE = re.compile(
    r"^\s*(?:when|by when|until when|what date|on what date|which date)\b", re.I
)
# a date used as the modifier of the deadline noun: 'a Q2 2009 deadline', 'the March 2009
# target date' — a deadline in that period
_DATE_BEFORE_DUE_NOUN = re.compile(
    r"(?P<how>)(?P<edge>)\b(?P<when>(?:Q[1-4]\s+(?:19|20)\d\d)|(?:[A-Z][a-z]{2,8}\.?\s+"
    r"(?:19|20)?\d\d)|(?:(?:19|20)\d\d))\s+(?:deadlines?|due dates?|target dates?|timescales?)\b"
)

# a row said to have a date in a period ('the ones with a Q2 2009 date', 'those that carry a
# 2009 date'): what the row is dated by, its deadline column, in that period
_DATE_HAD = re.compile(
    r"\b(?:with|have|has|had|carry|carries|carrying|show|shows|showing|give|gives)\s+"
    r"(?:a|an|the|their|its)\s+(?P<how>)(?P<edge>)(?P<when>(?:Q[1-4]\s+(?:19|20)\d\d)|"
    r"(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)?\d\d)|(?:(?:19|20)\d\d))\s+dates?\b"
)
# a row's time run out to its deadline ('ran to March 2009', 'runs until Q2 2009', 'went on
# into 2010'): the deadline in that period
_RAN_TO = re.compile(
    r"\b(?:ran|runs?|running|went|goes|extend(?:s|ed)?|stretch(?:es|ed)?)\s+(?:on\s+)?"
    r"(?:to|until|till|into)\s+(?P<how>)(?P<edge>)" + _WHEN
)

# 'by <date>' right after a state the rows are in ('complete by the end of February 2024',
# 'done by May'): the rows in that state whose deadline falls by then
_BY_DATE = re.compile(
    r"\s+(?:(?:at\s+the\s+latest|already)\s+)?(?P<how>by)"
    r"\s*(?:the\s+(?P<edge>end|close|start|beginning)\s+of\s+(?:the\s+)?(?:year\s+)?)?"
    r"\s*" + _WHEN
)


def state_by_date(question: str) -> re.Match[str] | None:
    """'by <date>' bounding a state the question names in the states' own words, reached
    ('complete by March'), not intended ('expected to be complete by March': a deadline's
    words, which the due window reads)."""
    for pattern, _ in STATUS_WORDS:
        for state in pattern.finditer(question):
            found = _BY_DATE.match(question, state.end())
            if found and not _INTENDED.search(question[: found.start()]):
                return found
    return None


# a state intended, not reached: 'expected to be finished', 'should be complete'
_INTENDED = re.compile(
    r"\b(?:to|will|would|should|must|shall|could|can|may|might)\s+(?:have\s+)?be(?:en)?\s+"
    r"(?:\w+\s+)?\w+\s*$",
    re.I,
)


def state_as_reported(
    question: str, due_to: str | None, documents: Sequence[str], name_index: NameIndex
) -> bool:
    """Whether a state's 'by <date>' bound ('fully met by 31 March 2002') reaches the date of
    every paper in scope, or beyond: the state as the papers report it, no deadline to filter
    by. A bound before a paper's date is read as the deadline the rows were due by."""
    found = state_by_date(question)
    if found is None or due_to is None:
        return False
    scope = [d for d in name_index.documents if not documents or d.id in documents]
    return bool(scope) and all(d.date and d.date <= due_to for d in scope)


# a paper's noun right after a period, with at most two other words of its name between and no
# word of a clause ('the 2007/08 governance action plan', 'the 2023 tracker'): the period
# names the paper ('what deadline does the 2007/08 plan give X?'), no window on deadlines
_PAPER_AFTER = re.compile(
    r"^(?:\s+(?!(?:in|on|at|of|the|a|an|to|by|for|and|or|from|under|according|as|per)\b)"
    r"[\w'’&/-]+){0,2}\s+(?:papers?|reports?|documents?|statements?|plans?|inspections?|"
    r"audits?|reviews?|summar(?:y|ies)|responses?|updates?|trackers?|logs?|registers?|"
    r"follow[- ]?ups?|minutes|letters?|returns?)\b",
    re.I,
)


def _due_match(question: str) -> re.Match[str] | None:
    """The words of the window on a record's deadline, with its period ('when'), its
    preposition ('how') and the edge of the period named ('edge'); None when the period is
    a paper's ('the deadline in *the 2007/08 plan*')."""
    match = _DUE_WINDOW.search(question)
    if match is None and not _ASKS_DATE.search(question):
        match = _TIMED_WINDOW.search(question) or _DATE_BEFORE_DUE_NOUN.search(question)
        match = match or _DATE_HAD.search(question) or _RAN_TO.search(question)
        match = match or state_by_date(question)
    if match is not None and _names_paper(question, match):
        return None
    return match


def _names_paper(question: str, match: re.Match[str]) -> bool:
    """Whether the period a due window read is written as a paper's name: a year (not a
    month's, a quarter's or an edge's) with a paper's noun right after it."""
    if "when" not in match.re.groupindex or match.groupdict().get("edge"):
        return False
    when = match.group("when")
    if not when or not re.fullmatch(r"(?:19|20)\d\d(?:[/-]\d{2,4})?", when.strip()):
        return False
    start, end = match.span("when")  # 'the 2007/08 plan', or 'the 2007/08 action' in it
    return bool(_PAPER_AFTER.match(question[end:])) or names_row_of_year(question, start, end)


def due_period(question: str) -> str | None:
    """The period a deadline window falls in, as the question writes it ('due in the second
    quarter of 2009' -> 'the second quarter of 2009'); None for a bound ('due by …', 'before
    the end of …') or no window."""
    match = _due_match(question)
    if (
        match is None
        or match.group("edge")
        or (match.group("how") or "in").lower()
        not in (
            "in",
            "for",
            "at",
        )
    ):
        return None
    return match.group("when")


def period_range(text: str) -> tuple[date, date] | None:
    """The dates a period as written spans ('Q2 2009' -> 1 April..30 June 2009)."""
    return _range(text)


def due_window(question: str) -> tuple[str | None, str | None, str | None]:
    """The window on a record's deadline (ISO start, ISO end) and its words: 'due by Q2 2009'
    -> (None, '2009-06-30')."""
    match = _due_match(question)
    if not match:
        return None, None, None
    span = _range(match.group("when"))
    if span is None:
        return None, None, None
    how = (match.group("how") or "in").lower()
    start, end = span
    far = _RANGE_END.match(question, match.end()) if how in ("between", "from") else None
    far_span = _range(far.group("when")) if far else None
    if far is not None and far_span is not None and not match.group("edge"):
        # 'due between April 2008 and March 2009': from the first period's start to the
        # second's end
        return start.isoformat(), far_span[1].isoformat(), question[match.start() : far.end()]
    if how == "between":
        how = "in"
    elif how == "from":  # 'due from April 2009': that period on
        return start.isoformat(), None, match.group(0)
    edge = (match.group("edge") or "").lower()
    if edge:  # 'before the end of 2009' is by 31 December 2009; 'after the start of' from 1 Jan
        start, end = (end, end) if edge in ("end", "close") else (start, start)
        if how == "before" and edge in ("end", "close"):
            how = "by"
        elif how == "after" and edge in ("start", "beginning"):
            return start.isoformat(), None, match.group(0)
        elif how in ("in", "at", "for"):  # 'due at the end of 2009': its last month
            start = end.replace(day=1) if edge in ("end", "close") else start
            end = end if edge in ("end", "close") else start.replace(day=28)
            return start.isoformat(), end.isoformat(), match.group(0)
    if how == "by":
        return None, end.isoformat(), match.group(0)
    if how == "before":
        return None, (start - timedelta(days=1)).isoformat(), match.group(0)
    if how == "after":
        return (end + timedelta(days=1)).isoformat(), None, match.group(0)
    return start.isoformat(), end.isoformat(), match.group(0)


def due_year_span(question: str) -> tuple[int, int] | None:
    """Where a due window's period is a financial year or a part of one ('due in 2024/25',
    'due by Q2 2024/25'): the deadline's period, no name of a paper whose title holds that
    year. None when the window names no financial year."""
    match = _DUE_WINDOW.search(question)
    if match is None or fy_start(match.group("when")) is None:
        return None
    return match.span("when")


def unknown_periods(years: list[tuple[str, int]], name_index: NameIndex) -> list[str]:
    """Financial years named ('2006/07') that no document covers or names."""
    years = [(text, year) for text, year in years if "/" in text]
    if not years:
        return []  # most questions name none: the papers are not read
    known_years = {d.year for d in name_index.documents if d.year}
    known_periods = {d.period for d in name_index.documents if d.period}
    return [
        text
        for text, year in years
        if text.replace(" ", "") not in known_periods
        and year not in known_years
        and not any(text.replace(" ", "") in p for p in name_index.phrases)
    ]


def body_paper_of_year(
    question: str, papers: Sequence[str], documents: Sequence[_Dated]
) -> tuple[list[str], str] | None:
    """Of ``papers`` (those a question names), the papers of the one body among them with
    papers of several years, of the one year the question names where it is not a deadline's
    ('Heronsgate's recommendations in 2023'; 'by 2024' stays a deadline), with the year as
    written; None otherwise. A paper of another body named by a word of its title alone ('the
    2024 follow-up') is no paper of that year's body."""
    bodies: dict[str, list[_Dated]] = {}
    named = set(papers)
    for d in documents:
        if d.id in named and getattr(d, "organisation", None):
            bodies.setdefault(str(getattr(d, "organisation", "")), []).append(d)
    spread = [ds for ds in bodies.values() if len({d.year for d in ds}) >= 2]
    found = list(re.finditer(_YEAR, question))
    if len(spread) != 1 or len(found) != 1 or _AS_DEADLINE.search(question[: found[0].start()]):
        return None
    kept = _papers_of(int(found[0].group(0)[:4]), spread[0])
    fy = _FY.match(question, found[0].start())
    if fy is not None:  # '2022/23': the paper titled so, else one of that year's end
        label = re.sub(r"\s+", "", fy.group(0))
        titled = [d.id for d in spread[0] if label in re.sub(r"\s+", "", getattr(d, "title", ""))]
        kept = titled or _papers_of(int(fy.group(1)) + 1, spread[0]) or kept
        return (kept, fy.group(0)) if kept else None
    return (kept, found[0].group(0)) if kept else None


# a year modifying the noun of a paper: 'the 2012 governance plan', 'the 2010 PURE update'
_YEAR_OF_PAPER = re.compile(
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[A-Za-z][\w'-]*\s+){0,3}?"
    r"(?:plan|report|update|statement|AGS|tracker|log|paper|review|action\s+plan)s?\b",
    re.I,
)


def unknown_paper_years(question: str, name_index: NameIndex) -> list[str]:
    """Years naming a paper ('the 2012 governance plan') that no document is of, covers or
    names in its title: the record holds no such paper. Deadlines and events in a year
    ('due in 2012', 'launched in 2012') name no paper and are not read here."""
    found = [m["year"] for m in _YEAR_OF_PAPER.finditer(question)]
    if not found or not name_index.documents:
        return []
    held, phrases = held_paper_years(name_index), phrases_text(name_index)
    return [y for y in dict.fromkeys(found) if int(y) not in held and y not in phrases]
