"""Which check a figure the question takes for granted goes to: 'all 45 activities were
completed' counts things done that are no kind of register row, so the prose's figures check
it (:func:`~assistant.answers.support.figure_premise.figure_premise`) before any row whose
words match it ('activity sampling') is read as the thing said to be done; and the passages
checked are those about what the figure counts, the words of its own clause."""

from __future__ import annotations

import re

from assistant.analysis import REGISTER_KINDS, QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.checked import premise_in_passages
from assistant.answers.support.figure_premise import figure_premise
from assistant.answers.support.figures import figures
from assistant.answers.support.frame import frame_words
from assistant.answers.support.slot_claims import slot_premise
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, term_weights
from vectorstore.bm25 import query_terms


def prose_done(q: QueryAnalysis) -> bool:
    """A count of things done whose noun is no kind of register row ('all 45 activities'):
    the prose's figures check it, not the register's rows."""
    question = unquoted(q.question)
    return any(f.kind == "done" for f in figures(question)) and not re.search(
        rf"\b(?:\d+\s+(?:\w+\s+)?|{_NUMBER_WORDS}\s+(?:[\w'-]+\s+){{0,4}}?){REGISTER_KINDS}",
        question,
        re.I,
    )


# numbers written as words: 'all ten recommendations' counts rows as 'all 10' does
_NUMBER_WORDS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)


def figure_weights(q: QueryAnalysis, context: AnswerContext) -> dict[str, float]:
    """The weights of the words of the clauses that state a figure, less the words framing
    the question ('seeing as', 'what is left'): the passages checking the figure must be about
    what it counts, not about what the rest of the question asks."""
    # a comma before a space ends a clause ('Given that all 45 were done, what …'); one
    # inside a number ('4,000') does not
    clauses = [c for c in re.split(r"[.;?!—–]\s*|,\s+", unquoted(q.question)) if figures(c)]
    said = {t for clause in clauses for t in query_terms(clause)} - frame_words(q.question)
    return term_weights([t for t in q.terms if t in said], context.stats)


def asserted_first(
    q: QueryAnalysis,
    evidence: list[Evidence],
    weights: dict[str, float],
    context: AnswerContext,
    builder: CitationBuilder,
) -> str | None:
    """The correction of what the question asserts: of a record's state, or of a figure it
    states; the figure first when it counts things done that are no kind of row."""
    if prose_done(q):
        claimed = figure_weights(q, context)
        return figure_premise(q, evidence, claimed or weights, builder) or premise_in_passages(
            q, evidence, weights, context, builder
        )
    return (
        premise_in_passages(q, evidence, weights, context, builder)
        or figure_premise(q, evidence, weights, builder)
        or slot_premise(q, evidence, context, builder)
    )
