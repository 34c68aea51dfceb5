"""The FastAPI application.

Usage::

    uvicorn --factory assistant.api.app:create_app      # or: govrag serve
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from assistant.api.errors import install_error_handlers
from assistant.api.guards import GuardMiddleware, NoSniffMiddleware
from assistant.api.routes import (
    ask,
    chat,
    docs,
    documents,
    health,
    openai,
    records,
    search,
    web,
    workbench,
)
from assistant.memory import limit_arenas, release_free_memory
from assistant.service import Assistant, build_assistant
from assistant.settings import Settings

log = logging.getLogger(__name__)


def create_app(assistant: Assistant | None = None, *, warm_up: bool = True) -> FastAPI:
    """Build the app around an assistant (by default one built from settings)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limit_arenas()  # before the request threads start: each would grow its own heap
        if app.state.assistant is None:
            app.state.assistant = build_assistant()
        if warm_up:
            _warm_up(app.state.assistant)
        yield

    app = FastAPI(
        title="govrag",
        version="0.1.0",
        description="Questions over a governance record, answered with checked citations.",
        lifespan=lifespan,
        docs_url=None,  # served by routes/docs.py, without a CDN
        redoc_url=None,
    )
    app.state.assistant = assistant
    install_error_handlers(app)
    app.add_middleware(GuardMiddleware, settings_of=lambda: _settings(app))
    app.add_middleware(NoSniffMiddleware)
    for module in (ask, chat, openai, search, records, workbench, documents, health, web, docs):
        app.include_router(module.router)

    return app


def _settings(app: FastAPI) -> Settings | None:
    assistant: Assistant | None = app.state.assistant
    return assistant.settings if assistant is not None else None


def _warm_up(assistant: Assistant) -> None:
    """Load the model, open Chroma, read the register and the vectors (not above
    ``retrieval.matrix_max_chunks``: then dense search asks the index) before the first user
    waits for them."""
    try:
        if assistant.documents():  # the register and the analyser's name_index
            assistant.register.threads()  # issue threads, for slippage and recurrence
            assistant.search("warm up", k=1)
            assistant.services.retriever.dense.warm()
            assistant.services.retriever.lexical.warm()  # the commonest tokens' postings
            assistant.warm_vocabulary()  # read from the index folder when ingest stored it
        release_free_memory()  # what loading the register and the vectors freed
        # long-lived from here on: the cyclic collector need not walk it again (a full
        # collection over it pauses an answer for a few hundred milliseconds at 100k chunks)
        gc.freeze()
    except Exception:  # a cold cache is not a reason to refuse to start
        log.exception("warm-up failed")
