"""A follow-up rewritten into a standalone question by the LLM, when one is configured with
the ``condense_followup`` prompt: the last six turns and the question in, one question out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.chat_model import ChatModel
from assistant.followups import Turn
from assistant.prompts import PromptTemplate

Condense = Callable[[str, Sequence[Turn]], str]


def llm_condense(model: ChatModel | None, prompts: dict[str, PromptTemplate]) -> Condense | None:
    """The LLM's rewrite of a follow-up against the history; None without a model or prompt."""
    prompt = prompts.get("condense_followup")
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
