"""A short follow-up that changes one slot of the last question ('and the low ones?', 'what
about the Finance Director?', 'and which are still open?'): the last question, with the words
that set that slot replaced by the follow-up's, instead of the follow-up pasted after it.

The slot is found by reading, not by a list of values: the follow-up's words are put in place
of each short span of the last question in turn, and the first question that reads with one
of the last question's filters (rating, state, owner, paper, section, category) changed
to another value, and nothing else lost or added, is the one asked. A follow-up whose words
fit no span that way (a new subject, a pick, a pronoun) is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.followup_forms import ORDINAL, OTHER, PRONOUN_ONLY, refs_in
from assistant.quantified_rows import quantifies
from ingest.errors import GovragError

Analyse = Callable[[str], QueryAnalysis]

MAX_FRAGMENT_WORDS = 6  # a follow-up changing one slot names one value
MAX_SPAN_WORDS = 4  # the words of the last question that set one slot
# the filters a follow-up may change; terms are the subject, not a slot
SLOTS = ("priority", "statuses", "owner", "documents", "section", "category")

# 'and the low ones?', 'what about priority 3?', 'same for the Important ones please',
# 'and which are still ongoing?', 'how about those not started?'
_ELLIPSIS = re.compile(
    r"^\s*(?:(?:and|or|but|ok|okay|now|then|so)[\s,]+)*"
    r"(?:(?:what|how)\s+about|same\s+(?:question\s+|thing\s+)?for|and\s+for|"
    r"(?:and\s+)?which\s+(?:ones?\s+)?(?:are|is|were|was|have|has|had)|"
    # 'and how many only partially?', 'and how many were late?': the count, of another value
    r"and\s+how\s+many(?:\s+(?:of\s+them\s+)?(?:are|is|were|was|have|had|got))?|and)\s+"
    r"(?P<x>[^?]+?)\s*(?:,?\s*please)?\s*[?.!]*\s*$",
    re.I,
)
_EDGES = re.compile(
    r"^(?:(?:the|those|these|ones?|(?:that|which|who)(?:\s+(?:are|is|were|was|have|has))?)\s+)+|"
    r"\s+(?:ones?|items?|actions?|recommendations?|records?|rows?|too|instead|then)$",
    re.I,
)
_WORD = re.compile(r"\S+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a fragment that asks something of its own
_ASKS = re.compile(
    r"(?:who|whom|whose|when|where|why|how|what|which|is|are|was|were|has|have|had|does|do|"
    r"did|will|can|could|should|would|it|its|they|their|them|this|that)\b",
    re.I,
)
# words that set no slot alone: a span of the last question neither starts nor ends with one
_FUNCTION = frozenset(
    "a an the of in on at by for to from with and or which what who whose when how is are was "
    "were has have had does do did be been their its it they many much".split()
)


def fragment_of(question: str) -> str | None:
    """The value a short follow-up names ('low' of 'and the low ones?'); None when the
    question is not of that form, picks from a list or points back with a pronoun."""
    found = _ELLIPSIS.match(question)
    if found is None or ORDINAL.search(question) or OTHER.search(question) or refs_in(question):
        return None
    value = found.group("x").strip()
    if re.match(r"of\s", value, re.I) or quantifies(value):
        return None  # 'which of those …' narrows the list shown
    previous = None
    while previous != value:
        previous, value = value, _EDGES.sub("", value).strip()
    value = re.sub(r"['’]s$", "", value)  # "and the Finance Director's?": that owner's rows
    if PRONOUN_ONLY.search(value) or value.lower() in ("one", "ones"):
        return None  # 'and its deadline?' asks of it ('the ones that are open': a relative)
    if not value or len(value.split()) > MAX_FRAGMENT_WORDS or _ASKS.match(value):
        return None  # 'and when is it due?', 'and has it been met?': a question, not a value
    if _YEAR.search(value):
        return None  # 'and in 2024?': another year's paper (assistant.year_shift)
    return value


def _slots(analysis: QueryAnalysis) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in SLOTS:
        value = getattr(analysis, name)
        if isinstance(value, list):
            value = tuple(sorted(str(v) for v in value))
        if value:
            values[name] = value
    # a degree ('met only partially') and a value as written ('rated red') are the state too:
    # 'met completely' then 'and only partially?' changes the one slot
    state = [*analysis.statuses, *(f"said:{v}" for v in analysis.status_says)]
    if analysis.degree:
        state.append(f"degree:{analysis.degree}")
    if state:
        values["statuses"] = tuple(sorted(state))
    return values


def _spans(words: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """Character spans of 1 to MAX_SPAN_WORDS consecutive words, shortest first, that neither
    start nor end with a function word."""
    plain = [w.group().lower().strip("'?,.") in _FUNCTION for w in words]
    for size in range(1, MAX_SPAN_WORDS + 1):
        for first in range(len(words) - size + 1):
            final = first + size - 1
            if not (plain[first] or plain[final]):
                yield words[first].start(), words[final].end()


def _variants(value: str) -> list[str]:
    """The follow-up's value as written, and without a rating word it carries ('medium-rated'
    reads 'medium' in 'recommendations rated high')."""
    bare = re.sub(r"[-\s]+(?:rated|rating|priority|risk|status)$", "", value, flags=re.I)
    plain = _ADVERB.sub("", bare).strip()
    # as written first: 'still open' is not complete, where a paper's 'Open' is one value
    return list(dict.fromkeys([value, plain, bare]))


_ADVERB = re.compile(r"\b(?:still|now|currently|already|yet|so\s+far)\b\s*", re.I)


def swapped_slot(question: str, previous: Previous | None, analyse: Analyse) -> str | None:
    """The last question with the slot ``question`` changes replaced (see the module); None
    when ``question`` changes no slot of it."""
    if previous is None or not previous.standalone:
        return None
    value = fragment_of(question)
    if value is None:
        return None
    try:
        swapped = _swapped(value, previous.standalone.strip(), analyse)
        if not swapped and not _ONE_ROW.search(question):  # 'the medium one': a row, not a set
            swapped = _swapped_under_narrowing(value, previous, analyse)
    except GovragError:
        return None
    if swapped and _ASKS_ROWS.match(question) and _HOW_MANY.match(swapped):
        # 'which are still open?' after a count: the rows in the new state, not their number
        swapped = _HOW_MANY.sub("Which", swapped, count=1)
    return swapped


_ONE_ROW = re.compile(r"\bone\b(?!\s+of\b)", re.I)
# the last turn narrowed the list before it by naming its rows: 'Which of SLC-01, SLC-03 and
# SLC-09 are closed?', '… belong to the Clerk?' (the predicate follows the last name; not a
# phrase of place that scopes the names, 'in the 2024 report')
_NARROWING = re.compile(r"^\s*(?P<wh>which|how\s+many)\s+of\s+", re.I)
_PREDICATE = re.compile(
    r"^\s+(?P<pred>(?!(?:in|of|from|on|at|for|by|and|or)\b)[a-z][^?]*?)\s*[?.!]*\s*$", re.I
)


def _swapped_under_narrowing(value: str, previous: Previous, analyse: Analyse) -> str | None:
    """After 'which are high risk?' then 'which of those are closed?' (asked by naming the
    rows), 'and the medium ones?' changes the slot of the list's own question and keeps the
    narrowing: 'which … are medium risk and are closed?'. None when the last turn was no such
    narrowing or the question before it has no slot the value changes."""
    before = previous.before
    found = _NARROWING.match(previous.standalone)
    if before is None or not before.standalone or not before.names or found is None:
        return None
    at = found.end()
    for name in before.names:  # the rows of the list before, named in its order
        place = previous.standalone.find(name, at)
        if place < 0 or not re.fullmatch(
            r"[\s,]*(?:(?:and|or|&)\s+)?", previous.standalone[at:place]
        ):
            return None
        at = place + len(name)
    predicate = _PREDICATE.match(previous.standalone[at:])
    if predicate is None:
        return None
    swapped = _swapped(value, before.standalone.strip(), analyse)
    if swapped is None:
        return None
    joined = f"{swapped.rstrip(' ?.!')} and {predicate['pred']}?"
    if _HOW_MANY.match(found.group(0)) and not _HOW_MANY.match(joined):
        joined = re.sub(r"^\s*which\b", "How many", joined, count=1, flags=re.I)
    return joined


_ASKS_ROWS = re.compile(r"^\s*(?:(?:and|or|but|ok|okay|now|then|so)[\s,]+)*which\b", re.I)
_HOW_MANY = re.compile(r"^\s*how\s+many\b", re.I)


def _swapped(value: str, last: str, analyse: Analyse) -> str | None:
    before = analyse(last)
    slots, terms = _slots(before), set(before.terms)
    if not slots:
        return None
    words = list(_WORD.finditer(last.rstrip(" ?.!")))
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", value)}
    for start, end in _spans(words):
        loose: str | None = None  # read with some of the follow-up's own words as terms
        carried = _carried(slots, _slots(analyse(f"{last[:start]} {last[end:]}")))
        if carried is None:
            continue  # these words set no slot on their own
        for said in _variants(value):
            first, final = _widened(words, start, end, said)
            candidate = f"{last[:first]}{said}{last[final:]}"
            after = analyse(candidate)
            if not _replaced(slots, _slots(after), carried):
                continue
            if set(after.terms) <= terms:
                return candidate
            if loose is None and all(set(t.split()) <= own for t in set(after.terms) - terms):
                loose = candidate
        if loose is not None:
            return loose  # the words that set the slot, not a wider span read more cleanly
    return None


def _carried(before: dict[str, object], without: dict[str, object]) -> str | None:
    """The one slot that words set, read from the question without them (``without``): the
    only slot lost or changed; None when none or several are."""
    changed = [name for name in before if before[name] != without.get(name)]
    if len(changed) != 1 or set(without) - set(before):
        return None
    return changed[0]


def _widened(words: list[re.Match[str]], start: int, end: int, value: str) -> tuple[int, int]:
    """The span grown over the neighbouring words the follow-up repeats ('Head of' of 'Head
    of Engineering' when it asks 'and the head of marine operations?'), so those are not
    said twice."""
    said = {w.lower() for w in _WORD.findall(value)}
    first = next(i for i, w in enumerate(words) if w.start() == start)
    final = next(i for i, w in enumerate(words) if w.end() == end)
    while first > 0 and words[first - 1].group().lower() in said:
        first -= 1
    while final + 1 < len(words) and words[final + 1].group().lower().strip("'s") in said:
        final += 1
    return words[first].start(), words[final].end()


def _replaced(before: dict[str, object], after: dict[str, object], slot: str) -> bool:
    """Whether exactly the slots of ``before`` are set in ``after``, ``slot`` to another value
    that keeps none of the old one (a second state added is a narrowing, not this)."""
    if set(before) != set(after):
        return False
    changed = {name for name in before if before[name] != after[name]}
    if slot not in changed:
        return False
    for name in changed:
        old, new = before[name], after[name]
        if isinstance(old, tuple) and isinstance(new, tuple) and set(old) & set(new):
            return False
    return len(changed) == 1
