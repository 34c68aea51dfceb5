"""How a rewritten follow-up names a paper so that it names that paper only.

A body's papers of successive years often share a title ('Internal audit actions: progress
report'), and several bodies' papers may share both title and year: 'R3 in the Internal audit
actions: progress report' then names every one of them, and the turn is bound to a row of
another paper. The name is the title, told apart from the papers sharing it by what the paper
itself gives: its year, else its body, else both, else the month it is dated.

    paper_name(register, record.document.id)  # '2024 Internal scrutiny report'
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.register import Register
from ingest.model import DocumentInfo


def _names(document: DocumentInfo) -> list[str]:
    """The ways to name ``document``, plainest first."""
    title = document.title
    year = f"{document.year} " if document.year else ""
    body = f"{document.organisation} " if document.organisation else ""
    names = [title]
    if year:
        names.append(year + title)
    if body and body.strip().lower() not in title.lower():
        names.append(body + title)
        if year:
            names.append(body + year + title)
    month = _month_of(document)
    if month:  # a body's papers of one year, told apart by their meeting's month
        names.append(f"{month} {title}")
    return names


_MONTHS = "January February March April May June July August September October November December"


def _month_of(document: DocumentInfo) -> str:
    """'February 2026' for a paper dated 2026-02-04 ('' when its date is no day or inferred)."""
    date = document.date or ""
    if document.period_inferred or len(date) < 7 or not date[5:7].isdigit():
        return ""
    month = int(date[5:7])
    return f"{_MONTHS.split()[month - 1]} {date[:4]}" if 1 <= month <= 12 else ""


def distinct_names(documents: Sequence[DocumentInfo]) -> dict[str, str]:
    """Each document's id -> its plainest name no other of ``documents`` has (its title when
    none tells it apart)."""
    taken: dict[str, int] = {}
    every = {d.id: _names(d) for d in documents}
    for names in every.values():
        for name in set(names):
            taken[name.lower()] = taken.get(name.lower(), 0) + 1
    return {
        key: next((n for n in names if taken[n.lower()] == 1), names[0])
        for key, names in every.items()
    }


def paper_name(register: Register, document_id: str, title: str = "") -> str:
    """The name of the paper ``document_id`` in a question ('the …' follows 'in'), read from
    the catalog's documents once per register load; ``title`` when the paper is unknown."""
    names = register.memo("paper names", lambda: distinct_names(register.catalog.documents()))
    return names.get(document_id, title)
