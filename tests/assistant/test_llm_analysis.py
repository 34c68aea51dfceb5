"""The LLM's proposed analysis, checked against the register's values: against a real
OpenAI-compatible server on loopback, and as units."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

import pytest

from assistant.analysis import QueryAnalysis
from assistant.chat_model import LangChainChatModel
from assistant.llm_analysis import (
    AnalysisProposer,
    ProposedValues,
    RegisterValues,
    checked,
    filled,
    parse_reply,
)
from assistant.prompts import load_prompts
from assistant.register import RecordQuery
from assistant.service import Assistant, build_assistant
from assistant.settings import REPO_ROOT, load_settings
from tests.fake_openai import FakeOpenAI, Reply, fake_openai_server

VALUES = RegisterValues(
    refs={"r18": "R18", "ia/19/02": "IA/19/02"},
    owners={"director of resources": "Director of Resources"},
    priorities={"high": "High"},
    documents={"doc-1": "doc-1", "annual governance statement 2008": "doc-1"},
    titles={"doc-1": "Annual Governance Statement 2008"},
    years=(2002, 2017),
)


def test_only_values_the_register_holds_are_kept_in_its_spelling() -> None:
    proposed = ProposedValues(
        refs=["ia/19/02", "ZZ-99"],
        owner="director of resources",
        statuses=["complete", "finished"],
        priority="Urgent",
        documents=["Annual Governance Statement 2008"],
        since=1990,
        until=2009,
        field="cost",
    )
    kept, rejected = checked(proposed, VALUES)
    assert kept == {
        "refs": ["IA/19/02"],
        "owner": "Director of Resources",
        "statuses": ["complete"],
        "documents": ["doc-1"],
        "until": 2009,
    }
    assert rejected == [
        "ref 'ZZ-99': not in the register",
        "status 'finished': not a status",
        "priority 'Urgent': not in the register",
        "since 1990: outside the years the documents cover",
        "field 'cost': not a field of a record",
    ]


def test_a_proposal_fills_only_what_the_rules_left_empty() -> None:
    rules = QueryAnalysis(question="q", intent="list", owner="Treasurer")
    refined, fields = filled(rules, {"owner": "Director of Resources", "priority": "High"})
    assert refined.owner == "Treasurer" and refined.priority == "High" and fields == ["priority"]


def test_the_reply_must_be_one_json_object_of_the_asked_shape() -> None:
    fenced = '```json\n{"refs": ["R18"], "extra": 1}\n```'
    assert parse_reply(fenced).refs == ["R18"]
    with pytest.raises(ValueError, match="no JSON object"):
        parse_reply("The question names R18.")
    with pytest.raises(ValueError, match="not the analysis asked for"):
        parse_reply('{"refs": "R18", "since": "last year"}')


# --- against the loopback server --------------------------------------------------------------


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    with fake_openai_server() as server:
        yield server


@pytest.fixture()
def proposing(fake: FakeOpenAI, real_services: object) -> Assistant:
    """The default answerer, with the LLM proposing analyses."""
    fake.queue.clear()
    fake.requests.clear()
    model = LangChainChatModel("openai:fake-model", base_url=fake.url, timeout=5)
    prompt = load_prompts(REPO_ROOT / "prompts")["propose_analysis"]
    return Assistant(real_services, proposer=AnalysisProposer(model, prompt, timeout=1.5))  # type: ignore[arg-type]


def _commonest_owner(assistant: Assistant) -> tuple[str, int]:
    owners = Counter(r.owner for r in assistant.register.loaded().records if r.owner)
    return owners.most_common(1)[0]


@pytest.mark.server
def test_a_held_owner_the_llm_reads_becomes_the_filter(
    proposing: Assistant, fake: FakeOpenAI
) -> None:
    owner, count = _commonest_owner(proposing)
    question = "Which actions sit with the person who looks after that?"
    assert Assistant(proposing.services).analyse(question).owner is None  # the rules find none
    fake.enqueue(json.dumps({"owner": owner.upper(), "refs": ["ZZ-99"], "statuses": ["done"]}))
    answer = proposing.ask(question)
    assert answer.query.owner == owner
    assert answer.query.proposal is not None and "owner" in answer.query.proposal.filled
    assert answer.query.proposal.rejected == [
        "ref 'ZZ-99': not in the register",
        "status 'done': not a status",
    ]
    expected = proposing.register.query(RecordQuery(owner=owner))
    assert answer.coverage is not None and answer.coverage.matched == len(expected) >= count
    assert {r.id for r in answer.records} == {r.id for r in expected}
    prompt = fake.requests[0]["messages"][0]["content"]
    assert question in prompt and owner in prompt and "refs:" in prompt


@pytest.mark.server
def test_a_failing_or_slow_provider_leaves_the_rules_analysis(
    proposing: Assistant, fake: FakeOpenAI
) -> None:
    question = "Who is responsible for R18?"
    fake.enqueue(Reply(status=500), Reply(delay=3.0, text="{}"), "no JSON here")
    failed = proposing.analyse(question)
    assert failed.refs == ["R18"] and failed.proposal is not None
    assert "unavailable" in (failed.proposal.note or "")
    slow = proposing.analyse(question + " ")
    assert slow.proposal is not None and "within 1.5 s" in (slow.proposal.note or "")
    garbled = proposing.analyse(question + "  ")
    assert garbled.proposal is not None and "no JSON object" in (garbled.proposal.note or "")
    assert proposing.ask(question).records[0].ref == "R18"


@pytest.mark.server
def test_settings_turn_the_proposer_on_with_the_llm(
    fake: FakeOpenAI, real_services: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVRAG_ANSWER__LLM_MODEL", "openai:fake-model")
    monkeypatch.setenv("GOVRAG_ANSWER__LLM_BASE_URL", fake.url)
    assert build_assistant(load_settings(), real_services).proposer is not None  # type: ignore[arg-type]
    monkeypatch.setenv("GOVRAG_ANSWER__LLM_PROPOSE_ANALYSIS", "false")
    assert build_assistant(load_settings(), real_services).proposer is None  # type: ignore[arg-type]
    monkeypatch.delenv("GOVRAG_ANSWER__LLM_MODEL")
    assert build_assistant(load_settings(), real_services).proposer is None  # type: ignore[arg-type]
