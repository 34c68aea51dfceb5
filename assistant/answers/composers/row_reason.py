"""A reason asked of a row named by ref ('why has X-2 slipped again?', 'what is holding up
R4?'; often a follow-up whose row was carried): the cause is read where a register holds one,
not from the row's fields. The row's own note (its progress or comment cell) is read first;
then the sentences of the row's own paper outside any row that are about what the row is about
(by the words of its title, issue and action) and state a cause; when neither gives one, the
note of the same row in another of its body's papers (nearest in year first) that does
(:func:`.cause_elsewhere.cause_in_other_report`), said to be from that paper. Each cause is
put first, then its sentence quoted and cited.

A question that takes a state for granted ('why has it slipped?') is answered only when the
row bears it out (its deadline moved); any other premise is left to be checked. None when the
question names no single row per paper, asks no reason, or no sentence of the row or its
paper states a cause: the row is then described as before, or the lack of a cause is said.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.reason_asks import ASKS_REASON
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.cause_elsewhere import cause_in_other_report
from assistant.answers.support.causes import CAUSE_HEAD, cause_clause
from assistant.answers.support.event_evidence import states_cause
from assistant.answers.support.gather import gather
from assistant.answers.support.named_rows import finish_named_rows
from assistant.answers.support.persons import asked_records
from assistant.answers.support.record_card import record_card
from assistant.answers.support.recordtext import cite_record, record_name, safe_text
from assistant.answers.support.series_states import paper_labels
from assistant.evidence import Evidence, coverage, record_evidence, term_weights
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

# the words that state a cause: a subordinator or preposition of cause, something still awaited,
# or a delaying verb with its agent ('postponed by HMRC', 'delayed by the upgrade')
CAUSE = re.compile(
    rf"\b(?:{CAUSE_HEAD}|awaits|waits?\s+for|waiting\s+for|caused\s+by|"
    r"(?:delayed|postponed|deferred|held\s+up|put\s+back|paused|suspended|stopped|halted|"
    r"cancelled|canceled|slowed)\s+(?:by|at\s+the\s+request\s+of|until|pending)|"
    r"at\s+the\s+request\s+of|until\s+(?:the|a|an)\b)",
    re.I,
)
# the claims a reason question may take for granted that a moved deadline bears out
_MOVE_CLAIMS = frozenset({"slipped"})
# a note saying the row's date moved
_MOVED = re.compile(r"\b(?:moved|extended|revised|slipp\w*|delay\w*|postpon\w*|defer\w*)\b", re.I)
ABOUT_SHARE = 0.4  # of the row's own words a prose sentence must hold to be about the row
WIDER = 3  # times the usual passages read for the paper's prose
MOST_ROWS = 3  # one row per paper at most, this many papers


def _cells(record: ActionRecord) -> str:
    """The row's cells that say what it is about."""
    return " ".join(c for c in (record.title, record.finding, record.action) if c)


def _bears_out(q: QueryAnalysis, record: ActionRecord) -> bool:
    """Whether the row bears out every state the question takes for granted: a moved or late
    deadline is borne out by a revised date or a note saying it moved."""
    for claim in q.claims:
        if claim.kind not in _MOVE_CLAIMS:
            return False
        if not (record.revised_from_text or _MOVED.search(record.progress or "")):
            return False
    return True


def _own_causes(record: ActionRecord, chunk_id: str) -> list[Evidence]:
    """The row's own sentences outside its title, issue and action cells that state a cause,
    its note first."""
    cells = _cells(record)
    found = [
        e
        for e in record_evidence(record, chunk_id, 0)
        if e.text.strip() not in cells and (CAUSE.search(e.text) or states_cause(e.text))
    ]  # the row's own note outranks another report's: its cause in any form a note writes
    note = record.progress or ""
    return sorted(found, key=lambda e: (e.text not in note, e.start))


def _prose_causes(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> list[Evidence]:
    """Sentences of the row's paper, outside any row, about what the row is about that state
    a cause, best first."""
    evidence, _ = gather(q, context, k=WIDER * context.top_k)
    about = " ".join(c for c in (record.title, record.finding) if c)  # what the row is about
    own = term_weights(query_terms(about), context.stats)
    if not own:
        return []
    found = [
        e
        for e in evidence
        if e.document.id == record.document.id
        and not e.record_id
        and CAUSE.search(e.text)
        and coverage(e.text, own) >= ABOUT_SHARE
    ]
    return sorted(found, key=lambda e: (-coverage(e.text, own), e.rank))


def _cause_words(sentence: str) -> str:
    """The cause a sentence states (:func:`cause_clause`), else the whole sentence."""
    return cause_clause(sentence, CAUSE) or sentence.strip()


def _edition_said(row: ActionRecord, record: ActionRecord, context: AnswerContext) -> str:
    """Where an edition's cause was read: 'noted in the Audit action log of 10 September 2025;
    the Audit action log of 9 September 2026 gives no cause'."""
    papers = {d.id: d for d in context.documents}
    labels = paper_labels(
        [p for i in (row.document.id, record.document.id) if (p := papers.get(i))],
        context.documents,
    )
    there = safe_text(labels.get(row.document.id, row.document.title))
    here = safe_text(labels.get(record.document.id, record.document.title))
    return f"noted in the {there}; the {here} gives no cause"


def reason_of_named_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The cause the named row's note or its paper's prose gives, first; else None."""
    asked = q.standalone or q.question
    if not q.refs or q.intent not in ("lookup", "explain") or not ASKS_REASON.search(asked):
        return None
    if q.owner:  # 'why did the Director let X slip?': whose doing it was is checked first
        return None
    rows = asked_records(q, context)
    if len(rows) > 1 and q.years:  # 'why has it slipped again in the 2024 report?'
        rows = [r for r in rows if r.year in q.years] or rows
    rows = [r for r in rows if _bears_out(q, r)]  # a state the row does not bear is checked
    if not rows or len({r.document.id for r in rows}) != len(rows) or len(rows) > MOST_ROWS:
        return None
    builder = context.citations()
    lines: list[str] = []
    used: list[ActionRecord] = []
    for record in rows:
        chunk_id = context.record_chunk_id(record.id) or ""
        given = _own_causes(record, chunk_id)[:1] + _prose_causes(q, record, context)[:1]
        edition = None if given else cause_in_other_report(record, context, _own_causes)
        said = []
        for item in given or ([edition[1]] if edition else []):
            row = edition[0] if edition else record
            marker = (
                cite_record(
                    builder, row, context.record_chunk_id(row.id) or "", (item.text, item.start)
                )
                if item.record_id == row.id
                else (f" [{n}]" if (n := builder.add_evidence(item)) is not None else "")
            )
            if marker:
                cause = _cause_words(item.text)
                said.append(
                    f"**{safe_text(cause[:1].upper() + cause[1:])}** — "
                    f"“{safe_text(item.display())}”{marker}"
                    + (f" ({_edition_said(row, record, context)})" if edition else "")
                )
        if said:
            label = f"{record_name(record)} ({safe_text(record.document.title)})"
            lines.append(f"{label}: " + "; ".join(said))
            used.append(record)
    if not lines:
        return None
    if len(used) == 1 and q.intent in ("lookup", "explain"):  # the rest of the one row
        card = record_card(used[0], builder, context.record_chunk_id(used[0].id), lines[0])
        lines += [card] if card else []
    return finish_named_rows(
        q,
        context,
        lines,
        used,
        builder.citations(),
        "The cause as the row's note or its paper states it",
    )


__all__ = ["CAUSE", "reason_of_named_row"]
