"""The one rule for refs written in running text (a question, an answer, a follow-up).

A ref of any house style is a short token of letters then digits ('R18', 'QX-07', 'GOV12',
'IA/19/02'), an acronym before a number or a ref ('BVPI 153b', 'HMIC R4': how a section's
initials make a reused ref unique), a numbered item ('item 4') or a dotted number ('1.2').
Quarters, half-years, paper sizes, month-year dates ('Mar-20'), parts of a year ('end-of-2023')
and years are not refs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a token with its joins kept: 'IA/19/02', 'NV-03', '4.2'
_TOKEN_WITH_JOINS = re.compile(r"[A-Za-z0-9]+(?:[/.\-][A-Za-z0-9]+)*")
# letters, then digits, joined or not
_REF_SHAPE = re.compile(r"^[A-Za-z]{1,5}(?:[/.\-][A-Za-z]{1,4})?[/.\-]?\d{1,4}(?:[/.\-]\d{1,4})?$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
# a part of a year ('end-of-2023', 'mid-2024', 'early-2025'): a time, not a ref
_PART_OF_YEAR = r"(?:end|mid|start|early|late)(?:[/.\-]of)?[/.\-]?(?:19|20)\d\d"
_NOT_A_REF = re.compile(
    rf"^(?:q[1-4]|h[12]|fy\d+|covid-?19|a[3-5]|p[1-4]|{_MONTH}[/.\-]?(?:\d\d|(?:19|20)\d\d)|"
    rf"{_PART_OF_YEAR})$",
    re.I,
)
# an acronym before a number or a ref ('BVPI 153b', 'HMIC R4', 'HMIC 4', 'HLT 22/03': the
# number's own join kept), a numbered item,
# a dotted number; a ref-shaped token is read by :func:`ref_shaped`
_COMPOUND = re.compile(
    r"\b(?:(?P<prefixed>[A-Z]{2,6}\s+(?:[A-Za-z]{1,3}\d{1,4}|(?!(?:19|20)\d\d\b)\d{1,4}"
    r"(?:/\d{1,4}\b(?![/.\-]\d))?[a-z]?))"
    r"|(?i:item)\s+(?P<item>\d+(?:\.\d+)?)"
    r"|(?P<dotted>\d+\.\d+))\b"
)


def ref_shaped(token: str) -> bool:
    """Whether ``token`` reads as a ref of some house style ('QX-07', 'GOV12', 'IA/19/02'),
    not a quarter, a half-year, a month-year, a year or a paper size."""
    return bool(_REF_SHAPE.match(token)) and not _NOT_A_REF.match(token)


def ref_tokens(text: str) -> list[str]:
    """The ref-shaped tokens of ``text``, upper-cased, in order (see :func:`ref_shaped`)."""
    found = []
    for match in _TOKEN_WITH_JOINS.finditer(text):
        token = match.group(0).upper()
        if ref_shaped(token) and token not in found:
            found.append(token)
    return found


def tokens_with_joins(text: str) -> list[str]:
    """The tokens of ``text`` with their joins kept ('IA/19/02', 'NV-03'), as written."""
    return _TOKEN_WITH_JOINS.findall(text)


def as_held(refs: list[str], holds: Callable[[str], bool]) -> list[str]:
    """``refs`` as the data holds them: an acronym-prefixed ref the data does not hold whole
    ('PURE R1', where the paper's ref is 'R1' and 'PURE' names the paper) becomes its last
    word, when the data holds that."""
    read = []
    for ref in refs:
        head, _, tail = ref.rpartition(" ")
        read.append(tail if head and not holds(ref) and holds(tail) else ref)
    return list(dict.fromkeys(read))


def identifiers(text: str) -> list[str]:
    """Every ref ``text`` names, in order of appearance: 'R18', 'HMIC R4', 'BVPI 153B', '4'
    (of 'item 4'), '1.2', 'IA/19/02'. Letters are upper-cased; a ref inside a longer one
    ('R4' of 'HMIC R4') is not repeated."""
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    for match in _COMPOUND.finditer(text):
        if match.group("prefixed"):
            token = re.sub(r"\s+", " ", match.group("prefixed")).upper()
        else:
            token = match.group("item") or match.group("dotted")
        found.append((match.start(), token))
        covered.append(match.span())
    for match in _TOKEN_WITH_JOINS.finditer(text):
        token = match.group(0).upper()
        inside = any(start <= match.start() and match.end() <= end for start, end in covered)
        if ref_shaped(token) and not inside:
            found.append((match.start(), token))
    ordered: list[str] = []
    for _, token in sorted(found, key=lambda pair: pair[0]):
        if token not in ordered:
            ordered.append(token)
    return ordered
