"""Multi-turn conversations: the file format and its errors, playing conversations through the
chat interface (in process, and the HTTP client against the app's /v1/chat and
/v1/chat/completions), scoring each turn, the report and --min-conversations."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.service import Assistant
from eval.client import HttpClient, InProcessClient
from eval.conversations import (
    GoldConversation,
    PlayedConversation,
    load_conversations,
    parse_conversations,
    play,
    play_all,
    summarise,
)
from eval.gold import TYPES, GoldError
from eval.runner import main

R21 = "002_93be34f48625d430-txt:R21"
R18 = "002_93be34f48625d430-txt:R18"
PURE = "002_93be34f48625d430.txt"


def turn(question: str, qtype: str, facts: list[list[str]], record: str) -> dict[str, Any]:
    return {
        "question": question,
        "type": qtype,
        "answerable": True,
        "facts": facts,
        "records": [record],
        "sources": [PURE],
    }


# Written from data/sample/002_93be34f48625d430.txt (the PURE action plan): R21 is owned by the
# Head of Pay and Benefits, date column "Report Dec 09"; R18 by the Director of Finance
# Services / Director of Business Performance, "Q2 2009".
OWNER_THEN_DUE = {
    "id": "c001",
    "turns": [
        turn(
            "Who is responsible for PURE recommendation R21?",
            "lookup",
            [["Head of Pay and Benefits"]],
            R21,
        ),
        turn("and when is it due?", "lookup_date", [["Dec 09", "December 2009"]], R21),
    ],
    "notes": "002 PURE R21: Responsibility and Date columns.",
}
# The second turn's gold is deliberately wrong (R18 is due Q2 2009), so this conversation fails.
WRONG_GOLD = {
    "id": "c002",
    "turns": [
        turn("Who is responsible for R18?", "lookup", [["Director of Finance Services"]], R18),
        turn("when is it due?", "lookup_date", [["Q3 2010"]], R18),
    ],
    "notes": "turn 2 is wrong on purpose: the scorer must be able to fail a conversation",
}


def write_lines(path: Path, *rows: Mapping[str, Any] | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


# -- the file -----------------------------------------------------------------------------------
def test_a_conversation_file_loads_with_turn_ids_and_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE, "", WRONG_GOLD)
    first, second = load_conversations(path)
    assert (first.id, first.line, second.id, second.line) == ("c001", 1, "c002", 3)
    assert [t.id for t in first.turns] == ["c001.1", "c001.2"]
    assert first.turns[1].question == "and when is it due?"
    assert first.turns[1].type == "lookup_date" and first.turns[1].facts == (
        ("Dec 09", "December 2009"),
    )
    assert first.turns[0].records == (R21,) and first.turns[0].sources == (PURE,)
    assert first.notes == OWNER_THEN_DUE["notes"] and all(t.line == 1 for t in first.turns)


def _with_turn(index: int, **changes: Any) -> dict[str, Any]:
    turns = [dict(t) for t in WRONG_GOLD["turns"]]
    turns[index].update(changes)
    return {**WRONG_GOLD, "turns": [{k: v for k, v in t.items() if v is not None} for t in turns]}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "c002", "turns": [', r"c\.jsonl:2: not valid JSON"),
        ('["c002"]', r"c\.jsonl:2: expected a JSON object, got list"),
        ({"id": "c002", "notes": "no turns"}, r"c\.jsonl:2: field 'turns' is missing"),
        ({"id": "c002", "turns": []}, r"c\.jsonl:2: field 'turns': expected a non-empty list"),
        ({"id": "c002", "turns": "hello"}, r"c\.jsonl:2: field 'turns': expected a non-empty"),
        ({**WRONG_GOLD, "id": " "}, r"c\.jsonl:2: field 'id': expected a non-empty string"),
        ({**WRONG_GOLD, "id": "c001"}, r"c\.jsonl:2: field 'id': 'c001' already used on line 1"),
        ({**WRONG_GOLD, "score": 1}, r"c\.jsonl:2: unknown field 'score'"),
        ({**WRONG_GOLD, "notes": 3}, r"c\.jsonl:2: field 'notes': expected a string"),
        (
            {**WRONG_GOLD, "turns": ["hi"]},
            r"c\.jsonl:2: field 'turns'\[0\]: expected a JSON object",
        ),
        (_with_turn(1, id="x"), r"c\.jsonl:2: field 'turns'\[1\]: a turn has no 'id' \(.*c002\.2"),
        (
            _with_turn(1, facts=[["Q2 2009"], []]),
            r"c\.jsonl:2: field 'turns'\[1\]: field 'facts'\[1\]: expected a non-empty list",
        ),
        (_with_turn(0, facts="x"), r"c\.jsonl:2: field 'turns'\[0\]: field 'facts': expected"),
        (_with_turn(1, type="trivia"), r"c\.jsonl:2: field 'turns'\[1\]: field 'type': unknown"),
        (_with_turn(0, question=None), r"c\.jsonl:2: field 'turns'\[0\]: field 'question' is"),
        (_with_turn(1, answerable="yes"), r"c\.jsonl:2: field 'turns'\[1\]: field 'answerable'"),
        (_with_turn(1, fact=[]), r"c\.jsonl:2: field 'turns'\[1\]: unknown field 'fact'"),
    ],
)
def test_a_malformed_conversation_names_the_file_line_and_field(
    tmp_path: Path, line: Mapping[str, Any] | str, message: str
) -> None:
    path = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE, line)
    with pytest.raises(GoldError, match=message):
        load_conversations(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"nope\.jsonl: no such conversations file"):
        load_conversations(tmp_path / "nope.jsonl")
    with pytest.raises(GoldError, match="holds no conversations"):
        load_conversations(write_lines(tmp_path / "empty.jsonl", ""))
    assert parse_conversations([]) == []


def test_every_type_is_a_valid_turn_type() -> None:
    for qtype in TYPES:
        answerable = qtype != "unanswerable"
        row = {
            "question": "q?",
            "type": qtype,
            "answerable": answerable,
            "facts": [["x"]] if answerable else [],
            "records": [],
            "sources": [],
        }
        (conversation,) = parse_conversations([json.dumps({"id": "c", "turns": [row]})])
        assert conversation.turns[0].type == qtype


def test_bad_command_lines_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE, {"id": "c002", "turns": []})
    assert main(["--conversations", str(bad)]) == 2
    assert f"{bad}:2: field 'turns'" in capsys.readouterr().err
    assert main(["--conversations", str(tmp_path / "none.jsonl")]) == 2
    assert "no such conversations file" in capsys.readouterr().err
    good = write_lines(tmp_path / "good.jsonl", OWNER_THEN_DUE)
    assert main(["--conversations", str(good), "--chat-api", "completions"]) == 2
    assert "--chat-api completions needs --url" in capsys.readouterr().err
    assert main(["--conversations", str(good), "--chat-api", "stream"]) == 2
    assert main(["--conversations", str(good), "--min-conversations", "2"]) == 2


# -- playing through the assistant's chat logic (hashing embedder, bundled sample) -------------
@pytest.fixture()
def assistant(fake_services: Any, sample_dir: Path) -> Assistant:
    assert not fake_services.indexer.ingest_paths([sample_dir]).skipped
    return Assistant(fake_services)


@pytest.fixture()
def conversations() -> list[GoldConversation]:
    return parse_conversations([json.dumps(OWNER_THEN_DUE), json.dumps(WRONG_GOLD)])


def texts_of(assistant: Assistant) -> dict[str, str]:
    catalog = assistant.services.catalog
    return {d.filename: catalog.document_text(d.id) for d in assistant.documents()}


def assert_scored(played: Sequence[PlayedConversation]) -> None:
    """The per-turn results and the shares for OWNER_THEN_DUE and WRONG_GOLD."""
    first, second = played
    assert [t.score.id for t in first.turns] == ["c001.1", "c001.2"]
    assert [t.score.strict for t in first.turns] == [True, True]
    assert first.correct
    assert first.turns[1].rewritten is True
    assert "R21" in (first.turns[1].standalone or "")  # "it" was the previous turn's ref
    assert all(
        t.score.citations >= 1 and t.score.grounded == t.score.citations for t in first.turns
    )

    assert [t.score.strict for t in second.turns] == [True, False]
    assert not second.correct
    wrong = second.turns[1]
    assert "R18" in (wrong.standalone or "")
    assert "Q2 2009" in wrong.response.answer  # answered right: the gold is what is wrong
    assert wrong.score.outcome == "hallucinated" and wrong.score.facts_missing == ["Q3 2010"]
    assert wrong.score.fact_recall == 0.0

    assert summarise(played) == {
        "conversations": 2,
        "conversations_correct": 1,
        "conversation_accuracy": 0.5,
        "turns": 4,
        "turns_correct": 3,
        "turn_accuracy": 0.75,
        "follow_ups": 2,
        "follow_ups_correct": 1,
        "follow_up_accuracy": 0.5,
    }


def test_conversations_are_played_and_scored_in_process(
    assistant: Assistant, conversations: list[GoldConversation]
) -> None:
    played = play_all(InProcessClient(assistant), conversations, texts_of(assistant))
    assert_scored(played)


class Recording:
    """A ChatClient that records what it is sent and hands over to another (or fails)."""

    name = "recording"

    def __init__(self, inner: InProcessClient | None, fail_on: int | None = None) -> None:
        self.inner = inner
        self.fail_on = fail_on
        self.sent: list[list[dict[str, str]]] = []

    def chat(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        self.sent.append([dict(m) for m in messages])
        if self.inner is None or len(self.sent) == self.fail_on:
            raise RuntimeError("503 Service Unavailable")
        return self.inner.chat(messages)


def test_the_history_is_the_previous_questions_and_answers_as_returned(
    assistant: Assistant, conversations: list[GoldConversation]
) -> None:
    client = Recording(InProcessClient(assistant))
    result = play(client, conversations[0], texts_of(assistant))
    first_answer = result.turns[0].response.answer
    assert "Head of Pay and Benefits" in first_answer
    assert client.sent == [
        [{"role": "user", "content": "Who is responsible for PURE recommendation R21?"}],
        [
            {"role": "user", "content": "Who is responsible for PURE recommendation R21?"},
            {"role": "assistant", "content": first_answer},
            {"role": "user", "content": "and when is it due?"},
        ],
    ]


def test_a_failing_turn_is_scored_failed_and_the_conversation_goes_on(
    assistant: Assistant, conversations: list[GoldConversation]
) -> None:
    client = Recording(InProcessClient(assistant), fail_on=1)
    result = play(client, conversations[0], texts_of(assistant))
    failed, second = result.turns
    assert failed.score.error == "RuntimeError: 503 Service Unavailable"
    assert not failed.score.strict and failed.score.outcome == "missing"
    assert client.sent[1][1] == {"role": "assistant", "content": ""}
    assert second.score.error is None and not result.correct


# -- the HTTP client against the app: /v1/chat and /v1/chat/completions ------------------------
@pytest.fixture()
def app_client(assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(assistant, warm_up=False)) as client:
        yield client


def test_the_http_client_plays_through_v1_chat(
    assistant: Assistant, app_client: TestClient, conversations: list[GoldConversation]
) -> None:
    client = HttpClient("http://testserver", client=app_client)
    played = play_all(client, conversations, texts_of(assistant))
    assert_scored(played)


def test_the_http_client_plays_through_chat_completions(
    assistant: Assistant, app_client: TestClient, conversations: list[GoldConversation]
) -> None:
    sent: list[dict[str, Any]] = []
    app_client.event_hooks["request"].append(
        lambda request: sent.append(json.loads(request.read()))
    )
    client = HttpClient("http://testserver", client=app_client, chat_api="completions")
    played = play_all(client, conversations, texts_of(assistant))
    assert_scored(played)

    # turn 2's history: the first question and the whole reply as plain assistant text
    history = sent[1]["messages"]
    assert [m["role"] for m in history] == ["user", "assistant", "user"]
    assert all(set(m) == {"role", "content"} for m in history)
    reply = history[1]["content"]
    assert "\n\nSources:\n[1] " in reply  # the reply text an OpenAI client shows
    answer = played[0].turns[0].response.answer
    assert reply.startswith(answer) and "Sources:" not in answer  # scored without the list
    assert played[0].turns[0].response.citations  # the citations come from the govrag field


# -- the command line ---------------------------------------------------------------------------
def test_govrag_eval_conversations_writes_the_report_and_checks_the_threshold(
    assistant: Assistant, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE, WRONG_GOLD)
    out = tmp_path / "out"
    argv = ["--conversations", str(path), "--out", str(out), "--min-conversations", "0.5"]
    assert main(argv, assistant=assistant) == 0
    printed = capsys.readouterr().out
    assert "conversations" in printed and "follow-up turns" in printed
    assert "c002.2  hallucinated  missing: Q3 2010" in printed

    report = json.loads((out / "report.json").read_text())
    assert report["systems"] == {} and report["questions"] == []  # no --gold: question set skipped
    assert report["meta"]["gold"] is None and report["meta"]["conversations"] == str(path)
    section = report["conversations"]
    assert section["api"] == "in process, the /v1/chat logic"
    assert section["overall"]["conversation_accuracy"] == 0.5
    assert section["overall"]["follow_up_accuracy"] == 0.5
    assert section["turn_metrics"]["n"] == 4 and section["turn_metrics"]["errors"] == 0
    assert [i["correct"] for i in section["items"]] == [True, False]
    assert [t["strict"] for t in section["items"][1]["turns"]] == [True, False]
    assert section["failures"] == [
        {
            "conversation": "c002",
            "id": "c002.2",
            "turn": 2,
            "type": "lookup_date",
            "question": "when is it due?",
            "standalone": section["items"][1]["turns"][1]["standalone"],
            "outcome": "hallucinated",
            "why": "missing: Q3 2010",
        }
    ]
    assert report["thresholds"] == [
        {
            "option": "--min-conversations",
            "metric": "conversation_accuracy",
            "limit": 0.5,
            "value": 0.5,
            "passed": True,
        }
    ]
    markdown = (out / "report.md").read_text()
    assert "## Conversations" in markdown and "### Turns not strictly right (1)" in markdown
    assert "| c002.2 | lookup_date | when is it due? |" in markdown
    assert "- gold: not run" in markdown and "scores_by_type.png" not in markdown
    assert not (out / "scores_by_type.png").exists()

    argv[-1] = "1"
    assert main([*argv, "--json"], assistant=assistant) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["conversations"]["overall"]["conversations_correct"] == 1
    assert (
        "threshold failed: conversation_accuracy 0.500, needs >= 1.0 (--min-conversations)"
        in captured.err
    )


def test_gold_and_conversations_together_run_both(
    assistant: Assistant, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conversation = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE)
    gold = write_lines(tmp_path / "gold.jsonl", {**OWNER_THEN_DUE["turns"][0], "id": "g1"})
    out = tmp_path / "out"
    argv = ["--gold", str(gold), "--conversations", str(conversation), "--no-baseline"]
    argv += ["--out", str(out), "--min-strict", "1", "--min-conversations", "1"]
    assert main(argv, assistant=assistant) == 0
    printed = capsys.readouterr().out
    assert "strict_accuracy" in printed and "follow-up turns" in printed
    report = json.loads((out / "report.json").read_text())
    assert report["systems"]["govrag"]["overall"]["n"] == 1
    assert report["conversations"]["overall"]["conversations_correct"] == 1
    assert [t["passed"] for t in report["thresholds"]] == [True, True]
    assert (out / "scores_by_type.png").stat().st_size > 0


def test_a_conversation_threshold_without_conversations_is_not_measured(
    assistant: Assistant, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_lines(tmp_path / "gold.jsonl", {**OWNER_THEN_DUE["turns"][0], "id": "g1"})
    argv = ["--gold", str(gold), "--no-baseline", "--out", str(tmp_path / "out")]
    assert main([*argv, "--min-conversations", "0.5"], assistant=assistant) == 1
    assert "conversation_accuracy not measured" in capsys.readouterr().err


# -- over HTTP, against a real `govrag serve` ---------------------------------------------------
@pytest.mark.slow
@pytest.mark.server
@pytest.mark.timeout(300)
@pytest.mark.parametrize("api", ["chat", "completions"])
def test_govrag_eval_conversations_over_http(
    real_server: str, tmp_path: Path, api: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = write_lines(tmp_path / "c.jsonl", OWNER_THEN_DUE, WRONG_GOLD), tmp_path / "out"
    argv = ["--url", real_server, "--conversations", str(path), "--chat-api", api]
    argv += ["--out", str(out)]
    assert main([*argv, "--min-conversations", "0.5"]) == 0, capsys.readouterr().err
    section = json.loads((out / "report.json").read_text())["conversations"]
    endpoint = "/v1/chat/completions" if api == "completions" else "/v1/chat"
    assert section["api"] == f"POST {endpoint}"
    assert [[t["strict"] for t in i["turns"]] for i in section["items"]] == [
        [True, True],
        [True, False],
    ]
    assert section["turn_metrics"]["citation_grounding"] == 1.0
