"""Whole questions over one small invented paper: a kind of thing no paper names ('the sauna
committee') is refused before a name the prose gives for the wider thing is offered; the
wider thing, asked around an aside or with an aspect word, is answered."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from tests.fakes import HashingEmbedder

PAPER = """# Wrenfold Lido Trust - Audit Committee, 9 May 2024

## Audit actions tracker

The Audit Committee is chaired by Mrs Ada Quill, a trustee of the Lido Trust.

The pool plant survey has slipped because the filter pumps failed in March 2024.

| Ref | Issue | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| WL-01 | The pool plant has not been surveyed since 2019. | Commission a survey of the pool plant. | Facilities Manager | 31/07/2024 | In progress |
| WL-02 | Till takings are not reconciled daily. | Reconcile till takings to the bank each day. | Finance Officer | 30/06/2024 | Not started |
"""


@pytest.fixture(scope="module")
def lido(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("lido")
    papers = root / "papers"
    papers.mkdir()
    (papers / "wrenfold_lido_audit_actions.md").write_text(PAPER, encoding="utf-8")
    settings = load_settings(index_dir=Path(root) / "index")
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    assert not services.indexer.ingest_paths([papers]).skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(root, ignore_errors=True)


def test_a_chair_of_a_kind_no_paper_names_is_refused(lido: Assistant) -> None:
    answer = lido.ask("Who chairs the sauna committee at the lido trust?")
    assert answer.abstained and "sauna" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who chairs the audit committee at the lido trust, out of interest?",
        "Who is still chairing the lido trust's audit committee?",
    ],
)
def test_a_chair_the_prose_names_is_given(lido: Assistant, question: str) -> None:
    answer = lido.ask(question)
    assert not answer.abstained and "Ada Quill" in answer.answer, answer.answer
