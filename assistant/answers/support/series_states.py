"""The states an item had in its body's earlier papers, oldest first, each cited: shown beside
an answer read from the latest paper's row ('is X done yet?'), so the series is in view."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite, safe_text
from assistant.answers.support.series import earlier_rows
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord, DocumentInfo


def paper_label(paper: DocumentInfo, papers: Iterable[DocumentInfo]) -> str:
    """A paper's title, told apart from ``papers`` of the same title by its body's name when
    that differs ('… progress report (Saltcombe Haven Harbour Board 3)'), else by its date
    ('Audit action log of 10 September 2025'); with its year when the label has none."""
    shared = [p for p in papers if p.id != paper.id and p.title == paper.title]
    return _label(paper, bool(shared), any(p.organisation != paper.organisation for p in shared))


def _label(paper: DocumentInfo, shared: bool, other_body: bool) -> str:
    """:func:`paper_label` given whether other papers share its title and whether one of them
    is of another body."""
    label = paper.title
    body = paper.organisation or ""
    if other_body and body:
        if body.lower() not in label.lower():
            label = f"{label} ({body})"
    elif shared and paper.date:
        return f"{label} of {_written(paper.date)}"
    return label if not paper.year or str(paper.year) in label else f"{label} ({paper.year})"


def paper_labels(wanted: Iterable[DocumentInfo], papers: Iterable[DocumentInfo]) -> dict[str, str]:
    """:func:`paper_label` of each of ``wanted`` among ``papers``, by paper id: the papers of
    each title counted by body once, not read again for every label (a thousand labels among
    five thousand papers of one title)."""
    titled: dict[str, list[DocumentInfo]] = {}
    for paper in papers:
        titled.setdefault(paper.title, []).append(paper)
    bodies = {title: Counter(p.organisation for p in group) for title, group in titled.items()}
    own: dict[tuple[str, str], list[str | None]] = {}  # (title, id) -> its entries' bodies
    for title, group in titled.items():
        for p in group:
            own.setdefault((title, p.id), []).append(p.organisation)
    labels = {}
    for paper in wanted:
        itself = own.get((paper.title, paper.id), [])
        others = len(titled.get(paper.title, [])) - len(itself)
        same_body = bodies.get(paper.title, Counter())[paper.organisation]
        other_body = others - (same_body - itself.count(paper.organisation)) > 0
        labels[paper.id] = _label(paper, others > 0, other_body)
    return labels


def _written(iso: str) -> str:
    """'2025-09-10' as '10 September 2025' (as given when it is not a date)."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"


def earlier_states(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext, builder: CitationBuilder
) -> str:
    """' Earlier: <paper> — <state> [n]; …' for the rows before ``record`` in its body's papers
    (oldest first), when the question asks the state now; '' otherwise or when none."""
    papers = {d.id: d for d in context.documents}
    rows = earlier_rows(q, record, context)
    labels = paper_labels(
        (papers[i] for i in {r.document.id for r in rows} if i in papers), papers.values()
    )
    parts = []
    for row in rows:
        said = row.status_text or row.status.replace("_", " ")
        marker = cite(builder, row, context.record_chunk_id(row.id), row.status_text)
        label = labels.get(row.document.id, "")
        parts.append(f"{safe_text(label)} — “{safe_text(said)}”{marker}")
    return f" Earlier: {'; '.join(parts)}." if parts else ""
