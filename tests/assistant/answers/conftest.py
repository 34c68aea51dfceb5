"""Fast fixtures for the composer and router tests: the bundled record ingested once per
session with the deterministic hashing embedder (no model download), an assistant over it,
and helpers that build a question's analysis and context and check an answer's shape.

The ``assistant`` fixture here overrides the real-model one of ``tests/assistant/conftest.py``
for this folder, so nothing under it can load the embedding model by accident; the ``ask``
fixture there (ask, then check every citation) asks this folder's assistant, and is the one
set-up of the tests that ask whole questions (the premise tests and the like).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import sides
from assistant.answers.context import AnswerContext
from assistant.answers.model import ABSTAIN_PHRASE, Answer
from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from tests.assistant.conftest import check_citations
from tests.conftest import SAMPLE_DIR
from tests.fakes import HashingEmbedder
from vectorstore.filters import SearchFilters

PERIOD = "2002–2017"  # the years the five bundled documents span
DOCUMENTS = 5
RECORDS = 76  # README: 5 documents -> 76 action records

# the bundled documents, by what they are (data/sample/README.md)
AGS_2007_08 = "000_f60702f293bad3c1"
MPS_2017 = "001_f17b8c3d3b95c95d"
PURE_2008 = "002_93be34f48625d430"
MOPAC_2017 = "003_658422d0a29bc06f"
DISTRICT_AUDIT_2002 = "004_8a3584b528f67d05"


def doc_id(stem: str) -> str:
    """The document id govrag gives a bundled file ('000_…' -> '000_…-txt')."""
    return f"{stem}-txt"


def record_id(stem: str, ref: str) -> str:
    return f"{doc_id(stem)}:{ref}"


def sample_text(stem: str) -> str:
    """The bundled file as it is on disk: facts are checked against it, not only govrag."""
    return (SAMPLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")


def sample_row(stem: str, ref: str, section: str | None = None) -> str:
    """The line of a bundled file holding the table row of ``ref`` ('R21' -> its row), in the
    part under the heading line ``section`` when given (a ref may be in several tables)."""
    text = sample_text(stem)
    if section is not None:
        heading = re.search(rf"^(?:## )?{re.escape(section)}", text, re.I | re.M)
        assert heading, f"no heading {section!r} in {stem}"
        start = heading.start()
        end = text.find("\n## ", start + 1)
        text = text[start : end if end > 0 else len(text)]
    # '1.\t…', 'R6\t…', '18\tR21 Raise…', '10\tR1Improve…' (but not '1.1\t…' nor '4. Equality')
    pattern = re.compile(rf"(?:\d+\t)?{re.escape(ref)}(?:\.?\t| (?=[A-Z])|(?=[A-Z][a-z]))")
    rows = [line for line in text.splitlines() if pattern.match(line)]
    assert len(rows) == 1, f"{ref} is not one row of {stem}: {rows}"
    return rows[0]


@pytest.fixture(scope="session")
def fast_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The bundled record ingested once (hashing embedder, embedded Chroma); read-only."""
    index = tmp_path_factory.mktemp("answers-index")
    settings = load_settings(index_dir=index / "index")
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    result = services.indexer.ingest_paths([SAMPLE_DIR])
    assert not result.skipped
    yield services
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


@pytest.fixture(scope="session")
def assistant(fast_services: Services) -> Assistant:
    return Assistant(fast_services)


@pytest.fixture(scope="session")
def analyse(assistant: Assistant) -> Callable[[str], QueryAnalysis]:
    return assistant.analyse


@pytest.fixture()
def context(assistant: Assistant) -> Callable[[], AnswerContext]:
    """A fresh context per question (it caches the texts one question reads)."""
    return lambda: assistant.context(SearchFilters(), None)


def check_answer(assistant: Assistant, answer: Answer | None, route: str) -> Answer:
    """An answer (not None, not an abstention) of ``route``: its citations verbatim, every [n]
    pointing to one, and its coverage line last, in italics, over the five documents."""
    assert answer is not None, "the composer passed the question on"
    assert not answer.abstained, answer.answer
    assert answer.route == route
    check_citations(assistant, answer)
    check_coverage(answer)
    return answer


def compared_first_line(
    question: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> str:
    """The first line of the two-sided comparison of ``question`` (checked to be one)."""
    q = analyse(question)
    assert q.intent == "compare" and len(q.sides) == 2, (q.intent, q.sides)
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare")
    return answer.answer.splitlines()[0]


def check_coverage(answer: Answer) -> None:
    line = answer.coverage.line
    assert line and "\n" not in line and not line.startswith("_")
    assert answer.answer.endswith(f"\n\n_{line}_"), answer.answer[-300:]
    assert answer.answer.count(line) == 1
    assert answer.coverage.searched_documents == DOCUMENTS
    assert answer.coverage.period == PERIOD


def check_abstained(answer: Answer | None, *said: str) -> Answer:
    """The 'no evidence' answer: the abstain phrase, what it says, no citations."""
    assert answer is not None, "the composer passed the question on"
    assert answer.abstained and answer.route == "abstain"
    assert answer.answer.startswith(ABSTAIN_PHRASE)
    assert answer.citations == [] and answer.records == []
    assert answer.coverage.matched == 0
    assert answer.coverage.line == (
        f"Searched {DOCUMENTS} documents ({PERIOD}); no passage supports an answer."
    )
    for words in said:
        assert words in answer.answer
    return answer


def refs_of(answer: Answer) -> list[str | None]:
    return [r.ref for r in answer.records]


def ids_of(answer: Answer) -> set[str]:
    return {r.id for r in answer.records}


def bullet_lines(answer: Answer) -> list[str]:
    return [line for line in answer.answer.splitlines() if line.startswith("- ")]
