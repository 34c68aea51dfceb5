"""Multi-turn chat: a follow-up is rewritten into a standalone question, then answered.

Rules by default, the LLM when one is configured (``prompts/condense_followup.txt``), the rules
again if the LLM fails. The same :class:`Chat` serves the web page and the OpenAI-compatible
endpoint.

The conversation carries what the previous turn was about: its question as resolved (a
follow-up of a follow-up resolves through the one before) and the records its answer rested
on, in the order shown. Both are found again from the user turns alone, by answering the
previous question once more, so they hold on ``/v1/chat/completions`` too, where the history
comes back as plain text with no ids. Rules:

* "and which of those were about risk?" narrows the previous set;
* "who owns it?", "when is it due?" ask about the one record the previous answer rested on (or
  the ref the previous question named); "who owns them?" about all of its records;
* "the second one", "the last one" pick a record of the previous answer, in its order;
* "and R10?" asks the previous question of another ref;
* "what about 2017?", "and in 2008?" change the period; "what about risk management?" the subject;
* "why?", "tell me more" explain the previous subject.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from assistant.answers.model import Answer
from assistant.citations import Citation
from assistant.service import Assistant
from ingest.errors import GovragError, InvalidRequest
from ingest.model import ActionRecord
from vectorstore.retriever import identifiers

log = logging.getLogger(__name__)
MAX_TURNS = 50
MAX_DEPTH = 2  # earlier turns a follow-up of a follow-up is resolved through

_NARROW = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:which|what|how many)\s+of\s+"
    r"(?:those|these|them|the above)\s+(.*)$",
    re.I,
)
_PRONOUN_ONLY = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she)\b", re.I)
_WHAT_ABOUT = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\??$|^and\s+(?:in|for|since)\s+(.+?)\??$", re.I
)
_MORE = re.compile(
    r"^(?:why\??|how\??|tell me more\.?|more detail[s]?\.?|explain\.?|go on\.?)$", re.I
)
_YEARISH = re.compile(r"^(?:in\s+|for\s+|since\s+)?((?:19|20)\d\d(?:/\d{2})?)$", re.I)


class Turn(BaseModel):
    role: str = Field(description="user, assistant or system")
    content: str


class ChatResult(BaseModel):
    question: str = Field(description="The last user message as sent.")
    standalone: str = Field(description="The question actually answered.")
    rewritten: bool = Field(description="True when the follow-up was rewritten.")
    method: str = Field(description="rules, llm or none")
    answer: Answer


_ORDINAL = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|item|action|recommendation|record|area|issue)s?)?\b",
    re.I,
)
_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "last": -1,
}
_SINGULAR = re.compile(
    r"\b(it|its|this|that)(?:\s+(?:one|action|recommendation|record|item))?\b", re.I
)
_PLURAL = re.compile(r"\b(they|them|their|these|those)\b", re.I)
_ANOTHER_REF = re.compile(r"^(?:and|what about|how about)\s+(.+?)\??$", re.I)
MAX_NAMED = 8  # records a plural follow-up names


@dataclass
class Previous:
    """What the previous turn was about: its question as resolved, and the records its answer
    rested on, in the order shown (with, for each, how to name it in a question)."""

    standalone: str
    records: list[ActionRecord]
    names: list[str]
    # the records are those a passage answer quotes, best first: 'it' is the first of them
    quoted: bool = False


def _user_turns(history: Sequence[Turn]) -> list[str]:
    return [t.content.strip() for t in history if t.role == "user" and t.content.strip()]


def _refs_in_answer(history: Sequence[Turn]) -> list[str]:
    """Refs the last assistant message named in bold (**R18**) — what 'it' points to."""
    for turn in reversed(history):
        if turn.role == "assistant":
            return list(
                dict.fromkeys(
                    re.findall(r"\*\*((?:HMIC )?R\d{1,3}|\d{1,2}(?:\.\d)?)\*\*", turn.content)
                )
            )
    return []


# 'that director', 'this area', 'the report': a noun phrase pointing back at what the last
# answer was about: its record, a value of that record (its owner) or its document
_DEMONSTRATIVE = re.compile(r"\b(that|this|the same|the)\s+([a-z]+)\b", re.I)
_DOCUMENT_NOUNS = frozenset(
    "report paper document plan statement review inspection audit publication".split()
)
_RECORD_NOUNS = frozenset(
    "one action recommendation record item area issue improvement finding point weakness "
    "activity task".split()
)


def _stands_alone(question: str) -> bool:
    """'And when is the workforce plan due to be published?': an 'and' question with its own
    subject (six words or more after 'and', and nothing pointing back) stands alone."""
    rest = re.sub(r"^(?:and|also|then)\s+", "", question.strip(), flags=re.I)
    return (
        len(rest.split()) >= 6
        and not _PRONOUN_ONLY.search(rest)
        and not re.match(r"(?:what|how) about\b", rest, re.I)
    )


def looks_like_follow_up(question: str) -> bool:
    q = question.strip()
    words = q.split()
    if _NARROW.match(q) or _WHAT_ABOUT.match(q) or _MORE.match(q):
        return True
    if q.lower().startswith(("and ", "also ", "what about", "how about", "then ")):
        return not _stands_alone(q)
    return len(words) <= 6 and bool(_PRONOUN_ONLY.search(q)) and not identifiers(q)


def rewrite_by_rules(
    question: str, history: Sequence[Turn], previous: Previous | None = None
) -> str | None:
    """The standalone question, or None when the question already stands alone.

    ``previous`` is what the previous turn was about (see :meth:`Chat.previous`); without it,
    the previous user message is taken as written."""
    users = _user_turns(history)
    q = question.strip()
    ordinal = _ORDINAL.search(q)
    picked = previous is not None and ordinal is not None and len(previous.records) > 1
    if not users or not (looks_like_follow_up(question) or picked):
        return None
    last = (previous.standalone if previous else users[-1]).rstrip(" ?.")
    if previous is not None and ordinal is not None and picked:
        index = _ORDINALS.get(ordinal.group(1).lower())
        if index is None:
            index = int(re.sub(r"\D", "", ordinal.group(1))) - 1
        if -len(previous.names) <= index < len(previous.names):
            return q[: ordinal.start()] + previous.names[index] + q[ordinal.end() :]
    another = _ANOTHER_REF.match(q)
    if another and identifiers(another.group(1)) and identifiers(last):
        # 'and R10?': the previous question, asked of another ref
        old, new = identifiers(last), identifiers(another.group(1))
        asked = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), last, count=1)
        return f"{asked}?"
    narrow = _NARROW.match(q)
    if narrow:
        clause = narrow.group(1).rstrip(" ?.")
        return f"{last} and {clause}?"
    about = _WHAT_ABOUT.match(q)
    if about:
        topic = (about.group(1) or about.group(2) or "").strip()
        year = _YEARISH.match(topic)
        if year:
            replaced = re.sub(
                r"\b(?:in|since|during|for|before|after)\s+(?:the\s+)?(?:19|20)\d\d(?:/\d{2})?\b",
                "",
                last,
            )
            replaced = re.sub(r"\b(?:19|20)\d\d(?:/\d{2})?\b", "", replaced).strip()
            return f"{replaced} in {year.group(1)}?"
        return f"{_swap_subject(last, topic)}?"
    if _MORE.match(q):
        return f"Explain: {last}?"
    pointed = _point_back(q, previous)
    if pointed:
        return pointed
    if previous is not None and previous.names:
        if (len(previous.names) == 1 or previous.quoted) and _SINGULAR.search(q):
            return _SINGULAR.sub(lambda m: _refer(m, previous.names[0]), q, count=1)
        if _PLURAL.search(q) and len(previous.records) <= MAX_NAMED:
            named = _joined(previous)
            return _PLURAL.sub(lambda m: _refer(m, named), q, count=1)
    refs = identifiers(last) or _refs_in_answer(history)
    if refs and _PRONOUN_ONLY.search(q):
        target = " and ".join(refs[:3])
        return _PRONOUN_ONLY.sub(lambda m: _possessive(m.group(1), target), q, count=1)
    if previous is not None and previous.names and not _PRONOUN_ONLY.search(q):
        # ellipsis, 'and the deadline?': the same question of what the last answer was about
        if len(previous.names) == 1 or previous.quoted:
            return f"{q.rstrip(' ?')} of {previous.names[0]}?"
        if len(previous.records) <= MAX_NAMED:
            return f"{q.rstrip(' ?')} of {_joined(previous)}?"
    if refs:
        target = " and ".join(refs[:3])
        return f"{q.rstrip(' ?')} of {target}?"
    return f"{q.rstrip(' ?')} ({last})?"


def _point_back(question: str, previous: Previous | None) -> str | None:
    """'that director' -> the owner of what the last answer was about, when one owner's title
    holds the word; 'the report' -> its document's title, when it was one document; 'that
    area' -> its record, when it was one record."""
    if previous is None or not previous.records:
        return None
    records = previous.records if not previous.quoted else previous.records[:1]
    for match in _DEMONSTRATIVE.finditer(question):
        article, noun = match.group(1).lower(), match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        owners = {
            r.owner
            for r in records
            if r.owner and singular in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner)}
        }
        titles = {r.document.title for r in records}
        if len(owners) == 1:
            target = owners.pop()
        elif singular in _DOCUMENT_NOUNS and len(titles) == 1:
            target = f"the {min(titles)}"
        elif singular in _RECORD_NOUNS and article != "the" and len(previous.names) == 1:
            target = previous.names[0]
        else:
            continue
        return question[: match.start()] + target + question[match.end() :]
    return None


def _refer(match: re.Match[str], target: str) -> str:
    """A pronoun replaced by what it points to: 'its', 'their', and 'this' or 'that' before a
    noun ('that deadline'), become the target's."""
    pronoun = match.group(1).lower()
    rest = match.string[match.end() :]
    before_noun = match.group(0) == match.group(1) and re.match(r"\s+[a-z]", rest) is not None
    if pronoun in ("its", "their") or (
        pronoun in ("this", "that", "these", "those") and before_noun
    ):
        return f"{target}'s"
    return target


def _joined(previous: Previous) -> str:
    """Several records in one phrase: 'R3, R10 and R11 in the MPS Action Plan', the document
    named once when every record is of it."""
    documents = {r.document.id for r in previous.records}
    suffix = ""
    names = previous.names
    if len(documents) == 1 and any(" in the " in n for n in names):
        suffix = " in the " + previous.records[0].document.title
        names = [n.split(" in the ", 1)[0] for n in names]
    head = ", ".join(names[:-1])
    return (f"{head} and {names[-1]}" if head else names[-1]) + suffix


def _possessive(pronoun: str, target: str) -> str:
    return f"{target}'s" if pronoun.lower() in ("its", "their") else target


def _swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk."""
    from ingest.themes import resolve_theme

    words = question.split()
    for index, word in enumerate(words):
        if resolve_theme(word.strip(",.").lower()):
            return " ".join([*words[:index], topic, *words[index + 1 :]])
    return f"{question} — about {topic}"


class Chat:
    """Conversation logic shared by the web page and /v1/chat/completions."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def standalone(
        self, messages: Sequence[Turn], filters: dict[str, object] | None = None
    ) -> tuple[str, str, bool, str]:
        """(question, standalone question, rewritten?, method)."""
        if not messages:
            raise InvalidRequest("messages is empty")
        if len(messages) > MAX_TURNS:
            raise InvalidRequest(f"at most {MAX_TURNS} messages per request")
        if messages[-1].role != "user":
            raise InvalidRequest("the last message must come from the user")
        question = messages[-1].content.strip()
        history = list(messages[:-1])
        if not _user_turns(history):
            return question, question, False, "none"
        if looks_like_follow_up(question) and self._llm_condense is not None:
            try:
                condensed = self._llm_condense(question, history)
                if condensed:
                    return question, condensed, condensed != question, "llm"
            except GovragError as exc:
                log.warning("LLM rewrite failed, using rules: %s", exc)
        previous = None
        if looks_like_follow_up(question) or _ORDINAL.search(question):
            previous = self.previous(history, filters)
        rewritten = rewrite_by_rules(question, history, previous)
        if rewritten:
            return question, rewritten, True, "rules"
        return question, question, False, "none"

    def previous(
        self, history: Sequence[Turn], filters: dict[str, object] | None = None, depth: int = 0
    ) -> Previous | None:
        """What the last user turn of ``history`` was about: its question resolved through up
        to ``MAX_DEPTH`` earlier turns, and answered again for the records it rested on."""
        users = [i for i, turn in enumerate(history) if turn.role == "user" and turn.content]
        if not users:
            return None
        question = history[users[-1]].content.strip()
        before = history[: users[-1]]
        standalone = question
        if depth < MAX_DEPTH and _user_turns(before) and looks_like_follow_up(question):
            earlier = self.previous(before, filters, depth + 1)
            standalone = rewrite_by_rules(question, before, earlier) or question
        try:
            answer = self.assistant.ask(standalone, filters)
        except GovragError:  # it was refused then too: nothing to point back to
            return Previous(standalone, [], [])
        quoted = not answer.records
        records = answer.records or self._cited_records(answer.citations)
        return Previous(standalone, records, self._names(records[:MAX_NAMED]), quoted)

    def _cited_records(self, citations: Sequence[Citation]) -> list[ActionRecord]:
        """The records a passage answer quotes, in the order first cited (by ref and document)."""
        found: dict[str, ActionRecord] = {}
        for citation in citations:
            if not citation.ref:
                continue
            for record in self.assistant.register.with_refs([citation.ref.lower()]):
                if record.document.id == citation.document.id:
                    found.setdefault(record.id, record)
        return list(found.values())

    def _names(self, records: list[ActionRecord]) -> list[str]:
        """How a follow-up names each record: its ref, followed by its document when the ref is
        in several documents; else its title."""
        names = []
        for record in records:
            if not record.ref:
                words = record.title.split()
                names.append("“" + " ".join(words[:10]) + ("…" if len(words) > 10 else "") + "”")
                continue
            # a bare number is read as a ref only as 'item 3'
            ref = f"item {record.ref}" if re.fullmatch(r"[\d.]+", record.ref) else record.ref
            same = self.assistant.register.with_refs([record.ref.lower()])
            if any(r.document.id != record.document.id for r in same):
                names.append(f"{ref} in the {record.document.title}")
            else:
                names.append(ref)
        return names

    @property
    def _llm_condense(self):  # type: ignore[no-untyped-def]
        model = self.assistant.chat_model
        prompt = self.assistant.prompts.get("condense_followup")
        if model is None or prompt is None:
            return None

        def condense(question: str, history: Sequence[Turn]) -> str:
            lines = [
                f"{t.role}: {t.content.strip()[:800]}"
                for t in history[-6:]
                if t.role in ("user", "assistant")
            ]
            text = model.complete(
                [("user", prompt.render(history="\n".join(lines), question=question))]
            )
            return text.strip().split("\n")[0].strip().strip('"')[:1000]

        return condense

    def respond(
        self, messages: Sequence[Turn], filters: dict[str, object] | None = None
    ) -> ChatResult:
        question, standalone, rewritten, method = self.standalone(messages, filters)
        answer = self.assistant.ask(standalone, filters)
        answer.query.standalone = standalone if rewritten else None
        return ChatResult(
            question=question,
            standalone=standalone,
            rewritten=rewritten,
            method=method,
            answer=answer,
        )
