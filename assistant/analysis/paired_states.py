"""Rows in one state at a body's earlier paper and in another at its later one: 'which actions
still open in the 2023 plan were done by the 2024 follow-up?', 'of those not implemented in
the first report, which were implemented a year later?', 'which were behind schedule in 2023
and rated Blue in the closure report?'.

The question places each state at a paper: a year ('in 2023', 'by the 2024/25 report'), a
word ordering the body's papers ('the first plan', 'the follow-up', 'a year later') or a
quoted title. The two papers are ordered by those places, not by the order the question
names them in, and each state is read against the values its own paper holds: a label the
paper writes ('Behind schedule', 'Blue', 'Not implemented') is that label; a state word of the
domain ('open', 'done', 'not started', 'partly implemented', 'progressed') is the canonical
status class. :func:`paired_states` returns None unless both places and both states are read.
Nothing here knows a paper: the words are those of English about papers, years and states."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.analysis.model import PairedStates, StateSpec

_PAPER = (
    r"(?:report|paper|plan|review|update|tracker|log|register|round|programme|audit|"
    r"inspection|follow[- ]?up|statement|summary|schedule|list|version|edition|one|document)s?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:\s*/\s*\d{2,4})?"
_YEAR2 = _YEAR.replace("<year>", "<year2>")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ITEMS = r"(?:recommendations?|actions?|items?|findings?|issues?|points?|areas?|rows?|entries)"
# a paper placed by its year: 'in 2023', 'by the 2024/25 report', 'in the 2023 action plan',
# 'by March 2024', "in 2023's tracker"; or its rows: 'the 2023 recommendations', 'the 2024
# closure report' (as a subject)
_BY_YEAR = re.compile(
    rf"\b(?:in|by|at|on|for|from|during|within|under|since)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?:end\s+of\s+)?{_MONTH}\s+)?{_YEAR}(?:['’]s)?"
    rf"(?:(?:\s+[\w-]+){{0,3}}?\s+{_PAPER}\b)?"
    rf"|(?<![\w/])(?:(?:the|its|their)\s+)?{_YEAR2}(?:['’]s)?(?:\s+[\w'’-]+){{0,3}}?\s+"
    rf"(?:{_PAPER}|{_ITEMS})\b",
    re.I,
)
_FIRST = r"(?:first|earlier|earliest|original|previous|prior|initial|older|preceding)"
_LATER = (
    r"(?:follow[- ]?up|later|latest|next|subsequent|second|newer|closure|most\s+recent|"
    r"following|update[d]?|current)"
)
_BY_ORDER_EARLY = re.compile(
    rf"\b(?:in|on|at|from|by|under)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_FIRST}"
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+"
    rf"{_PAPER}\b|\b(?:a|one)\s+year\s+(?:earlier|before)\b|\bthe\s+year\s+before\b",
    re.I,
)
_BY_ORDER_LATE = re.compile(
    rf"\b(?:in|on|at|by|under|into|to|from)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_LATER}(?:(?:\s+[\w'’-]+){{0,4}}?\s+"
    rf"{_PAPER}\b)?"
    rf"|\b(?:a|one)\s+year\s+(?:later|on)\b|\btwelve\s+months\s+(?:later|on)\b"
    rf"|\b(?:in|by)\s+the\s+(?:following|next)\s+year\b|\bthe\s+year\s+after\b",
    re.I,
)
_QUOTED = re.compile(r"(?:\b(?:in|by|at|on|from|under)\s+)?['‘\"“](?P<title>[^'’\"”]{6,})['’\"”]")

# the domain's vocabulary of states, as classes of the canonical statuses
_NOT_STARTED = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:been\s+|even\s+)?(?:started|begun|commenced)\b"
    r"|\byet\s+to\s+(?:start|begin|be\s+started|be\s+begun)\b|\buntouched\b",
    re.I,
)
_PARTIAL = re.compile(
    r"\b(?:partly|partially|part|half)[\s-]+(?:implemented|complete[d]?|done|met|delivered|"
    r"achieved|addressed)\b",
    re.I,
)
_DONE_WORDS = (
    r"complete[d]?|done|closed|finished|implemented|delivered|resolved|signed\s+off|achieved|"
    r"met|cleared|discharged"
)
_OPEN = re.compile(
    rf"\b(?:open|outstanding|unresolved|incomplete|unfinished|uncompleted|pending|live)\b"
    rf"|\b(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?(?:{_DONE_WORDS})\b",
    re.I,
)
_ONGOING = re.compile(
    r"\b(?:in\s+progress|under\s*way|ongoing|on[\s-]+going|on\s+track|being\s+worked\s+on)\b",
    re.I,
)
_PROGRESSED = re.compile(
    r"\b(?:progressed|moved\s+(?:on|forward)|advanced|improved|made\s+(?:some\s+|any\s+)?"
    r"progress|got\s+(?:going|started|under\s*way)|been\s+started|started)\b",
    re.I,
)
_DONE = re.compile(rf"\b(?:fully\s+|reported\s+)?(?:{_DONE_WORDS})\b", re.I)
# the rows listed again in the later paper, or not: 'carried into', 'reappear in', 'still
# listed'; 'no longer appear', 'dropped from', 'does not mention'
_LISTED = (
    r"(?:appear\w*|listed|included|reported|tracked|mentioned|there|feature\w*|shown|recorded)"
)
_ABSENT = re.compile(
    rf"\bno\s+longer\s+(?:be\s+)?{_LISTED}"
    r"|\b(?:dropped|removed|omitted|left\s+out|missing|absent|disappear\w*|fell\s+away)\b"
    r"|\bnot\s+(?:been\s+)?(?:carried|brought|rolled)\s+(?:forward|over|across|in)?"
    r"|\b(?:does|do|did|is|are|was|were)\s*(?:n['’]t|\s+not)\s+(?:(?:be|been|get|got)\s+)?"
    r"(?:mention|include|list|carry|carried|report|track|cover|hold|repeat|appear|feature|"
    r"mentioned|included|listed|repeated|reported|tracked|covered|held)\w*"
    r"|\b(?:not|never)\s+(?:mention|include|list|repeat|report|track|cover|carr[yi])\w*"
    # 'were not in the 2023 plan' (not 'in progress', 'on track'); rows a paper adds
    r"|\b(?:were|was|is|are)\s*(?:n['’]t|\s+not)\s+(?:(?:already|also|yet|even)\s+)?(?:in|on)\b"
    r"(?!\s+(?:progress|track|hand|time|schedule|target|course)\b)"
    r"|\b(?:new|added|introduced|first\s+raised|raised\s+for\s+the\s+first\s+time)\b"
    r"(?!\s+(?:deadlines?|dates?|targets?|due|owners?|leads?|timescales?|status|ratings?)\b)",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:carried|brought|rolled|moved)\s+(?:forward\s+|over\s+|across\s+)?(?:in)?to\b"
    r"|\b(?:carried|brought|rolled)\s+(?:forward|over|across)\b"
    rf"|\bre-?(?:appear|emerge|surface)\w*|\b{_LISTED}\s+again\b"
    rf"|\b(?:still|also)\s+(?:be\s+|being\s+)?{_LISTED}"
    r"|\bmade\s+it\s+(?:in)?to\b|\bsurviv\w+\s+(?:in)?to\b|\brepeated\b"
    r"|\bc[oa]me?s?\s+up\s+again\b"
    # 'were already in the 2023 tracker' (not 'already in progress')
    r"|\b(?:were|was|is|are)\s+(?:already|also|still|previously|originally)\s+(?:in|on)\b"
    r"(?!\s+(?:progress|track|hand|time|schedule|target|course)\b)",
    re.I,
)
# state words a paper may also write as its label, read as their class ('still open' of a
# paper writing 'Open' and 'Overdue' asks for both)
_CLASS_WORDS = frozenset(
    "open closed done complete completed implemented finished outstanding delivered".split()
)
_OPEN_CLASS = ("partial", "ongoing", "not_started")
# how far a canonical status is along the road to done ('progressed': further on)
_RANK = {"not_started": 0, "unknown": 0, "ongoing": 1, "partial": 2, "complete": 3}
# a list or a count of rows is asked
_ASKS_ROWS = re.compile(
    r"(?:^|[:;,—–]\s*)\s*(?:(?:of|among)\s+(?:the|those)\b[^?]*?,\s*)?(?:which|what|list|name|show|give|"
    r"how\s+many|identify|find)\b",
    re.I,
)


class _Paper(Protocol):
    id: str
    title: str
    year: int | None
    date: str | None
    organisation: str | None


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    rank: float  # a year, or -1 / 9999 for the body's earlier / later paper
    document: str | None = None


def _when(paper: _Paper) -> str:
    return paper.date or (f"{paper.year}-06-30" if paper.year else "")


def _places(question: str, papers: Sequence[_Paper]) -> list[_Place]:
    found: list[_Place] = []
    for match in _QUOTED.finditer(question):
        title = match.group("title").strip().lower()
        docs = [p for p in papers if title in p.title.lower() or p.title.lower() in title]
        if len(docs) == 1:
            when = _when(docs[0])
            rank = float(when[:4]) + int(when[5:7] or 6) / 100 if when else 0.0
            found.append(_Place(match.start(), match.end(), rank, docs[0].id))
    taken = [(p.start, p.end) for p in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _BY_YEAR.finditer(question):
        if free(match.start(), match.end()):
            year = match.group("year") or match.group("year2")
            found.append(_Place(match.start(), match.end(), float(year)))
            taken.append((match.start(), match.end()))
    for pattern, rank in ((_BY_ORDER_EARLY, -1.0), (_BY_ORDER_LATE, 9999.0)):
        for match in pattern.finditer(question):
            if free(match.start(), match.end()):
                found.append(_Place(match.start(), match.end(), rank))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def _label(segment: str, held: set[str]) -> str | None:
    """The longest label of ``held`` the segment says, unless it is a bare state word."""
    best: str | None = None
    for label in held:
        words = label.strip().lower()
        if len(words) < 3 or words in _CLASS_WORDS:
            continue
        if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", segment.lower()) and (
            best is None or len(words) > len(best)
        ):
            best = label.strip()
    return best


def read_state(segment: str, held: set[str]) -> StateSpec | None:
    """The state a stretch of the question says, against the labels its paper holds."""
    found = _state_at(segment, held)
    return found[0] if found else None


def _state_at(segment: str, held: set[str]) -> tuple[StateSpec, int] | None:
    """:func:`read_state`, with where in the segment its words end."""
    label = _label(segment, held)
    if label is not None:
        said = re.search(rf"(?<!\w){re.escape(label.lower())}(?!\w)", segment.lower())
        return StateSpec(labels=[label], said=label), said.end() if said else len(segment)
    for pattern, statuses in (
        (_NOT_STARTED, ["not_started"]),
        (_PARTIAL, ["partial"]),
        (_OPEN, list(_OPEN_CLASS)),
        (_ONGOING, ["ongoing", "partial"]),
    ):
        found = pattern.search(segment)
        if found:
            return StateSpec(statuses=statuses, said=found.group(0).strip()), found.end()
    found = _PROGRESSED.search(segment)
    if found:
        return StateSpec(progressed=True, said=found.group(0).strip()), found.end()
    found = _DONE.search(segment)
    if found:
        return StateSpec(statuses=["complete"], said=found.group(0).strip()), found.end()
    return None


def _named_body(
    question: str, groups: list[list[_Paper]], papers: Sequence[_Paper]
) -> list[_Paper] | None:
    """Of several bodies, the one whose name and titles share most words with the question,
    a word weighed by how few papers' names and titles hold it ('report' names none)."""

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]{4,}", text.lower()))

    held = [words(f"{p.organisation} {p.title}") for p in papers]
    asked = words(question)
    scores = []
    for group in groups:
        shared = asked & words(" ".join(f"{p.organisation} {p.title}" for p in group))
        scores.append(sum(1 / sum(w in h for h in held) for w in shared))
    best = max(scores, default=0.0)
    chosen = [g for g, s in zip(groups, scores, strict=True) if s == best]
    return chosen[0] if best and len(chosen) == 1 else None


def _pair(
    places: list[_Place], papers: Sequence[_Paper], scope: Sequence[str], question: str
) -> tuple[_Paper, _Paper] | None:
    """The body's earlier and later paper the two places name."""
    early, late = sorted(places[:2], key=lambda p: p.rank)
    by_id = {p.id: p for p in papers}
    bodies: dict[str, list[_Paper]] = {}
    for paper in papers:
        if paper.organisation and _when(paper):
            bodies.setdefault(paper.organisation.strip().lower(), []).append(paper)
    named = {p.document for p in places if p.document}
    wanted = set(scope) | named
    candidates = []
    for group in bodies.values():
        if len(group) < 2:
            continue
        ids = {p.id for p in group}
        if wanted and not wanted & ids:
            continue
        candidates.append(sorted(group, key=_when))
    chosen = candidates[0] if len(candidates) == 1 else _named_body(question, candidates, papers)
    if chosen is None:
        return None
    group = chosen

    def pick(place: _Place, default: int) -> _Paper | None:
        if place.document:
            return by_id.get(place.document)
        if 1000 < place.rank < 3000:
            year = int(place.rank)
            fits = [p for p in group if p.year == year or str(year) in p.title]
            if not fits:
                fits = [p for p in group if p.year is not None and p.year <= year]
                return fits[-1] if fits else None
            return fits[0] if len(fits) == 1 or default == 0 else fits[-1]
        return group[default]

    first, second = pick(early, 0), pick(late, -1)
    if first is None:
        return None
    if second is None or _when(second) <= _when(first):  # 'by the 2024/25 report' of a
        # paper dated 2025 after one dated 2024 and titled 2023/24: the paper after the first
        after = [p for p in group if _when(p) > _when(first)]
        second = after[0] if after else None
    return (first, second) if second is not None else None


def paired_states(
    question: str,
    papers: Sequence[_Paper],
    held: Mapping[str, set[str]],
    scope: Sequence[str] = (),
) -> PairedStates | None:
    """The two states the question places at a body's earlier and later paper, or None."""
    if not _ASKS_ROWS.search(question):
        return None
    places = _places(question, papers)
    if len(places) < 2 or len({p.rank for p in places[:2]}) < 2:
        return None
    pair = _pair(places, papers, scope, question)
    if pair is None:
        return None
    first, second = places[0], places[1]
    early_first = first.rank < second.rank
    head = question[: first.start]
    middle = question[first.end : second.start]
    tail = question[second.end :]
    earlier, later = pair
    held_first = held.get((earlier if early_first else later).id, set())
    held_second = held.get((later if early_first else earlier).id, set())
    listed = _listed(question)
    if listed is not None:  # the rows of the paper named first, listed in the other or not
        said = question[listed[1] : listed[2]]
        subject = earlier if early_first else later
        if not listed[0]:  # the rows a paper adds are the later's, those dropped the earlier's
            whose = _absent_subject(said, listed[2], (first, second), early_first)
            subject = {"earlier": earlier, "later": later}.get(whose or "", subject)
        # the state asked of those rows, wherever it stands outside the papers' places
        rest = f"{head} {middle} {tail}".replace(said, " ")
        state = read_state(rest, held.get(subject.id, set()))
        return PairedStates(
            earlier=earlier.id,
            later=later.id,
            before=state or StateSpec(),
            after=StateSpec(held=listed[0], said=said.strip()),
            subject="earlier" if subject is earlier else "later",
        )
    state_first = read_state(head, held_first)
    if state_first is None and (first_said := _state_at(middle, held_first)):
        # 'the 2023 ones marked Overdue were Done in the next report': each state after its
        # paper's place
        state_first, middle = first_said[0], middle[first_said[1] :]
    state_second = read_state(middle, held_second) or read_state(tail, held_second)
    if state_first is None or state_second is None:
        return None
    before, after = (state_first, state_second) if early_first else (state_second, state_first)
    if before.progressed:
        return None  # 'progressed' is said of the later state, against the earlier one
    return PairedStates(earlier=earlier.id, later=later.id, before=before, after=after)


_ADDED = re.compile(r"(?:new|added|introduced|first\s+raised|raised\s+for)\b", re.I)
_DROPPED = re.compile(
    r"(?:no\s+longer|dropped|removed|omitted|left\s+out|disappear|fell\s+away|not\s+(?:been\s+)?"
    r"(?:carried|brought|rolled))",
    re.I,
)


def _absent_subject(
    said: str, end: int, places: tuple[_Place, _Place], early_first: bool
) -> str | None:
    """Whose rows a phrase of absence asks for, by what it says rather than by which paper
    comes first: rows added ('new', 'added') are the later paper's, rows dropped ('no longer
    listed', 'removed') the earlier's; rows 'not in' or 'missing from' a paper named right
    after the phrase are the other paper's. None when the phrase says none of these."""
    if _ADDED.match(said):
        return "later"
    if _DROPPED.match(said):
        return "earlier"
    for index, place in enumerate(places):
        if 0 <= place.start - end <= 20:  # 'not in the 2023 plan': the other paper's rows
            other_is_first = index == 1
            return "earlier" if other_is_first == early_first else "later"
    return None


# a listing denied: 'rather than being carried over', 'instead of brought forward'
_DENIED = re.compile(
    r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|and\s+not|but\s+not|not)\s+"
    r"(?:(?:being|been|having\s+been|be|just|simply|merely)\s+)*$",
    re.I,
)


def _listed(question: str) -> tuple[bool, int, int] | None:
    """Whether the question asks for rows listed again (True) or not (False), and where."""
    for pattern, held in ((_ABSENT, False), (_PRESENT, True)):
        found = pattern.search(question)
        if found:
            denied = held and _DENIED.search(question[: found.start()])
            return (not denied if held else held), found.start(), found.end()
    return None


def matches(spec: StateSpec, status: str, written: str, before: str | None = None) -> bool:
    """Whether a row's canonical ``status`` and ``written`` label are in the state; for
    'progressed', further along than ``before`` (the row's status in the earlier paper)."""
    if spec.labels:
        return written.strip().lower() in {label.lower() for label in spec.labels}
    if spec.progressed:
        return before is not None and _RANK.get(status, 0) > _RANK.get(before, 0)
    return status in spec.statuses
