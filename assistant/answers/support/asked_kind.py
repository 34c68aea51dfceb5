"""The kind of value a refused question asks, read from its frame alone, and the question's
words no paper uses that are no everyday word for one it does.

:func:`~assistant.analysis.answer_type` types a question narrowly, because every route acts on
its type (a date asked must be in the sentence, or the answer abstains). Once a route has
refused for want of evidence, the rescue (:mod:`~assistant.answers.composers.typed_span`) may
read the frame more widely, since it answers only from a span of that kind which holds the
question's subject and restates it:

* a name asked ('what's the name of the system …?', 'which board are they writing plans
  for?', 'what is the tool called?'): a span in quotes or a run of capitalised words the
  question does not write (:mod:`.asked_name`);
* 'when' in any tense ('when is the workshop happening?', 'when will X take place?'): a date.

>>> rescue_kind("When is the workshop with the auditors happening?")[0]
'year'
>>> rescue_kind("what is the board doing about it?") is None
True
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, framing_words, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.asked_name import NAME, name_shape
from assistant.answers.support.context_links import paraphrased_in_context
from assistant.answers.support.events import LIGHT_VERBS
from assistant.answers.support.frame import frame_words
from assistant.answers.support.vocabulary import paraphrased

# 'when is …', 'and when will …', 'so when's …': when, whatever the tense
_WHEN = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay)\b,?\s+)?when(?:'s|’s|\s+(?:is|are|will|does|do|has|have|"
    r"should|would|might|could|can|must))\b",
    re.I,
)


def rescue_kind(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The kind of value ``question`` asks by its frame, and the shape of a span giving it;
    None when it asks none this module reads (the analysis's own kinds are read first)."""
    said = unquoted(question)
    if _WHEN.search(said):
        return "year", ANSWER_SHAPES["year"]
    shape = name_shape(said)
    return (NAME, shape) if shape is not None else None


def everyday_words(subject: list[str], q: QueryAnalysis, context: AnswerContext) -> set[str]:
    """The words of ``subject`` that are everyday words for one the papers use: near it in
    meaning alone, or standing for it in the question's own context."""
    alone = paraphrased(subject, context)
    rest = [t for t in subject if t not in alone]
    return alone | paraphrased_in_context(rest, q.standalone or q.question, context)


def unknown_subject_words(q: QueryAnalysis, context: AnswerContext, exempt: set[str]) -> list[str]:
    """The question's terms no paper uses that neither frame it (a light verb, a verb of the
    question itself, the noun of the kind asked: ``exempt``) nor are everyday words for one a
    paper uses: a subject the record lacks."""
    said = unquoted(q.standalone or q.question)
    framing = framing_words(said) | frame_words(q.question) | LIGHT_VERBS | exempt
    unused = [t for t in q.terms if context.stats.df(t) == 0 and t not in framing]
    if not unused:
        return []
    everyday = everyday_words(unused, q, context)
    return [t for t in unused if t not in everyday]
