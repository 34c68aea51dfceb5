"""Optional LLM answerer through LangChain, with every citation checked after generation.

Sources are verbatim sentences of the record, numbered and wrapped in ``<source>`` tags as data;
none touches text flagged as instruction-like in its document (``ingest.safety``).
After generation each sentence must cite a provided source ``[n]`` and share its key words and
numbers with it; unsupported sentences are dropped (and noted). If nothing survives, or the
provider fails or is slow, the default answerer answers instead, with a note saying so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import ABSTAIN_PHRASE, Answer, finish
from assistant.answers.pipeline import DefaultAnswerer
from assistant.answers.router import LLM_GUARDS, LLM_ROUTES, choose_route
from assistant.answers.support.gather import gather, passages_line
from assistant.chat_model import ChatModel
from assistant.evidence import Evidence
from assistant.prompts import PromptTemplate
from assistant.text import stems
from ingest.errors import ProviderError
from ingest.safety import flagged_spans, looks_like_instruction, redact

log = logging.getLogger(__name__)
MAX_SOURCES = 10
_CITE = re.compile(r"\[(\d{1,3})\]")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*%?")
_STOP = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "in",
    "for",
    "on",
    "by",
    "with",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "it",
    "this",
    "that",
    "as",
    "at",
    "or",
    "from",
    "its",
    "their",
    "has",
    "have",
    "had",
    "which",
    "will",
    "would",
    "not",
    "no",
    "but",
}


@dataclass
class Source:
    n: int
    evidence: Evidence


def select_sources(
    evidence: list[Evidence], flagged: Callable[[Evidence], bool] | None = None
) -> tuple[list[Source], list[str]]:
    """The best verbatim sentences, minus any that look like instructions (noted, not sent):
    by their own words, or (``flagged``) by where they stand in their document."""
    sources: list[Source] = []
    dropped: list[str] = []
    seen: set[str] = set()
    for item in evidence:
        if len(sources) >= MAX_SOURCES:
            break
        if item.text in seen or len(item.text.split()) < 3:
            continue
        if looks_like_instruction(item.text) or (flagged is not None and flagged(item)):
            dropped.append(item.text[:120])
            continue
        seen.add(item.text)
        sources.append(Source(len(sources) + 1, item))
    return sources, dropped


def format_sources(sources: list[Source]) -> str:
    lines = []
    for source in sources:
        e = source.evidence
        attrs = f'n="{source.n}" document="{_attribute(redact(e.document.title))}"'
        if e.page is not None:
            attrs += f' page="{e.page}"'
        if e.ref:
            attrs += f' ref="{_attribute(e.ref)}"'
        text = e.text.replace("<", "‹").replace(">", "›")
        lines.append(f"<source {attrs}>{text}</source>")
    return "\n".join(lines)


def _attribute(value: str) -> str:
    return value.replace('"', "'").replace("<", "‹").replace(">", "›")


def in_flagged_text(context: AnswerContext) -> Callable[[Evidence], bool]:
    """Whether an evidence sentence touches instruction-like text of its document."""

    def flagged(item: Evidence) -> bool:
        spans = flagged_spans(context.document_text(item.document.id))
        return spans.overlaps(item.start, item.start + len(item.text))

    return flagged


def _content(text: str) -> set[str]:
    return {s for s in stems(text) if s not in _STOP and len(s) > 2}


def supported(sentence: str, cited: list[Source]) -> bool:
    """The sentence's numbers all appear in its sources, and it shares their key words."""
    body = _CITE.sub("", sentence)
    source_text = " ".join(s.evidence.text for s in cited)
    for number in _NUMBER.findall(body):
        if number not in source_text:
            return False
    words = _content(body)
    if not words:
        return True
    shared = words & _content(source_text)
    return len(shared) >= min(2, len(words)) and len(shared) / len(words) >= 0.4


def split_answer(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?\]])\s+(?=[A-Z*\-•\"“(])|\n+", text.strip())
    return [p.strip() for p in parts if p.strip()]


class LLMAnswerer:
    """Narrative questions (:data:`~assistant.answers.router.LLM_ROUTES`) through an LLM; every
    other route stays with the default answerer."""

    def __init__(
        self,
        model: ChatModel,
        prompts: dict[str, PromptTemplate],
        timeout: float = 20.0,
        fallback: DefaultAnswerer | None = None,
    ) -> None:
        self.model = model
        self.prompts = prompts
        self.timeout = timeout
        self.fallback = fallback or DefaultAnswerer()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="llm")

    def answer(self, q: QueryAnalysis, context: AnswerContext) -> Answer:
        if choose_route(q) not in LLM_ROUTES:
            return self.fallback.answer(q, context)
        for guard in LLM_GUARDS:
            refused = guard(q, context)
            if refused is not None:
                return refused
        evidence, _ = gather(q, context, k=max(context.top_k, 8))
        sources, dropped = select_sources(evidence, in_flagged_text(context))
        notes = [f"left out {len(dropped)} instruction-like source(s)"] if dropped else []
        if not sources:
            return self._fallback(q, context, [*notes, "no sources for the LLM"])
        system = self.prompts["system"].render(abstain_phrase=ABSTAIN_PHRASE)
        user = self.prompts["answer_with_sources"].render(
            question=q.standalone or q.question, sources=format_sources(sources)
        )
        try:
            future = self._pool.submit(self.model.complete, [("system", system), ("user", user)])
            raw = future.result(timeout=self.timeout)
        except FutureTimeout:
            future.cancel()
            return self._fallback(
                q, context, [*notes, f"the LLM did not answer within {self.timeout:g} s"]
            )
        except ProviderError as exc:
            log.warning("LLM failed: %s", exc)
            return self._fallback(q, context, [*notes, f"the LLM was unavailable ({exc.message})"])
        return self._checked(q, context, raw, sources, notes)

    def _fallback(self, q: QueryAnalysis, context: AnswerContext, notes: list[str]) -> Answer:
        answer = self.fallback.answer(q, context)
        answer.notes = [*answer.notes, *notes, "answered without the LLM"]
        return answer

    def _checked(
        self,
        q: QueryAnalysis,
        context: AnswerContext,
        raw: str,
        sources: list[Source],
        notes: list[str],
    ) -> Answer:
        if raw.strip().startswith(ABSTAIN_PHRASE):
            return self._fallback(q, context, [*notes, "the LLM found no answer in its sources"])
        by_n = {s.n: s for s in sources}
        builder = context.citations()
        kept: list[str] = []
        dropped = 0
        for sentence in split_answer(raw):
            numbers = [int(n) for n in _CITE.findall(sentence)]
            cited = [by_n[n] for n in numbers if n in by_n]
            if not numbers or len(cited) != len(numbers) or not supported(sentence, cited):
                dropped += 1
                continue
            renumbered = sentence
            for source in cited:
                new = builder.add_evidence(source.evidence)
                renumbered = renumbered.replace(f"[{source.n}]", f"[#{new}]")
            kept.append(renumbered.replace("[#", "["))
        if dropped:
            notes.append(f"dropped {dropped} sentence(s) the sources did not support")
        if not kept:
            return self._fallback(
                q, context, [*notes, "no LLM sentence survived the citation check"]
            )
        return finish(
            q,
            context,
            body=" ".join(kept),
            line=passages_line(builder.citations(), context, written_by="the LLM"),
            matched=len(builder.citations()),
            citations=builder.citations(),
            route="llm",
            notes=notes,
        )
