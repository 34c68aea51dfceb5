"""Conversation: follow-ups rewritten (rules), /v1/chat streaming, and the OpenAI-compatible
endpoint driven by the official openai client and LangChain's ChatOpenAI on a real server."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from assistant.conversation import Chat, Turn, looks_like_follow_up, rewrite_by_rules
from assistant.service import Assistant


def turns(*pairs: tuple[str, str]) -> list[Turn]:
    return [Turn(role=role, content=content) for role, content in pairs]


@pytest.mark.parametrize(
    ("history", "question", "standalone"),
    [
        (
            [("user", "Which partnership actions slipped since 2008?")],
            "and which of those were about risk?",
            "Which partnership actions slipped since 2008 and were about risk?",
        ),
        (
            [("user", "What is R18?"), ("assistant", "**R18** (MPS Action Plan) ...")],
            "who owns it?",
            "who owns R18?",
        ),
        (
            [
                ("user", "Tell me about the scheme of delegation"),
                ("assistant", "- ... — *MPS Action Plan, ref R18*\n**R18** x"),
            ],
            "when is it due?",
            "when is R18 due?",
        ),
        (
            [("user", "Which partnership actions slipped since 2008?")],
            "what about 2017?",
            "Which partnership actions slipped in 2017?",
        ),
        (
            [("user", "Which partnership actions slipped since 2008?")],
            "what about risk management?",
            "Which risk management actions slipped since 2008?",
        ),
        (
            [("user", "Why did the MPA need HR policies?")],
            "tell me more",
            "Explain: Why did the MPA need HR policies?",
        ),
    ],
)
def test_rules_rewrite_follow_ups(
    history: list[tuple[str, str]], question: str, standalone: str
) -> None:
    assert rewrite_by_rules(question, turns(*history)) == standalone


def test_standalone_questions_are_left_alone() -> None:
    history = turns(("user", "Which partnership actions slipped since 2008?"))
    assert (
        rewrite_by_rules("How many recommendations did the District Audit report make?", history)
        is None
    )
    assert not looks_like_follow_up("Who is responsible for R18?")
    assert rewrite_by_rules("who owns it?", []) is None


@pytest.mark.slow
def test_follow_up_uses_context(assistant: Assistant) -> None:
    chat = Chat(assistant)
    first = chat.respond(turns(("user", "Which partnership actions slipped since 2008?")))
    assert first.rewritten is False and [r.ref for r in first.answer.records] == ["3"]
    follow = chat.respond(
        turns(
            ("user", "Which partnership actions slipped since 2008?"),
            ("assistant", first.answer.answer),
            ("user", "what about risk management?"),
        )
    )
    assert follow.rewritten and follow.method == "rules"
    assert follow.standalone == "Which risk management actions slipped since 2008?"
    assert follow.answer.query.themes == ["risk management"] and follow.answer.query.slipped


@pytest.fixture()
def server_url(real_server: str) -> str:
    """`govrag serve` over the bundled record (the session's one, tests/conftest.py)."""
    return real_server


@pytest.mark.slow
@pytest.mark.server
def test_chat_endpoint_streams_events(server_url: str) -> None:
    body = {
        "stream": True,
        "messages": [
            {"role": "user", "content": "What is R18?"},
            {"role": "assistant", "content": "**R18** Embed the scheme of delegation"},
            {"role": "user", "content": "who owns it?"},
        ],
    }
    events: list[tuple[str, dict[str, object]]] = []
    with httpx.stream("POST", f"{server_url}/v1/chat", json=body, timeout=60) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        event = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events.append((event, json.loads(line[6:])))
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-2:] == ["answer", "done"] and "delta" in names
    assert events[0][1]["standalone"] == "who owns R18?"
    text = "".join(str(data["text"]) for name, data in events if name == "delta")
    answer = events[-2][1]
    assert text == answer["answer"] and "Director of Finance Services" in text
    assert answer["citations"][0]["ref"] == "R18"


def _streamed(server_url: str, messages: list[dict[str, str]]) -> dict[str, Any]:
    """The last data of each event of a streamed /v1/chat turn, by event name."""
    events: dict[str, Any] = {}
    with httpx.stream(
        "POST", f"{server_url}/v1/chat", json={"messages": messages, "stream": True}, timeout=60
    ) as response:
        event = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events[event] = json.loads(line[6:])
    return events


@pytest.mark.slow
@pytest.mark.server
def test_a_streamed_follow_up_keeps_the_paper_of_the_turn_before(server_url: str) -> None:
    """A follow-up asked as written that points back with a pronoun is answered in the paper
    the turn before was about, streamed or not (the two answers are the same)."""
    first = "How many actions in the PURE plan are complete?"
    counted = httpx.post(
        f"{server_url}/v1/chat", json={"messages": [{"role": "user", "content": first}]}, timeout=60
    ).json()
    paper = {r["document"]["id"] for r in counted["answer"]["records"]}
    assert len(paper) == 1
    follow_up = (
        "What progress have they reported on repeat victimisation flagging on the crime system"
        " this year?"
    )
    messages = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": counted["answer"]["answer"]},
        {"role": "user", "content": follow_up},
    ]
    plain = httpx.post(f"{server_url}/v1/chat", json={"messages": messages}, timeout=60).json()
    streamed = _streamed(server_url, messages)["answer"]
    # the paper does not speak of it: both decline there rather than answer from another paper
    cited = {c["document"]["id"] for c in streamed["citations"]}
    assert cited <= paper
    assert streamed["route"] == plain["answer"]["route"] == "abstain"
    assert streamed["answer"] == plain["answer"]["answer"]


@pytest.mark.slow
@pytest.mark.server
def test_a_streamed_turn_is_the_json_turn_when_it_is_asked_again_of_the_row(
    server_url: str,
) -> None:
    """A follow-up whose words find nothing, asked again of the row in focus (Chat.respond),
    is answered so on the streamed chat too: the page and the JSON reply give one answer."""
    messages = [
        {"role": "user", "content": "When is R18 in the PURE plan due?"},
        {"role": "assistant", "content": "R18 is due Q2 2009."},
        {"role": "user", "content": "what's truly been done on it so far?"},
    ]
    plain = httpx.post(f"{server_url}/v1/chat", json={"messages": messages}, timeout=60).json()
    assert plain["rewritten"] and "R18" in plain["standalone"]
    assert plain["answer"]["route"] != "abstain"
    events = _streamed(server_url, messages)
    meta, streamed = events["meta"], events["answer"]
    assert meta["standalone"] == plain["standalone"]
    assert streamed["answer"] == plain["answer"]["answer"]


@pytest.mark.slow
@pytest.mark.server
def test_official_openai_client(server_url: str) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=f"{server_url}/v1", api_key="unused")
    assert [m.id for m in client.models.list()] == ["govrag"]
    reply = client.chat.completions.create(
        model="govrag",
        messages=[{"role": "user", "content": "Which partnership actions slipped since 2008?"}],
    )
    content = reply.choices[0].message.content or ""
    assert "March 2009" in content and "\nSources:\n[1] " in content
    extra = (reply.model_extra or {})["govrag"]
    assert extra["coverage"]["matched"] == 1 and extra["citations"][0]["quote"] in content

    stream = client.chat.completions.create(
        model="govrag",
        messages=[
            {"role": "user", "content": "What is R18?"},
            {"role": "assistant", "content": "**R18** Embed the scheme of delegation"},
            {"role": "user", "content": "who owns it?"},
        ],
        stream=True,
    )
    pieces, last = [], None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        last = chunk
    assert "Director of Finance Services" in "".join(pieces)
    assert last is not None and last.choices[0].finish_reason == "stop"
    assert (last.model_extra or {})["govrag"]["standalone"] == "who owns R18?"


@pytest.mark.slow
@pytest.mark.server
def test_langchain_chat_openai(server_url: str) -> None:
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(model="govrag", base_url=f"{server_url}/v1", api_key="unused", max_retries=0)
    reply = model.invoke("How many recommendations did the District Audit report make?")
    assert "**13**" in str(reply.content) and "Sources:" in str(reply.content)
    streamed = "".join(str(chunk.content) for chunk in model.stream("Who is responsible for R18?"))
    assert "Director of Finance Services" in streamed


def test_bad_chat_requests(assistant: Assistant) -> None:
    from ingest.errors import InvalidRequest

    chat = Chat(assistant)
    with pytest.raises(InvalidRequest, match="empty"):
        chat.standalone([])
    with pytest.raises(InvalidRequest, match="last message"):
        chat.standalone(turns(("user", "hi"), ("assistant", "hello")))
