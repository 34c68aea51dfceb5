"""A comparison of reports stated in one line: each report's actions on a subject, counted
with their states, oldest first, and where the most are."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.analysis.graded import stated_degree
from assistant.answers.support.recordtext import doc_label, safe_text
from assistant.text import degree_root, stems
from ingest.model import ActionRecord, DocumentInfo

# a report, its records on the subject, and whether its text speaks of the subject too
Tally = tuple[DocumentInfo, list[ActionRecord], bool]

_STATE_WORDS = {
    "complete": "complete",
    "ongoing": "ongoing",
    "partial": "partly met",
    "not_started": "not started",
    "unknown": "state not given",
}


def compared_line(tally: list[Tally]) -> str:
    """The comparison stated: each report's number of actions on the subject and their state,
    oldest first, and where the most are."""
    said = []
    whens = [
        doc.period or (doc.date[:4] if doc.date else str(doc.year or "?")) for doc, _, _ in tally
    ]
    for (doc, found, prose), when in zip(tally, whens, strict=True):
        if whens.count(when) > 1:  # two papers of one year: each named
            when = f"{when} (*{safe_text(doc.title)}*)"
        if not found:
            said.append(f"{when}: in its text only")
            continue
        states = Counter(r.status for r in found)
        mix = ", ".join(f"{n} {_STATE_WORDS.get(s, s)}" for s, n in states.most_common())
        plural = "s" if len(found) != 1 else ""
        said.append(
            f"{when}: {len(found)} action{plural} ({mix})" + (", and its text" if prose else "")
        )
    counts = [(len(found), doc) for doc, found, _ in tally if found]
    most = ""
    if len(counts) >= 2 and len({n for n, _ in counts}) > 1:
        top = max(counts, key=lambda pair: pair[0])
        most = f" Most in *{doc_label(top[1])}* ({top[0]})."
    return "**Compared:** " + "; ".join(said) + "." + most


# a row's value of a field a comparison's sides may each name: its priority, or how far it
# was met (the degree its status states, 'significantly': graded.stated_degree)


def _priority_of(record: ActionRecord) -> str | None:
    return _priority_value(record.priority)


def _degree_of(record: ActionRecord) -> str | None:
    return stated_degree(record.status_text)


def _priority_value(cell: str | None) -> str | None:
    return cell.lower() if cell else None


_Read = Callable[[ActionRecord], str | None]
# each field: its cell, the value read from a cell (once per distinct cell), a row's value
_FIELDS: tuple[tuple[str, _Read, Callable[[str | None], str | None], _Read], ...] = (
    ("priority", lambda r: r.priority, _priority_value, _priority_of),
    ("degree", lambda r: r.status_text, stated_degree, _degree_of),
)


def _category_of(record: ActionRecord) -> str | None:
    return record.category.lower() if record.category else None


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))


def side_categories(
    sides: list[str], records: list[ActionRecord]
) -> tuple[str, list[str], Callable[[ActionRecord], str | None]] | None:
    """Two sides that each name a category the rows are headed under ('internal control or
    value for money'): ('category', the two categories, how to read a row's); else None."""
    held = {v for r in records if (v := _category_of(r))}
    named = []
    for side in sides:
        words = f" {_folded(side)} "
        found = [v for v in sorted(held) if f" {_folded(v)} " in words]
        named.append(found[0] if len(found) == 1 else None)
    if all(named) and len(set(named)) == len(sides) == 2:
        return "category", [n for n in named if n], _category_of
    return None


def side_values(
    sides: list[str], records: list[ActionRecord]
) -> tuple[str, list[str], Callable[[ActionRecord], str | None]] | None:
    """Two sides that each name a value of one field the rows hold ('more high priority or
    more medium priority', 'met significantly or moderately'): (the field, the two values in
    the rows' spelling, how to read a row's value); None when they do not."""
    for field, cell_of, read, value_of in _FIELDS:
        held = {v for cell in {cell_of(r) for r in records} if (v := read(cell))}
        named = []
        for side in sides:
            words = {degree_root(w) for w in re.findall(r"[A-Za-z]+", side)}
            found = [v for v in sorted(held) if degree_root(v) in words]
            named.append(found[0] if len(found) == 1 else None)
        if all(named) and len(set(named)) == len(sides) == 2:
            return field, [n for n in named if n], value_of
    return None


def _section_of(record: ActionRecord) -> str | None:
    return record.section or None


def side_sections(
    sides: list[str], sections: list[str], records: list[ActionRecord]
) -> tuple[str, list[str], Callable[[ActionRecord], str | None]] | None:
    """Two sides that each name one of the two tables (sections) the question names ('more
    Audit Commission recommendations or HMIC ones?'): each side the section whose title's words
    it holds most of, a different one each; ('section', the two, how to read a row's); else
    None."""
    held = [s for s in sections if any(r.section == s for r in records)]
    if len(sides) != 2 or len(held) != 2:
        return None
    named = []
    for side in sides:
        words = stems(side)
        scores = sorted(((len(words & stems(s)), s) for s in held), reverse=True)
        if scores[0][0] == 0 or scores[0][0] == scores[1][0]:
            return None
        named.append(scores[0][1])
    if len(set(named)) != 2:
        return None
    return "section", named, _section_of


def larger_table(counts: list[tuple[str, list[ActionRecord]]], fewer: bool) -> str:
    """The head line of two tables' rows counted: the one with more (or, asked, fewer) rows
    first, both counts and the difference."""
    (big, big_rows), (small, small_rows) = sorted(counts, key=lambda c: -len(c[1]))
    gap = len(big_rows) - len(small_rows)
    if fewer:
        return (
            f"**Fewer in {safe_text(small)}: {len(small_rows)} against {len(big_rows)} in "
            f"{safe_text(big)}, {gap} fewer.**"
        )
    return (
        f"**More in {safe_text(big)}: {len(big_rows)} against {len(small_rows)} in "
        f"{safe_text(small)}, {gap} more.**"
    )


def owner_of_side(side: str, owners: list[str]) -> str | None:
    """The register owner a side names (the longest one written in it), if any."""
    low = f" {' '.join(re.findall(r'[a-z0-9&]+', side.lower()))} "
    found = [o for o in owners if f" {' '.join(re.findall(r'[a-z0-9&]+', o.lower()))} " in low]
    return max(found, key=len) if found else None


def kind_counted(q: QueryAnalysis) -> str:
    """What is counted besides the owner, as the head line says it (' (complete)')."""
    said = [s.replace("_", " ") for s in q.statuses]
    said += [w for w in (q.degree, q.priority and f"{q.priority} priority") if w]
    if q.revised:
        said.append("with a revised deadline")
    if q.due_from or q.due_to:
        said.append(f"due {q.due_from or '…'} to {q.due_to or '…'}")
    return f" ({', '.join(said)})" if said else ""
