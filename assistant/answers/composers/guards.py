"""The guards before a passage or a described record is answered: a question whose subject
words no paper uses, or that names no subject at all, is refused for lack of words
(:func:`unknown_words`, :func:`unknown_subject`); everyday words near a paper's word in
meaning, and the words that only frame a question, do not count against it."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.context_links import paraphrased_in_context, unlinked_kind
from assistant.answers.support.frame import frame_words
from assistant.answers.support.gather import gather, with_spelled
from assistant.answers.support.planned import unless_intention
from assistant.answers.support.premises import missing_terms, subject_of
from assistant.answers.support.typed import value_noun
from assistant.answers.support.vocabulary import paraphrased
from assistant.answers.support.wordlinks import narrowing_words


def unknown_words(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The guard before any passage answer: abstain when most of the question's key words are
    in no document, or when it names no subject at all (and no document: a question naming
    only a document is answered by its overview); else None."""
    framing = frame_words(q.question) | {value_noun(q) or ""}  # 'how many *people* …'
    unused = missing_terms(q, context)
    subject = [t for t in unused if t not in framing]  # only subject words must be known
    everyday = _everyday(subject, q, context)
    missing = [t for t in subject if t not in everyday]
    known = [t for t in q.terms if t not in unused or t in everyday]
    topic = unknown_topic(q.question, missing)
    if missing and (not known or (len(missing) >= 2 and len(missing) >= len(known)) or topic):
        return abstain(
            q,
            context,
            f"any {topic}" if topic else ", ".join(f"'{m}'" for m in missing),
            "No document in it uses those words.",
            kind="unknown_words",
        )
    if not known and not missing and not q.themes and not q.documents:
        return abstain(
            q, context, "that question", "It names no subject to look for.", kind="unknown_words"
        )
    return None


def _everyday(subject: list[str], q: QueryAnalysis, context: AnswerContext) -> set[str]:
    """The words of ``subject`` that are everyday words for one the papers use: near it in
    meaning alone, or standing for it in the question's own context."""
    alone = paraphrased(subject, context)
    rest = [t for t in subject if t not in alone]
    return alone | paraphrased_in_context(rest, q.standalone or q.question, context)


def unknown_subject(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The guard before a record is looked up by its description ('who owns the taser
    training action?'): abstain when words naming the subject are in no document and make up
    half of its words or more, so no record can be the one described; else None."""
    framing = frame_words(q.question)
    subject = [t for t in missing_terms(q, context) if t not in framing]
    everyday = _everyday(subject, q, context)
    missing = [t for t in subject if t not in everyday]
    known = [t for t in q.terms if t not in missing and t not in framing]
    topic = unknown_topic(q.question, missing)
    if missing and (len(missing) >= len(known) or topic):
        return abstain(
            q,
            context,
            f"any {topic}" if topic else ", ".join(f"'{m}'" for m in missing),
            "No document in it uses those words.",
            kind="unknown_words",
        )
    return _unknown_kind(q, context, planned=False)


# the topic a row is described by: 'the action *on CCTV*', 'the recommendation *about X*'
_TOPIC = re.compile(
    rf"\b{RECORD_NOUNS}\s+(?:on|about|regarding|concerning|covering)\s+(?:the\s+|its\s+|"
    r"their\s+|an?\s+)?(?P<topic>[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I,
)
# where the topic's noun phrase ends: a preposition, a verb or a conjunction after it
_TOPIC_END = re.compile(
    r"\s+(?:in|at|of|for|by|from|with|to|on|under|and|or|but|is|are|was|were|be|been|has|have|"
    r"had|due|owned|led|which|that|who|when)\b.*$",
    re.I,
)


def unknown_topic(question: str, missing: list[str]) -> str | None:
    """The row noun and topic a question describes its row by ('the Fenmarsh *action on CCTV*
    in the pumping stations') when every word of the topic is one no paper uses
    (``missing``): the other words place the row, the topic says which, so no row is the one
    asked; else None."""
    found = _TOPIC.search(question)
    if found is None or not missing:
        return None
    topic = _TOPIC_END.sub("", found["topic"]).strip(" ?.,;:!'")
    words = [w.lower() for w in re.findall(r"[\w'-]+", topic)]
    unknown = {m.lower() for m in missing}
    if words and all(w in unknown for w in words):
        return f"{question[found.start() : found.start('topic')]}{topic}"  # 'action on CCTV'
    return None


def unknown_kind(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The guard before a name or a value is read from the passages about a thing: abstain
    when a word no paper uses narrows the thing to a kind no passage near it speaks of
    ('who chairs the *canteen* committee?'), as :func:`~.passages.passages` would; else
    None."""
    return _unknown_kind(q, context, planned=True)


def _unknown_kind(q: QueryAnalysis, context: AnswerContext, planned: bool) -> Answer | None:
    """The narrowing refusal; with ``planned``, a verb of intention of a planned-date
    question ('when is X now *expecting* …') is no kind."""
    if narrowing_words(q, context):  # 'the police pension scheme': is any scheme of that kind?
        evidence, _ = gather(q, context)
        near = with_spelled(q.question, context, " ".join(e.text for e in evidence[:12]))
        narrowing = unlinked_kind(q, context, near)
        if planned:
            narrowing = unless_intention(q.question, narrowing)
        if narrowing:
            return abstain(
                q,
                context,
                subject_of(q),
                f"No {'passage about it' if planned else 'record'} speaks of anything "
                f"'{narrowing}'.",
                kind="nothing_found",
            )
    return None
