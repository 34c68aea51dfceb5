"""Multi-turn conversations: loading, validating, playing them through the chat interface and
scoring every turn.

One JSON object a line::

    {"id": "c001",
     "turns": [{"question": "Who is responsible for R21?", "type": "lookup", "answerable": true,
                "facts": [["Head of Pay and Benefits"]], "records": ["...:R21"],
                "sources": ["002_93be34f48625d430.txt"]},
               {"question": "and when is it due?", "type": "lookup_date", ...}],
     "notes": "why these are the answers"}

Each turn is a gold question (``eval/gold.py``) without an ``id``: turn n of ``c001`` is
``c001.n``. A conversation is played turn by turn through a :class:`~eval.client.ChatClient`:
the messages sent for turn n are the previous user questions and the assistant's previous
replies as returned, then question n. Each turn is scored with the per-question metrics against
its own gold; a conversation is correct when every turn is strictly correct.

Usage::

    conversations = load_conversations(Path("conversations.jsonl"))
    played = play_all(client, conversations, texts)
    figures = summarise(played)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.client import ChatClient
from eval.gold import (
    OPTIONAL_FIELDS,
    REQUIRED_FIELDS,
    GoldError,
    GoldQuestion,
    check_fields,
    parse_jsonl,
    parse_question,
    read_lines,
    text_field,
)
from eval.metrics import QuestionScore, Response, ratio, score_question

_REQUIRED = ("id", "turns")
_OPTIONAL = ("notes",)
TURN_FIELDS = tuple(f for f in REQUIRED_FIELDS + OPTIONAL_FIELDS if f != "id")


@dataclass(frozen=True)
class GoldConversation:
    id: str
    turns: tuple[GoldQuestion, ...]  # ids "<id>.1", "<id>.2", ...
    notes: str = ""
    line: int = 0


# -- the file -----------------------------------------------------------------------------------
def load_conversations(path: Path) -> list[GoldConversation]:
    """Every conversation of ``path``, in file order; blank lines are skipped."""
    conversations = parse_conversations(read_lines(path, "conversations"), source=str(path))
    if not conversations:
        raise GoldError(f"{path}: the conversations file holds no conversations")
    return conversations


def parse_conversations(
    lines: Iterable[str], source: str = "<conversations>"
) -> list[GoldConversation]:
    return parse_jsonl(lines, source, parse_conversation)


def parse_conversation(obj: Any, where: str, line: int = 0) -> GoldConversation:
    obj = check_fields(obj, where, _REQUIRED, _OPTIONAL)
    cid = text_field(obj, "id", where)
    notes = obj.get("notes", "")
    if not isinstance(notes, str):
        raise GoldError(f"{where}: field 'notes': expected a string, got {type(notes).__name__}")
    raw_turns = obj["turns"]
    if not isinstance(raw_turns, list) or not raw_turns:
        raise GoldError(
            f"{where}: field 'turns': expected a non-empty list of turns, got {raw_turns!r}"
        )
    turns = []
    for index, turn in enumerate(raw_turns):
        field = f"field 'turns'[{index}]"
        if not isinstance(turn, dict):
            raise GoldError(f"{where}: {field}: expected a JSON object, got {type(turn).__name__}")
        if "id" in turn:
            raise GoldError(
                f"{where}: {field}: a turn has no 'id' (turn {index + 1} is {cid}.{index + 1})"
            )
        extra = sorted(set(turn) - set(TURN_FIELDS))
        if extra:
            raise GoldError(
                f"{where}: {field}: unknown field {extra[0]!r} (allowed: {', '.join(TURN_FIELDS)})"
            )
        # the gold question's own checks; its messages then name the turn's field
        gold = {**turn, "id": f"{cid}.{index + 1}"}
        turns.append(parse_question(gold, f"{where}: {field}", line))
    return GoldConversation(cid, tuple(turns), notes.strip(), line)


# -- playing and scoring ------------------------------------------------------------------------
@dataclass(frozen=True)
class PlayedTurn:
    """One turn as played: the gold, the answer (``/v1/ask`` shape), its scores, and the
    question the assistant says it answered (``standalone``, None when it does not say)."""

    question: GoldQuestion
    response: Response
    score: QuestionScore
    standalone: str | None = None
    rewritten: bool | None = None


@dataclass(frozen=True)
class PlayedConversation:
    conversation: GoldConversation
    turns: tuple[PlayedTurn, ...]

    @property
    def correct(self) -> bool:
        """Every turn strictly correct."""
        return all(t.score.strict for t in self.turns)


def play(
    client: ChatClient, conversation: GoldConversation, texts: Mapping[str, str]
) -> PlayedConversation:
    """Ask the turns in order, each with the history so far; score each against its gold.

    A failing call does not stop the conversation: the turn is scored as failed and an empty
    assistant message stands for its answer in the later turns' history.
    """
    messages: list[dict[str, str]] = []
    played = []
    for gold in conversation.turns:
        messages.append({"role": "user", "content": gold.question})
        started = time.perf_counter()
        standalone: str | None = None
        rewritten: bool | None = None
        try:
            body = client.chat(list(messages))
            response = Response.from_api(body["answer"], (time.perf_counter() - started) * 1000)
            reply = str(body.get("reply") or "")
            standalone = _optional_str(body.get("standalone"))
            rewritten = body.get("rewritten") if isinstance(body.get("rewritten"), bool) else None
        except Exception as exc:  # one broken turn must not stop the run
            response = Response.failed(f"{type(exc).__name__}: {exc}")
            reply = ""
        messages.append({"role": "assistant", "content": reply})
        score = score_question(gold, response, None, texts)
        played.append(PlayedTurn(gold, response, score, standalone, rewritten))
    return PlayedConversation(conversation, tuple(played))


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def play_all(
    client: ChatClient,
    conversations: Sequence[GoldConversation],
    texts: Mapping[str, str],
    progress: Callable[[str], None] = lambda _: None,
) -> list[PlayedConversation]:
    played = []
    for index, conversation in enumerate(conversations, start=1):
        played.append(play(client, conversation, texts))
        if index % 10 == 0 or index == len(conversations):
            progress(f"conversations: {index}/{len(conversations)}")
    return played


def summarise(played: Sequence[PlayedConversation]) -> dict[str, float | int | None]:
    """Counts and shares: conversations, turns, and follow-up turns (every turn after the
    first) strictly correct. A share with nothing to count is None."""
    turns = [t for p in played for t in p.turns]
    follow_ups = [t for p in played for t in p.turns[1:]]
    correct = sum(p.correct for p in played)
    turns_correct = sum(t.score.strict for t in turns)
    follow_ups_correct = sum(t.score.strict for t in follow_ups)
    return {
        "conversations": len(played),
        "conversations_correct": correct,
        "conversation_accuracy": ratio(correct, len(played)),
        "turns": len(turns),
        "turns_correct": turns_correct,
        "turn_accuracy": ratio(turns_correct, len(turns)),
        "follow_ups": len(follow_ups),
        "follow_ups_correct": follow_ups_correct,
        "follow_up_accuracy": ratio(follow_ups_correct, len(follow_ups)),
    }
