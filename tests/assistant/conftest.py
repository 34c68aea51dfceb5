"""An assistant over the bundled record (real model), and a helper that checks every citation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.citations import verify
from assistant.service import Assistant


@pytest.fixture(scope="session")
def assistant(real_services: object) -> Assistant:
    return Assistant(real_services)  # type: ignore[arg-type]


def check_citations(assistant: Assistant, answer: Answer) -> None:
    """Every citation is a verbatim span of its document, and every [n] in the text exists."""
    catalog = assistant.services.catalog
    numbers = {c.n for c in answer.citations}
    for citation in answer.citations:
        text = catalog.document_text(citation.document.id)
        assert verify(citation, text), f"[{citation.n}] not verbatim: {citation.quote!r}"
        assert citation.quote.strip() == citation.quote and citation.quote
        assert f"[{citation.n}]" in answer.answer, f"[{citation.n}] is never used in the answer"
    import re

    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert used <= numbers, f"markers {sorted(used - numbers)} point to no citation"


@pytest.fixture()
def ask(assistant: Assistant) -> Callable[..., Answer]:
    """Asks the ``assistant`` in effect for the requesting test. Function-scoped on purpose:
    a session-scoped helper would stay bound to whichever ``assistant`` first requested it,
    and ``tests/assistant/answers`` overrides ``assistant`` with a hashing-embedder one, so
    every later real-model test would silently be answered by that one instead."""

    def run(question: str, **kwargs: object) -> Answer:
        answer = assistant.ask(question, **kwargs)  # type: ignore[arg-type]
        check_citations(assistant, answer)
        return answer

    return run
