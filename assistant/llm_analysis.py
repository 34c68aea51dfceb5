"""With an LLM configured, the LLM proposes what a question names, as a JSON object; the code
keeps only what the register holds.

The rule analyser reads the question first. The LLM is then shown the register's own values
(refs, owners, priorities, documents, its years) and asked which of them the question names
(``prompts/propose_analysis.txt``). Every proposed value is checked against those values: a ref,
owner, priority or document the register does not hold, a status outside the canonical ones, a
year outside the documents' span, a field name not known, are rejected and named in
``QueryAnalysis.proposal``. A kept value only fills what the rules left empty: it never
overrides what the rules read. A provider error, a timeout or a reply that is not one JSON
object leaves the rules' analysis as it was, with a note.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.analysis import NameIndex, QueryAnalysis
from assistant.analysis.model import FieldName, Proposal
from assistant.chat_model import ChatModel
from assistant.prompts import PromptTemplate
from ingest.errors import ProviderError
from ingest.model import STATUSES, ActionRecord

# most values of one kind shown to the LLM (a register's owners can run to hundreds)
MAX_VALUES_SHOWN = 200
CACHE_SIZE = 256
_JSON_OBJECT = re.compile(r"\{.*\}", re.S)


class ProposedValues(BaseModel):
    """The JSON object the LLM replies with; unknown keys are ignored, wrong types rejected."""

    model_config = ConfigDict(extra="ignore")

    refs: list[str] = []
    owner: str | None = None
    statuses: list[str] = []
    priority: str | None = None
    documents: list[str] = []
    since: int | None = None
    until: int | None = None
    field: str | None = None


@dataclass
class RegisterValues:
    """The values a proposal is checked against, each kind keyed by its lower-cased spelling."""

    refs: dict[str, str] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)
    priorities: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # id, file name or title -> id
    titles: dict[str, str] = field(default_factory=dict)  # id -> title, for the prompt
    years: tuple[int, int] | None = None

    @classmethod
    def of(cls, name_index: NameIndex, records: list[ActionRecord]) -> RegisterValues:
        values = cls(refs=dict(name_index.refs))
        for owner in name_index.owners:
            values.owners.setdefault(owner.lower(), owner)
        for record in records:
            if record.owner:
                values.owners.setdefault(record.owner.lower(), record.owner)
            if record.priority:
                values.priorities.setdefault(record.priority.lower(), record.priority)
        years = []
        for document in name_index.documents:
            values.titles[document.id] = document.title
            for key in (document.id, document.filename, document.title):
                values.documents.setdefault(key.lower(), document.id)
            if document.year:
                years.append(document.year)
            years += [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", document.period or "")]
        values.years = (min(years), max(years)) if years else None
        return values

    def describe(self) -> str:
        """The values as the prompt lists them."""

        def shown(items: list[str]) -> str:
            more = len(items) - MAX_VALUES_SHOWN
            return "; ".join(items[:MAX_VALUES_SHOWN]) + (f"; … ({more} more)" if more > 0 else "")

        lines = [
            "documents (id: title): " + shown([f"{i}: {t}" for i, t in self.titles.items()]),
            "refs: " + shown(sorted(set(self.refs.values()))),
            "owners: " + shown(sorted(set(self.owners.values()))),
            "priorities: " + shown(sorted(set(self.priorities.values()))),
        ]
        if self.years:
            lines.append(f"years covered: {self.years[0]} to {self.years[1]}")
        return "\n".join(f"- {line}" for line in lines)


def checked(proposed: ProposedValues, values: RegisterValues) -> tuple[dict[str, Any], list[str]]:
    """The proposed values the register holds, as QueryAnalysis fields in the register's
    spelling; and the rejected ones, each named with its reason."""
    kept: dict[str, Any] = {}
    rejected: list[str] = []

    def held(kind: str, value: str, table: dict[str, str]) -> str | None:
        found = table.get(value.strip().lower())
        if found is None:
            rejected.append(f"{kind} {value!r}: not in the register")
        return found

    refs = [r for r in (held("ref", ref, values.refs) for ref in proposed.refs) if r]
    if refs:
        kept["refs"] = list(dict.fromkeys(refs))
    if proposed.owner:
        owner = held("owner", proposed.owner, values.owners)
        if owner:
            kept["owner"] = owner
    statuses = []
    for status in proposed.statuses:
        if status in STATUSES and status != "unknown":
            statuses.append(status)
        else:
            rejected.append(f"status {status!r}: not a status")
    if statuses:
        kept["statuses"] = list(dict.fromkeys(statuses))
    if proposed.priority:
        priority = held("priority", proposed.priority, values.priorities)
        if priority:
            kept["priority"] = priority
    documents = [
        d for d in (held("document", doc, values.documents) for doc in proposed.documents) if d
    ]
    if documents:
        kept["documents"] = list(dict.fromkeys(documents))
    for name in ("since", "until"):
        year = getattr(proposed, name)
        if year is None:
            continue
        if values.years and values.years[0] <= year <= values.years[1]:
            kept[name] = year
        else:
            rejected.append(f"{name} {year}: outside the years the documents cover")
    if proposed.field:
        if proposed.field in get_args(FieldName):
            kept["field"] = proposed.field
        else:
            rejected.append(f"field {proposed.field!r}: not a field of a record")
    return kept, rejected


def filled(analysis: QueryAnalysis, kept: dict[str, Any]) -> tuple[QueryAnalysis, list[str]]:
    """``analysis`` with the kept values in the fields it left empty; the fields filled."""
    update = {name: value for name, value in kept.items() if not getattr(analysis, name)}
    return analysis.model_copy(update=update), sorted(update)


def parse_reply(reply: str) -> ProposedValues:
    """The one JSON object of ``reply`` (a code fence or words around it are allowed).
    Raises ValueError when there is none or it does not fit :class:`ProposedValues`."""
    match = _JSON_OBJECT.search(reply)
    if match is None:
        raise ValueError("the reply holds no JSON object")
    try:
        return ProposedValues.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ValueError(f"the reply is not the analysis asked for ({type(exc).__name__})") from exc


class AnalysisProposer:
    """Asks the LLM what a question names and keeps what the register holds (see the module
    docstring). Replies are cached per question and register generation."""

    def __init__(self, model: ChatModel, prompt: PromptTemplate, *, timeout: float) -> None:
        self.model = model
        self.prompt = prompt
        self.timeout = timeout
        self._cache: OrderedDict[tuple[str, int], ProposedValues | str] = OrderedDict()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="propose")

    def refine(
        self, analysis: QueryAnalysis, values: RegisterValues, generation: int
    ) -> QueryAnalysis:
        """``analysis`` with what the LLM proposes and the register holds filled in; its
        ``proposal`` says what was filled, what was rejected, or why nothing was asked."""
        proposed = self._proposed(analysis.question, values, generation)
        if isinstance(proposed, str):
            return analysis.model_copy(update={"proposal": Proposal(note=proposed)})
        kept, rejected = checked(proposed, values)
        refined, fields = filled(analysis, kept)
        refined.proposal = Proposal(filled=fields, rejected=rejected)
        return refined

    def _proposed(
        self, question: str, values: RegisterValues, generation: int
    ) -> ProposedValues | str:
        key = (question, generation)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        text = self.prompt.render(question=question, values=values.describe())
        future = self._pool.submit(self.model.complete, [("user", text)])
        result: ProposedValues | str
        try:
            result = parse_reply(future.result(timeout=self.timeout))
        except FutureTimeout:
            return f"the LLM did not propose an analysis within {self.timeout:g} s"
        except ProviderError as exc:
            return f"the LLM was unavailable for the analysis ({exc})"
        except ValueError as exc:
            result = f"the LLM's analysis was not used: {exc}"
        with self._lock:
            self._cache[key] = result
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return result
