"""The default answerer: no LLM, the first composer of the question's chain that answers."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.router import CHAINS, RESCUE, RESCUED, choose_route
from assistant.answers.support.event_bound import unbound_event
from assistant.answers.support.event_outcome import unstated_outcome
from assistant.answers.support.expansion import unspelled
from assistant.answers.support.listed_kind import listed_kind
from assistant.answers.support.unheld import unheld_when
from assistant.answers.support.unheld_quotes import uncounted, unexact, unparted, untimed
from assistant.answers.support.unnamed_kind import unnamed_kind
from assistant.answers.support.unnamed_quotes import unnamed_quotes


class DefaultAnswerer:
    """Answers without an LLM, from the register, document facts and verbatim sentences."""

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        route = choose_route(q)
        for compose in CHAINS[route]:
            result = compose(q, context)
            if result is not None:
                if result.abstained and result.abstention in RESCUED:
                    # before a refusal for want of evidence stands: a span of the asked kind
                    result = RESCUE(q, context) or result
                # a time to come asked of an event the row in focus does not date
                result = unheld_when(q, result, context) or result
                # the time or reason of an event the row mentions but does not bind one to
                result = unbound_event(q, result, context) or result
                # what a body decided of a paper or event the row mentions, never stated
                result = unstated_outcome(q, result, context) or result
                # 'which <kind> …' of a row that speaks of the kind but names none
                result = unnamed_kind(q, result, context) or result
                # names asked of a group or a person that the quotes speak of but never name
                result = unnamed_quotes(q, result, context) or result
                # a list of rows for a kind no row is, a short form's words no paper gives
                for unheld_name in (listed_kind, unspelled):
                    result = unheld_name(q, result, context) or result
                # a time, a count, an exact frequency or a part of a stated whole asked that no
                # quote of the answer holds
                for unheld_value in (untimed, uncounted, unexact, unparted):
                    result = unheld_value(q, result, context) or result
                if not result.route:
                    result.route = route
                return result
        raise AssertionError(f"no composer of route {route!r} answered")  # the last always does
