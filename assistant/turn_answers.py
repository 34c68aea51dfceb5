"""The answers one chat turn has already had: resolving a follow-up asks questions (the turns
before, replayed; the follow-up as written, to see whether it stands alone), and the turn's own
answer is often one of them. Each question is answered once per turn and filters."""

from __future__ import annotations

import json
from collections.abc import Callable

from assistant.answers.model import LACK_OF_WORDS, Answer

Ask = Callable[[str, "dict[str, object] | None"], Answer]


def should_reask(answer: Answer) -> bool:
    """Whether a follow-up asked as written, having had ``answer``, is asked again of the row
    in focus instead: the one place that decision is taken (see ``Chat._grounded``). Only a
    refusal for lack of words is ('nothing found', 'no document uses those words'); a refusal
    on evidence ('the record gives no date', 'only planned') stands."""
    return answer.abstention in LACK_OF_WORDS


class TurnAnswers:
    """Answers by question and filters, for the length of one turn."""

    def __init__(self, ask: Ask) -> None:
        self._ask = ask
        self._answers: dict[tuple[str, str], Answer] = {}

    def ask(self, question: str, filters: dict[str, object] | None) -> Answer:
        """The answer to ``question`` under ``filters``, asked once; a refusal (an error)
        is raised each time."""
        key = (question, json.dumps(filters or {}, sort_keys=True, default=str))
        if key not in self._answers:
            self._answers[key] = self._ask(question, filters)
        return self._answers[key]
