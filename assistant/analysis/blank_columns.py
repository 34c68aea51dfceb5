"""A column named with a negation as the filter of rows whose cell is empty: 'which actions
don't have a responsible officer named against them?' (owner), 'which have not been given a
deadline?' (due), 'whose status isn't recorded?' (status).

The column is told by the meaning of its header words (owner, lead, responsible officer;
deadline, target date, timescale; status, RAG rating), never by a paper's own values; the
filter is then read as the analysis fields the register already applies (``no_owner``,
``no_due``, the status 'unknown')."""

from __future__ import annotations

import re
from typing import Literal

from assistant.analysis.filters_read import Filters
from assistant.analysis.model import Intent
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import Reading

BlankColumn = Literal["owner", "due", "status"]

# the header words of each column, by meaning
_COLUMNS: dict[BlankColumn, str] = {
    "owner": (
        r"(?:owners?|leads?|lead\s+officers?|(?:responsible|accountable|named)\s+"
        r"(?:officers?|persons?|people|managers?|bod(?:y|ies)|leads?)|officers?|"
        r"(?:anyone|anybody|someone|somebody|one|person|officer)"
        r"(?:\s+(?:named|listed|shown|recorded|identified|put\s+down|given)\s+as)?"
        r"\s+(?:responsible|accountable|in\s+charge)|responsibility|"
        r"names?)"
    ),
    "due": (
        r"(?:(?:target|due|completion|end|implementation|review)\s+dates?|deadlines?|"
        r"timescales?|time-?scales?|dates?)"
    ),
    "status": r"(?:(?:rag\s+|progress\s+|current\s+)?(?:status(?:es)?|ratings?)|rag)",
}
# 'nobody (named as) responsible': who answers for a row, said of a person
_NAMED_AS = r"(?:\s+(?:named|listed|shown|recorded|identified|put\s+down|given)\s+as)?"
_ANSWERS_FOR = r"\s+(?:responsible|accountable|in\s+charge)\b"
_NEGATION = (
    r"(?:\b(?:do|does|did|have|has|had|is|are|was|were)(?:\s*n['’]t|\s+not)|\bnot|\bnever|"
    r"\byet\s+to)"
)
_LINK = r"(?:\s+(?:yet|currently|still|actually|even|ever|really|been|got|get|being|be))*"
_VERB = (
    r"(?:\s+(?:ha(?:ve|s|d|ving)|got|carry|carries|show|shows|list|lists|name|names|"
    r"given|assigned|allocated|set|named|listed|shown|recorded|identified|attached|"
    r"put\s+down|filled\s+in|with|had))?"
)
_ARTICLE = r"(?:\s+(?:an?|any|the|their|its|one))?"
_ADJECTIVE = (
    r"(?:\s+(?:named|assigned|designated|responsible|clear|proper|actual|specific|set|firm|"
    r"fixed|agreed|current|recorded|stated|identified|individual|single))*"
)
_PARTICIPLE = (
    r"(?:\s+(?:named|listed|given|shown|recorded|identified|assigned|allocated|attached|set|"
    r"stated|entered|filled\s+in|put\s+down|written|at\s+all|yet|"
    r"(?:against|to|for|on|beside|next\s+to|by)\s+(?:it|them|each(?:\s+one)?|those|these)))*"
)
_CELL = r"(?:\s+(?:columns?|cells?|fields?|box(?:es)?|entr(?:y|ies)))?"
_EMPTY = r"(?:blank|empty|missing|unfilled|left\s+blank|left\s+empty)"
_UNSAID = (
    r"(?:given|named|set|stated|recorded|filled\s+in|shown|entered|completed|listed|specified|"
    r"identified|assigned)"
)
# what may follow the column: the clause ends, or a place or paper follows (not a window:
# 'no deadline in 2009' asks of dated rows)
_ENDS = (
    r"(?=\s*(?:[?.,;!:)]|$|(?:and|or|but|so|in|within|across|on|under|at|from|for|among|"
    r"amongst|please|then|now|here|there|listed|shown)\b))"
)
_WINDOW = re.compile(
    r"\s*(?:in|by|before|after|from|until|during|for|of|on|at)\s+(?:\d|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:early|late|mid|the\s+end|next|last|this)\b)",
    re.I,
)


def _patterns() -> list[tuple[BlankColumn, re.Pattern[str]]]:
    found: list[tuple[BlankColumn, re.Pattern[str]]] = []
    for column, noun in _COLUMNS.items():
        # 'don't have a responsible officer named', 'have not been given a deadline'
        negated = rf"{_NEGATION}{_LINK}{_VERB}{_ARTICLE}{_ADJECTIVE}\s+{noun}\b{_PARTICIPLE}"
        # 'whose owner isn't recorded', 'where the status column is blank'
        subject = (
            rf"\b(?:whose|where\s+(?:the|its|their)|with\s+(?:the|its|their)|the|an?)\s+{noun}{_CELL}"
            r"(?:\s+(?:that|which))?"
            rf"\s+(?:(?:is|are|was|were|has|have|been|left|still|yet|shown\s+as)\s*)*"
            rf"(?:(?:n['’]t|not)\s+(?:(?:been|yet|ever)\s+)*{_UNSAID}\b|{_EMPTY}\b)"
        )
        # 'with no status', 'lacking a RAG rating' (the column's own words of absence)
        absent = (
            rf"\b(?:no|without|lacks?|lacking|missing)(?:\s+(?:an?|any))?{_ADJECTIVE}\s+{noun}\b"
            rf"{_PARTICIPLE}"
        )
        if column == "owner":  # 'nobody named as responsible', 'no-one in charge'
            absent += rf"|\bno(?:body|-one){_NAMED_AS}{_ANSWERS_FOR}{_PARTICIPLE}"

        for pattern in (negated, subject, absent):
            found.append((column, re.compile(pattern + _ENDS, re.I)))
    return found


_PATTERNS = _patterns()


def blank_column(question: str) -> tuple[BlankColumn, tuple[int, int]] | None:
    """The column whose cell a question asks to be empty, and the words that say so; None when
    none is (a window follows the column, or the words stand in an exclusion clause: 'leaving
    out those without an owner' keeps the owned rows)."""
    best: tuple[BlankColumn, tuple[int, int]] | None = None
    for column, pattern in _PATTERNS:
        for found in pattern.finditer(question):
            rest = question[found.end() :]
            if _WINDOW.match(rest):
                continue
            if excluding_cue(question, found.start()):
                continue
            if best is None or found.start() < best[1][0]:
                best = (column, found.span())
    return best


def read_blank_column(reading: Reading, intent: Intent) -> BlankColumn | None:
    """The column a list or count asks to be empty; its words are consumed and blanked out of
    ``reading.plain`` (no later step reads 'have a due date set' there as a dated filter)."""
    if intent not in ("list", "count"):
        return None
    found = blank_column(reading.plain)
    if found is None:
        return None
    column, (start, end) = found
    reading.consume(reading.plain[start:end])
    reading.plain = reading.plain[:start] + " " * (end - start) + reading.plain[end:]
    return column


def blank_filters(column: BlankColumn | None, filters: Filters) -> None:
    """The register's filters of an empty due or status cell (an empty owner is ``no_owner``)."""
    if column == "due":
        filters.no_due, filters.dated = True, False
    elif column == "status":
        filters.statuses, filters.status_says = ["unknown"], []
