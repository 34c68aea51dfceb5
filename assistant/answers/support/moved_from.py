"""A move of a deadline the question takes for granted ('since X slipped from September 2008
to March 2009, …'), checked against the row's own columns.

The dates of the move are the question's claim about the row it describes, not a filter of
rows: when the row was moved from another date than the one asserted (or to another), the
answer opens with the move the record shows. Read from the verb of moving and its 'from … to'
phrase, whatever the subject.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.support.recordtext import (
    cite,
    cite_record,
    due_words,
    safe_text,
    status_sentence,
)
from assistant.citations import CitationBuilder, record_quote
from assistant.text import split_sentences, stem, stems
from assistant.threads import months_between
from ingest.dates import DueDate, scan_dates
from ingest.model import ActionRecord

# 'slipped from X to Y', 'was pushed back from X until Y', 'moved from X', 'deferred from X'
_MOVED = re.compile(
    r"\b(?:slipped|slid|moved|pushed(?:\s+back)?|put\s+back|deferred|postponed|extended|"
    r"revised|rescheduled|delayed|changed|went)\s+(?:back\s+)?from\s+(?P<old>[^,;?]+?)"
    r"(?:\s+(?:to|until|till|into)\s+(?P<new>[^,;?]+?))?\s*(?=[,;?]|$)",
    re.I,
)


def asserted_move(question: str) -> tuple[str, str | None] | None:
    """The dates a move the question asserts runs from and to, as written; None for none."""
    found = _MOVED.search(question)
    if found is None or not scan_dates(found["old"])[0]:
        return None
    return found["old"], found["new"]


def _same_month(a: DueDate, b: DueDate) -> bool:
    return a.iso[:7] == b.iso[:7]


def move_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """'No — X was moved from December 2008 to March 2009, not from September 2008', cited
    from the row's deadline cell, when the question's move disagrees with the row's; None
    when it agrees, asserts none, or the row shows no move. Its status and progress follow."""
    move = asserted_move(q.question)
    if move is None or not record.revised_from_text or not record.due_text:
        return None
    earlier = scan_dates(record.revised_from_text)[0]
    later = [
        d for d in scan_dates(record.due_text)[0] if not any(_same_month(d, e) for e in earlier)
    ]
    old = scan_dates(move[0])[0]
    new = scan_dates(move[1] or "")[0]
    if not earlier:
        return None
    old_ok = any(_same_month(o, e) for o in old for e in earlier)
    new_ok = not new or not later or any(_same_month(n, d) for n in new for d in later)
    if old_ok and new_ok:
        return None
    claimed = f"from {safe_text(move[0])}" + (f" to {safe_text(move[1])}" if move[1] else "")
    return (
        f"**No — {name} {where} was moved from {safe_text(record.revised_from_text)} to "
        f"{due_words(record)}, not {claimed}**"
        f"{cite(builder, record, chunk_id, record.due_text)}."
        + status_sentence(record, builder, chunk_id)
        + "".join(
            f" “{sentence[0]}”{cite_record(builder, record, chunk_id, sentence)}"
            for sentence in (record_quote(record, text) for text in _asked_after(q, record))
            if sentence
        )
    )


def _asked_after(q: QueryAnalysis, record: ActionRecord) -> list[str]:
    """The progress sentences on what the question asks beside the move ('had the toolkit
    launched by then?'): those holding a word of the rest of the question, each with the
    next ones while they point back to it ('It is due in April'); else the first sentence."""
    move = _MOVED.search(q.question)
    rest = q.question[move.end() :] if move else q.question
    asked = {stem(w) for w in re.findall(r"[A-Za-z]{4,}", rest)} - {stem("then")}
    sentences = [s.text for s in split_sentences(record.progress or "")]
    chosen: list[str] = []
    for i, text in enumerate(sentences):
        if stems(text) & asked and text not in chosen:
            chosen.append(text)
            for after in sentences[i + 1 :]:  # what goes on about it: 'It …', 'It is due …'
                if not re.match(r"(?:It|This|These|They)\b", after) or after in chosen:
                    break
                chosen.append(after)
        if len(chosen) >= 4:
            break
    return chosen[:4] or sentences[:1]


# the size of a move asked: 'how far did X slip?', 'by how much / how many months was X put back?'
_SIZE_ASKED = re.compile(
    r"\bhow\s+(?:far|much|long|many\s+(?:months|weeks|days|years|quarters))\b|\bby\s+how\s+"
    r"(?:much|many|far|long)\b|\bby\s+what\s+(?:margin|amount|period)\b",
    re.I,
)
_LATER_ASKED = re.compile(
    r"\bslip(?:ped|s)?\b|\bdelayed\b|\bset\s+back\b|\b(?:pushed|put|moved)\s+(?:back|out)\b|"
    r"\bpostponed\b|\bdeferred\b|\bextended\b",
    re.I,
)


def move_measured(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """'How far did X slip?' of a row whose deadline was moved later: the move measured from
    its two dates ('from December 2019 to June 2020: 6 months later'), cited from its deadline
    cells. None when no size is asked, the row is named by ref, or it shows no later move."""
    if q.refs or not (_SIZE_ASKED.search(q.question) and _LATER_ASKED.search(q.question)):
        return None  # a row named by ref is measured by its own deadline answer
    old, new = record.revised_from_date, record.due_date
    if not old or not new or new <= old:
        return None
    months = months_between(old, new)
    size = f"by {months} month{'s' if months != 1 else ''}" if months else "within the month"
    marker = cite(builder, record, chunk_id, record.revised_from_text, record.due_text)
    return (
        f"**{name} {where} slipped {size}: its deadline was moved from "
        f"{safe_text(record.revised_from_text or old)} to {due_words(record)}**{marker}."
        + status_sentence(record, builder, chunk_id)
    )
