"""'Who <did> X?' of no named row ('who carried out the review?', 'who signed off the plan?'):
the doer of an event, read from the sentences about X. When sentences speak of X and none of
them names anyone who is not already in the question, the record does not say who: the answer
is that refusal, not the best passage about X. Verbs of an action's own work ('who leads
it?') ask its owner and are left to the other answers; so is a question about a thing no
sentence speaks of (the guards and the passages judge it)."""

from __future__ import annotations

import math

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.doers import OWN_WORK, WHO_DID, names_doer
from assistant.answers.support.frame import frame_words
from assistant.answers.support.gather import gather
from assistant.answers.support.values import paper_names
from assistant.answers.support.wordlinks import content_words
from assistant.text import split_sentences, stem_of, stems

_SHARE = 0.5  # of the event's words a sentence must hold to be about it
_READ = 8  # passages read for sentences about the event


def _event_stems(question: str, verb_at: int, context: AnswerContext) -> set[str]:
    """The stems of the words naming what was done, after the verb: not the frame, not a
    paper's name."""
    named = stems(" ".join(paper_names(context)))
    framing = {w.lower() for w in frame_words(question)}
    return {
        stem_of(w)
        for w in content_words(question[verb_at:])
        if w not in framing and len(w) > 2 and stem_of(w) not in named
    }


def unnamed_doer(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when no sentence about the event asked names its doer; None when one does,
    when the verb asks an owner, or when no sentence speaks of the event."""
    question = unquoted(q.standalone or q.question)
    found = WHO_DID.search(question)
    if q.refs or q.claims or q.owner or found is None or stem_of(found["verb"]) in OWN_WORK:
        return None
    event = _event_stems(question, found.end("verb"), context)
    if not event:
        return None
    need = max(1, math.ceil(_SHARE * len(event)))
    evidence, _ = gather(q, context)
    about = [
        s.text
        for item in evidence[:_READ]
        for s in split_sentences(item.text)
        if len(event & stems(s.text)) >= need
    ]
    if not about or any(names_doer(text, question) for text in about):
        return None
    what = question[found.start("verb") :].strip(" ?.!")
    return abstain(
        q,
        context,
        f"who {what}",
        "The passages about it name nobody who did it.",
        kind="value_not_given",
    )
