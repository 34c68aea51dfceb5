"""Short forms and the names they stand for, read from the documents themselves.

A paper names a body in full once ('the Inspection Liaison & Analysis Unit (ILAU)') and by its
initials after that ('The ILAU has always, since its formation in 1999, …'); a question may use
either. A sentence that says 'ILAU' speaks of the unit as much as one that spells it out, so
scoring a sentence against the question reads it with the other form added
(:func:`with_aliases`). The pairs come from the text of the documents a question's passages are
in: a short form defined in brackets after its name, or one written in capitals whose letters
are the initials of exactly one run of words of that document ('PMF' ↔ 'performance management
framework'). No list of names is kept anywhere.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

_DEFINED = re.compile(r"\(([A-Za-z][A-Za-z&]{1,7})\)")
_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|&")
_JOINERS = {"and", "&", "of", "the", "for", "to", "in", "on"}
_LOOKBACK = 10  # words before a bracketed short form where its name may start


def _letters(short: str) -> str:
    return "".join(c for c in short.lower() if c.isalpha())


def _name_for(words: list[str], letters: str) -> str | None:
    """The run of words ending ``words`` whose initials are ``letters`` (joining words like
    'and', 'of' may be skipped, or may count when the short form has their letter); None."""
    n = len(letters)
    for skip in (True, False):
        initials: list[str] = []
        taken: list[str] = []
        for word in reversed(words):
            joiner = word.lower() in _JOINERS
            if joiner and skip:
                if taken:
                    taken.append(word)
                continue
            if word == "&":
                break
            initials.append(word[0].lower())
            taken.append(word)
            if len(initials) == n:
                break
        if "".join(reversed(initials)) == letters and len(initials) == n:
            return " ".join(reversed(taken))
    return None


_CACHED = 8192  # documents whose pairs are kept (a few KB each; a large record reads thousands)
_PAIRS: OrderedDict[tuple[str, int], tuple[tuple[str, str], ...]] = OrderedDict()
_PAIRS_LOCK = threading.Lock()


def document_aliases(
    document_id: str, generation: int, text: Callable[[], str]
) -> tuple[tuple[str, str], ...]:
    """(short form, name) pairs of one document, kept by the document and the index's
    generation (a re-ingested text is read afresh); ``text`` is only read on a miss."""
    key = (document_id, generation)
    with _PAIRS_LOCK:
        if key in _PAIRS:
            _PAIRS.move_to_end(key)
            return _PAIRS[key]
    pairs = text_aliases(text())
    with _PAIRS_LOCK:
        _PAIRS[key] = pairs
        while len(_PAIRS) > _CACHED:
            _PAIRS.popitem(last=False)
    return pairs


def text_aliases(text: str) -> tuple[tuple[str, str], ...]:
    """(short form, name) pairs of one document's text."""
    pairs: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        short = match.group(1)
        if short.endswith("s") and short[:-1].isupper():
            short = short[:-1]  # a plural short form: 'Co-ordinators (BGRCs)' defines 'BGRC'
        letters = _letters(short)
        if len(letters) < 2 or sum(c.isupper() for c in short) < 2:
            continue
        before = _WORD.findall(text[max(0, match.start() - 120) : match.start()])[-_LOOKBACK:]
        name = _name_for(before, letters)
        if name and len(name.split()) >= 2:
            pairs.setdefault(short, name)
    shorts = set(_CAPITALS.findall(text)) - set(pairs)
    runs = _capital_runs(text) if shorts else ("", [])
    for short in shorts:
        # a name in capitals, its words on one line: 'Service Improvement Board'
        found = set(_runs_with_initials(text, runs, short))
        if len(found) == 1:
            pairs[short] = found.pop()
    return tuple(sorted(pairs.items()))


# a run of three or more capitalised words on one line (a short form of capitals has three to
# six letters), joined by a space, a comma, 'and', 'of' or '&'
_RUN = re.compile(r"\b[A-Z][a-z]{2,}\b(?:,? +(?:(?:and|of|&) +)?[A-Z][a-z]{2,}\b){2,}")
_RUN_WORD = re.compile(r"[A-Z][a-z]{2,}\b")
# every run's initials, '|' between runs, and each initial's word as (start, end) in the text
_Runs = tuple[str, list[tuple[int, int] | None]]


def _capital_runs(text: str) -> _Runs:
    """The runs of capitalised words in ``text``, read once for all its short forms."""
    initials: list[str] = []
    words: list[tuple[int, int] | None] = []
    for run in _RUN.finditer(text):
        for word in _RUN_WORD.finditer(run.group()):
            initials.append(word.group()[0])
            words.append((run.start() + word.start(), run.start() + word.end()))
        initials.append("|")
        words.append(None)
    return "".join(initials), words


def _runs_with_initials(text: str, runs: _Runs, short: str) -> Iterable[str]:
    """Each stretch of a run whose words' initials spell ``short``, taken left to right
    without overlap (as a search of the text for those initials would find them)."""
    initials, words = runs
    n = len(short)
    at = initials.find(short)
    while at >= 0:
        first, last = words[at], words[at + n - 1]
        assert first is not None and last is not None  # '|' is never in a short form
        yield text[first[0] : last[1]]
        at = initials.find(short, at + n)


def aliases_of(pairs: list[tuple[tuple[str, str], ...]]) -> dict[str, str]:
    """Short form → name for every pair the documents define (the first wins a clash)."""
    out: dict[str, str] = {}
    for document_pairs in pairs:
        for short, name in document_pairs:
            out.setdefault(short, name)
    return out


def with_aliases(text: str, aliases: dict[str, str]) -> str:
    """``text`` with the name of each short form it uses, and the short form of each name it
    spells out, added at the end: what the sentence speaks of, in both forms."""
    if not aliases:
        return text
    extra = []
    lowered = _flat(text)
    for short, name in aliases.items():
        found = short in text and re.search(rf"\b{re.escape(short)}(s?)\b", text)  # 'MSFs' too
        if found:
            extra.append(f"{short} {name}" if found.group(1) else name)  # and 'MSF' itself
        elif _flat_name(name) in lowered:
            extra.append(short)
    return f"{text} {' '.join(extra)}" if extra else text


def _flat(text: str) -> str:
    """Lower case, '&' read as 'and', runs of space as one."""
    return " ".join(text.lower().replace("&", "and").split())


@lru_cache(maxsize=4096)
def _flat_name(name: str) -> str:
    """:func:`_flat` of a short form's name (the same few names are read for every sentence)."""
    return _flat(name)


_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:,? +(?:(?:and|of|&) +)?[A-Z][a-z]+)+")


def question_aliases(question: str, known: Callable[[str], bool]) -> dict[str, str]:
    """Short forms a question spells out: a run of its capitalised words ('the Best Value
    Programme Board') whose initials are a word the record uses (``known``: 'bvpb'), three
    letters or more. The record may never write the name in full."""
    out: dict[str, str] = {}
    for match in _NAME_RUN.finditer(question):
        words = [w for w in re.split(r",? +", match.group(0)) if w.lower() not in _JOINERS]
        for begin in range(len(words)):
            for end in range(len(words), begin + 2, -1):
                short = "".join(w[0] for w in words[begin:end]).upper()
                if short not in out and known(short.lower()):
                    out[short] = " ".join(words[begin:end])
    return out


_SHORT_IN_QUESTION = re.compile(r"\b([A-Z]{4,6})s?\b")


def text_names(text: str) -> tuple[tuple[str, str], ...]:
    """(initials, name) of every run of capitalised words in ``text``, and of every part of
    one three words or longer ('General Data Protection Regulations' -> 'gdpr'): the names a
    short form the text never writes may stand for."""
    out: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        every = [w for w in re.split(r",? +", match.group(0)) if w != "&"]
        for begin in range(len(every)):
            for end in range(begin + 3, len(every) + 1):
                part = every[begin:end]
                if part[0].lower() in _JOINERS or part[-1].lower() in _JOINERS:
                    continue
                name = " ".join(part)
                # joining words skipped ('GDPR') or counted ('FOIA': Freedom of Information Act)
                content = [w for w in part if w.lower() not in _JOINERS]
                for initials in ("".join(w[0] for w in content), "".join(w[0] for w in part)):
                    if len(initials) >= 4:  # three letters match some run by chance
                        out.setdefault(initials.lower(), name)
    return tuple(sorted(out.items()))


def names_of(texts: Iterable[str]) -> dict[str, str]:
    """(initials -> name) of every text's runs of capitalised words (:func:`text_names`), the
    first text's name kept where two spell the same initials."""
    names: dict[str, str] = {}
    for text in texts:
        for initials, name in text_names(text):
            names.setdefault(initials, name)
    return names


def spelled_out(
    question: str,
    known: Callable[[str], bool],
    names: Callable[[], Mapping[str, str]],
) -> dict[str, str]:
    """Short forms of ``question`` no paper writes (``known`` says which words the papers
    use) that a paper spells out as a run of capitalised words with those initials: 'GDPR'
    -> 'General Data Protection Regulations'. ``names`` gives the papers' names by their
    initials (:func:`names_of`), called only when the question asks such a short form."""
    asked = [s for s in dict.fromkeys(_SHORT_IN_QUESTION.findall(question)) if not known(s.lower())]
    if not asked:
        return {}
    spelled = names()
    return {s: spelled[s.lower()] for s in asked if s.lower() in spelled}
