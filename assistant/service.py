"""The assistant: one object the CLI, the API and the evaluation all talk to.

Usage::

    assistant = Assistant(Services(load_settings()))
    answer = assistant.ask("Which partnership actions slipped since 2008?")
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

from assistant.analysis import (
    GENERIC,
    NameIndex,
    QueryAnalysis,
    analyse,
    asks_form_only,
    named_in_answer,
    preface,
    question_parts,
    without_context,
)
from assistant.analysis.compared_tail import compared_parts
from assistant.analysis.short_names import masthead
from assistant.analysis.tracing import traced_whole
from assistant.answers.context import AnswerContext, Answerer, DocumentTexts
from assistant.answers.llm import LLMAnswerer
from assistant.answers.model import Answer, abstain, joined, limit_records, mark_scanned
from assistant.answers.pipeline import DefaultAnswerer
from assistant.answers.support.linking import linked
from assistant.answers.support.recurring_rows import meaning_groups
from assistant.answers.support.vocabulary import warm as warm_vocabulary
from assistant.answers.support.warm_tables import warm_tables
from assistant.antecedents import MAX_NAMED, Previous, previous_of, record_names
from assistant.bridging import bound_there, bridge
from assistant.chat_model import ChatModel, LangChainChatModel
from assistant.citations import PagePlaces, verify
from assistant.container import Services
from assistant.evidence import coverage, term_weights
from assistant.llm_analysis import AnalysisProposer, RegisterValues
from assistant.one_row_quoted import quotes_one_row
from assistant.other_paper_row import in_other_paper
from assistant.prompts import PromptTemplate, load_prompts
from assistant.register import RecordQuery, Register
from assistant.settings import Settings, load_settings
from assistant.text import NOT_IT_ACRONYM, TermStats, record_text
from ingest.cleaning import lone_surrogate
from ingest.errors import IndexStateError, InvalidRequest, NotFound, UnknownDocument
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.bm25 import query_terms
from vectorstore.filters import SearchFilters
from vectorstore.retriever import QuestionRetriever, SearchResult

INDEX_CHANGE_RETRIES = 2  # answer again if the index changed under a question this often
MAX_PARTS = 4  # parts a question is answered in, one by one (more: answered as one)


class Assistant:
    """Answers questions, searches and lists records over one index."""

    def __init__(
        self,
        services: Services,
        answerer: Answerer | None = None,
        prompts: dict[str, PromptTemplate] | None = None,
        chat_model: ChatModel | None = None,
        proposer: AnalysisProposer | None = None,
    ) -> None:
        """``proposer``: with an LLM, what it proposes the question names fills what the rules
        left empty, checked against the register's values (see ``assistant.llm_analysis``)."""
        self.services = services
        self.proposer = proposer
        self._values: tuple[int, RegisterValues] | None = None
        self.prompts = prompts or {}
        # the LLM that rewrites follow-ups: the one given, else the LLM answerer's, if any
        if chat_model is None and isinstance(answerer, LLMAnswerer):
            chat_model = answerer.model
        self.chat_model = chat_model
        self.settings = services.settings
        self.register = Register(services.catalog)
        self.stats = TermStats(services.lexical)
        self.default_answerer = DefaultAnswerer()
        self.answerer: Answerer = answerer or self.default_answerer
        self._name_index: tuple[int, NameIndex, list[DocumentInfo]] | None = None
        self._lock = threading.Lock()

    # -- shared state, refreshed when the index changes ----------------------------------------
    def _state(self) -> tuple[NameIndex, list[DocumentInfo]]:
        """The analyser's name_index and the documents, both of one generation: this thread's
        snapshot inside an answer, else the index as it is. Cached for the newest generation
        seen (an answer whose snapshot is older builds its own, uncached)."""
        catalog = self.services.catalog
        with catalog.read_snapshot() as generation, self._lock:
            cached = self._name_index
            if cached is not None and cached[0] == generation:
                return cached[1], cached[2]
            loaded = self.register.loaded()  # this snapshot's (pinned: the answer's own)
            documents = catalog.documents()
            mastheads = {d.id: masthead(catalog.document_text(d.id)[:2000]) for d in documents}
            name_index = NameIndex.from_records(documents, loaded.records, mastheads)
            if loaded.generation == generation and (cached is None or cached[0] < generation):
                self._name_index = (generation, name_index, documents)
            return name_index, documents

    def documents(self) -> list[DocumentInfo]:
        return self._state()[1]

    def warm_vocabulary(self) -> int:
        """Embed the papers' vocabulary now (or read it from the index folder) and group the rows
        alike across papers, so no question waits for either; the number of words held (0 for
        an empty index)."""
        if not self.documents():
            return 0
        context = self.context(SearchFilters(), None)
        held = warm_vocabulary(context)
        meaning_groups(context)  # rows alike across papers, ready for the first recurrence asked
        warm_tables(context)  # the register's kept tables, before the first question needs one
        return held

    def analyse(self, question: str) -> QueryAnalysis:
        name_index = self._state()[0]
        analysis = analyse(self._check_question(question), name_index)
        if self.proposer is None:
            return analysis
        loaded = self.register.loaded()
        with self._lock:
            cached = self._values
        if cached is None or cached[0] != loaded.generation:
            cached = (loaded.generation, RegisterValues.of(name_index, loaded.records))
            with self._lock:
                self._values = cached
        return self.proposer.refine(analysis, cached[1], loaded.generation)

    def _check_question(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InvalidRequest("the question is empty")
        bad = lone_surrogate(question)
        if bad is not None:
            raise InvalidRequest(
                f"the question holds a lone surrogate at character {bad + 1}, which is not "
                "text; send valid UTF-8"
            )
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
            word_file=self.services.word_file,
            texts=self.register.memo("document texts", DocumentTexts),  # this generation's
            places=self.register.memo("page places", PagePlaces),
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
        (default: settings ``answer.records_limit``); the answer itself counts them all.

        A question asked in several parts ('who owns X, and when is it due?') is answered part
        by part, each later part read against what the earlier part found (see
        :meth:`_ask_in_parts`)."""
        started = time.perf_counter()
        parsed = filters if isinstance(filters, SearchFilters) else SearchFilters.parse(filters)
        if top_k is not None and not 1 <= top_k <= 50:
            raise InvalidRequest("top_k must be between 1 and 50")
        if records_limit is not None and records_limit < 0:
            raise InvalidRequest("records_limit must be 0 or more")
        parts = question_parts(self._check_question(question)) if analysis is None else []
        if len(parts) >= 2 and (
            all(asks_form_only(part) for part in parts[1:])
            or self._lists_what_recurs(parts)
            or traced_whole(parts)  # 'was X carried into 2024, and in what state?': one trace
        ):
            parts = []  # 'Has X come up again? List them.': one question
        if 2 <= len(parts) <= MAX_PARTS:
            answer = self._ask_in_parts(question, parts, parsed, top_k)
            analysed = started
        else:
            answer, analysed = self._ask_one(question, parsed, top_k, analysis)
        mark_scanned(answer)
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

    def _lists_what_recurs(self, parts: list[str]) -> bool:
        """A recurrence question whose later parts only ask for its items ('List them.',
        'Which records cover it?'): they name no subject of their own."""
        if self.analyse(parts[0]).intent != "recurring":
            return False
        return all(not self.analyse(part).terms for part in parts[1:])

    def _ask_in_parts(
        self, question: str, parts: list[str], filters: SearchFilters, top_k: int | None
    ) -> Answer:
        """Each part answered in turn. A later part that points back ('when is it due?', 'that
        project', or a short part with no subject of its own) is rewritten against what the
        part before it found (its records, or the records it quoted): the entity one part finds
        is the subject of the next. A part whose antecedent found nothing is not guessed at:
        it is abstained on too."""
        answered: list[tuple[str, Answer]] = []
        scope = preface(parts[0])
        previous: Previous | None = None
        named_first: list[str] = []  # the papers the first part that names any names
        # 'who presented paper A, compared with paper B?': each part is whole, of its own paper
        alone = compared_parts(question) == parts
        for index, part in enumerate(parts):
            part = without_context(part)  # statements before a question only name its subject
            standalone = part
            within: list[str] = []  # documents a bridged part is searched in
            if index and not alone:
                prior_question, prior = answered[-1]
                # 'that board': the one the earlier answer named, asked of by its name (unless
                # it owns a record that answer rested on: the bridge then asks of that record)
                named = (
                    None if prior.abstained else named_in_answer(part, prior_question, prior.answer)
                )
                if named and previous is not None and _owns_one(named, previous.records):
                    named = None
                if named:  # '… the remaining risk there?': of the row found, by its name
                    standalone, bridged, within = bound_there(named, previous) or named, False, []
                else:
                    previous = self._by_own_words(part, previous)
                    standalone, bridged, within = bridge(
                        part,
                        prior_question,
                        previous,
                        scope,
                        [c.document.id for c in prior.citations],
                        self.documents(),
                        self.register,
                    )
                if bridged and prior.query.doc_field and self.analyse(part).doc_field:
                    # 'who wrote X, and which committee received it?': 'it' is the paper the
                    # part before named, whether or not its paper gave what that part asked
                    standalone, bridged, within = part, False, list(prior.query.documents)
                if bridged and (
                    (prior.abstained and not _refused_of_row(prior)) or _found_nothing(prior)
                ):
                    # 'how is it going?' after a part whose rows are none: which part failed
                    answered.append(
                        (part, self._broken_link(part, filters, top_k, not prior.abstained))
                    )
                    continue
            if index and within and set(within) & set(named_first) and not filters.document:
                within = [d for d in within if d in named_first]  # of the paper part 1 named
            if index and not within and named_first and not filters.document and not alone:
                own = self.analyse(standalone)
                if not (own.documents or own.since or own.until or own.refs):
                    within = named_first  # a later part with no paper of its own: part 1's
            scoped = filters
            if within and not filters.document:  # the earlier part's documents
                scoped = filters.model_copy(update={"document": within})
            answer, _ = self._ask_one(
                standalone, scoped, top_k, self._of_papers(standalone, within)
            )
            one_row = quotes_one_row(answer, self.register)  # a row with no ref, quoted alone
            previous = previous_of(standalone, answer, self.register, rows=one_row)
            # 'what did the earlier report give, and …?': the body's earliest (latest) paper
            again = None if index else self._in_paper_named(part, standalone, previous)
            if again is not None:  # its own words, searched in that paper
                scoped = filters.model_copy(update={"document": again[1]})
                answer, _ = self._ask_one(standalone, scoped, top_k, None)
                previous = previous_of(standalone, answer, self.register, rows=False)
            answered.append((standalone, answer))
            # a part asking of a paper names it even when the paper does not give what it
            # asked ('who presented the X paper?'): a later part asks of that paper too
            if not named_first and (not answer.abstained or answer.query.doc_field):
                named_first = list(answer.query.documents)
        return joined(self.analyse(question), answered)

    def _of_papers(self, part: str, within: list[str]) -> QueryAnalysis | None:
        """A later part asking a detail of the papers themselves ('when did their committees
        meet?', 'who wrote it?') and naming none: asked of the papers the earlier part found.
        Any other part's own analysis as it is (made once, not again by _ask_one); None when
        no earlier part found papers."""
        if not within:
            return None
        own = self.analyse(part)
        if not own.doc_field or own.documents or own.refs:
            return own
        return own.model_copy(update={"documents": within})

    def _in_paper_named(
        self, part: str, standalone: str, previous: Previous
    ) -> tuple[str, list[str]] | None:
        """A first part naming its paper relatively ('the earlier report') asked again in that
        paper of the body, when what it found is in another one and that paper holds the same
        issue."""
        return in_other_paper(
            part, standalone, previous, self.documents(), self.register, absolute=True
        )

    def _by_own_words(self, part: str, previous: Previous | None) -> Previous | None:
        """The earlier part's records, those that hold most of this part's own words first
        (stable otherwise): 'it' in a part about a board is the record that names the board."""
        if previous is None or len(previous.records) < 2 or not _ONE_POINTED.search(part):
            return previous
        terms = [t for t in query_terms(part) if t not in GENERIC and self.stats.df(t) > 0]
        weights = term_weights(terms, self.stats)
        if not weights:
            return previous
        held = [coverage(record_text(r), weights) for r in previous.records]
        if max(held) == 0:
            return previous
        order = sorted(range(len(held)), key=lambda i: -held[i])
        records = [previous.records[i] for i in order]
        return Previous(
            previous.standalone,
            records,
            record_names(self.register, records[:MAX_NAMED]),
            previous.quoted,
            focus=previous.focus,
            focus_documents=previous.focus_documents,
        )

    def _broken_link(
        self, part: str, filters: SearchFilters, top_k: int | None, empty: bool = False
    ) -> Answer:
        """The answer to a part that rests on an earlier part the record could not answer
        (``empty``: that part found no rows, so there is nothing for this one to be about)."""
        why = "which found no such rows" if empty else "which the record does not answer"
        return abstain(
            self.analyse(part),
            self.context(filters, top_k),
            part.rstrip("?. ").lower(),
            f"It depends on the part before it, {why}.",
            kind="value_not_given",
        )

    def _ask_one(
        self,
        question: str,
        parsed: SearchFilters,
        top_k: int | None,
        analysis: QueryAnalysis | None,
    ) -> tuple[Answer, float]:
        """One question answered over one committed state of the index; with the time its
        analysis was done."""
        analysed = time.perf_counter()
        answer: Answer | None = None
        for attempt in range(INDEX_CHANGE_RETRIES + 1):
            # one attempt reads one committed state of the index (catalog and register), so
            # a document removed or replaced meanwhile cannot vanish from under it
            with self.services.catalog.read_snapshot() as generation, self.register.pinned():
                try:  # a document filter names real papers (ids or file names)
                    self.services.retriever.resolve_documents(parsed)
                except UnknownDocument:
                    if answer is None:
                        raise  # the caller's error: 422
                    break  # the filtered paper went away after the last answer: that one stands
                try:
                    q = (analysis if attempt == 0 else None) or self.analyse(question)
                    analysed = time.perf_counter()
                    context = self.context(parsed, top_k)
                    # topic terms spelt as the record spells them (compounds, acronyms)
                    answer = self.answerer.answer(linked(q, context), context)
                    self._check_citations(answer, context.texts)
                except (NotFound, UnknownDocument):
                    # within one snapshot only an analysis made before it (the caller's) can
                    # name a document that is gone: analyse the question again
                    if analysis is None or attempt > 0:
                        raise
                    continue
            if attempt == INDEX_CHANGE_RETRIES or not self._outdated(
                answer, generation, context.documents
            ):
                break
            # a document the answer quotes or names was removed or replaced while it was
            # composed: compose it again from the index as it now is (after the last try, the
            # answer stands: it is true of the index as it was when the question was asked)
        assert answer is not None  # every path that leaves the loop without one raised
        return answer, analysed

    def _check_citations(self, answer: Answer, texts: dict[str, str]) -> None:
        """Every citation is verbatim in its document as the answer's snapshot holds it
        (``texts``: the texts read in that snapshot, added to)."""
        for citation in answer.citations:
            document_id = citation.document.id
            text = texts.get(document_id)
            if text is None:
                text = texts[document_id] = self.services.catalog.document_text(document_id)
            if not verify(citation, text):
                # never reached: CitationBuilder only accepts verbatim quotes
                raise AssertionError(f"citation [{citation.n}] is not verbatim")

    def _outdated(self, answer: Answer, generation: int, documents: list[DocumentInfo]) -> bool:
        """Whether a document the answer quotes or names has been removed or replaced since
        the snapshot (of ``generation``, holding ``documents``) it was composed from."""
        catalog = self.services.catalog
        if catalog.generation() == generation:
            return False
        sha256 = {d.id: d.sha256 for d in documents}
        used = {c.document.id for c in answer.citations} | set(answer.query.documents)
        for document_id in sorted(used):
            found = catalog.fingerprint(document_id)
            if found is None or found[0] != sha256.get(document_id):
                return True
        return False

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


def _refused_of_row(answer: Answer) -> bool:
    """A refusal of a name the row never gives ('which firm drafted it?' of a row naming
    none): the row is found, so a later part pointing back at it is asked of it. A refused
    event, outcome or time is not: what a later part asks of that event is not given either."""
    return "unheld-named" in answer.notes and len(answer.records) == 1


def _found_nothing(answer: Answer) -> bool:
    """An answer that says no row matched: a later part pointing back at its rows has none."""
    return not answer.records and "zero-match" in answer.notes


# a part that points at one thing ('when is it due?', 'the one about X'), not at them all
_ONE_POINTED = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|its|this one|that one|the one)\b", re.I)


def _owns_one(question: str, records: list[ActionRecord]) -> bool:
    """Whether the body a question was rewritten with owns one of ``records``: an owner that
    is the body, or a post of it ('Head of the Inspection Liaison Analysis Unit' for 'the
    Inspection Liaison & Analysis Unit'), its words all in the question."""

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("and", "the")}

    asked = words(question)
    for record in records:
        for owner in re.split(r"\s*[/;]\s*", record.owner or ""):
            body = words(re.split(r"\bof\b", owner)[-1])
            if len(body) >= 2 and body <= asked:
                return True
    return False


def build_assistant(
    settings: Settings | None = None, services: Services | None = None
) -> Assistant:
    """The assistant the settings describe: the default answerer, or the LLM one when
    ``GOVRAG_ANSWER__LLM_MODEL`` is set. Prompt files are loaded and checked either way."""
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
    proposer = (
        AnalysisProposer(model, prompts["propose_analysis"], timeout=answer.llm_timeout_s)
        if answer.llm_propose_analysis
        else None
    )
    return Assistant(
        services,
        LLMAnswerer(model, prompts, timeout=answer.llm_timeout_s),
        prompts=prompts,
        proposer=proposer,
    )
