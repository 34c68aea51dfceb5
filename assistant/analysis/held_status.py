"""Status values as the register holds them, named in a question ('rated red', 'marked Open',
'still amber', 'partly met').

Bodies write their own status words (RAG colours, 'Open', 'Not met', 'Behind schedule'); a
question that repeats one asks for the rows carrying it, which the five normalised statuses
cannot tell apart ('Red' and 'Not started' are both not started; 'Open' and 'Overdue' both
ongoing). The words are linked to the values the papers in scope hold, stem by stem, longest
first; a negated value ('not implemented' where only 'Implemented' is held) is left to the
normalised reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from assistant.analysis.model import Intent
from assistant.analysis.patterns import SLIPPED, STATUS_WORDS
from assistant.analysis.rows_asked import LABELLED
from assistant.analysis.status_kind import SET_ASIDE
from assistant.analysis.value_asks import what_in_state
from assistant.text import degree_root, status_as_written, stem, value_key
from ingest.model import ActionRecord
from ingest.status import stated_status

_OVERDUE = re.compile(r"\boverdue\b", re.I)
# a point in time the state is asked at: 'at the meeting (of …)', 'as at 31 March 2024'
_AT_A_DATE = re.compile(
    r"\b(?:at|as\s+at|as\s+of|on|by)\s+(?:the\s+(?:meeting|date)\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|(?:19|20)\d\d\b)",
)
# answer particles and placeholders a status cell may hold, which a question uses as words
_NO_NAME = frozenset({"yes", "no", "y", "n", "tbc", "tba", "na", "n/a", "none", "other"})
_NEGATION = frozenset({"not", "no", "never", "nor", "yet", "n't"})
_MAX_WORDS = 4
# the colours of a RAG scale (a general vocabulary of the domain)
RAG_COLOURS = frozenset("red amber green blue grey black white yellow orange purple".split())
# adverbs of degree: 'partly met' is not 'Met'
_DEGREE = frozenset(
    "partly partially largely mostly substantially significantly moderately half".split()
)
_PROSE = ""  # held among a paper's values when some status of it is prose
# the stems of the adverbs and adjectives of degree, compared by their root ('partly',
# 'partially', 'partial': 'part')
_DEGREE_STEMS = frozenset(
    {stem(w) for w in _DEGREE} | {stem(w.removesuffix("ly")) for w in _DEGREE}
)


def _graded(stemmed: str) -> str:
    """A stem compared with a held value's: a degree word's by its root, any other as it is."""
    return degree_root(stemmed) if stemmed in _DEGREE_STEMS else stemmed


@dataclass(frozen=True)
class HeldStatus:
    values: list[str]  # the values as held ('Red', 'Not met')
    texts: list[str]  # the question's words that named them
    starts: list[int]  # where each starts in the question

    def over(
        self, degree: str | None, slipped: bool
    ) -> tuple[list[str], list[str], str | None, bool]:
        """The filters once these values are read: the values, no normalised status, the
        degree read unless it was read from these same words ('partly' of 'Partly met'), and
        no derived slippage where the values are the papers' own ('Slipped')."""
        same = bool(degree) and any(str(degree).split()[0] in t.lower() for t in self.texts)
        # the slip word is itself one of the values read ('slipped or not yet due' of a paper
        # holding 'Slipped'): no derived slippage beside them
        named_slip = any(SLIPPED.search(t) for t in self.texts)
        return self.values, [], None if same else degree, slipped and not named_slip


def status_values(records: list[ActionRecord]) -> dict[str, set[str]]:
    """Document id -> the short status values its rows hold, as written (and _PROSE when some
    row's status is a sentence rather than a label)."""
    held: dict[str, set[str]] = {}
    for record in records:
        value = status_as_written(record)
        words = re.findall(r"[A-Za-z]+", value)
        if (
            words
            and len(words) <= _MAX_WORDS
            and len(value) <= 40
            and value.lower() not in _NO_NAME
            and not re.search(r"\d", value)
        ):
            held.setdefault(record.document.id, set()).add(value)
        elif value:  # a status written as prose: the paper's statuses are no set of labels
            held.setdefault(record.document.id, set()).add(_PROSE)
    return held


def held_left(named: list[str], held: dict[str, set[str]], documents: list[str]) -> list[str]:
    """The values the papers in scope hold besides ``named`` ('excluding those marked Red':
    the rows carrying any other value); [] (no filter by value) where some paper writes its
    statuses as prose, which no value names."""
    scope = {v for d in documents or list(held) for v in held.get(d, ())}
    if _PROSE in scope:
        return []
    return sorted(scope - set(named))


def names_status(text: str, statuses: list[str]) -> bool:
    """Whether ``text`` is the name of the one normalised status in ``statuses`` ('ongoing',
    'not started'), rather than a house word a general reading covers broadly ('open')."""
    return len(statuses) == 1 and value_key(text) == value_key(statuses[0].replace("_", " "))


def _families(
    held: dict[str, set[str]], documents: tuple[str, ...]
) -> dict[tuple[str, ...], list[str]]:
    """Held values by their stems, over ``documents`` (else every paper); kept for the last
    register's values, which every question reads and only a new index changes."""
    last = _LAST_FAMILIES[0] if _LAST_FAMILIES else None
    if last is not None and last[0] is held and last[1] == documents:
        return last[2]
    families: dict[tuple[str, ...], list[str]] = {}
    for doc in documents or list(held):
        for value in held.get(doc, ()):
            key = value_key(value)
            if key and value not in families.setdefault(key, []):
                families[key].append(value)
    _LAST_FAMILIES[:] = [(held, documents, families)]
    return families


_LAST_FAMILIES: list[tuple[object, tuple[str, ...], dict[tuple[str, ...], list[str]]]] = []


# what a RAG colour means, said in words: 'off track' is the red of a paper rating its rows by
# colour (a paper of no colours, or one writing its own 'Off track', reads the words as written)
_COLOUR_MEANT = (
    (re.compile(r"\b(?:off[- ](?:track|target)|not\s+on\s+(?:track|target))\b", re.I), "red"),
)


def colour_meant(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> HeldStatus | None:
    """The colour values a question names by their meaning ('off track': 'Red'), when every
    paper in scope rates its rows by that colour."""
    scope = documents or list(held)
    if not scope:
        return None
    for pattern, colour in _COLOUR_MEANT:
        found = pattern.search(question)
        if found is None:
            continue
        values = {d: [v for v in held.get(d, ()) if value_key(v) == (colour,)] for d in scope}
        if all(values.values()):
            named = sorted({v for vs in values.values() for v in vs})
            return HeldStatus(named, [found.group(0)], [found.start()])
    return None


def held_status_named(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> HeldStatus | None:
    """The held status values (of ``documents``, else of every paper) the question names."""
    colour = colour_meant(question, held, documents)
    if colour is not None:  # 'off track': read as the colour, its words no value of their own
        span = colour.texts[0]
        question = question.replace(span, " " * len(span), 1)
        rest = held_status_named(question, held, documents)
        if rest is None:
            return colour
        both = colour.values + [v for v in rest.values if v not in colour.values]
        return HeldStatus(both, colour.texts + rest.texts, colour.starts + rest.starts)
    families = _families(held, tuple(documents))
    tokens = [
        (m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z']+", question)
    ]
    stems_ = [_graded(stem(t)) for t, _, _ in tokens]
    used = [False] * len(tokens)
    values: list[str] = []
    texts: list[str] = []
    starts: list[int] = []
    for written in sorted(families, key=len, reverse=True):
        key = tuple(_graded(k) for k in written)  # 'partly complete' names 'Partially complete'
        size = len(key)
        for start in range(len(tokens)):
            denied = _denied(tokens, stems_, start, key)
            if denied and not any(used[start:denied]):  # "haven't been started": 'Not started'
                for i in range(start, denied):
                    used[i] = True
                values += [v for v in families[written] if v not in values]
                texts.append(question[tokens[start][1] : tokens[denied - 1][2]])
                starts.append(tokens[start][1])
                break
            if start + size > len(tokens):
                continue
            window = stems_[start : start + size]  # in either order: 'partially met' names
            if sorted(window) != sorted(key) or any(used[start : start + size]):  # 'Met: partially'
                continue
            if tuple(window) != key and _NEGATION & set(key) and window[0] != key[0]:
                continue  # 'implemented (not partially)' is no 'Not implemented'
            before = tokens[start - 1][0] if start else ""
            if (
                key[0] not in _NEGATION
                and (before in _NEGATION or before.endswith("n't"))
                and not set(key) <= RAG_COLOURS
                and not any(SLIPPED.fullmatch(v) for v in families[written])
            ):
                continue  # 'not implemented' where only 'Implemented' is held ('not red' and
                # 'not behind schedule' have no general reading: the value, denied, which the
                # filters read as set aside)
            if before in _DEGREE and stem(before) not in key:
                continue  # 'partly met' where only 'Met' is held: a degree, read as one
            after = tokens[start + size][0] if start + size < len(tokens) else ""
            if after in _DATE_NOUNS:
                continue  # 'completion date', 'implementation target': a column, no state
            for i in range(start, start + size):
                used[i] = True
            values += [v for v in families[written] if v not in values]
            texts.append(question[tokens[start][1] : tokens[start + size - 1][2]])
            starts.append(tokens[start][1])
            break
    return HeldStatus(values, texts, starts) if values else None


# nouns of a date a state word may modify ('completion date', 'closure deadline'): the words
# then name the due column, not rows in that state
_DATE_NOUNS = frozenset("date dates deadline deadlines target targets timescale timescales".split())

# words that may stand between a negation and the state it denies ("hasn't yet been started")
_BETWEEN = frozenset("been be being yet even got actually so far".split())


def _denied(
    tokens: list[tuple[str, int, int]], stems_: list[str], start: int, key: tuple[str, ...]
) -> int:
    """Where a held 'Not <state>' value ends when the question denies the state in its own
    words ("haven't been started", 'has not yet started', 'never started'); 0 if it does not."""
    word = tokens[start][0]
    if key[0] not in ("not", "never") or not (word in _NEGATION or word.endswith("n't")):
        return 0
    rest = key[1:]
    at = start + 1
    while at < len(tokens) and tokens[at][0] in _BETWEEN and stems_[at] not in rest:
        if at - start > 3:
            break
        at += 1
    if (at == start + 1 and word == key[0]) or sorted(stems_[at : at + len(rest)]) != sorted(rest):
        return 0  # 'not started' itself is read as written; "aren't due yet": 'Not yet due'
    return at + len(rest)


class _Read(Protocol):
    slipped: bool
    due_says: str | None
    statuses: list[str]


def held_status_read(
    question: str, intent: Intent, held: dict[str, set[str]], documents: list[str], read: _Read
) -> HeldStatus | None:
    """The held values a list or count names, where they decide the rows: no general status
    word reads those words, or (a paper named) one reads them as an open state ('open' as not
    complete). 'Complete' across papers or as the closing state, slippage ('overdue') and the
    due column's words ('dated as ongoing') keep their own readings. A lookup whose 'what' is
    the subject of the value ('what is overdue on the log?') asks for the rows as a list does."""
    if read.due_says:
        return None
    if intent in ("list", "count"):
        return _held_of_rows(question, held, documents, read)
    found = _held_of_rows(question, held, documents, read) if intent == "lookup" else None
    words = {w.lower() for t in found.texts for w in t.split()} if found else set()
    return found if found and what_in_state(question, words) else None


def _held_of_rows(
    question: str, held: dict[str, set[str]], documents: list[str], read: _Read
) -> HeldStatus | None:
    if read.slipped:
        return _slip_stated(question, held, documents)
    if read.statuses == ["complete"] and (done := _done_not_set_aside(question, held, documents)):
        return done
    found = held_status_named(question, held, documents)
    if found is None:
        return None
    generic = [v for p, v in STATUS_WORDS if any(p.search(t) for t in found.texts)]
    labels_only = not any(_PROSE in held.get(d, ()) for d in documents or held)
    if labels_only and _asked_as_label(question, found):
        return found  # 'marked Complete', 'rated red': the value as the column holds it
    if documents and _denies_done(found, generic):
        return found  # 'not implemented' where the paper holds 'Not implemented' itself
    if generic and _STILL.search(question[: found.starts[0]]) and any(len(v) > 1 for v in generic):
        return None  # 'still open': the state that persists, not the word a column writes
    # ('still in progress' of a paper holding 'In progress': one stage, the value as written)
    if generic and not (documents and all(v != ["complete"] for v in generic)):
        return None
    if any(names_status(t, v) for t in found.texts for v in generic):
        return None  # 'ongoing' is the normalised status itself, which progress notes also give
    return found


def _asked_as_label(question: str, found: HeldStatus) -> bool:
    """Whether the question names a value as the label a column writes ('marked Open', 'rated
    red', 'flagged as overdue')."""
    return any(LABELLED.search(question[:start]) for start in found.starts)


# an adverb of persistence right before a state: 'still open', 'yet to be done'
_STILL = re.compile(r"\b(?:still|remains?|remaining)\s+$", re.I)


def _denies_done(found: HeldStatus, generic: list[list[str]]) -> bool:
    """Whether the question denies completion in the words of a value a paper named holds
    ('not implemented' of 'Not implemented'), which the general reading widens to every
    open state ('In progress', 'Partially implemented')."""
    return ["complete"] in generic and all(
        t.split()[0].lower() in _NEGATION and value_key(t) in {value_key(v) for v in found.values}
        for t in found.texts
    )


def _slip_stated(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> HeldStatus | None:
    """'How many of X's recommendations have slipped?' of papers that each state slippage as a
    status of their own ('Slipped'): the rows they mark so, not the rule's reading (which also
    takes a row whose deadline passed before the paper's date while its status went
    unrecorded). None across every paper, or when a paper named writes no such status."""
    if not documents or any(p.search(question) for p, _ in STATUS_WORDS):
        return None  # 'overdue or only partly implemented': states the rule reads together
    found = held_status_named(question, held, documents) or _slip_in_words(
        question, held, documents
    )
    if found is None or not any(SLIPPED.search(t) for t in found.texts):
        return None  # ('slipped or not yet due': the slip one of the values joined)
    if (
        any(_OVERDUE.search(t) for t in found.texts)
        and _AT_A_DATE.search(question)
        and not _asked_as_label(question, found)
    ):
        return None  # 'which were overdue at the meeting of 9 May 2024?': the state at that
        # date, rows past their deadline and not done (the label among them)
    held_by = [d for d in documents if held.get(d, set()) & set(found.values)]
    return found if len(held_by) == len(documents) else None


def _slip_in_words(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> HeldStatus | None:
    """'Which are running behind?' of a paper holding the slip value 'Behind schedule': the
    one held value of a slip that shares a word with the question's slip words; None when the
    papers hold none or several such values."""
    said = SLIPPED.search(question)
    if said is None:
        return None
    words = {stem(w) for w in re.findall(r"[a-z]+", said.group(0).lower())}
    values = {
        v
        for d in documents
        for v in held.get(d, ())
        if SLIPPED.search(v) and words & {stem(w) for w in re.findall(r"[a-z]+", v.lower())}
    }
    if len(values) != 1:
        return None
    return HeldStatus(sorted(values), [said.group(0)], [said.start()])


# the words asking what was carried out, which a set-aside row was not ('closed' it was)
_DONE = re.compile(
    r"\b(?:implemented|completed|done|achieved|delivered|actioned|carried out|put in place)\b",
    re.I,
)


def _done_not_set_aside(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> HeldStatus | None:
    """'How many have been implemented?' of papers that close some rows without doing them
    ('Superseded', 'Withdrawn'): the values of done the papers hold, less those. None when no
    paper in scope sets a row aside, or one writes its statuses as prose or colours."""
    asked = _DONE.search(question)
    scope = documents or list(held)
    values = {v for d in scope for v in held.get(d, ())}
    if asked is None or _PROSE in values or not any(SET_ASIDE.search(v) for v in values):
        return None
    if any(stated_status(v) is None and not SET_ASIDE.search(v) for v in values):
        return None  # a colour or a house word: which of its rows were done is the key's
    done = sorted(v for v in values if stated_status(v) == "complete" and not SET_ASIDE.search(v))
    return HeldStatus(done, [asked.group(0)], [asked.start()]) if done else None
