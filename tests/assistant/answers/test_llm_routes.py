"""LLM_ROUTES: the LLM answerer asks its chat model only for narrative questions (compare,
passages); every other route is answered by the default answerer, without the model."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import get_args

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.llm import LLMAnswerer
from assistant.answers.model import ABSTAIN_PHRASE
from assistant.answers.pipeline import DefaultAnswerer
from assistant.answers.router import LLM_GUARDS, LLM_ROUTES, Route, choose_route
from assistant.prompts import PromptTemplate, load_prompts
from assistant.service import Assistant
from assistant.settings import REPO_ROOT
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    DOCUMENTS,
    MOPAC_2017,
    MPS_2017,
    PERIOD,
    PURE_2008,
    check_coverage,
    doc_id,
    sample_text,
)
from tests.assistant.answers.test_router import CASES, Case
from tests.assistant.conftest import check_citations

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]
BUNDLED = [AGS_2007_08, MPS_2017, PURE_2008, MOPAC_2017, DISTRICT_AUDIT_2002]
_SOURCE = re.compile(r'<source n="(\d+)"[^>]*>(.*?)</source>', re.S)


class RecordingChatModel:
    """A deterministic ChatModel: keeps every conversation it is sent and answers with its
    first source, cited [1] (so the answer passes the citation check)."""

    def __init__(self) -> None:
        self.received: list[list[tuple[str, str]]] = []

    def complete(self, messages: list[tuple[str, str]]) -> str:
        self.received.append(list(messages))
        sources = _SOURCE.findall(messages[-1][1])
        return f"{sources[0][1]} [1]" if sources else f"{ABSTAIN_PHRASE} that."


@pytest.fixture(scope="module")
def prompts() -> dict[str, PromptTemplate]:
    return load_prompts(REPO_ROOT / "prompts")


OUTSIDE = [case for case in CASES if case.route not in LLM_ROUTES]
INSIDE = [  # the guards answer before the model is asked (router.LLM_GUARDS)
    case
    for case in CASES
    if case.route in LLM_ROUTES
    and case.answered_as != "abstain"
    and case.composer not in LLM_GUARDS
]


def test_the_cases_cover_every_route_outside_the_llm_routes() -> None:
    outside = {"register", "select", "refs", "field", "recurring", "document", "unknown_period"}
    assert set(get_args(Route)) - LLM_ROUTES == outside
    assert {case.route for case in OUTSIDE} == outside


@pytest.mark.parametrize("case", OUTSIDE, ids=str)
def test_the_model_is_never_asked_outside_the_llm_routes(
    analyse: Analyse,
    context: Context,
    prompts: dict[str, PromptTemplate],
    case: Case,
) -> None:
    q = analyse(case.question)
    model = RecordingChatModel()
    answer = LLMAnswerer(model, prompts, timeout=5).answer(q, context())
    assert model.received == []
    expected = DefaultAnswerer().answer(q, context())
    assert answer.route == expected.route == case.answered_as
    assert answer.answer == expected.answer and answer.notes == expected.notes
    assert case.says in answer.answer


@pytest.mark.parametrize("case", INSIDE, ids=str)
def test_the_model_writes_the_answers_of_the_llm_routes(
    assistant: Assistant,
    analyse: Analyse,
    context: Context,
    prompts: dict[str, PromptTemplate],
    case: Case,
) -> None:
    q = analyse(case.question)
    assert choose_route(q) in LLM_ROUTES
    model = RecordingChatModel()
    answer = LLMAnswerer(model, prompts, timeout=5).answer(q, context())
    assert len(model.received) == 1
    (system_role, system), (user_role, user) = model.received[0]
    assert (system_role, user_role) == ("system", "user")
    assert ABSTAIN_PHRASE in system
    assert user.startswith(f"Question: {case.question}\n")
    sources = _SOURCE.findall(user)
    assert [int(n) for n, _ in sources] == list(range(1, len(sources) + 1))
    record = [sample_text(stem) for stem in BUNDLED]
    for _, text in sources:  # verbatim sentences of the record, nothing else
        assert any(text in whole for whole in record), text

    assert answer.route == "llm" and not answer.abstained and answer.notes == []
    check_citations(assistant, answer)
    check_coverage(answer)
    first = sources[0][1]
    assert answer.answer.startswith(f"{first} [1]")
    assert first in answer.citations[0].quote  # widened until it pins one place
    assert answer.coverage.line.endswith(
        f"; searched {DOCUMENTS} documents ({PERIOD}); written by the LLM."
    )


def test_the_whistle_blowing_sources_come_from_the_pure_plan(
    analyse: Analyse, context: Context, prompts: dict[str, PromptTemplate]
) -> None:
    model = RecordingChatModel()
    q = analyse("What has the MPS done to better publicise its whistle-blowing arrangements?")
    answer = LLMAnswerer(model, prompts, timeout=5).answer(q, context())
    [(_, _), (_, user)] = model.received[0]
    assert "The MPS has recently launched the On-line 'Right Line'." in user
    assert 'ref="R22"' in user
    assert answer.citations[0].document.id == doc_id(PURE_2008)


def test_words_no_document_uses_are_refused_before_the_model_is_asked(
    analyse: Analyse, context: Context, prompts: dict[str, PromptTemplate]
) -> None:
    model = RecordingChatModel()
    q = analyse("What is the MPS policy on body-worn cameras?")
    answer = LLMAnswerer(model, prompts, timeout=5).answer(q, context())
    assert model.received == []
    assert answer.abstained and "'body', 'worn', 'cameras'" in answer.answer
