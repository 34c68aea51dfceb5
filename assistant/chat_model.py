"""The chat model behind the optional LLM answerer and follow-up rewriting: a Protocol, and
its LangChain implementation (``init_chat_model``: OpenAI-compatible servers, Ollama, ...)."""

from __future__ import annotations

from typing import Any, Protocol

from langchain.chat_models import init_chat_model

from ingest.errors import ProviderError


class ChatModel(Protocol):
    """Anything that completes a chat: (role, content) messages in, text out."""

    def complete(self, messages: list[tuple[str, str]]) -> str: ...


class LangChainChatModel:
    """A chat model made by LangChain's ``init_chat_model`` (OpenAI-compatible, Ollama, ...)."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str = "",
        api_key: str = "",
        timeout: float = 20.0,
        temperature: float = 0.0,
    ) -> None:
        kwargs: dict[str, Any] = {"temperature": temperature, "timeout": timeout, "max_retries": 0}
        if base_url:
            kwargs["base_url"] = base_url
        if api_key:
            kwargs["api_key"] = api_key
        elif model.startswith("openai:"):
            kwargs["api_key"] = "not-needed"  # OpenAI-compatible local servers ignore it
        try:
            self._model = init_chat_model(model, **kwargs)
        except Exception as exc:  # missing provider package, bad model string...
            raise ProviderError(f"cannot set up the LLM {model!r}: {exc}") from exc
        self.name = model

    def complete(self, messages: list[tuple[str, str]]) -> str:
        try:
            reply = self._model.invoke(messages)
        except Exception as exc:
            raise ProviderError(f"the LLM failed: {type(exc).__name__}: {exc}") from exc
        content = reply.content if hasattr(reply, "content") else reply
        if isinstance(content, list):  # some providers return content blocks
            content = "".join(
                part.get("text", "") if isinstance(part, dict) else str(part) for part in content
            )
        return str(content)
