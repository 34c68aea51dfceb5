"""Whether the passages found give the figure a question asks for.

'How many …' asks a number (:func:`~.counted.has_figure` reads it); so does a wh-phrase
whose noun names a kind of value ('what is the headline *figure* for the net cost of …',
'what *sum* …'). For the latter the number must sit in a sentence about the subject: one
holding a quantity and at least half the subject's weight, the value noun itself and the
question's stance words ('headline', 'key', 'roughly') left out (a typed value, 'the total
*cost*', is the typed check's to read). A sentence about another thing that happens to hold a
number ('the net cost of X has risen to £3.1m' for 'the figure for the cost of the helpline')
does not answer.
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.support.counted import has_figure
from assistant.answers.support.figures import in_digits, quantities
from assistant.answers.support.frame import asked_value_noun, stance_words
from assistant.evidence import Evidence, coverage
from assistant.text import stem_of

ABOUT_SHARE = 0.5  # of the subject's weight a sentence giving the figure must hold
READ = 6  # best sentences read


def figure_missing(
    q: QueryAnalysis,
    evidence: list[Evidence],
    subject: dict[str, float],
    context: AnswerContext | None = None,
) -> bool:
    """Whether the question asks for a figure and none of the best sentences gives one about
    its subject (``subject``: stem -> weight, its stance words already left out)."""
    stance = stance_words(q.question)
    if q.quantity:
        unstanced = q.model_copy(update={"terms": [t for t in q.terms if t not in stance]})
        return not has_figure(unstanced, evidence[:READ], context)
    noun = asked_value_noun(q.question)
    if noun is None or answer_type(q.question):  # 'the total cost': the typed check reads it
        return False
    about = {t: w for t, w in subject.items() if t != stem_of(noun)}
    return not any(
        quantities(in_digits(e.text)) and (not about or coverage(e.text, about) >= ABOUT_SHARE)
        for e in evidence[:READ]
    )
