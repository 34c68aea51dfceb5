"""A reason asked ('why did X slip?', 'what held up X?', 'what was the reason X is late?'),
answered by the sentence that gives a cause of the asked subject: a row's progress note or
the paper's prose ('… have slipped because the first tender attracted no bids'). The cause is
put first, then the sentence quoted and cited; a reason given in two papers (a body's two
years) is given from each, each paper named. None when no sentence about the subject states a
cause: the answer is then the passages, as before."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.reason_asks import ASKS_REASON
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.causes import AGENT_DELAY, CAUSE_HEAD, cause_clause
from assistant.answers.support.events import without_light_verbs
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import safe_text
from assistant.evidence import Evidence, coverage
from assistant.text import stem

# the words that state a cause in a sentence: 'because', 'due to', 'pending', 'awaiting' …
_CAUSE = re.compile(
    rf"\b(?:{CAUSE_HEAD}|{AGENT_DELAY}|waits?\s+for|caused\s+by|delayed\s+by|held\s+up\s+by|"
    r"at\s+the\s+request\s+of|mainly\s+because|while)\b",
    re.I,
)
# words of the question's frame, not of its subject: what a cause is asked of
_FRAME = frozenset(
    stem(w)
    for w in (
        "why reason reasons cause caused causes delay delayed delays late slip slipped slipping "
        "behind held hold holding explanation explains led prompted happened put back moved "
        "postponed deferred"
    ).split()
)
SHORT_NOTE = 25  # words of a row's note read with its row's own cells
SUBJECT_SHARE = 0.6  # of the subject's weight a sentence giving a cause must be about
MAX_GIVEN = 3  # causes shown (one per paper)
WIDER = 3  # times the usual passages read


def _cause(sentence: str) -> str | None:
    """The cause a sentence states ('training pending', 'quote still awaited'): see
    :func:`cause_clause`."""
    return cause_clause(sentence, _CAUSE)


def _about(item: Evidence, subject: dict[str, float], context: AnswerContext) -> float:
    """How much of the subject the sentence itself is about; a short note of a row ('Test
    postponed because of the festival') is about what its row's own cells name. The
    sentences around it, and a long cell's other sentences, may be about something else."""
    share = coverage(item.text, subject)
    record = context.register.by_id().get(item.record_id) if item.record_id else None
    if record is None or len(item.text.split()) > SHORT_NOTE:
        return share
    cells = " ".join(c for c in (record.title, record.finding, record.action) if c)
    return max(share, coverage(f"{item.text} {cells}", subject))


def _givers(q: QueryAnalysis, context: AnswerContext) -> list[tuple[float, Evidence]]:
    """The sentences that state a cause and are about the question's subject, best first, one
    per paper."""
    evidence, weights = gather(q, context, k=WIDER * context.top_k)
    subject = {t: w for t, w in without_light_verbs(weights).items() if t not in _FRAME}
    if not subject:
        return []
    scored = [
        (_about(e, subject, context), e)
        for e in evidence
        if _CAUSE.search(e.text) and len(e.text.split()) >= 4
    ]
    best: dict[str, tuple[float, Evidence]] = {}
    for share, item in sorted(scored, key=lambda s: (-s[0], s[1].rank)):
        if share >= SUBJECT_SHARE and item.document.id not in best:
            best[item.document.id] = (share, item)
    ranked = sorted(best.values(), key=lambda s: (-s[0], s[1].rank))
    return [s for s in ranked if s[0] >= ranked[0][0] - 0.25][:MAX_GIVEN] if ranked else []


def reason_in_text(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The cause of the asked subject's state that a sentence gives, first; None otherwise."""
    asked = ASKS_REASON.search(q.question)
    if asked is None or q.intent not in ("lookup", "explain", "list"):
        return None
    topic = (asked.group("topic") or "").lower()
    fronted = (q.premise or "").lower() in topic  # 'as for X, why …?' names X
    if (q.premise and not (topic and fronted)) or q.claims:
        return None  # 'why was X marked complete?': the state it takes for granted is checked
    givers = _givers(q, context)
    if not givers:
        return None
    builder = context.citations()
    lines = []
    for _, giver in givers:
        n = builder.add_evidence(giver)
        cause = _cause(giver.text)
        if n is None or cause is None:
            continue
        written = context.years().get(giver.document.id)
        year = f", {written}" if len(givers) > 1 and written else ""
        cause = cause[:1].upper() + cause[1:]
        lines.append(
            f"- **{safe_text(cause)}** — “{safe_text(giver.display())}” [{n}] — "
            f"*{safe_text(giver.document.title)}{year}*"
        )
    if not lines:
        return None
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=(
            f"The cause as the paper states it; searched {len(searched)} documents "
            f"({context.span(searched)})."
        ),
        matched=len(lines),
        citations=builder.citations(),
        route="passages",
    )
