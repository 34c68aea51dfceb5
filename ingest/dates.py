"""Deadlines as governance papers write them: 'Feb 09', 'Q2 2009', 'Q4 2008-09', 'March 2009',
'31 March 02', 'End of 2002/2003', 'Original deadline of December 2008 now revised to March 2009'.

A deadline means the end of the period it names ('March 2009' -> 2009-03-31); quarters in a
financial year ('Q4 2008-09', 'Q3 2019/20' -> 2019-12-31) count from April, a bare year pair
('2019/20', 'FY19/20') is the financial year ending 31 March; 'Q1 2020' is a calendar quarter.
Also read: day-first numeric dates as in the UK ('30/06/2019', '30.06.2019', '30-06-19'), ISO
('2019-07-31'), spreadsheet months ('Mar-20'), 'end of June 2019', seasons (Spring -> 31 May,
Summer -> 31 August, Autumn -> 30 November, Winter 2019/20 -> end of February 2020) and, in a
date column only, Excel serials ('43646').

A date that could be read two ways ('2019/07/06'; '06/13/2019', a date only month first) or
whose year is outside 1990-2060 is not guessed: :func:`read_due` lists it as ambiguous.

Revisions: 'X now revised to Y', 'extended from X to Y', 'Y (revised from X)', 'Y (was X)',
'Y, revised from X', 'X now Y' in a date cell; in running text only the forms that say which
date is which (:func:`parse_revision`), or 'the target date is now Y' (:func:`parse_revised_to`).

Text that is not a date ('Ongoing', 'TBA') gives ``None``. General parsers (dateparser) read
'Feb 09' as 9 February of this year and know nothing of financial years, so this small parser
is deliberate.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.cleaning import edit_distance, struck_parts

# every month's name and abbreviation (and 'sept'), lower case, to its number
MONTHS = {
    name: index
    for index in range(1, 13)
    for name in {calendar.month_name[index].lower(), calendar.month_abbr[index].lower()}
}
MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

_ORIGINAL_NOW = re.compile(
    r"(?:original|initial|previous)\s+(?:deadline|date|target|timescale)\s+(?:of|was)?\s*"
    r"(?P<old>.+?)\s+(?:now\s+)?(?:revised|extended|moved|changed|put back|deferred)\s+to\s+"
    r"(?P<new>.+)$",
    re.I | re.S,
)
_FROM_TO = re.compile(
    r"\b(?:revised|extended|(?:moved|pushed|put)(?:\s+(?:back|out))?|changed|deferred|slipped|"
    r"rescheduled|re-?profiled)\s+from\s+(?P<old>.+?)\s+(?:to|until|till)\s+(?P<new>.+?)(?:[.;]\s|[.;]?$)",
    re.I | re.S,
)
_NEW_WAS = re.compile(
    r"(?P<new>[^()]+?)\s*\((?:(?:revised|changed|moved|extended|deferred)\s+from|previously|was|"
    r"originally|orig\.?|original(?:\s+(?:date|deadline|target))?\s*:?)\s+(?P<old>[^)]+)\)",
    re.I | re.S,
)
_REVISED = [
    _ORIGINAL_NOW,
    _FROM_TO,
    re.compile(
        r"(?P<old>.+?)\s+(?:now\s+)?(?:revised|extended|deferred)\s+to\s+(?P<new>.+)$", re.I | re.S
    ),
    _NEW_WAS,
    # '31/12/2019, revised from 30/06/2019' / '31/12/2019 - was 30/06/2019'
    re.compile(
        r"(?P<new>.+?)[\s,;–-]+(?:(?:revised|changed|moved|extended|deferred)\s+from|was)\s+"
        r"(?P<old>.+)$",
        re.I | re.S,
    ),
    # 'Mar 2024 (now Sept 2024)', '31/03/2024 (now revised to 30/09/2024)'
    re.compile(
        r"(?P<old>[^()]+?)\s*\(\s*(?:now\s+)?(?:(?:revised|extended|moved|changed|deferred|"
        r"put\s+back)\s+to\s+|now\s+(?:due\s+)?)(?P<new>[^()]+)\)",
        re.I | re.S,
    ),
    # 'Original: Mar 2024 Revised: Sept 2024', 'Orig. 31/03/2024; new 30/09/2024'
    re.compile(
        r"\b(?:original(?:ly)?|orig\.?|initial)\s*(?:date|deadline|target)?\s*[:=–-]?\s*"
        r"(?P<old>.+?)[\s,;]+(?:revised|new|now|current|updated)\s*(?:date|deadline|target)?"
        r"\s*[:=–-]?\s*(?P<new>.+)$",
        re.I | re.S,
    ),
    # '31/03/2024 -> 30/09/2024'
    re.compile(r"(?P<old>.+?)\s*(?:→|->|=>|⇒)\s*(?P<new>.+)$", re.S),
    # 'Dec 2019 now March 2020'
    re.compile(r"(?P<old>.+?)[,;]?\s+now\s+(?:due\s+)?(?P<new>.+)$", re.I | re.S),
    # '30 Jun 2024 Revised: 31 Aug 2024': the first date, then the later one under a label
    re.compile(
        r"(?P<old>.+?)[,;]?\s+\(?(?:revised|new|updated|amended|extended)\s*"
        r"(?:date|deadline|target(?:\s+date)?|timescale)?\s*[:=–-]\s*(?P<new>[^()]+)\)?$",
        re.I | re.S,
    ),
]
# in running text only the forms that say which date was which
_REVISED_IN_TEXT = [_ORIGINAL_NOW, _FROM_TO, _NEW_WAS]
# The words a form cannot match without, found in one pass: a form that opens with a lazy
# group ('(?P<old>.+?) now ...') is otherwise tried from every position of a paragraph that
# lacks its word, which costs the square of the paragraph's length.
_TRIGGERS: dict[re.Pattern[str], re.Pattern[str]] = {
    _REVISED[2]: re.compile(r"\b(?:revised|extended|deferred)\s+to\s", re.I),
    _NEW_WAS: re.compile(
        r"\(\s*(?:revised|changed|moved|extended|deferred|previously|was|orig)", re.I
    ),
    _REVISED[4]: re.compile(r"\b(?:from|was)\s", re.I),
    _REVISED[5]: re.compile(
        r"\(\s*(?:now|revised|extended|moved|changed|deferred|put\s+back)\s", re.I
    ),
    _REVISED[7]: re.compile(r"→|->|=>|⇒"),
    _REVISED[8]: re.compile(r"\snow\s", re.I),
    _REVISED[9]: re.compile(r"\b(?:revised|new|updated|amended|extended)\b[\w ]{0,12}[:=–-]", re.I),
}


@dataclass(frozen=True)
class DueDate:
    """A parsed deadline: the ISO date, and the verbatim text it came from."""

    iso: str
    text: str

    @property
    def year(self) -> int:
        return int(self.iso[:4])


def _year(token: str, century_hint: int = 2000) -> int:
    value = int(token)
    if value < 100:
        return century_hint + value if value < 70 else 1900 + value
    return value


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
_SEASON_RE = "|".join(_SEASONS)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 2019-07-31 (ISO)
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"), "iso"),
    # 2019/07/31, 2019.07.31: year first, read y/m/d only when that is the one possible reading
    (
        re.compile(r"\b(?P<year>(?:19|20)\d\d)[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})\b"),
        "ymd",
    ),
    # 30/06/2019, 30.06.2019, 30-06-19 (day first, as in the UK)
    (
        re.compile(
            r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)"
        ),
        "dmy_numeric",
    ),
    # 31 March 02 / 17 January 2002 / March 31st 2002
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}}|\d{{2}})\b",
            re.I,
        ),
        "dmy",
    ),
    (
        re.compile(
            rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th),?\s+(?P<year>\d{{4}})\b",
            re.I,
        ),
        "mdy",
    ),
    # Q4 2008-09 / Q4 '08-09 / Q3 2019/20 / Quarter 3 2019/20 (financial year)
    (
        re.compile(
            r"\b(?:Q|Quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?(?:FY\s*)?'?(?P<fy1>\d{4}|\d{2})\s*[-/–]\s*"
            r"(?P<fy2>\d{2,4})\b",
            re.I,
        ),
        "fyq",
    ),
    # '3 2019/20' as a whole cell: a quarter whose 'Q' a scan lost (nothing else writes a
    # lone figure of one to four before a financial year)
    (
        re.compile(
            r"^\s*(?P<q>[1-4])\s+(?:FY\s*)?(?P<fy1>(?:19|20)\d\d)\s*[-/–]\s*(?P<fy2>\d{2}|\d{4})\s*$"
        ),
        "fyq",
    ),
    # 2019/20 Q3 / FY2019-20 Quarter 3 / 2019/20 (Q3): the year first
    (
        re.compile(
            r"\b(?:FY\s*)?'?(?P<fy1>(?:19|20)\d\d|\d{2})\s*[-/–]\s*(?P<fy2>\d{2,4})\s*,?\s*\(?"
            r"(?:Q|Quarter\s*)(?P<q>[1-4])\b\)?",
            re.I,
        ),
        "fyq",
    ),
    # Q2 2009 / Quarter 2 2009 (calendar)
    (re.compile(r"\b(?:Q|Quarter\s*)(?P<q>[1-4])\s+(?P<year>\d{4})\b", re.I), "q"),
    # Autumn 2019, Winter 2019/20 (a season ends: May, August, November, February)
    (
        re.compile(
            rf"\b(?P<season>{_SEASON_RE})\s+(?:term\s+)?(?P<year>(?:19|20)\d\d)"
            r"(?:\s*[/–-]\s*(?P<fy2>\d{2}|\d{4})\b)?",
            re.I,
        ),
        "season",
    ),
    # Mar-20, March-2020, Mar'20 (as spreadsheets show a month)
    (
        re.compile(
            rf"\b(?P<month>{_MONTH_RE})[-'’] ?(?P<year>\d{{4}}|\d{{2}})\b(?![-/]\d)",
            re.I,
        ),
        "my",
    ),
    # May/June 2002, March 2009, Feb 09, Dec 2002
    (
        re.compile(
            rf"\b(?:(?:{_MONTH_RE})\s*/\s*)?(?P<month>{_MONTH_RE})\.?\s+'?(?P<year>\d{{4}}|\d{{2}})\b(?!\s*[-/]\d)",
            re.I,
        ),
        "my",
    ),
    # FY19/20, FY 2019-20
    (
        re.compile(r"\bFY\s?(?P<fy1>\d{2}|(?:19|20)\d\d)\s*[/–-]\s*(?P<fy2>\d{2}|\d{4})\b", re.I),
        "fy",
    ),
    # End of 2002/2003, 2008/09 (financial year end)
    (
        re.compile(
            r"\b(?:end of\s+)?(?P<fy1>(?:19|20)\d\d)\s*[/–-]\s*(?P<fy2>\d{2}|\d{4})\b", re.I
        ),
        "fy",
    ),
    # end of 2002 / by 2002
    (re.compile(r"\b(?:end of|by|in|during)\s+(?P<year>(?:19|20)\d\d)\b", re.I), "y"),
]
EARLIEST_YEAR, LATEST_YEAR = 1990, 2060  # a deadline outside these years is a misreading
_SERIAL = re.compile(r"^\s*(?P<serial>\d{5})(?:\.0+)?\s*$")
_EXCEL_EPOCH = date(1899, 12, 30)


class Ambiguous(Exception):
    """A date that can be read more than one way, or lies outside the years of the record."""


def scan_dates(text: str) -> tuple[list[DueDate], list[str]]:
    """Every date the text names, in order, without overlaps; and the ambiguous ones (as
    written), which are left out rather than guessed."""
    if not text:
        return [], []
    found: list[tuple[int, int, date | None, str]] = []
    for pattern, kind in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                continue
            try:
                value = _to_date(match, kind)
            except Ambiguous:
                found.append((match.start(), match.end(), None, match.group(0).strip()))
                continue
            if value is not None:
                found.append((match.start(), match.end(), value, match.group(0).strip()))
    found.sort(key=lambda item: item[:2])
    dates = [DueDate(value.isoformat(), raw) for _, _, value, raw in found if value is not None]
    return dates, [raw for _, _, value, raw in found if value is None]


def parse_dates(text: str) -> list[DueDate]:
    """Every date the text names, in order of appearance, without overlaps."""
    return scan_dates(text)[0]


def _numeric(year: int, month: int, day: int, other: tuple[int, int] | None = None) -> date:
    """A numeric date; ``other`` is the (month, day) of the second possible reading."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise Ambiguous(f"year {year} is out of range")
    try:
        value = date(year, month, day)
    except ValueError:
        value = None
    alternative = None
    if other is not None and other != (month, day):
        try:
            alternative = date(year, *other)
        except ValueError:
            alternative = None
    if value is None:
        if alternative is not None:
            raise Ambiguous("only the other order is a date")
        raise ValueError("not a date")
    return value


def _to_date(match: re.Match[str], kind: str) -> date | None:
    groups = match.groupdict()
    try:
        if kind == "iso":
            return _numeric(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        if kind == "ymd":
            month, day = int(groups["month"]), int(groups["day"])
            if day <= 12 and month != day:
                raise Ambiguous("year first: month and day could be either way round")
            return _numeric(int(groups["year"]), month, day)
        if kind == "dmy_numeric":
            day, month = int(groups["day"]), int(groups["month"])
            short = len(groups["day"]) < 2 or len(groups["month"]) < 2
            if groups["sep"] == "." and short and len(groups["year"]) < 4 and day <= 12:
                # '1.4.10' is a paragraph number more often than a date; '31.3.24' (no
                # paragraph runs to 31) and '1.4.2024' are dates
                return None
            return _numeric(_year(groups["year"]), month, day, other=(day, month))
        if kind in ("dmy", "mdy"):
            year = _year(groups["year"])
            return date(year, MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"]))
        if kind == "my":
            return _month_end(_year(groups["year"]), MONTHS[groups["month"].lower().rstrip(".")])
        if kind == "q":
            return _month_end(int(groups["year"]), int(groups["q"]) * 3)
        if kind == "fyq":
            start = _year(groups["fy1"])
            end = _year(groups["fy2"][-2:]) if groups["fy2"] else start + 1
            if end != start + 1:
                return None
            quarter = int(groups["q"])
            month = (3 + quarter * 3 - 1) % 12 + 1  # Q1 -> June, Q4 -> March
            year = start + (1 if quarter == 4 else 0)
            return _month_end(year, month)
        if kind == "season":
            start = int(groups["year"])
            month = _SEASONS[groups["season"].lower()]
            if groups["fy2"]:
                end = _year(groups["fy2"][-2:], century_hint=start // 100 * 100)
                if end != start + 1 or month != 2:
                    return None if end != start + 1 else _month_end(start, month)
                return _month_end(end, 2)
            return _month_end(start + 1 if month == 2 else start, month)
        if kind == "fy":
            start = _year(groups["fy1"])
            end = _year(groups["fy2"], century_hint=start // 100 * 100)
            if end != start + 1:
                return None
            return date(end, 3, 31)
        if kind == "y":
            return date(int(groups["year"]), 12, 31)
    except (ValueError, KeyError):
        return None
    return None


def excel_serial(text: str) -> DueDate | None:
    """An Excel date serial ('43646' -> 2019-06-30): only a plain 5-digit number in a date
    column means one, and only within the years of the record."""
    match = _SERIAL.match(text or "")
    if not match:
        return None
    value = _EXCEL_EPOCH + timedelta(days=int(match.group("serial")))
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        return None
    return DueDate(value.isoformat(), match.group("serial"))


_WRAPPED_SLASH = re.compile(r"(?<=\d)/ (?=\d)")


@dataclass(frozen=True)
class DueReading:
    """A deadline cell read: the current deadline, the one it was revised from, and any dates
    left unread because they could be read more than one way."""

    due: DueDate | None
    revised_from: DueDate | None
    ambiguous: tuple[str, ...] = ()


def _iso(due: DueDate) -> str:
    return due.iso


def read_due(text: str | None, *, serials: bool = False) -> DueReading:
    """Read a deadline cell. ``serials``: the cell is in a date column, so a plain 5-digit
    number is an Excel date serial."""
    if not text:
        return DueReading(None, None)
    # a date wrapped after a slash in a narrow cell ('31/03/' over '2024') is one date
    flat = _WRAPPED_SLASH.sub("/", " ".join(text.split()))
    if serials:
        serial = excel_serial(flat)
        if serial is not None:
            return DueReading(serial, None)
    standing, struck = struck_parts(flat)
    if struck:
        old, new = scan_dates(struck)[0], scan_dates(standing)[0]
        if new:  # '~~31/12/2024~~ 31/03/2025': the struck-out date was the deadline before
            return DueReading(max(new, key=_iso), max(old, key=_iso) if old else None)
    revision = _find_revision(flat, cell=True)
    dates, ambiguous = scan_dates(flat)
    if revision is None and len(dates) >= 2:
        revision = _find_revision(_revision_words_snapped(flat), cell=True)
    if revision is None and len(dates) == 2 and _bracketed_pair(flat, dates):
        later, earlier = sorted(dates, key=_iso, reverse=True)
        revision = (later, earlier)
    if revision is not None:
        return DueReading(revision[0], revision[1])
    if not dates:
        return DueReading(None, None, tuple(ambiguous))
    return DueReading(max(dates, key=lambda d: d.iso), None, tuple(ambiguous))


# the revision wording's longer words, which a scan's one-letter slip ('trom', 'revlsed') hides
_REVISION_WORDS = ("revised", "extended", "moved", "changed", "deferred", "from", "previously")
_BRACES = str.maketrans("{}[]", "()()")


def _revision_words_snapped(flat: str) -> str:
    """A date cell of two dates with the revision wording's words read back from a scan's
    one-letter slips ('{revised trom May-25)' -> '(revised from May-25)'): braces for brackets,
    and a word of four letters or more one edit from a revision word taken for it."""

    def snapped(match: re.Match[str]) -> str:
        word = match.group(0)
        near = next((w for w in _REVISION_WORDS if edit_distance(word.lower(), w, 1) == 1), None)
        return near or word

    return re.sub(r"[A-Za-z]{4,}", snapped, flat.translate(_BRACES))


def _bracketed_pair(flat: str, dates: list[DueDate]) -> bool:
    """Whether a date cell is two dates, one in brackets, and nothing else ('31/03/2025
    (30/09/2024)', or with the words between lost to a scan, '31/03/2025 30/09/2024)'): the
    bracket sets one date against the other, and of a deadline and its revision the later is
    the deadline now."""
    if not any(b in flat for b in "()") or dates[0].iso == dates[1].iso:
        return False
    rest = flat
    for due in dates:
        rest = rest.replace(due.text, " ")
    return not re.sub(r"[\s()\[\]{},;:.–-]", "", rest)


def parse_due(text: str | None) -> tuple[DueDate | None, DueDate | None]:
    """Return (current deadline, revised-from deadline) for a deadline cell.

    With several dates and no revision wording, the latest is the deadline for the whole row.
    """
    reading = read_due(text)
    return reading.due, reading.revised_from


def _find_revision(flat: str, *, cell: bool) -> tuple[DueDate, DueDate] | None:
    """(new, old) from revision wording; ``cell``: the text is a date cell (looser forms)."""
    patterns = _REVISED if cell else _REVISED_IN_TEXT
    for pattern in patterns:
        trigger = _TRIGGERS.get(pattern)
        if trigger is not None and not trigger.search(flat):
            continue
        for match in pattern.finditer(flat):
            new, old = parse_dates(match.group("new")), parse_dates(match.group("old"))
            if new and old:
                pick_new = new[-1] if cell else new[0]
                return pick_new, old[-1]
    return None


def parse_revision(text: str) -> tuple[DueDate, DueDate] | None:
    """(new, old) deadline when running text says a deadline was revised, else None:
    'Original deadline of December 2008 now revised to March 2009', 'target date extended
    from 30/06/2019 to 31/12/2019', '31/12/2019 (revised from 30/06/2019)', '(was Dec 2019)'."""
    return _find_revision(" ".join(text.split()), cell=False)


_REVISED_TO = re.compile(
    r"\b(?:deadline|target(?:\s+date)?|due date|timescale|completion date|date)\s+"
    r"(?:is\s+|has\s+been\s+|was\s+|now\s+)*(?:now|revised to|extended to|moved to|changed to|"
    r"deferred to|put back to|rescheduled (?:to|for)|re-?profiled to)\s+(?P<new>[^.;]+)",
    re.I,
)


# the same said with no deadline noun, where a date follows the words at once ('Now due 31
# July 2025', 'New target date: March 2025', 'Deferred to Q3 2025/26'): a verb alone ('extended
# to all sites by 2025') says nothing of the deadline, so the date must come first
_MOVED_TO = re.compile(
    r"(?:(?:^|[.;:(]\s*|\band\s+|\bnow\s+)(?:now due|due now|new (?:target |due |completion )?"
    r"date(?:\s+is|\s+of)?|extended (?:to|until))|\brevised (?:target |due |completion )?date"
    r"(?:\s+is|\s+of)?|\b(?:deferred|put back|pushed back|moved back|rescheduled|re-?profiled) "
    r"(?:to|until|for))\s*:?\s*(?P<new>[^.;]+)",
    re.I,
)
_DATE_AT_ONCE = 14  # the characters a date may start after the words ('the end of ')


def parse_revised_to(text: str) -> DueDate | None:
    """The new deadline when running text says only what it is now ('target date now March
    2020', 'deadline extended to 31/03/2020', 'Now due 31 July 2025'); the old one is the
    row's own due date."""
    flat = " ".join(text.split())
    match = _REVISED_TO.search(flat)
    if match:
        dates = parse_dates(match.group("new"))
        return dates[0] if dates else None
    for match in _MOVED_TO.finditer(flat):
        words = match.group("new")
        dates = parse_dates(words)
        if dates and 0 <= words.find(dates[0].text) <= _DATE_AT_ONCE:
            return dates[0]
    return None
