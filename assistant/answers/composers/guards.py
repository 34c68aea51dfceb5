"""The guards before a passage or a described record is answered: a question whose subject
words no paper uses, or that names no subject at all, is refused for lack of words
(:func:`unknown_words`, :func:`unknown_subject`); everyday words near a paper's word in
meaning, and the words that only frame a question, do not count against it."""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.asked_attribute import (
    figure_attribute,
    other_attribute,
    relative_only,
)
from assistant.answers.support.context_links import paraphrased_in_context, unlinked_kind
from assistant.answers.support.finer_date import month_asked_into, month_only
from assistant.answers.support.frame import frame_words
from assistant.answers.support.gather import gather, with_spelled
from assistant.answers.support.part_asked import (
    one_part_asked,
    part_asked,
    speaks_of_part,
    split_asked,
)
from assistant.answers.support.planned import unless_intention
from assistant.answers.support.premises import missing_terms, subject_of
from assistant.answers.support.typed import value_noun
from assistant.answers.support.vocabulary import paraphrased
from assistant.answers.support.wordlinks import narrowing_words
from assistant.evidence import coverage
from assistant.text import record_text, split_sentences, stems


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
    if missing and (not known or (len(missing) >= 2 and len(missing) >= len(known))):
        return abstain(
            q,
            context,
            ", ".join(f"'{m}'" for m in missing),
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
    if missing and len(missing) >= len(known):
        return abstain(
            q,
            context,
            ", ".join(f"'{m}'" for m in missing),
            "No document in it uses those words.",
            kind="unknown_words",
        )
    return _unknown_kind(q, context, planned=False)


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


RELATIVE_READ = 8  # the best passages about the subject read for a figure of the attribute
RELATIVE_SHARE = 0.5  # of the question's weight a passage must hold to be about the subject


def relative_figure(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The guard before a figure is read: 'what is X's *budget*?' when the sentences about X
    (the cells of the row it names, else the best passages) give a figure only against the
    budget ('£1.2 million more than its budget') and none gives the budget's own. A figure
    of the difference is not the figure asked: abstain, quoting it; else None."""
    if answer_type(q.question) not in ("amount", "percentage") or q.intent not in (
        "lookup",
        "explain",
    ):
        return None
    attribute = figure_attribute(q.question)
    if attribute is None:
        return None
    rows = context.register.with_refs([r.lower() for r in q.refs]) if q.refs else []
    if rows:
        texts = [s.text for r in rows for s in split_sentences(record_text(r))]
    else:
        evidence, weights = gather(q, context)
        texts = [
            e.text
            for e in evidence[:RELATIVE_READ]
            if weights and coverage(e.text, weights) >= RELATIVE_SHARE
        ]
    sentence = relative_only(attribute, texts)
    said = f"It gives a figure only against the {attribute}: “{sentence}”"
    if sentence is None:  # 'the scheme's cost?': only 'contributions of £1.1m' to it
        sentence = other_attribute(attribute, texts, q.question)
        said = f"The figure it gives is of something else: “{sentence}”"
    if sentence is None:
        return None
    subject = " ".join(w for w in subject_of(q).split() if w.lower() not in (attribute, "total"))
    return abstain(
        q, context, f"the {attribute} of {subject or 'it'}", said, kind="value_not_given"
    )


DAY_READ = 6  # the best passages read for a day of the month the question names
DAY_SHARE = 0.3  # of the question's weight a passage must hold to be about the subject


def finer_date(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'On what date in September did the panel ask for X?': the passages about it that name
    September give no day of it. The record dates it by the month alone, which the question
    already says: abstain, quoting what it says; else None."""
    month = month_asked_into(q.question)
    if month is None:
        return None
    evidence, weights = gather(q, context)
    texts = [e.text for e in evidence[:DAY_READ] if coverage(e.text, weights) >= DAY_SHARE]
    sentence = month_only(month, texts)
    if sentence is None:
        return None
    return abstain(
        q,
        context,
        f"the day in {month} of {subject_of(q)}",
        f"It gives the month only: “{sentence}”",
        kind="value_not_given",
    )


PART_READ = 8  # the best passages read for a figure of the part asked


def unbroken_part(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'How much of the £142m came from overtime?': the passages with a figure about it never
    speak of the part, so the whole's figure is all the record gives. Abstain, quoting it,
    rather than give the whole as the part; else None."""
    asked = part_asked(q.question)
    if asked is None:
        return None
    whole, part = asked
    evidence, _ = gather(q, context)
    shape = ANSWER_SHAPES["proportion"]
    figured = [e.text for e in evidence[:PART_READ] if shape.search(e.text)]
    if not figured or any(speaks_of_part(part, text) for text in figured):
        return None
    return abstain(
        q,
        context,
        f"how much of {whole} is for {part}",
        f"It does not break the figure down that way; it says: “{figured[0]}”",
        kind="value_not_given",
    )


def unbroken_split(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'How was the 1,847 total split between the estates?', 'how many of the 214 homes were in
    each estate?': a breakdown gives several figures, each beside a part; when no passage
    about the whole speaks of the parts with two figures or more, the record gives the whole
    only. Abstain, quoting the whole's figure, rather than give it as the breakdown; else
    None (a breakdown found, or no figure of the whole in the passages)."""
    asked, several = split_asked(q.question), 2  # each part's figure: several figures
    if asked is None:
        asked, several = one_part_asked(q.standalone or q.question), 1  # one part's figure
    if asked is None:
        return None
    whole, part = asked
    evidence, _ = gather(q, context)
    figured = [e.text for e in evidence[:PART_READ] if _figures(e.text)]
    # a breakdown speaks of the parts and of the whole, with figures other than the whole's
    own = set(_FIGURE.findall(whole))
    broken = [
        text
        for text in figured
        if speaks_of_part(part, text)
        and stems(whole) & stems(text)
        and _figures(text, own) >= several
    ]
    if not figured or broken:
        return None
    return abstain(
        q,
        context,
        f"{whole} broken down by {part}",
        f"It does not break the figure down that way; it says: “{figured[0]}”",
        kind="value_not_given",
    )


# a figure a sentence gives: a count, an amount or a share, not a year ('1,847', '£275,000',
# '81%'; not '2024')
_FIGURE = re.compile(r"(?<![\w/.-])£?\d[\d,.]*(?:%|m|bn|k)?(?![\w/-])")


def _figures(text: str, besides: set[str] | frozenset[str] = frozenset()) -> int:
    """How many figures ``text`` gives, other than ``besides`` (years are dates, not figures)."""
    return sum(
        1
        for m in _FIGURE.finditer(text)
        if not re.fullmatch(r"(?:19|20)\d\d", m.group(0)) and m.group(0) not in besides
    )
