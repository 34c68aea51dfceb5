"""'Which is due later, R18 or R25?', 'which had the earlier original target, A or B?': two
named rows' deadlines compared, the comparison stated in the first line and both rows named,
each date cited. The deadline compared is the one asked: the first one set when the question
asks the original ('originally', 'the initial target'), else the one that holds now."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, due_order
from assistant.analysis.comparison import asks_interval, asks_original
from assistant.answers.context import AnswerContext
from assistant.answers.support.current_due import current_due_words
from assistant.answers.support.recordtext import (
    cite,
    due_words,
    long_date,
    record_name,
    safe_text,
)
from assistant.answers.support.side_dates import gap
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord

_EITHER_WAY = re.compile(r"\b(?:before or after|after or before)\b", re.I)


def asks_of_first(q: QueryAnalysis) -> bool:
    """'Is A higher or lower than B?', 'is A due before or after B?' ask about A (the first
    named); 'which…' asks for one."""
    question = q.question
    return bool(
        re.match(
            r"\s*(?:(?:and|so)\s+)?(?:is|was|are|were|does|did|do|has|had|will)\b", question, re.I
        )
        and (re.search(r"\bthan\b", question, re.I) or _EITHER_WAY.search(question))
    )


def _original(record: ActionRecord) -> tuple[str | None, str | None]:
    """(ISO, as written) of the deadline first set: the one revised from, else the one held
    (a deadline never moved is still the first one)."""
    if record.revised_from_date and record.revised_from_text:
        return record.revised_from_date, record.revised_from_text
    return record.due_date, record.due_text


def _when(record: ActionRecord) -> str:
    """The paper's date for ordering papers: its report date, else its year ('2008' sorts
    after '2002-03-31', as a paper of 2008 comes after one of March 2002)."""
    return record.report_date or (str(record.year) if record.year else "")


def _version(rows: list[ActionRecord], original: bool, papers: set[str]) -> ActionRecord:
    """The one paper's row of a side that several papers hold: from a paper holding both sides
    when one does (``papers``: a ref is a paper's own numbering, so two refs are compared in
    one paper), the earliest paper's for the deadline first set, else the latest paper's (the
    deadline that holds now)."""
    shared = [r for r in rows if r.document.id in papers] or rows
    ordered = sorted(shared, key=_when)
    return ordered[0] if original else ordered[-1]


def compare_due(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, builder: CitationBuilder
) -> str | None:
    """The two rows' deadlines of the kind asked, compared in a first line stating which (or
    that they fall together), naming both rows; each cited. A row with no dated deadline is
    said to have none, beside the other's date. None unless a due order is asked."""
    order = due_order(q.question)
    original = asks_original(q.question)

    def dated_of(record: ActionRecord) -> tuple[str | None, str | None]:
        return _original(record) if original else (record.due_date, record.due_text)

    versions: dict[str, list[ActionRecord]] = {}
    for record in records:
        versions.setdefault((record.ref or record.id).lower(), []).append(record)
    if len(versions) == 2 and len(records) > 2:
        # two rows, each in several papers: each side once, by the deadline asked (the first
        # set, from its earliest paper; else the one its latest paper holds)
        papers_a, papers_b = ({r.document.id for r in rows} for rows in versions.values())
        records = [_version(rows, original, papers_a & papers_b) for rows in versions.values()]
    asked = q.question.lower()

    def named_at(record: ActionRecord) -> int:
        at = asked.find((record.ref or "").lower()) if record.ref else -1
        return at if at >= 0 else len(asked)

    # in the question's order: 'is A due later than B?' is asked of A
    dated = sorted((r for r in records if all(dated_of(r))), key=named_at)
    if order is not None and len(records) == 2 and len(dated) < 2:
        # two things compared, not both dated: say so rather than pick one
        if not dated:
            return "**Neither has a dated deadline** in the record."
        undated = next(r for r in records if r not in dated)
        _iso, text = dated_of(dated[0])
        marker = cite(builder, dated[0], context.record_chunk_id(dated[0].id), text or "")
        shown = safe_text(text or "") if original else due_words(dated[0])
        return (
            f"**Only {record_name(dated[0])} has a dated deadline** "
            f"({shown}{marker}); {record_name(undated)} has none."
        )
    if order is None or len(dated) < 2:
        return None
    ranked = sorted(dated, key=lambda r: str(dated_of(r)[0]), reverse=order == "later")

    def due(record: ActionRecord) -> str:
        _iso, text = dated_of(record)
        marker = cite(builder, record, context.record_chunk_id(record.id), text or "")
        if not original:
            return f"{record_name(record)}: {current_due_words(record)}{marker}"
        moved = record.revised_from_date and record.due_date != record.revised_from_date
        now = f" (original; now {long_date(str(record.due_date))})" if moved else " (as first set)"
        return f"{record_name(record)}: {safe_text(text or '')}{now}{marker}"

    what = "was originally due" if original else "is due"
    first_iso, last_iso = str(dated_of(ranked[0])[0]), str(dated_of(ranked[-1])[0])
    if first_iso == last_iso:
        shown = safe_text(str(dated_of(ranked[0])[1])) if original else due_words(ranked[0])
        together = "were originally due" if original else "are due"
        head = f"**They {together} at the same time, {shown}**"
    elif len(dated) == 2:
        # 'Is A due later than B?' is answered about A; 'which is due later' about the winner
        first = dated[0] if asks_of_first(q) else ranked[0]
        other = dated[1] if first is dated[0] else dated[0]
        word = "later" if str(dated_of(first)[0]) > str(dated_of(other)[0]) else "earlier"
        if word == "earlier" and re.search(r"\bsooner\b", q.question, re.I):
            word = "sooner"  # the question's own word
        head = f"**{record_name(first)} {what} {word} than {record_name(other)}**"
        if _EITHER_WAY.search(q.question):  # 'is A due before or after B?': of A, in its words
            side = "after" if word == "later" else "before"
            head = f"**{record_name(first)} {what} {side} {record_name(other)}**"
        elif asks_of_first(q):  # a yes or no first: was A due in the order asked?
            later = word == "later"
            head = f"**{'Yes' if later == (order == 'later') else 'No'} — " + head[2:]
    else:
        head = f"**{record_name(ranked[0])} {what} {order}**"
    if first_iso != last_iso and len(dated) == 2 and asks_interval(q.question):
        # 'which is due later, A or B, and by how much?': the time between the two dates
        early, late = sorted((first_iso, last_iso))
        head = f"{head[:-2]}, by {gap(early, late)}**"
    return f"{head} ({'; '.join(due(r) for r in ranked)})."
