"""The sentence that says what holds a piece of work up, first.

'What's still holding the records work up?', 'what is the review waiting on?', 'what's
blocking the new system?' ask an obstacle: the answer is a sentence that states one (a thing
'yet to be approved', 'awaiting' or 'waiting for' something, work 'dependent on' another, 'on
hold', 'delayed by', 'no clear plan', a post 'vacant'). Ranked by the question's words alone,
a sentence that repeats them ('the teams are holding regular meetings') comes before the one
that answers in other words, often a row's cell whose subject is only the row's title.
:func:`obstacle_first` reads a wider search, keeps the sentences stating an obstacle, each
read with the title of the row it is a cell of, and puts the one holding most of the
question's subject first. The obstacle is read by the question's frame and the sentence's
grammar, never by the subject's words.
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.gather import gather
from assistant.answers.support.obstacle_asked import obstacle_words, states_obstacle
from assistant.evidence import Evidence, coverage
from assistant.text import stems

WIDER = 3  # times the usual number of passages read
SUBJECT_SHARE = 0.5  # of the question's subject weight the sentence and its row's title hold


def obstacle_first(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence], weights: dict[str, float]
) -> list[Evidence]:
    """``evidence`` with the sentence stating what holds the question's subject up first
    (from a wider search when needed), each sentence read with its row's title; unchanged
    when the question asks no obstacle or no such sentence holds enough of its subject."""
    framed = stems(" ".join(obstacle_words(q.standalone or q.question)))
    if not framed:
        return evidence
    # the frame's words ('holding', 'still', 'waiting') are no subject: a sentence of people
    # 'holding meetings' is not about the work held up
    weights = {t: w for t, w in weights.items() if t not in framed}
    if not weights:
        return evidence
    wider, _ = gather(q, context, k=WIDER * context.top_k)
    seen = {(e.chunk_id, e.start) for e in evidence}
    pool = list(evidence)
    for item in wider:
        if (item.chunk_id, item.start) not in seen:
            seen.add((item.chunk_id, item.start))
            pool.append(item)
    held: dict[int, tuple[bool, float]] = {}
    for e in pool:
        if not states_obstacle(e.text):
            continue
        record = context.register.get(e.record_id)
        title = record.title or "" if record is not None else ""
        # a cell of a row whose title names the subject is about it, whatever its words
        held[id(e)] = (
            coverage(title, weights) >= SUBJECT_SHARE,
            coverage(f"{title} {e.text}", weights),
        )
    candidates = [e for e in pool if id(e) in held and held[id(e)][1] >= SUBJECT_SHARE]
    if not candidates:
        return evidence
    best = max(candidates, key=lambda e: (*held[id(e)], -e.rank))
    if evidence and best is evidence[0]:
        return evidence
    best.score = max((e.score for e in evidence), default=0.0) + 0.01
    return [best, *(e for e in pool if e is not best)]
