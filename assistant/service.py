"""The assistant: one object the CLI, the API and the evaluation all talk to.

Usage::

    assistant = Assistant(Services(load_settings()))
    answer = assistant.ask("Which partnership actions slipped since 2008?")
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from assistant.analysis import Catalogue, QueryAnalysis, analyse
from assistant.answer import Answer, AnswerContext, Answerer, DefaultAnswerer, limit_records
from assistant.citations import verify
from assistant.container import Services
from assistant.prompts import PromptTemplate
from assistant.register import RecordQuery, Register
from assistant.settings import Settings, load_settings
from assistant.text import TermStats
from ingest.errors import IndexStateError, InvalidRequest, NotFound, UnknownDocument
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.filters import SearchFilters
from vectorstore.retriever import QuestionRetriever, SearchResult

INDEX_CHANGE_RETRIES = 2  # answer again if the index changed under a question this often


class Assistant:
    """Answers questions, searches and lists records over one index."""

    def __init__(
        self,
        services: Services,
        answerer: Answerer | None = None,
        prompts: dict[str, PromptTemplate] | None = None,
    ) -> None:
        self.services = services
        self.prompts = prompts or {}
        self.settings = services.settings
        self.register = Register(services.catalog)
        self.stats = TermStats(services.lexical)
        self.default_answerer = DefaultAnswerer()
        self.answerer: Answerer = answerer or self.default_answerer
        self._catalogue: tuple[int, Catalogue, list[DocumentInfo]] | None = None
        self._lock = threading.Lock()

    # -- shared state, refreshed when the index changes ----------------------------------------
    def _state(self) -> tuple[Catalogue, list[DocumentInfo]]:
        generation = self.services.catalog.generation()
        with self._lock:
            if self._catalogue is None or self._catalogue[0] != generation:
                documents = self.services.catalog.documents()
                catalogue = Catalogue.from_records(documents, self.register.all())
                self._catalogue = (generation, catalogue, documents)
            return self._catalogue[1], self._catalogue[2]

    def documents(self) -> list[DocumentInfo]:
        return self._state()[1]

    def analyse(self, question: str) -> QueryAnalysis:
        return analyse(self._check_question(question), self._state()[0])

    def _check_question(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InvalidRequest("the question is empty")
        limit = self.settings.answer.max_question_chars
        if len(question) > limit:
            raise InvalidRequest(
                f"the question is {len(question)} characters; the limit is {limit}"
            )
        return question

    def context(self, filters: SearchFilters, top_k: int | None) -> AnswerContext:
        documents = self.documents()
        if not documents:
            raise IndexStateError("the index is empty")
        return AnswerContext(
            catalog=self.services.catalog,
            register=self.register,
            retriever=QuestionRetriever(self.services.retriever),
            stats=self.stats,
            documents=documents,
            filters=filters,
            top_k=top_k or self.settings.retrieval.top_k,
            min_evidence=self.settings.answer.min_evidence,
        )

    # -- the three questions users ask ------------------------------------------------------------
    def ask(
        self,
        question: str,
        filters: dict[str, Any] | SearchFilters | None = None,
        top_k: int | None = None,
        *,
        records_limit: int | None = None,
        analysis: QueryAnalysis | None = None,
    ) -> Answer:
        """Answer ``question``. ``records_limit`` caps the records returned with the answer
        (default: settings ``answer.records_limit``); the answer itself counts them all."""
        started = time.perf_counter()
        parsed = filters if isinstance(filters, SearchFilters) else SearchFilters.parse(filters)
        if top_k is not None and not 1 <= top_k <= 50:
            raise InvalidRequest("top_k must be between 1 and 50")
        if records_limit is not None and records_limit < 0:
            raise InvalidRequest("records_limit must be 0 or more")
        self.services.retriever.resolve_documents(parsed)  # a document filter names real papers
        for attempt in range(INDEX_CHANGE_RETRIES + 1):
            generation = self.services.catalog.generation()
            try:
                with self.register.pinned():  # one answer reads one loaded register
                    q = analysis or self.analyse(question)
                    analysed = time.perf_counter()
                    answer = self.answerer.answer(q, self.context(parsed, top_k))
                self._check_citations(answer)
                break
            except (NotFound, UnknownDocument):
                # a document went away while this answer was being composed (a concurrent
                # remove or re-ingest): answer again from the index as it is now. With the
                # index unchanged, the error is the caller's (a filter naming no document).
                if attempt == INDEX_CHANGE_RETRIES or (
                    self.services.catalog.generation() == generation
                ):
                    raise
        limit_records(
            answer, self.settings.answer.records_limit if records_limit is None else records_limit
        )
        composed = time.perf_counter()
        answer.timings_ms = {
            "analyse": round((analysed - started) * 1000, 2),
            "answer": round((composed - analysed) * 1000, 2),
            "total": round((time.perf_counter() - started) * 1000, 2),
        }
        return answer

    def _check_citations(self, answer: Answer) -> None:
        """Every citation is verbatim in its document as the index holds it now (a document
        removed while the answer was composed raises ``NotFound``)."""
        texts: dict[str, str] = {}
        for citation in answer.citations:
            document_id = citation.document.id
            if document_id not in texts:
                texts[document_id] = self.services.catalog.document_text(document_id)
            if not verify(citation, texts[document_id]):
                # never reached: CitationBuilder only accepts verbatim quotes
                raise AssertionError(f"citation [{citation.n}] is not verbatim")

    def search(
        self, query: str, k: int = 8, filters: dict[str, Any] | SearchFilters | None = None
    ) -> SearchResult:
        query = self._check_question(query)
        parsed = filters if isinstance(filters, SearchFilters) else SearchFilters.parse(filters)
        if not 1 <= k <= 100:
            raise InvalidRequest("k must be between 1 and 100")
        return self.services.retriever.search(query, k=k, filters=parsed)

    def records(self, query: RecordQuery | None = None) -> list[ActionRecord]:
        return self.register.query(query)


def build_assistant(
    settings: Settings | None = None, services: Services | None = None
) -> Assistant:
    """The assistant the settings describe: the default answerer, or the LLM one when
    ``GOVRAG_ANSWER__LLM_MODEL`` is set. Prompt files are loaded and checked either way."""
    from assistant.llm import LangChainChatModel, LLMAnswerer
    from assistant.prompts import load_prompts

    settings = settings or load_settings()
    services = services or Services(settings)
    prompts = load_prompts(Path(settings.answer.prompts_dir))
    answer = settings.answer
    if not answer.llm_model:
        return Assistant(services, prompts=prompts)
    model = LangChainChatModel(
        answer.llm_model,
        base_url=answer.llm_base_url,
        api_key=answer.llm_api_key.get_secret_value(),
        timeout=answer.llm_timeout_s,
        temperature=answer.llm_temperature,
    )
    return Assistant(
        services, LLMAnswerer(model, prompts, timeout=answer.llm_timeout_s), prompts=prompts
    )
