"""'Who leads the overdue one?', 'when is the one owned by the curator due?', 'what did the
ones about payroll say?': a row of the list the member was shown, picked inside a question by
what it is or holds rather than by its place.

The description is the words around 'one' ('the overdue one', 'the one owned by …', 'the
ones still open'); it picks the listed rows whose cells (title, action, progress, owner,
status words, priority, category) hold every content word of it. The description is read as
far as it still picks: 'the one owned by the curator due?' stops before 'due', the question's
own word. 'The one' must pick exactly one row, 'the ones' at least one and not all. The
phrase is put as the rows' names; the rest of the question is resolved by the usual rules.
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, join_names
from assistant.lacking_pick import lacking_pick
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

__all__ = [
    "BY_PLACE",
    "ELLIPTICAL",
    "MODIFIER",
    "ONE",
    "described_one",
    "described_rows",
    "describes_one",
    "holds",
    "listed",
    "longest_pick",
    "wanted",
]

_ONE = re.compile(
    r"\bthe\s+(?P<pre>(?:[A-Za-z][\w'’-]*\s+){0,3}?)(?P<head>ones?)\b(?P<post>[^?.!;:,–—]*)",
    re.I,
)
# words before 'one' that pick by place or point back: the ordinal and pick rules read them
_BY_PLACE = frozenset(
    "first second third fourth fifth last next other another same previous former latter only "
    "final earlier later remaining new old".split()
)
# words after 'one' that start a description: a preposition, a participle, a relative word
_MODIFIER = re.compile(
    r"\s+(?:about|on|for|concerning|regarding|covering|owned|led|held|run|assigned|given|"
    r"allocated|with|due|that|which|whose|still|marked|rated|flagged|listed|shown|raised|"
    r"from|under|at|by|in|"
    # a state said after the noun: 'the ones not yet due', 'the one already done'
    r"not|already|now|currently|yet|past|overdue|outstanding|open|closed|late|done|complete|"
    r"completed|finished|pending|delayed|slipped|unfinished|implemented)\b",
    re.I,
)
# words of the description that say how it describes, not what
_FRAME = frozenset(
    "one ones owned led held run assigned given allocated still marked rated flagged listed "
    "shown raised about concerning regarding covering whose which that".split()
)


# a description by who holds the row ('the one owned by …', 'the ones led by …'): read in its
# owner cell alone (an owner's words elsewhere in a row are no owner)
_BY_HOLDER = re.compile(
    r"\s+(?:owned|led|held|run|assigned|given|allocated)\s+(?:by|to)\b|\s+(?:under|with)\s+(?:the\s+)?"
    r"(?=[A-Z])",
    re.I,
)


def _cells(record: ActionRecord, holder: bool = False) -> set[str]:
    """The stems of what a row holds, as a member may describe it (its owner's alone for a
    description by the holder)."""
    if holder:
        return stems(record.owner or "")
    text = " ".join(
        v or ""
        for v in (
            record.title,
            record.finding,
            record.action,
            record.progress,
            record.owner,
            record.priority,
            record.status_text,
            record.status.replace("_", " "),
            record.category,
            record.ref,
        )
    )
    return stems(text)


def _wanted(words: str) -> set[str]:
    return {s for s in stems(words) if s not in STOPWORDS and s not in _FRAME}


def _listed(previous: Previous) -> list[tuple[ActionRecord, str]]:
    """The rows a description picks from: the last answer's list, else the list it picked
    from, else the last list shown."""
    if len(previous.records) >= 2 and not previous.quoted:
        return _named(previous.records, previous.names)
    if previous.pool_names:
        return _named(previous.pool, previous.pool_names)
    if previous.listed_names:
        return _named(previous.listed, previous.listed_names)
    return []


def _named(records: list[ActionRecord], names: list[str]) -> list[tuple[ActionRecord, str]]:
    """Each row with its name: the one the turn gave it, else (past the rows a long list
    named) its ref in its paper; a row with neither is left out."""
    pairs = list(zip(records, names, strict=False))
    for record in records[len(names) :]:
        if record.ref:
            pairs.append((record, f"{record.ref} in the {record.document.title}"))
    return pairs


def _holds(wanted: set[str], cells: set[str]) -> bool:
    """Whether a row's ``cells`` hold every wanted stem, a stem also held by a longer or
    shorter form of it ('staffing' by 'staff': the stemmer cuts the two apart)."""
    return all(
        w in cells
        or (
            len(w) >= NEAR_STEM
            and any(len(c) >= NEAR_STEM and (c.startswith(w) or w.startswith(c)) for c in cells)
        )
        for w in wanted
    )


NEAR_STEM = 4  # the shortest stem that may match a longer or shorter form of itself
MAX_BACK = 3  # earlier turns whose rows a description may still pick from


def described_one(question: str, previous: Previous | None) -> str | None:
    """``question`` with 'the <described> one(s)' put as the listed rows it describes; None
    when it has no such phrase, or the description picks no row, or (for 'the one') several.
    The rows are the last answer's (or the list it picked from); when the description picks
    none of them, those of the turns before, nearest first ('the standing orders one' two
    turns after that row was shown)."""
    turn, seen = previous, 0
    while turn is not None and seen < MAX_BACK:
        picked = _described_in(question, turn)
        if picked is not None:
            return picked
        turn, seen = turn.before, seen + 1
    return None


def describes_one(question: str) -> bool:
    """Whether ``question`` names a row by 'the <description> one(s)' ('the standing orders
    one was due …'): one-anaphora, whose noun is a row shown before, so the turn points back
    even when nothing else in it does."""
    for found in _ONE.finditer(question):
        pre = found.group("pre")
        if not pre.strip() or {w.lower() for w in pre.split()} & (_BY_PLACE | {"of"}):
            continue  # 'the backlog of unanswered ones': 'ones' is inside another noun phrase
        if re.search(r"\d", pre) or re.match(r"\s+of\b", found.group("post"), re.I):
            continue  # 'the 2024 one': a paper; 'the one of …': a partitive
        return True
    return False


def _described_in(question: str, previous: Previous) -> str | None:
    """:func:`described_one` over the rows of one turn."""
    rows = _listed(previous)
    if len(rows) < 2:
        return None
    lacking = lacking_pick(question, rows)  # 'the ones without an owner', by an empty cell
    if lacking is not None:
        start, stop, records, names = lacking
        if _ELLIPTICAL.fullmatch(question[:start] + question[stop:]):
            return join_names(records, names) + "?"  # 'and the ones with no owner?': shown
        return question[:start] + join_names(records, names) + question[stop:]
    for found in _ONE.finditer(question):
        pre = found.group("pre")
        if {w.lower() for w in pre.split()} & _BY_PLACE or re.search(r"\d", pre):
            continue  # 'the second one', 'the 2024 one': a place or a paper
        plural = found.group("head").lower() == "ones"
        post = found.group("post")
        if post and not _MODIFIER.match(post):
            post = ""
        if re.match(r"\s+without\b", post, re.I):
            continue  # a description by what a row lacks is the narrowing rules'
        picked = _longest_pick(pre, post, rows, plural)
        if picked is None:
            continue
        end, chosen = picked
        stop = found.start("post") + end
        if _ELLIPTICAL.fullmatch(question[: found.start()] + question[stop:]):
            return None  # 'and the one about X?': the last question of it, the pick rules'
        records = [r for r, _ in chosen]
        names = [n for _, n in chosen]
        return question[: found.start()] + join_names(records, names) + question[stop:]
    return None


def described_rows(phrase: str, previous: Previous | None) -> str | None:
    """The names of the listed rows that ``phrase``, a description and nothing else ('the one
    owned by the clerk'), picks; None when it picks none (or several, for 'the one')."""
    if previous is None:
        return None
    rows = _listed(previous)
    lacking = lacking_pick(phrase, rows) if len(rows) >= 2 else None
    if lacking is not None and lacking[0] == 0 and lacking[1] == len(phrase.strip()):
        return join_names(lacking[2], lacking[3])  # 'the ones with no owner'
    found = _ONE.fullmatch(phrase.strip())
    if len(rows) < 2 or found is None:
        return None
    pre, post = found.group("pre"), found.group("post")
    if {w.lower() for w in pre.split()} & _BY_PLACE or (post and not _MODIFIER.match(post)):
        return None
    picked = _longest_pick(pre, post, rows, found.group("head").lower() == "ones")
    if picked is None or picked[0] != len(post.rstrip()):
        return None  # words left over that describe no row
    return join_names([r for r, _ in picked[1]], [n for _, n in picked[1]])


# nothing asked besides the phrase: 'and the one about X?', 'what about the late one?'
_ELLIPTICAL = re.compile(
    r"\W*(?:(?:and|or|but|so|then|now|what\s+about|how\s+about|same\s+for)\b\W*)*", re.I
)


def _longest_pick(
    pre: str, post: str, rows: list[tuple[ActionRecord, str]], plural: bool
) -> tuple[int, list[tuple[ActionRecord, str]]] | None:
    """The end (in ``post``) of the longest description that picks rows as 'one' or 'ones'
    asks, with those rows; None when none does."""
    ends = [m.end() for m in re.finditer(r"[\w'’-]+", post)]
    holder = _BY_HOLDER.match(post) is not None
    best: tuple[int, list[tuple[ActionRecord, str]]] | None = None
    said: set[str] = set()
    papers = set().union(*(stems(r.document.title) for r, _ in rows))
    for end in [0, *ends]:
        wanted = _wanted(f"{pre} {post[:end]}")
        if not wanted or wanted == said:
            continue  # a word that describes nothing ends no description
        if not end and wanted <= papers:
            return None  # 'the audit one': a paper by the words of its title, not a row
        said = wanted
        chosen = [(r, n) for r, n in rows if _holds(wanted, _cells(r, holder and not pre.strip()))]
        fits = len(chosen) == 1 or (plural and 1 <= len(chosen) < len(rows))
        if fits and len(chosen) <= MAX_NAMED:
            best = (end, chosen)
        elif not chosen:
            break  # a word no row holds: the description has ended
    return best


# what :mod:`assistant.state_described` reads the same way
ONE, BY_PLACE, MODIFIER, ELLIPTICAL, listed = _ONE, _BY_PLACE, _MODIFIER, _ELLIPTICAL, _listed
longest_pick, wanted, holds = _longest_pick, _wanted, _holds  # :mod:`assistant.sibling_row`
