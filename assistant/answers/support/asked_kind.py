"""The kind of value a refused question asks, read from its frame alone, and the question's
words no paper uses that are no light verb.

:func:`~assistant.analysis.answer_type` types a question narrowly, because every route acts on
its type (a date asked must be in the sentence, or the answer abstains). Once a route has
refused for want of evidence, the rescue (:mod:`~assistant.answers.composers.typed_span`) may
read the frame more widely, since it answers only from a span of that kind which holds the
question's subject and restates it:

* a name asked ('what's the name of the system …?', 'which board are they writing plans
  for?', 'what is the tool called?'): a span in quotes or a run of capitalised words the
  question does not write (:mod:`.asked_name`);
* 'when' in any tense ('when is the workshop happening?', 'when will X take place?'): a date.

>>> rescue_kind(QueryAnalysis(question="When is the workshop happening?"))[0]
'year'
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.asked_name import NAME, name_shape
from assistant.answers.support.events import LIGHT_VERBS

# 'when is …', 'and when will …', 'so when's …': when, whatever the tense
_WHEN = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay)\b,?\s+)?when(?:'s|’s|\s+(?:is|are|will|does|do|has|have|"
    r"should|would|might|could|can|must))\b",
    re.I,
)


def rescue_kind(q: QueryAnalysis) -> tuple[str, re.Pattern[str]] | None:
    """The kind of value the question asks by its frame, and the shape of a span giving it;
    None when it asks none this module reads (the analysis's own kinds are read first), or
    names a row ('the name of the person who owns R3': its columns answer that)."""
    said = unquoted(q.standalone or q.question)
    if _WHEN.search(said):
        return "year", ANSWER_SHAPES["year"]
    shape = name_shape(said)
    return (NAME, shape) if shape is not None and not q.refs else None


def unknown_subject_words(q: QueryAnalysis, context: AnswerContext, exempt: set[str]) -> list[str]:
    """The question's terms no paper uses, less its light verbs ('how far X had *got*') and
    the noun of the kind asked (``exempt``): any other, an event verb among them ('how many
    were *cancelled*?'), is a subject or an event the record may lack."""
    unused = [t for t in q.terms if context.stats.df(t) == 0]
    return [t for t in unused if t not in LIGHT_VERBS and t not in exempt]
