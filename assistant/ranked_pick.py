"""A row of those the last answer showed, picked by where one of its columns puts it: 'which
of those is due later?', 'which one was due first?', 'the one with the latest target date',
'whichever is most urgent', 'which of them slipped the furthest?'.

The order is the code's, over the shown rows' own cells: the deadline (the original one when
the words say so), the rating (each paper's scale put in order, :func:`value_rank`) or how far
the deadline was moved. The column is read from the noun the way ingest reads a header
(:func:`match_header`), so 'the latest completion date' and 'the earliest timescale' are the
deadline whatever a paper calls it. A question asking *which* row is answered by asking that
row for the column ('When is R18 due?'); a row named by the order ('who owns the later one?')
is put in the question by its name. Two rows level at the end asked, or fewer than two rows
with the cell, pick nothing; with one row shown, 'the later one' is that row (its answer gives
its deadline and the one it was moved from).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Literal

from assistant.answers.support.rating_scale import value_rank
from assistant.antecedents import MAX_NAMED, Previous, join_names
from ingest.columns import Role, match_header
from ingest.model import ActionRecord

__all__ = ["ranked_form", "ranked_pick"]

Column = Literal["due", "first_due", "priority", "slip", "paper", "number"]

_LATE = r"later|latest|last|furthest|farthest|final"
_EARLY = r"earlier|earliest|first|sooner|soonest|nearest|next"
_HIGH = r"highest|higher|top|most|greatest|biggest|largest|longest|further|more"
_LOW = r"lowest|lower|least|bottom|smallest|shortest|less"
_END = rf"(?P<end>{_LATE}|{_EARLY}|{_HIGH}|{_LOW})"
# the ends of an order that are no place in a list ('first', 'last', 'next' are)
_COMPARED = r"later|latest|earlier|earliest|sooner|soonest|nearest|furthest|farthest"
_ONE_WORDS = r"(?:one|ones|item|items|action|actions|recommendation|recommendations|row|entry)"
# the noun after an end word ('the latest deadline'); never 'one' ('the later one due')
_NOUN = rf"(?!{_ONE_WORDS}\b)(?P<noun>[a-z]+(?:[- ](?!{_ONE_WORDS}\b)[a-z]+)?)"
_SCALE = r"(?:urgent|pressing|important|serious|severe|critical|risky|priority)"
_SLIP = r"(?:slipped|slip|moved|pushed\s+back|put\s+back|delayed|extended|deferred|revised)"
# the words that order the rows, each with the column it orders by
_ORDERS: tuple[tuple[re.Pattern[str], Column | None], ...] = (
    # 'is due first', 'falls due latest', 'due the soonest', 'the later-due one'
    (
        re.compile(
            rf"\b(?P<first>(?:originally|initially|first)\s+)?due\s+(?:the\s+)?{_END}\b"
            rf"(?!\s+(?:one|item|action|thing|time)s?\b)",
            re.I,
        ),
        "due",
    ),
    (re.compile(rf"\b{_END}[- ]due\b", re.I), "due"),
    # 'finishes first', 'will be done soonest', 'ends last'
    (
        re.compile(
            rf"\b(?:finish(?:es|ed)?|ends?|ended|closes?|closed|(?:be\s+)?(?:done|completed|"
            rf"finished))\s+(?:the\s+)?(?P<end>{_LATE}|{_EARLY})\b",
            re.I,
        ),
        "due",
    ),
    # 'slipped the most', 'was pushed back furthest', 'the most delayed'
    (re.compile(rf"\b{_SLIP}\s+(?:the\s+)?(?:{_END})\b", re.I), "slip"),
    (re.compile(rf"\b(?:the\s+)?(?P<end>most|least)\s+(?:{_SLIP})\b", re.I), "slip"),
    # 'most urgent', 'the least pressing', 'rated highest'
    (re.compile(rf"\b(?P<end>most|least)\s+{_SCALE}\b", re.I), "priority"),
    (
        re.compile(rf"\b(?:rated|ranked|graded)\s+(?:the\s+)?(?P<end>{_HIGH}|{_LOW})\b", re.I),
        "priority",
    ),
    # 'the latest deadline', 'the earliest original target date', 'the higher priority', 'the
    # biggest slip': 'the', an end and a noun, the noun read as a column header ('its first
    # deadline' is the original one, no end of an order)
    (
        re.compile(
            rf"\bthe\s+(?P<end>{_COMPARED}|{_HIGH}|{_LOW})[- ]"
            rf"(?P<first>(?:original|initial|first|revised|current|new)\s+)?{_NOUN}",
            re.I,
        ),
        None,
    ),
    # 'the higher-numbered of those two', 'the one with the lowest number': by the ref's number
    (re.compile(rf"\b{_END}[- ]numbered\b", re.I), "number"),
    (re.compile(rf"\bthe\s+{_END}\s+(?:ref(?:erence)?\s+)?numbers?\b", re.I), "number"),
    # 'the later one', 'the earlier of the two' ('the first one', 'the last one' are places
    # in the list shown, not dates)
    (
        re.compile(
            r"\bthe\s+(?P<end>later|latest|earlier|earliest|sooner|soonest)\s+"
            r"(?=(?:one|item|action|recommendation|row|"
            r"entry|record)\b|of\s+(?:the\s+)?(?:two|pair|them|those|these)\b)",
            re.I,
        ),
        "due",
    ),
)
_SLIP_NOUNS = frozenset({"slip", "slippage", "delay", "extension", "overrun", "gap"})
_LATE_ENDS = frozenset(f"{_LATE}|{_HIGH}".split("|"))
# the question asks which row: 'which of those …', 'which one …', 'which is …', 'whichever …'
_WHICH = re.compile(
    r"^(?P<lead>(?:(?:and|so|but|ok|okay|now|then)[\s,]+)*)"
    r"(?:(?:out\s+)?of\s+(?:those|these|them|the\s+two)\s*,?\s*)?"
    # a bare 'which' only before its verb: 'which action has …' may ask the register
    r"(?:which(?:\s+(?:one|ones)\b|(?=\s+(?:is|was|are|were|has|had|have|will|would|comes?|"
    r"came|falls?|fell|gets?|got|needs?|should|must|carries|ranks?)\b))|"
    r"(?:which|what)\s+of\s+(?:those|these|them|the\s+(?:two|three|four|five|above|"
    r"ones\s+(?:above|listed|shown))))\b",
    re.I,
)
# between 'which …' and the ordering words: a few words of a verb phrase ('is due', 'has the')
_WHICH_GAP = 4


# a row named by the order: 'the later one', 'the one due first', 'the one with the …',
# 'whichever is due first'
_ONE_HEAD = r"(?:one|item|action|recommendation|row|entry|record)"
_NAMED = re.compile(
    rf"\b(?:the\s+(?:[a-z-]+\s+){{0,2}}?{_ONE_HEAD}\b(?:\s+(?:that|which|with|having|whose|"
    rf"that's|thats|carrying))?|whichever)\b",
    re.I,
)
# after the ordering words, the rest of a 'which' question: another part ('…, and who owns it?')
_REST = re.compile(r"^\s*(?:[?.!]*\s*$|(?P<rest>(?:,|;|\s+-|\s+–|\s+—|\s+and\b).*))$", re.I | re.S)
_ASK_SEVERAL: dict[Column, str] = {
    "number": "What are {}",
    "paper": "When are {} due",
    "due": "When are {} due",
    "first_due": "When were {} originally due",
    "slip": "When are {} due",
    "priority": "What priority do {} have",
}
_ASK: dict[Column, str] = {
    "number": "What is {}",
    "paper": "When is {} due",
    "due": "When is {} due",
    "first_due": "When was {} originally due",
    "slip": "When is {} due",
    "priority": "What priority does {} have",
}


def _header_role(words: str) -> Role | None:
    """The column role ``words`` name as a header, by a synonym only."""
    read = match_header(words)
    return read.role if read.basis == "synonym" else None


def _noun_column(noun: str, first_due: bool) -> tuple[Column, int] | None:
    """The column ``noun`` names, with how many of its words name it: 'latest target date'
    (two words, the second a column word too), 'earliest timescale done' (one)."""
    words = noun.lower().replace("-", " ").split()
    if words[0] in _SLIP_NOUNS:
        return "slip", 1
    whole, head = _header_role(" ".join(words)), _header_role(words[0])
    used = 2 if len(words) > 1 and whole is not None and _header_role(words[-1]) == whole else 1
    role = whole if used == 2 else head
    if role in (Role.DUE, Role.REVISED_DUE):
        return ("first_due" if first_due else "due"), used
    if role == Role.PRIORITY:
        return "priority", used
    return None


def _column(match: re.Match[str], column: Column | None) -> tuple[Column, int] | None:
    """The column the ordering words name (given, or read from the noun as a header), with
    where the words naming it end."""
    first = (match.groupdict().get("first") or "").split()[:1]
    first_due = bool(first) and first[0].lower() in _FIRST_WORDS
    if column is not None:
        return ("first_due" if column == "due" and first_due else column), match.end()
    read = _noun_column(match.group("noun"), first_due)
    if read is None:
        return None
    words = list(re.finditer(r"[A-Za-z]+", match.group("noun")))
    return read[0], match.start("noun") + words[read[1] - 1].end()


_FIRST_WORDS = frozenset({"original", "originally", "initial", "initially", "first"})


def _days(text: str | None) -> int | None:
    try:
        return date.fromisoformat(str(text)[:10]).toordinal() if text else None
    except ValueError:
        return None


def _ref_number(record: ActionRecord) -> float | None:
    """The number a row's ref ends in ('R19' -> 19, '3.10' -> 3.010): its place in the paper's
    numbering."""
    found = re.findall(r"\d+(?:\.\d+)?", record.ref or "")
    if not found:
        return None
    whole, _, part = found[-1].partition(".")
    return int(whole) + (int(part) / 1000 if part else 0)


_KEYS: dict[Column, Callable[[ActionRecord], float | None]] = {
    "number": _ref_number,
    "due": lambda r: _days(r.due_date),
    "first_due": lambda r: _days(r.revised_from_date or r.due_date),
    "priority": lambda r: value_rank(r.priority) if r.priority else None,
    "slip": lambda r: (
        (_days(r.due_date) or 0) - (_days(r.revised_from_date) or 0)
        if r.revised_from_date and r.due_date
        else 0
        if r.due_date
        else None
    ),
    "paper": lambda r: _days(r.document.date) or (_days(f"{r.year}-12-31") if r.year else None),
}


def _one_item(rows: list[tuple[ActionRecord, str]]) -> bool:
    """Whether the rows are one item as several papers give it (one ref, several papers)."""
    refs = {str(r.ref or "").lower() for r, _ in rows}
    return (
        len(rows) >= 2
        and len(refs) == 1
        and "" not in refs
        and len({r.document.id for r, _ in rows}) == len(rows)
    )


def _order(question: str) -> tuple[re.Match[str], Column, bool, int] | None:
    """The ordering words of ``question``, the column they order by, whether they ask for
    the late or high end, and where they end."""
    for pattern, given in _ORDERS:
        for match in pattern.finditer(question):
            read = _column(match, given)
            if read is not None:
                high = match.group("end").lower() in _LATE_ENDS
                return match, read[0], high, read[1]
    return None


def _rows(previous: Previous) -> list[tuple[ActionRecord, str]]:
    """The rows the last answer showed, with their names, in the order shown; after an
    answer about one row, the last list shown (the one the row was picked from) when there
    is one, else that row."""
    shown = list(zip(previous.records, previous.names, strict=False))
    listed = list(zip(previous.listed, previous.listed_names, strict=False))
    return listed if len(shown) < 2 and len(listed) >= 2 else shown


def _at_end(
    rows: list[tuple[ActionRecord, str]], column: Column, high: bool
) -> list[tuple[ActionRecord, str]]:
    """The rows at the end asked (several when level there); none when fewer than two rows
    have the cell, or all are level."""
    keyed = [(k, r, n) for r, n in rows if (k := _KEYS[column](r)) is not None]
    if len(keyed) < 2:
        return []
    end = (max if high else min)(k for k, _, _ in keyed)
    at_end = [(r, n) for k, r, n in keyed if k == end]
    return [] if len(at_end) == len(keyed) else at_end


def ranked_pick(question: str, previous: Previous | None) -> str | None:
    """``question`` with the row of the last answer its ordering words pick put in by name
    ('which of those is due later?' → 'When is R21 due?'; 'who owns the one due first?' →
    'who owns R18?'); None when it orders nothing or the order picks no one row."""
    if previous is None or (not previous.records and not previous.listed):
        return None
    found = _order(question)
    if found is None:
        return None
    match, column, high, stop = found
    rows = _rows(previous)
    which = _WHICH.match(question)
    gap = question[which.end() : match.start()] if which is not None else ""
    if which is not None and which.end() <= match.start() and len(gap.split()) <= _WHICH_GAP:
        rest = _REST.match(question[stop:])
        picked = _at_end(rows, column, high) if rest is not None else []
        if not picked or len(picked) > MAX_NAMED:
            return None
        tail = (rest.group("rest") or "").rstrip(" ?.!") if rest is not None else ""
        ask = _ASK[column] if len(picked) == 1 else _ASK_SEVERAL[column]
        names = join_names([r for r, _ in picked], [n for _, n in picked])
        return ask.format(names) + tail + "?"
    named = _named_span(question, match, stop)
    if named is None:
        return None
    if match.re is _ORDERS[-1][0] and _one_item(rows):
        # the same item in several papers: 'the later one' is the later paper's
        picked = _at_end(rows, "paper", high)
    elif len(rows) == 1 and column in ("due", "first_due"):
        picked = rows  # one row: 'the later one' is its deadline as moved
    else:
        picked = _at_end(rows, column, high)
    if len(picked) != 1:
        return None
    return question[: named[0]] + picked[0][1] + question[named[1] :]


_AFTER_ORDER = re.compile(
    r"\s*(?:one|item|action|recommendation|row|entry|record|of\s+(?:the\s+)?"
    r"(?:two|pair|them|those|these)(?:\s+(?:two|three|four|ones))?)\b",
    re.I,
)


def ranked_form(question: str) -> bool:
    """Whether ``question`` picks a row of those shown by an order of their cells ('which of
    those is due later?', 'the one with the latest deadline'): a turn to read against the
    last answer."""
    found = _order(question)
    if found is None:
        return False
    which = _WHICH.match(question)
    if which is not None and found[0].start() - which.end() >= 0:
        gap = question[which.end() : found[0].start()]
        if len(gap.split()) <= _WHICH_GAP:
            return True
    return _named_span(question, found[0], found[3]) is not None


def _named_span(question: str, match: re.Match[str], stop: int) -> tuple[int, int] | None:
    """The span of the noun phrase the ordering words are part of: 'the later one', 'the one
    due first', 'the one with the latest deadline', 'whichever is most urgent'."""
    best = None
    for head in _NAMED.finditer(question):
        if head.start() > match.start():
            break
        between = question[head.end() : match.start()]
        if len(between.split()) <= 4 and not re.search(r"[,;?]", between):
            best = head
    if best is None:  # 'the higher-numbered of those two': the article, then the order
        the = re.search(r"\bthe\s+$", question[: match.start()], re.I)
        after = _AFTER_ORDER.match(question, stop)
        return (the.start(), after.end()) if the is not None and after is not None else None
    end = max(stop, best.end())
    after = _AFTER_ORDER.match(question, end)
    return best.start(), after.end() if after else end
