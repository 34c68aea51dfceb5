"""Two states joined in one filter: 'complete or not started', 'either Red or Amber' ask for the
rows in either (the union); 'neither closed nor open' for the rows in neither (the complement
of both). Read alone, the first status word found would decide the filter. Where the papers in
scope hold both states as values, the rows are picked by those values (so the complement keeps
a paper's other values, 'Overdue' beside 'In progress'); else by the normalised statuses.

A state computed from dates ('overdue', 'late') is no held value: a join with it is the
overdue reading's (:mod:`assistant.answers.support.either_state`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.analysis.held_status import colour_meant, held_status_named, names_status
from assistant.analysis.negated_states import status_spans
from assistant.analysis.patterns import SLIPPED
from assistant.analysis.rows_asked import LABELLED
from ingest.model import STATUSES
from ingest.status import stated_status

_OPEN_OR_DONE = [s for s in STATUSES if s != "unknown"]
# what may stand between the two states: the first state's participle ('partly done', 'only
# partially met'), 'or', 'nor', a comma, a repeated verb ('or are')
_OR = re.compile(
    r"^\s*(?:(?:done|met|seen|[a-z]{3,}(?:ed|en))\s*)?(?:at\s+all\s*)?,?\s*(?P<conj>or|nor|and/or)\s+(?:(?:either|is|are|was|were|been|being|still|marked|"
    r"rated|as|listed)\s+)*(?:(?:done|met|[a-z]{3,}(?:ed|en))\s+)?$",  # 'or met partially'
    re.I,
)
_NEITHER = re.compile(
    r"\bneither\s+(?:(?:is|are|was|were|been|being|marked|rated|as|listed)\s+)*$", re.I
)
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\s*$", re.I)


@dataclass(frozen=True)
class _State:
    start: int
    end: int
    statuses: list[str]
    held: list[str]  # the values the papers in scope hold for these words ([] if none)


@dataclass(frozen=True)
class JoinedStates:
    """The rows two joined states ask: by held values (``says``) or by ``statuses``."""

    says: list[str]
    statuses: list[str]
    words: list[str]


def _states(
    question: str,
    table: list[tuple[re.Pattern[str], list[str]]],
    held: dict[str, set[str]],
    documents: list[str],
) -> list[_State]:
    """The states the question names, in order: status words, and the values held."""
    found = [(s, e, v) for s, e, v in status_spans(question, table)]
    # 'nor' joins the second state rather than denying it (same length: the places hold)
    named = held_status_named(re.sub(r"\bnor\b", " or", question, flags=re.I), held, documents)
    as_status: set[tuple[int, int]] = set()  # held words read as the state they name
    if named is not None:
        labelled = bool(LABELLED.search(question[: min(named.starts)]))
        for text, start in zip(named.texts, named.starts, strict=True):
            end = start + len(text)
            if not labelled and _names_a_status(text, start, end, found, documents):
                as_status.add((start, end))
                continue  # 'complete or ongoing': the states themselves, as the words alone read
            if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found):
                found = [f for f in found if not (start <= f[0] and f[1] <= end)]
                found.append((start, end, []))
    states: list[_State] = []
    for start, end, statuses in sorted(found):
        words = question[start:end]
        one = None if (start, end) in as_status else held_status_named(words, held, documents)
        last = states[-1] if states else None
        if last and last.statuses == ["partial"] and not question[last.end : start].strip():
            # 'only partly finished': the degree grades the state after it, one state
            graded = held_status_named(question[last.start : end], held, documents)
            held_ = list(graded.values) if graded and len(graded.texts) == 1 else last.held
            states[-1] = _State(last.start, end, last.statuses, held_)
            continue
        states.append(_State(start, end, list(statuses), list(one.values) if one else []))
    return states


def _names_a_status(
    text: str, start: int, end: int, found: list[tuple[int, int, list[str]]], documents: list[str]
) -> bool:
    """Whether the words of a held value are a general status word that a list reads as the
    normalised state when named alone ('ongoing', 'complete' across papers), not as the
    paper's label: the same words then read the same in a join, and every row in the state is
    taken (a row whose status is a sentence holds no label)."""
    spans = [v for s, e, v in found if s == start and e == end and v]
    if not spans:
        return False
    statuses = spans[0]
    return names_status(text, statuses) or (statuses == ["complete"] and not documents)


def _as_held(
    state: _State,
    held: dict[str, set[str]],
    documents: list[str],
    meaning: Mapping[str, set[str]],
) -> _State:
    """``state`` with the values the papers in scope hold whose rows all read as its statuses
    ('not started': 'Red' where every red row is not started)."""
    scope = {v for d in documents or list(held) for v in held.get(d, ()) if v}
    values = sorted(
        v
        for v in scope
        if (said := meaning.get(v) or ({s} if (s := stated_status(v)) else set()))
        and said <= set(state.statuses)
    )
    return _State(state.start, state.end, state.statuses, values)


def joined_states(
    question: str,
    table: list[tuple[re.Pattern[str], list[str]]],
    held: dict[str, set[str]],
    documents: list[str],
    meaning: Mapping[str, set[str]] | None = None,
) -> JoinedStates | None:
    """The rows asked when the question joins two states with 'or' (either) or 'neither …
    nor' (neither); None when it joins none, or one side is computed from dates."""
    states = _states(question, table, held, documents)
    for one, two in itertools.pairwise(states):
        join = _OR.match(question[one.end : two.start])
        if join is None:
            continue
        words = [question[one.start : one.end], question[two.start : two.end]]
        if any(SLIPPED.search(w) and not colour_meant(w, held, documents) for w in words):
            return None  # 'overdue or not started': the overdue reading joins them
        before = question[max(0, one.start - 30) : one.start]
        neither = _NEITHER.search(before)
        if join.group("conj").lower() == "nor" and neither is None:
            continue
        if neither is None and _NEGATED.search(before):
            continue  # 'not complete or ongoing': a negation the status reading scopes
        pair = (one, two)
        if any(s.held for s in pair):
            # 'rated red or not started': the state said by status read as the values the
            # papers in scope hold for it, so both sides pick rows by value
            pair = tuple(s if s.held else _as_held(s, held, documents, meaning or {}) for s in pair)  # type: ignore[assignment]
        if all(s.held for s in pair):
            named = list(dict.fromkeys(v for s in pair for v in s.held))
            if neither is None:
                return JoinedStates(named, [], [*words, join.group(0)])
            scope = {v for d in documents or list(held) for v in held.get(d, ()) if v}
            rest = sorted(v for v in scope if v not in named)
            if rest:
                return JoinedStates(rest, [], [*words, join.group(0), neither.group(0)])
            continue
        asked = list(dict.fromkeys(v for s in pair for v in (s.statuses or [])))
        if not all(s.statuses for s in pair):
            continue
        if neither is None:
            return JoinedStates([], asked, [*words, join.group(0)])
        rest = [s for s in _OPEN_OR_DONE if s not in asked]
        if rest:
            return JoinedStates([], rest, [*words, join.group(0), neither.group(0)])
    return None
