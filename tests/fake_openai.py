"""A small OpenAI-compatible chat server for tests, on loopback, scriptable.

Queue replies with ``enqueue``; a reply may be text (``{s1}`` is replaced by the first
``<source>`` of the prompt), an HTTP error, or a delay. With nothing queued it echoes the first
source with a [1] citation. Every request body is kept in ``requests``.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.servers import free_port, wait_for

_SOURCE = re.compile(r"<source n=\"(\d+)\"[^>]*>(.*?)</source>", re.S)


@dataclass
class Reply:
    text: str | None = None
    status: int = 200
    delay: float = 0.0


@dataclass
class FakeOpenAI:
    url: str = ""
    queue: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def enqueue(self, *replies: Reply | str) -> None:
        for reply in replies:
            self.queue.append(Reply(text=reply) if isinstance(reply, str) else reply)

    def sources(self, body: dict[str, Any]) -> dict[str, str]:
        user = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
        return dict(_SOURCE.findall(user if isinstance(user, str) else str(user)))

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/v1/models")
        async def models() -> dict[str, Any]:
            return {
                "object": "list",
                "data": [{"id": "fake-model", "object": "model", "owned_by": "tests"}],
            }

        @app.post("/v1/chat/completions")
        async def completions(request: Request) -> Any:
            body = await request.json()
            self.requests.append(body)
            reply = self.queue.popleft() if self.queue else Reply()
            if reply.delay:
                await asyncio.sleep(reply.delay)
            if reply.status != 200:
                return JSONResponse(
                    {"error": {"message": "scripted failure", "type": "server_error"}},
                    status_code=reply.status,
                )
            sources = self.sources(body)
            text = reply.text if reply.text is not None else (f"{sources.get('1', 'Nothing.')} [1]")
            for n, source in sources.items():
                text = text.replace(f"{{s{n}}}", source)
            return {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "fake-model"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }

        return app


@contextmanager
def fake_openai_server() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(fake.app(), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_for(f"{fake.url}/models", timeout=20)
        yield fake
    finally:
        server.should_exit = True
        thread.join(10)
