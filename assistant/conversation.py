"""Multi-turn chat: a follow-up is rewritten into a standalone question, then answered.

Rules by default, the LLM when one is configured (``prompts/condense_followup.txt``), the rules
again if the LLM fails. The same :class:`Chat` serves the web page and the OpenAI-compatible
endpoint.

Rules, on the last user question that set the subject:

* "and which of those were about risk?" narrows the previous set;
* "who owns it?", "when is it due?" ask about what the previous question or answer named;
* "what about 2017?", "and in 2008?" change the period; "what about risk management?" the subject;
* "why?", "tell me more" explain the previous subject.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from assistant.answers.model import Answer
from assistant.service import Assistant
from ingest.errors import GovragError, InvalidRequest
from vectorstore.retriever import identifiers

log = logging.getLogger(__name__)
MAX_TURNS = 50

_NARROW = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:which|what|how many)\s+of\s+"
    r"(?:those|these|them|the above)\s+(.*)$",
    re.I,
)
_PRONOUN_ONLY = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she)\b", re.I)
_WHAT_ABOUT = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\??$|^and\s+(?:in|for|since)\s+(.+?)\??$", re.I
)
_MORE = re.compile(
    r"^(?:why\??|how\??|tell me more\.?|more detail[s]?\.?|explain\.?|go on\.?)$", re.I
)
_YEARISH = re.compile(r"^(?:in\s+|for\s+|since\s+)?((?:19|20)\d\d(?:/\d{2})?)$", re.I)


class Turn(BaseModel):
    role: str = Field(description="user, assistant or system")
    content: str


class ChatResult(BaseModel):
    question: str = Field(description="The last user message as sent.")
    standalone: str = Field(description="The question actually answered.")
    rewritten: bool = Field(description="True when the follow-up was rewritten.")
    method: str = Field(description="rules, llm or none")
    answer: Answer


@dataclass
class _Subject:
    question: str
    refs: list[str]


def _user_turns(history: Sequence[Turn]) -> list[str]:
    return [t.content.strip() for t in history if t.role == "user" and t.content.strip()]


def _refs_in_answer(history: Sequence[Turn]) -> list[str]:
    """Refs the last assistant message named in bold (**R18**) — what 'it' points to."""
    for turn in reversed(history):
        if turn.role == "assistant":
            return list(
                dict.fromkeys(
                    re.findall(r"\*\*((?:HMIC )?R\d{1,3}|\d{1,2}(?:\.\d)?)\*\*", turn.content)
                )
            )
    return []


def looks_like_follow_up(question: str) -> bool:
    q = question.strip()
    words = q.split()
    if _NARROW.match(q) or _WHAT_ABOUT.match(q) or _MORE.match(q):
        return True
    if q.lower().startswith(("and ", "also ", "what about", "how about", "then ")):
        return True
    return len(words) <= 6 and bool(_PRONOUN_ONLY.search(q)) and not identifiers(q)


def rewrite_by_rules(question: str, history: Sequence[Turn]) -> str | None:
    """The standalone question, or None when the question already stands alone."""
    previous = _user_turns(history)
    if not previous or not looks_like_follow_up(question):
        return None
    last = previous[-1].rstrip(" ?.")
    q = question.strip()
    narrow = _NARROW.match(q)
    if narrow:
        clause = narrow.group(1).rstrip(" ?.")
        return f"{last} and {clause}?"
    about = _WHAT_ABOUT.match(q)
    if about:
        topic = (about.group(1) or about.group(2) or "").strip()
        year = _YEARISH.match(topic)
        if year:
            replaced = re.sub(
                r"\b(?:in|since|during|for|before|after)\s+(?:the\s+)?(?:19|20)\d\d(?:/\d{2})?\b",
                "",
                last,
            )
            replaced = re.sub(r"\b(?:19|20)\d\d(?:/\d{2})?\b", "", replaced).strip()
            return f"{replaced} in {year.group(1)}?"
        return f"{_swap_subject(last, topic)}?"
    if _MORE.match(q):
        return f"Explain: {last}?"
    refs = identifiers(last) or _refs_in_answer(history)
    if refs:
        target = " and ".join(refs[:3])
        return _PRONOUN_ONLY.sub(lambda m: _possessive(m.group(1), target), q, count=1)
    return f"{q.rstrip(' ?')} ({last})?"


def _possessive(pronoun: str, target: str) -> str:
    return f"{target}'s" if pronoun.lower() in ("its", "their") else target


def _swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk."""
    from ingest.themes import resolve_theme

    words = question.split()
    for index, word in enumerate(words):
        if resolve_theme(word.strip(",.").lower()):
            return " ".join([*words[:index], topic, *words[index + 1 :]])
    return f"{question} — about {topic}"


class Chat:
    """Conversation logic shared by the web page and /v1/chat/completions."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def standalone(self, messages: Sequence[Turn]) -> tuple[str, str, bool, str]:
        """(question, standalone question, rewritten?, method)."""
        if not messages:
            raise InvalidRequest("messages is empty")
        if len(messages) > MAX_TURNS:
            raise InvalidRequest(f"at most {MAX_TURNS} messages per request")
        if messages[-1].role != "user":
            raise InvalidRequest("the last message must come from the user")
        question = messages[-1].content.strip()
        history = list(messages[:-1])
        if not _user_turns(history):
            return question, question, False, "none"
        if looks_like_follow_up(question) and self._llm_condense is not None:
            try:
                condensed = self._llm_condense(question, history)
                if condensed:
                    return question, condensed, condensed != question, "llm"
            except GovragError as exc:
                log.warning("LLM rewrite failed, using rules: %s", exc)
        rewritten = rewrite_by_rules(question, history)
        if rewritten:
            return question, rewritten, True, "rules"
        return question, question, False, "none"

    @property
    def _llm_condense(self):  # type: ignore[no-untyped-def]
        model = self.assistant.chat_model
        prompt = self.assistant.prompts.get("condense_followup")
        if model is None or prompt is None:
            return None

        def condense(question: str, history: Sequence[Turn]) -> str:
            lines = [
                f"{t.role}: {t.content.strip()[:800]}"
                for t in history[-6:]
                if t.role in ("user", "assistant")
            ]
            text = model.complete(
                [("user", prompt.render(history="\n".join(lines), question=question))]
            )
            return text.strip().split("\n")[0].strip().strip('"')[:1000]

        return condense

    def respond(
        self, messages: Sequence[Turn], filters: dict[str, object] | None = None
    ) -> ChatResult:
        question, standalone, rewritten, method = self.standalone(messages)
        answer = self.assistant.ask(standalone, filters)
        answer.query.standalone = standalone if rewritten else None
        return ChatResult(
            question=question,
            standalone=standalone,
            rewritten=rewritten,
            method=method,
            answer=answer,
        )
