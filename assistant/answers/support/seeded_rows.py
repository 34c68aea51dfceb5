"""A recurrence asked of rows the question names by ref ('has R16 come up in other reports?',
'did item 1.1 recur in later reports?', after a follow-up put the row in focus in place of
'it'): the issue is those rows, not a word of the question. Their appearances elsewhere are
the rows of their issue threads, each other paper's row nearest in meaning to a seed when
nearer than the register's background allows (:func:`nearest_alike`), and the rows alike in
meaning to any of these (:func:`alike_rows`)."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.patterns import GENERIC
from assistant.answers.context import AnswerContext
from assistant.answers.support.recurring_rows import alike_rows, nearest_alike
from assistant.answers.support.wordlinks import content_words
from ingest.model import ActionRecord

SEED = 9.0  # nearness of a seed row: first in its paper
THREADED = 8.0  # a row its issue thread links to it
ALIKE = 7.0  # a row nearest a seed in meaning (plus its cosine)


def labels_asked(q: QueryAnalysis) -> bool:
    """Whether the question reads its refs as labels rows carry ('there's an R5 in more than one
    of these papers', 'each R5', 'the R5s'): the rows so labelled are what recurs, not the issue
    of one of them."""
    return any(
        re.search(
            rf"\b(?:an?|each|every|any)\s+{re.escape(ref)}\b|\b{re.escape(ref)}s\b",
            q.question,
            re.I,
        )
        for ref in q.refs
    )


def _labelled(refs: list[str], context: AnswerContext) -> list[ActionRecord]:
    """The rows whose ref is one of ``refs`` or ends with it after a series' prefix ('HMIC R5'
    for 'R5'), in order."""
    wanted = {r.lower() for r in refs}
    return [
        r
        for r in context.register.all()
        if r.ref and (r.ref.lower() in wanted or r.ref.lower().rsplit(" ", 1)[-1] in wanted)
    ]


def seed_rows(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The rows the question names by ref, in the papers it names if any hold them; read as
    labels (:func:`labels_asked`), every row so labelled."""
    if not q.refs:
        return []
    if labels_asked(q):
        return _labelled(q.refs, context)
    found = context.register.with_refs([r.lower() for r in q.refs])
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    return found


def seeded_nearness(
    seeds: list[ActionRecord], context: AnswerContext, labels: bool = False
) -> dict[str, float]:
    """Record id -> nearness to the seed rows' issue: the seeds, their threads' rows, the rows
    of other papers nearest them in meaning, and the rows alike in meaning to any of these.
    Other rows of a seed's own paper are not its issue raised again. Seeds read as labels
    (``labels``) are what recurs: nothing is added to them."""
    near = {s.id: SEED for s in seeds}
    if labels:
        return near
    threads = context.register.threads()
    for seed in seeds:
        thread = threads.thread_of(seed.id)
        for record in thread.records if thread else []:
            near.setdefault(record.id, THREADED)
    for record_id, cosine in nearest_alike(seeds, context).items():
        near.setdefault(record_id, ALIKE + cosine)
    return alike_rows(near, context) or near


def seeded_question(q: QueryAnalysis, seeds: list[ActionRecord]) -> QueryAnalysis:
    """``q`` asked of every paper (the paper it names holds the seeds; the recurrence is
    looked for everywhere), its topic the words of what the seeds are about."""
    update: dict[str, object] = {"documents": [], "years": [], "since": None, "until": None}
    return q.model_copy(update={**update, "terms": seed_words(seeds)})


def seed_words(seeds: list[ActionRecord]) -> list[str]:
    """The content words of what the seed rows are about (their titles and findings), once."""
    said = [w for r in seeds for w in content_words(f"{r.title} {r.finding or ''}")]
    return [w for w in dict.fromkeys(said) if w not in GENERIC and not w.isdigit()]
