"""How a recurrence answer shows its rows: a report's rows past those shown in full, named;
an issue thread's appearances in the papers of the bodies a question names."""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite_record, safe_text
from assistant.citations import CitationBuilder, record_quote
from assistant.threads import Thread, when
from ingest.model import ActionRecord, DocumentInfo

MAX_NAMED_MORE = 12  # rows of one report named past those shown in full, in a recurrence


def more_line(
    rest: list[ActionRecord], kind: str, context: AnswerContext, builder: CitationBuilder
) -> str:
    """A report's rows past those shown in full: for a recurrence each named, its title cited
    (nearest the subject first), so that none is only a number; else counted."""
    if kind != "recurring":
        return f"- …and {len(rest)} more in this report"
    named = []
    for record in rest[:MAX_NAMED_MORE]:
        chunk_id = context.record_chunk_id(record.id)
        marker = cite_record(builder, record, chunk_id, record_quote(record, record.title))
        label = f"**{record.ref}** " if record.ref else ""
        title = safe_text(record.title)
        title = title if len(title) <= 80 else title[:77].rstrip() + "…"
        named.append(f"{label}{title}{marker}")
    more = len(rest) - len(named)
    tail = f"; …and {more} more" if more > 0 else ""
    return f"- also in this report ({len(rest)} more): " + "; ".join(named) + tail


def of_bodies(
    threads: list[Thread], reached: set[str], context: AnswerContext
) -> dict[str, list[ActionRecord]]:
    """Each thread's appearances in the papers of the bodies whose papers the question names
    ('which of the trust's items came up again in 2024?'): another body's like row is not its
    issue raised again. Unchanged when a paper's body is not known."""
    bodies = {d.organisation for d in context.searched() if d.id in reached}
    if not bodies or None in bodies:
        return {t.id: t.records for t in threads}
    theirs = {d.id for d in context.searched() if d.organisation in bodies}
    return {t.id: [r for r in t.records if r.document.id in theirs] for t in threads}


def shown_title(thread: Thread, shown: list[ActionRecord]) -> str:
    """The thread's title among the appearances shown (another body's wording left out)."""
    return Thread(thread.id, shown).title if shown else thread.title


# -- rows alike in meaning across papers -------------------------------------------------------
LINK_FLOOR = 0.5  # cosine below which two rows' issues are never the same
LINK_ABOVE_TAIL = 0.2  # how far above the 99th percentile of the background they must be
TAIL = 0.99
MAX_ROWS = 2000  # registers larger than this are left to the threads alone
_GROUPS: dict[int, tuple[object, list[list[ActionRecord]]]] = {}
# the register's rows, the cosines of what they are about across papers and the cut linking two
_LINKS: dict[int, tuple[object, list[ActionRecord], npt.NDArray[np.float32], float]] = {}


def _issue_text(record: ActionRecord) -> str:
    """What a row is about: its title, issue and action, each once."""
    parts = [record.title, record.finding or "", record.action or ""]
    return " ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))[:500]


def meaning_groups(context: AnswerContext) -> list[list[ActionRecord]]:
    """Rows of different papers that raise the same issue in other words, grouped, each group
    oldest paper first: two rows are linked when the embeddings of what they are about (title,
    issue, action) are nearer than the register's own background allows (the 99th percentile
    of the cross-paper pairs that are no row's nearest in the other paper, plus a margin, never
    below a floor), and each is the other's nearest row in its paper. Kept while the register
    is the same."""
    loaded = context.register.loaded()
    cached = _GROUPS.get(id(loaded))
    if cached is not None and cached[0] is loaded:
        return cached[1]
    records = list(loaded.records)
    groups = _group(records, context) if 2 <= len(records) <= MAX_ROWS else []
    _GROUPS.clear()
    _GROUPS[id(loaded)] = (loaded, groups)
    return groups


def _group(records: list[ActionRecord], context: AnswerContext) -> list[list[ActionRecord]]:
    embedder = context.retriever.retriever.embedder
    vectors = np.asarray(embedder.embed_documents([_issue_text(r) for r in records]), np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    near = vectors @ vectors.T
    papers = np.array([r.document.id for r in records])
    apart = papers[:, None] != papers[None, :]
    if not apart.any():
        return []
    near = np.where(apart, near, -1.0)
    # the background: every cross-paper pair but each row's nearest in each other paper
    nearest = np.zeros_like(apart)
    for paper in set(papers.tolist()):
        columns = np.flatnonzero(papers == paper)
        best = columns[np.argmax(near[:, columns], axis=1)]
        nearest[np.arange(len(records)), best] = True
    background = near[apart & ~nearest & ~nearest.T]
    tail = float(np.quantile(background, TAIL)) if background.size else 0.0
    cut = max(LINK_FLOOR, tail + LINK_ABOVE_TAIL)
    loaded = context.register.loaded()
    _LINKS.clear()
    _LINKS[id(loaded)] = (loaded, records, near, cut)
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(near >= cut, 1)), strict=True):
        theirs = papers == papers[j]
        mine = papers == papers[i]
        if near[i, j] >= near[i][theirs].max() and near[i, j] >= near[j][mine].max():
            parent[root(int(i))] = root(int(j))
    members: dict[int, list[ActionRecord]] = {}
    for i, record in enumerate(records):
        members.setdefault(root(i), []).append(record)
    found = [sorted(g, key=when) for g in members.values() if len({r.document.id for r in g}) > 1]
    return sorted(found, key=lambda g: (-len({r.document.id for r in g}), when(g[0])))


def with_alike(threads: list[Thread], context: AnswerContext) -> list[Thread]:
    """``threads`` joined by the groups of rows alike in meaning (:func:`meaning_groups`): a
    group sharing rows with one thread extends it, any other is a thread of its own; widest
    span of years first, then most papers."""
    merged = {t.id: list(t.records) for t in threads}
    holder = {r.id: t.id for t in threads for r in t.records}
    for group in meaning_groups(context):
        owners = {holder[r.id] for r in group if r.id in holder}
        # alike rows the threads keep apart are shown together too, as a group of their own
        key = owners.pop() if len(owners) == 1 else "M" + group[0].id
        rows = merged.setdefault(key, [])
        rows += [r for r in group if r.id not in {x.id for x in rows}]
    joined = [Thread(key, sorted(rows, key=when)) for key, rows in merged.items()]
    return sorted(
        joined, key=lambda t: (-(t.years[-1] - t.years[0] if t.years else 0), -len(t.documents))
    )


def alike_rows(
    nearness: dict[str, float] | None, context: AnswerContext
) -> dict[str, float] | None:
    """Record id -> nearness to a recurrence question's subject, with the rows alike in meaning
    (:func:`meaning_groups`) to a row on it that its words did not find: a later paper raising
    the issue in other words. Such a row ranks below the rows found (a little under the
    least near of its group's)."""
    if not nearness:
        return nearness
    added = dict(nearness)
    for group in meaning_groups(context):
        found = [nearness[r.id] for r in group if r.id in nearness]
        if found:
            for record in group:
                added.setdefault(record.id, min(found) - 0.01)
    return added


def nearest_alike(seeds: list[ActionRecord], context: AnswerContext) -> dict[str, float]:
    """Record id -> cosine, for each seed row's nearest row in every other paper when what the
    two are about is nearer than the register's background allows (the cut of
    :func:`meaning_groups`): the issue raised again in other words. Need not be mutual: the
    seed is the issue asked about, whatever else the other paper's row is nearest to."""
    meaning_groups(context)  # computes the cosines and the cut, once per register
    loaded = context.register.loaded()
    cached = _LINKS.get(id(loaded))
    if cached is None or cached[0] is not loaded:
        return {}
    _, records, near, cut = cached
    index = {r.id: i for i, r in enumerate(records)}
    papers = np.array([r.document.id for r in records])
    found: dict[str, float] = {}
    for seed in seeds:
        i = index.get(seed.id)
        if i is None:
            continue
        for paper in set(papers.tolist()) - {seed.document.id}:
            columns = np.flatnonzero(papers == paper)
            j = int(columns[np.argmax(near[i, columns])])
            if near[i, j] >= cut:
                found[records[j].id] = max(found.get(records[j].id, 0.0), float(near[i, j]))
    return found


def body_of(doc: DocumentInfo) -> str:
    """Whose paper it is: its organisation, else its title."""
    return doc.organisation or doc.title


def bodies_head(name: str, bodies: list[str], head: str) -> str:
    """The first line of a question of bodies: at how many bodies the subject comes up, named;
    plainly 'only at one' when one body's papers hold it (its years, if several)."""
    if len(bodies) >= 2:
        listed = ", ".join(safe_text(b) for b in bodies)
        return f"**Yes — {name} comes up at {len(bodies)} bodies ({listed}):**"
    if len(bodies) == 1:
        years = re.search(r"\(\d{4}(?:, \d{4})*\)", head)  # the years its reports span
        when = f" {years.group(0)}" if years else ""
        return f"**No — {name} comes up only at {safe_text(bodies[0])}{when}:**"
    return head
