"""The answers one chat turn has already had: resolving a follow-up asks questions (the turns
before, replayed; the follow-up as written, to see whether it stands alone), and the turn's own
answer is often one of them. Each question is answered once per turn and filters, and each
text analysed once per turn."""

from __future__ import annotations

import json
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.model import LACK_OF_WORDS, Answer

Ask = Callable[[str, "dict[str, object] | None"], Answer]
Analyse = Callable[[str], QueryAnalysis]


def should_reask(answer: Answer) -> bool:
    """Whether a follow-up asked as written, having had ``answer``, is asked again of the row
    in focus instead: the one place that decision is taken (see ``Chat._grounded``). Only a
    refusal for lack of words is ('nothing found', 'no document uses those words'); a refusal
    on evidence ('the record gives no date', 'only planned') stands."""
    return answer.abstention in LACK_OF_WORDS


class TurnAnswers:
    """Answers by question and filters, and analyses by text, for the length of one turn."""

    def __init__(self, ask: Ask, analyse: Analyse | None = None) -> None:
        self._ask = ask
        self._analyse = analyse
        self._answers: dict[tuple[str, str], Answer] = {}
        self._analyses: dict[str, QueryAnalysis] = {}

    def analyse(self, text: str) -> QueryAnalysis:
        """The analysis of ``text``, read once a turn (a slot change reads the last question
        with each of its short spans replaced, and a turn replays the turns before it); a
        refusal (an error) is raised each time."""
        if self._analyse is None:
            raise TypeError("TurnAnswers was built without an analyser")
        if text not in self._analyses:
            self._analyses[text] = self._analyse(text)
        return self._analyses[text]

    def ask(self, question: str, filters: dict[str, object] | None) -> Answer:
        """The answer to ``question`` under ``filters``, asked once; a refusal (an error)
        is raised each time."""
        key = (question, json.dumps(filters or {}, sort_keys=True, default=str))
        if key not in self._answers:
            self._answers[key] = self._ask(question, filters)
        return self._answers[key]
