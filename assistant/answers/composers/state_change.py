"""Rows in one state at a body's earlier paper and another at its later one ('which actions
still open in the 2023 plan were done by the 2024 follow-up?'): two steps, each stated. The
later paper's rows are linked to the earlier paper's by ref and wording
(:func:`~assistant.answers.support.carried_rows.same_row`); a row is listed when the earlier
row is in the first state and the later row in the second, with both values cited. When none
is, the rows in the first state are shown with where each stood in the later paper."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.analysis.model import StateSpec
from assistant.analysis.paired_states import matches
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.carried_rows import same_row
from assistant.answers.support.recordtext import cite, doc_label, safe_text
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord

MAX_SHOWN = 20


def _said(spec: StateSpec) -> str:
    if spec.held is not None:
        return "listed" if spec.held else "not listed"
    if spec.labels:
        return " or ".join(f"“{safe_text(label)}”" for label in spec.labels)
    if spec.progressed:
        return "further along"
    if not spec.statuses:
        return "listed"
    return safe_text(spec.said) or " or ".join(s.replace("_", " ") for s in spec.statuses)


def _state(record: ActionRecord, builder: CitationBuilder, context: AnswerContext) -> str:
    written = record.status_text or record.status.replace("_", " ")
    marker = cite(builder, record, context.record_chunk_id(record.id), record.status_text)
    return f"“{safe_text(written)}”{marker}"


def _after(spec: StateSpec, row: ActionRecord, again: ActionRecord | None) -> bool:
    """Whether the later paper's row (None: it lists none) is in the state asked."""
    if spec.held is not None:
        return (again is not None) == spec.held
    return again is not None and matches(spec, again.status, again.status_text or "", row.status)


def paired_rows(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The rows of the later paper in the second state whose row in the earlier paper was in
    the first; None unless the question places a state at each of a body's two papers."""
    paired = q.paired
    if paired is None:
        return None
    by_id = {d.id: d for d in context.documents}
    earlier, later = by_id.get(paired.earlier), by_id.get(paired.later)
    if earlier is None or later is None:
        return None
    records = context.register.all()
    before_rows = [r for r in records if r.document.id == earlier.id]
    after_rows = [r for r in records if r.document.id == later.id]
    if not before_rows or not after_rows:
        return None
    if paired.subject == "later":  # the later paper's rows, held by the earlier or not
        before_rows, after_rows = after_rows, before_rows
    linked: list[tuple[ActionRecord, ActionRecord | None]] = []
    for row in before_rows:
        if (paired.before.labels or paired.before.statuses) and not matches(
            paired.before, row.status, row.status_text or ""
        ):
            continue
        if paired.subject == "later":
            again = next((r for r in after_rows if same_row(row, r)), None)
        else:
            again = next((r for r in after_rows if same_row(r, row)), None)
        linked.append((row, again))
    if (
        not any(again for _, again in linked)
        and not any(same_row(r, e) for r in after_rows for e in before_rows)
        and not any(same_row(e, r) for r in after_rows for e in before_rows)
    ):
        return None  # the two papers share no row: a narrative series, read by others
    kept = [(row, again) for row, again in linked if _after(paired.after, row, again)]
    builder = context.citations()
    early, late = doc_label(earlier), doc_label(later)
    if paired.subject == "later":
        early, late = late, early
    noun = "action" if len(kept) == 1 else "actions"
    shown = kept if kept else linked
    if kept:
        head = (
            f"**{len(kept)} {noun} {'was' if len(kept) == 1 else 'were'} {_said(paired.before)} "
            f"in {early} and {_said(paired.after)} in {late}:**"
        )
    else:
        head = (
            f"**None of the {len(linked)} actions {_said(paired.before)} in {early} is "
            f"{_said(paired.after)} in {late}.** Where each stood:"
        )
    lines = [head, ""]
    for row, again in shown[:MAX_SHOWN]:
        name = f"**{safe_text(row.ref)}** " if row.ref else ""
        first, second = ("later", "earlier") if paired.subject == "later" else ("earlier", "later")
        then = f"{_state(row, builder, context)} in the {first} paper"
        now = (
            f"{_state(again, builder, context)} in the {second} paper"
            if again is not None
            else f"not listed in the {second} paper"
        )
        lines.append(f"- {name}{safe_text(row.title)} — {then}; {now}")
    if len(shown) > MAX_SHOWN:
        lines.append(f"- …and {len(shown) - MAX_SHOWN} more (in `records`)")
    # the rows asked for: the later paper's for a change of state, else the paper's named first
    listed = paired.after.held is not None
    rows = [row if listed or again is None else again for row, again in kept]
    if q.intent == "count":
        lines[0] = f"**{len(kept)}.** " + lines[0]
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=(
            f"{len(kept)} of {len(after_rows)} actions in {late} match (earlier state in "
            f"{early}); searched {len(searched)} documents ({context.span(searched)})."
        ),
        matched=len(kept),
        citations=builder.citations(),
        records=rows,
        route="register",
    )
