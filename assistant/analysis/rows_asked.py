"""Questions that ask for rows without 'which': 'does X have any action not yet started?',
'what is marked Open in the log?'. Whether any rows carry a value is answered by listing them."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from assistant.analysis.nouns import AUXILIARIES, NOUN_PHRASE_END, which_noun
from assistant.analysis.patterns import PRIORITY, SLIPPED, STATUS_WORDS
from assistant.text import value_key

# a verb of labelling before a value: the words of the register's column, as written
LABELLED = re.compile(
    r"\b(?:marked|rated|shown|recorded|listed|flagged|given|labell?ed|classed|graded|"
    r"categori[sz]ed|status(?:\s+(?:is|of))?)(?:\s+as)?\s*[:'\"‘“]?\s*$",
    re.I,
)
_WHAT_LABELLED = re.compile(
    r"^\W*what(?:\s+is|\s+are|'s)\s+(?:(?:still|currently|now)\s+)?"
    r"(?:marked|rated|shown|recorded|listed|flagged|labell?ed|classed|graded)\b",
    re.I,
)

# 'what's on the tracker under X?', 'what is in the plan under the heading Y': the rows a part
# of a paper holds
_WHAT_UNDER = re.compile(
    r"^\W*what(?:['’]s|\s+is|\s+are)\s+(?:(?:listed|recorded|shown|included)\s+)?(?:on|in)\b"
    r"[^?,;]*?\bunder\s+(?!(?:way|review|consideration|discussion)\b)",
    re.I,
)


def asks_rows(
    question: str,
    nouns: set[str] | frozenset[str] = frozenset(),
    held: Collection[str] = (),
) -> bool:
    """'Which X actions …' (:func:`which_noun`), 'any' before a record noun ('any action not
    yet started', 'any recommendation with no named owner'), 'what is marked …' or 'what is on
    the log under …'; or a bare noun phrase of rows in a state, a relative clause's or
    directly after ('X: objectives that are blue?', 'the X recs still in progress'). ``held``
    are the status values the papers hold, as written ('Blue', 'Behind schedule'): a state as
    the register writes it, whatever it calls its rows."""
    if (
        which_noun(question, nouns)
        or _WHAT_LABELLED.search(question)
        or _WHAT_UNDER.search(question)
    ):
        return True
    if any(_in_a_state(question[m.end() :]) for m in _ANYTHING.finditer(question)):
        return True  # 'anything that's overdue or partly done?': the rows in that state
    for found in _NOUNS_IN_A_STATE.finditer(question):  # 'X: actions that are still open?'
        state = question[found.end() :]
        if _in_a_state(state) and which_noun(f"which {found['np']}", nouns):
            return True
        if _held_state(state, held) and _plain_noun_phrase(found["np"]):
            return True  # 'objectives that are blue': the rows by the paper's own state
    for found in _WHICH_ARE.finditer(question):  # 'which X projects are behind schedule?'
        if _held_state(question[found.end() :], held) and _plain_noun_phrase(found["np"]):
            return True  # a value the papers hold as written: their rows, whatever the noun
    for phrase, state in _nouns_then_state(question):  # 'the X recs still in progress'
        if not _plain_noun_phrase(phrase):
            continue
        if _in_a_state(state) and which_noun(f"which {phrase}", nouns):
            return True
        if _held_state(state, held):
            return True
    return any(which_noun(f"which {question[m.end() :]}", nouns) for m in _ANY.finditer(question))


# 'anything / everything (that is / which are / still)' before a state the rows are in
_ANYTHING = re.compile(
    r"\b(?:anything|everything|whatever)(?:\s+(?:(?:that|which)(?:['’]s|\s+(?:is|are|was|were|"
    r"has|have))?|is|was))?(?:\s+(?:still|now|currently|already|been))*\s+",
    re.I,
)


def _in_a_state(text: str) -> bool:
    """Whether ``text`` opens with a state the register records ('overdue', 'partly done')."""
    words = text.split()
    if PRIORITY.match(" ".join(words[:4])):
        return True  # 'that are high priority': the rows of that rating
    heads = [" ".join(words[:3])]
    while words and words[0].lower() in _DENIED_BEFORE:  # 'not yet implemented': denied
        words = words[1:]
        heads.append(" ".join(words[:3]))
    if len(heads) > 1 and any(_DONE_WORD.match(h) for h in heads[1:]):
        return True  # 'not yet done': denied, the state every open row is in
    return any(p.match(h) for h in heads for p, _ in STATUS_WORDS) or bool(SLIPPED.match(heads[0]))


_DONE_WORD = re.compile(r"done\b", re.I)


# the words that deny or defer a state before it ('not yet implemented', 'yet to be done')
_DENIED_BEFORE = frozenset("not never yet to be been".split())


def _held_state(text: str, held: Collection[str]) -> bool:
    """Whether ``text`` opens with a status value the papers hold, as written ('blue',
    'behind schedule'), stem by stem."""
    opening = value_key(" ".join(re.findall(r"[a-z]+", text.lower())[:_MAX_VALUE_WORDS]))
    return any((key := value_key(value)) and opening[: len(key)] == key for value in held)


_MAX_VALUE_WORDS = 4


def _plain_noun_phrase(words: str) -> bool:
    """Whether ``words`` are a noun phrase alone: no verb or preposition among them ('does the
    plan address actions' is a clause)."""
    return not any(
        NOUN_PHRASE_END.match(w) or w in AUXILIARIES or w in _ASKING
        for w in re.findall(r"[a-z']+", words.lower())
    )


_ASKING = frozenset("what which who whom whose when where why how".split())

_ANY = re.compile(r"\bany\b", re.I)
# a bare noun phrase opening the question or its clause, then a relative clause of state:
# 'Heronsgate: recommendations that are neither done nor open?', 'the items which are late',
# or as the object of a request to be shown them ('tell me the X actions that are late')
# 'which <noun phrase> are (still) (marked)' before a state: the rows in it, by any noun
_WHICH_ARE = re.compile(
    r"\bwhich\s+(?P<np>(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+s)\s+(?:are|were|is|was)"
    r"(?:\s+(?:still|now|currently|already))*"
    r"(?:\s+(?:marked|rated|flagged|shown|graded|listed|recorded)(?:\s+as)?)?\s+",
    re.I,
)
_NOUNS_IN_A_STATE = re.compile(
    r"(?:^\W*|[:;–—]\s*|\s-\s+)(?:(?:tell|show|list|give|name|find)\s+(?:(?:me|us)\s+)?)?"
    r"(?:(?:the|all|any)\s+)?(?P<np>(?:[\w'’&-]+\s+){0,3}?[\w'’&-]+s)"
    r"\s+(?:that|which)(?:['’]re|\s+(?:are|were|have|has|had))"
    r"(?:\s+(?:been|still|now|currently|either|neither))*\s+",
    re.I,
)
# where a bare noun phrase may open: the question's start, after a colon or dash, or after an
# imperative of showing ('show the X recs still open')
_PHRASE_OPENING = re.compile(
    r"(?:^\W*|[:;–—]\s*|\s-\s+)(?:(?:show|list|give)(?:\s+(?:me|us))?\s+)?"
    r"(?:(?:the|all|any|all\s+the)\s+)?",
    re.I,
)
_PERSISTING = frozenset("still now currently already".split())
_MAX_PHRASE = 5


def _nouns_then_state(question: str) -> Iterator[tuple[str, str]]:
    """Each plural noun phrase opening the question or a clause, with the text after it (past
    'still' and the like): 'The X recs still in progress' -> ('X recs', 'in progress')."""
    for opening in _PHRASE_OPENING.finditer(question):
        words = list(re.finditer(r"[\w'’&-]+", question[opening.end() :]))
        for size in range(1, min(_MAX_PHRASE, len(words)) + 1):
            head = words[size - 1].group(0)
            if not head.lower().endswith("s") or head.lower().endswith(("'s", "’s")):
                continue
            rest = words[size:]
            while rest and rest[0].group(0).lower() in _PERSISTING:
                rest = rest[1:]
            if not rest:
                break
            phrase = " ".join(w.group(0) for w in words[:size])
            yield phrase, question[opening.end() + rest[0].start() :]
