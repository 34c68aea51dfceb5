"""One item followed through its body's papers (:mod:`assistant.answers.support.series`):
'which of the reports show the CCTV action as complete?' names the papers whose row is in the
state asked, then the item's state in each paper, oldest first, each cited; 'is X still open?',
'did X ever get finished?' answers from the latest paper's row, its earlier states after.

The papers' nouns are read from the record: a paper noun ('reports', 'plans', 'ones') or the
last word of the bodies' own names ('boards' of '… Harbour Board 3')."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.series_order import series_body
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import cite, due_words, safe_text
from assistant.answers.support.series import asks_state_now, item_series
from assistant.answers.support.series_states import earlier_states, paper_label, paper_labels
from ingest.model import ActionRecord

__all__ = ["papers_in_state", "state_now"]

_PAPER_NOUNS = (
    "ones report paper plan update tracker statement version edition document year log return "
    "follow-up review meeting"
).split()


# words that make the phrase a row's, not a paper's: 'which actions in report 3'
_NOT_PAPER = r"(?:in|at|from|of|for|on|actions?|recommendations?|items?|issues?|rows?|findings?)\b"


def _nouns(context: AnswerContext) -> list[str]:
    """The words that name a paper here: the paper nouns and the bodies' names' last words."""
    bodies = {series_body(d).split()[-1] for d in context.documents if series_body(d)}
    return sorted({*_PAPER_NOUNS, *(b for b in bodies if b.isalpha() and len(b) > 2)}, key=len)


def asks_which_papers(question: str, nouns: list[str]) -> bool:
    """Whether the question asks which papers ('which of the reports …', 'in which papers …',
    'which ones …', 'which boards …')."""
    heads = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return bool(
        re.search(
            r"\b(?:which|what)\s+(?:of\s+(?:the|these|those|its|their)\s+)?"
            rf"(?:(?!{_NOT_PAPER})[\w'’-]+\s+){{0,4}}?(?:{heads})(?:e?s)?\b"
            r"(?!\s+(?:of|on|about|for)\b)",
            question,
            re.I,
        )
    )


def _state(row: ActionRecord) -> str:
    return row.status_text or row.status.replace("_", " ")


def papers_in_state(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The papers of a body whose row of the one item the question describes is in the state
    it asks ('which ones show X as complete?'); None unless it asks which papers, a state and
    one described item that two or more of the papers hold."""
    if not q.statuses or not asks_which_papers(q.question, _nouns(context)):
        return None
    row = described_record(q, context)
    if row is None:
        return None
    papers = [d for d in context.documents if not q.documents or d.id in q.documents]
    series = item_series(row, context.register, papers)
    if len(series) < 2:
        return None
    by_id = {d.id: d for d in context.documents}
    labels = paper_labels({r.document.id: by_id[r.document.id] for r in series}.values(), papers)
    label = {r.id: labels[r.document.id] for r in series}
    builder = context.citations()
    lines = []
    for r in series:
        marker = cite(builder, r, context.record_chunk_id(r.id), r.status_text)
        ref = f" (ref {safe_text(r.ref)})" if r.ref else ""
        lines.append(f"- *{safe_text(label[r.id])}*{ref}: “{safe_text(_state(r))}”{marker}")
    shown = [r for r in series if r.status in q.statuses]
    asked = " or ".join(s.replace("_", " ") for s in q.statuses)
    item = safe_text(row.title or row.finding or row.action or "")
    if shown:
        names = "; ".join(safe_text(label[r.id]) for r in shown)
        head = (
            f"**{len(shown)} of the {len(series)} papers that hold “{item}” show it as "
            f"{asked}: {names}.**"
        )
    else:
        head = f"**None of the {len(series)} papers that hold “{item}” shows it as {asked}.**"
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join([head, "", "Its state in each paper, oldest first:", *lines]),
        line=(
            f"{len(shown)} of {len(series)} rows of one item match (status: {asked}); searched "
            f"{len(searched)} documents ({context.span(searched)})."
        ),
        matched=len(shown),
        citations=builder.citations(),
        records=shown or series,
        route="register",
    )


# a question asking something else of the row than its state: a reason, a person, an amount,
# a date, a choice
_OTHER_ASK = re.compile(
    r"\s*(?:why|who|whom|whose|when|which|how\s+(?:much|many|often|long))\b", re.I
)


def state_now(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Is X still open?', 'where is X at now?', 'was X ever completed?': the state of the one
    item the question describes in the latest paper in scope that holds it (asked with a state:
    yes or no), then its earlier states, oldest first, each cited. None unless the question asks
    the state now of one described item that two or more papers hold, and nothing else."""
    if not asks_state_now(q) or q.refs or set(q.fields) - {"status"}:
        return None
    if _OTHER_ASK.match(q.question):
        return None
    row = described_record(q, context)  # the latest paper's row (support.series.state_version)
    if row is None:
        return None
    papers = [d for d in context.documents if not q.documents or d.id in q.documents]
    series = item_series(row, context.register, papers)
    if len(series) < 2 or series[-1].id != row.id:
        return None
    builder = context.citations()
    chunk = context.record_chunk_id(row.id)
    label = paper_label(next(d for d in papers if d.id == row.document.id), papers)
    item = safe_text(row.title or row.finding or row.action or "")
    said = f"“{safe_text(_state(row))}”{cite(builder, row, chunk, row.status_text)}"
    where = f"the latest paper that holds “{item}”, {safe_text(label)},"
    if q.statuses:
        yes = row.status in q.statuses
        state = row.status.replace("_", " ")
        head = f"**{'Yes' if yes else 'No'} — {where} shows it as {state}** ({said})."
    else:
        head = f"**In {where} it stands at {said}.**"
    facts = []
    if row.owner:
        facts.append(f"Owner: {safe_text(row.owner)}{cite(builder, row, chunk, row.owner)}.")
    if row.due_text:
        facts.append(f"Due: {safe_text(due_words(row))}{cite(builder, row, chunk, row.due_text)}.")
    note = (row.progress or "").strip().split("\n")[0]  # its first line: the note itself
    if note:
        facts.append(f"“{safe_text(note)}”{cite(builder, row, chunk, note)}")
    body = " ".join([head, *facts]) + earlier_states(q, row, context, builder)
    searched = context.searched()
    return finish(
        q,
        context,
        body=body,
        line=(
            f"1 item followed through {len(series)} papers; searched {len(searched)} documents "
            f"({context.span(searched)})."
        ),
        matched=1,
        citations=builder.citations(),
        records=[row],
        route="passages",
    )
