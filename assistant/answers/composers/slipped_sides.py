"""Which of two rows slipped more ('did the X deadline slip further than the Y one?', 'which
one slipped by more, R2 or R5?'): each side resolved to its row, the move of its deadline
measured from the date it had before to the one it has now, and the two moves compared in
the first line, each date cited. A row whose deadline was never moved slipped by nothing."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.current_due import current_due_words
from assistant.answers.support.recordtext import cite, record_name
from assistant.answers.support.sided import resolve_side
from assistant.answers.support.topics import filtered
from assistant.citations import CitationBuilder
from assistant.threads import months_between
from ingest.model import ActionRecord

_MOVE = (
    r"(?:slip\w*|delay\w*|push\w*\s+back|put\s+back|moved?\s+(?:back|out)|moved|extended|extension|"
    r"deferred|postponed|overr?an|late)"
)
_MORE = r"(?:more|further|farther|most|furthest|farthest|longer|longest|less|least|fewer)"
# the amount of a move compared: 'slipped further', 'slipped by more', 'the bigger slip'
_ASKS_MOVE = re.compile(
    rf"\b{_MOVE}(?:\s+[\w'-]+){{0,2}}?\s+(?:by\s+)?{_MORE}\b|"
    r"\b(?:bigger|larger|longer|greater|biggest|largest|longest|greatest|more)\s+"
    r"(?:slip(?:page)?|delay|extension|move)\b",
    re.I,
)
_FEWER = re.compile(r"\b(?:less|least|fewer|shorter|smaller)\b", re.I)
# 'did A('s deadline) slip further than B?': the two sides of a yes/no comparison
_THAN = re.compile(
    rf"^\s*(?:(?:in\s+)?[^,:?]+[,:]\s*)?(?:did|has|have|had|was|were|is)\s+(?P<a>.+?)\s+(?:\w+\s+)?"
    rf"{_MOVE}(?:\s+[\w'-]+){{0,2}}?\s+(?:by\s+)?{_MORE}\s+than\s+(?P<b>.+?)\s*\??\s*$",
    re.I,
)
_YES_NO = re.compile(r"\s*(?:(?:in\s+)?[^,:?]+[,:]\s*)?(?:did|has|have|had|was|were|is)\b", re.I)
# 'Both A and B slipped to March. Which one slipped by more?': the sides a statement before
# the question sets out, with the move it says they both made
_BOTH = re.compile(
    rf"\bboth\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:(?:have|had|were|was)\s+)?{_MOVE}\b",
    re.I,
)
_MOVED_END = re.compile(rf"\s+{_MOVE}(?:\s+by)?\s*$", re.I)
_DUE_NOUN = re.compile(r"(?:'s|’s)?\s+(?:deadline|target date|due date|timescale)s?$", re.I)


def asks_slip_compared(question: str) -> bool:
    """Whether the question compares how far two things slipped."""
    return bool(_ASKS_MOVE.search(question))


def _sides(q: QueryAnalysis) -> list[str]:
    """The two sides: the analysis's, else those of 'did A slip further than B?'."""
    if len(q.sides) == 2:  # less the move the side is said to make ('the X recommendation slip')
        return [_MOVED_END.sub("", side).strip() or side for side in q.sides]
    found = _THAN.match(q.question)
    if found is None:
        both = _BOTH.search(q.question)
        return [both["a"].strip(), both["b"].strip()] if both else []
    return [_DUE_NOUN.sub("", found["a"]).strip(), found["b"].strip()]


def _records(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The two rows compared: the two refs the question names, else its two sides' rows."""
    refs = list(dict.fromkeys(r.lower() for r in q.refs))
    if len(refs) == 2:
        rows = []
        for ref in refs:
            found = context.register.with_refs([ref])
            if q.documents:
                found = [r for r in found if r.document.id in q.documents] or found
            if len(found) != 1:
                return []
            rows.append(found[0])
        return rows
    sides = _sides(q)
    if len(sides) != 2:
        return []
    resolved = [resolve_side(side, q, context) for side in sides]
    if any(r is None for r in resolved):
        return []
    rows = [r for r in resolved if r is not None]
    return _one_paper(rows, context) if rows[0].id != rows[1].id else []


def _one_paper(rows: list[ActionRecord], context: AnswerContext) -> list[ActionRecord]:
    """The two rows as one paper has them: sides resolved in two papers of a series that both
    list both refs are read from the later paper of the two, so each move is measured at the
    same date; else the rows as resolved."""
    if rows[0].document.id == rows[1].document.id or not all(r.ref for r in rows):
        return rows
    papers = sorted(
        {r.document.id: (r.document.date or "", r.year or 0) for r in rows}.items(),
        key=lambda item: item[1],
        reverse=True,
    )
    for paper, _ in papers:
        same = [
            [
                f
                for f in context.register.with_refs([(r.ref or "").lower()])
                if f.document.id == paper
            ]
            for r in rows
        ]
        if all(len(found) == 1 for found in same):
            return [found[0] for found in same]
    return rows


def _months(record: ActionRecord) -> int:
    """How many months the row's deadline moved (0 when it never moved)."""
    if not record.revised_from_date or not record.due_date:
        return 0
    return months_between(record.revised_from_date, record.due_date)


def _move_words(record: ActionRecord, builder: CitationBuilder, context: AnswerContext) -> str:
    """'R2: due March 2009, revised from November 2008, 4 months [1]', or that it never
    moved."""
    marker = cite(builder, record, context.record_chunk_id(record.id), record.due_text or "")
    if not record.revised_from_date:
        return f"{record_name(record)}: due {current_due_words(record)}, never moved{marker}"
    months = _months(record)
    return (
        f"{record_name(record)}: due {current_due_words(record)}, a move of {months} month"
        f"{'' if months == 1 else 's'}{marker}"
    )


def slipped_more(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Which slipped further, A or B?': the two rows' deadline moves measured and compared,
    the first line naming the one that slipped more (or less, as asked); None unless the
    question compares slips of two rows it names or describes, both read from the register."""
    if not asks_slip_compared(q.question):
        return None
    rows = _records(q, context)
    if len(rows) != 2 or not any(r.revised_from_date for r in rows):
        return None
    builder = context.citations()
    moves = [(r, _months(r)) for r in rows]
    # a side asked in words is named in them too: 'item 2 (the HR policies)'
    sides = _sides(q) if len({r.lower() for r in q.refs}) != 2 else []
    named = {
        r.id: f"{record_name(r)} ({side})" if len(sides) == 2 else record_name(r)
        for r, side in zip(rows, sides or ["", ""], strict=True)
    }
    months_a, months_b = moves[0][1], moves[1][1]
    fewer = bool(_FEWER.search(q.question))
    if months_a == months_b:
        head = f"**Neither: both slipped {months_a} months.**"
    else:
        first, other = (moves[0], moves[1])
        if not _YES_NO.match(q.question):  # 'which slipped more?': the one that did first
            ranked = sorted(moves, key=lambda m: m[1], reverse=not fewer)
            first, other = ranked[0], ranked[1]
        further = first[1] > other[1]
        verdict = "further" if further else "less far"
        yes = (further != fewer) if first is moves[0] and _THAN.match(q.question) else None
        lead = "" if yes is None else ("Yes — " if yes else "No — ")
        head = (
            f"**{lead}{named[first[0].id]} slipped {verdict} than {named[other[0].id]}: "
            f"{first[1]} months against {other[1]}.**"
        )
    lines = [head, *(f"- {_move_words(r, builder, context)}" for r, _ in moves)]
    total = len(context.register.all())
    names = ", ".join(record_name(r) for r in rows)
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=f"2 of {total} actions compared ({names}): each deadline's move, from the date it "
        "had before to the one it has now.",
        matched=2,
        citations=builder.citations(),
        records=rows,
        route="compare",
    )


# 'which X slipped (the) most / furthest', 'the biggest slip': one row of a set, by its move
_MOST = re.compile(
    rf"\b{_MOVE}(?:\s+[\w'-]+){{0,2}}?\s+(?:by\s+)?(?:the\s+)?(?:most|furthest|farthest|"
    r"longest|least)\b|\b(?:the\s+)?(?:biggest|largest|longest|greatest|smallest|shortest)\s+"
    r"(?:slip(?:page)?|delay|extension|move)\b",
    re.I,
)


def slipped_most(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Which of X's recommendations slipped the most?': the rows the question's filters keep
    whose deadline moved, the one (or those tied) that moved furthest first, each move
    measured; None unless it asks a superlative of a slip over a set with moved rows."""
    if not _MOST.search(q.question) or q.refs or len(q.sides) == 2:
        return None
    kept = q.model_copy(update={"slipped": False, "revised": None})
    bodies = {d.id: d.organisation or "" for d in context.documents}
    rows = _latest_of_each(list(context.register.loaded().at(filtered(kept, context))), bodies)
    rows = [r for r in rows if _months(r) > 0]
    if len(rows) < 2:
        return None
    least = bool(re.search(r"\b(?:least|smallest|shortest)\b", q.question, re.I))
    rows.sort(key=lambda r: _months(r), reverse=not least)
    top = [r for r in rows if _months(r) == _months(rows[0])]
    builder = context.citations()
    names = " and ".join(record_name(r) for r in top)
    verb = "least" if least else "furthest"
    head = f"**{names} slipped {verb}: {_months(top[0])} months.**"
    lines = [head, *(f"- {_move_words(r, builder, context)}" for r in rows[:12])]
    total = len(context.register.all())
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=f"{len(rows)} of {total} actions in scope had their deadline moved; each move "
        "measured from the date it had before to the one it has now.",
        matched=len(rows),
        citations=builder.citations(),
        records=rows[:12],
        route="register",
    )


def _latest_of_each(rows: list[ActionRecord], bodies: dict[str, str]) -> list[ActionRecord]:
    """One row per ref of a body followed across papers: the latest paper's, its move
    measured from the first deadline any paper gave it ('Dec 2022 → Jun 2023' in one paper,
    '→ Jun 2024' in the next: 18 months)."""
    groups: dict[tuple[str, str], list[ActionRecord]] = {}
    alone: list[ActionRecord] = []
    for r in rows:
        if r.ref:
            groups.setdefault((bodies.get(r.document.id, ""), r.ref), []).append(r)
        else:
            alone.append(r)
    kept = list(alone)
    for group in groups.values():
        group.sort(key=lambda r: (r.document.date or f"{r.year or 0}", r.document.filename))
        last = group[-1]
        first = min(
            (d for r in group for d in (r.revised_from_date, r.due_date) if d), default=None
        )
        if len(group) > 1 and first and last.due_date and first < last.due_date:
            last = last.model_copy(update={"revised_from_date": first})
            last = last.model_copy(update={"revised_from_text": _first_text(group, first)})
        kept.append(last)
    return kept


def _first_text(group: list[ActionRecord], first: str) -> str:
    """The words the papers wrote the first deadline in."""
    for r in group:
        if r.revised_from_date == first and r.revised_from_text:
            return r.revised_from_text
        if r.due_date == first and r.due_text:
            return r.due_text
    return first
