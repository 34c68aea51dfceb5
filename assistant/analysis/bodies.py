"""How a question names a paper by its body: the ways members shorten a body's name.

'Pellingham and Rode Community Health Trust' is asked about as 'Pellingham Rode', 'the trust'
or 'the health trust'; 'Corrisford Sixth Form College' as 'Corrisford' or 'the college'.
The phrases below are read from the organisation the paper gives; the name index keeps only
those that name one body among the papers held (two trusts: 'the trust' names neither)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from assistant.text import stem
from ingest.model import DocumentInfo
from ingest.wordlist import is_common_word

_SMALL = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "by", "with", "&"})


def body_phrases(organisation: str) -> list[str]:
    """Short names of a body (lower case, in the name's word order): each proper word of it
    (one the language does not hold: 'pellingham', 'corrisford'); each pair of its words
    ('pellingham rode', 'health trust', 'corrisford college'); and 'the' with its last word,
    the kind of body it is ('the college', 'the panel'). Acronyms ('MPS') are names already."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", organisation)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2:
        return []
    phrases = [
        w.lower() for w in content if len(w) >= 4 and not w.isupper() and not is_common_word(w)
    ]
    kind = content[-1]
    if kind.isalpha() and not kind.isupper():
        phrases.append(f"the {kind.lower()}")
    return phrases + body_initials(organisation)


def body_initials(organisation: str) -> list[str]:
    """The initials a body is shortened to (lower case): those of each run of two or more of
    its capitalised words that ends where the run ends, the kind of body last ('Integrated
    Care Board' -> 'icb', 'Police, Fire and Crime Commissioner' -> 'pfcc', 'Mercia Vale
    Combined Authority' -> 'mvca'); 'and' joins a run, any other small word ends it. Three
    letters at least, and no word of the language ('act')."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]", organisation):
        if word.lower() in ("and", "&", ","):
            continue  # 'Police, Fire and Crime': one run
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            runs[-1].append(word)
        else:
            runs.append([])
    found: list[str] = []
    for run in runs:
        for start in range(len(run) - 1):
            initials = "".join(w[0] for w in run[start:]).lower()
            if 3 <= len(initials) <= 6 and not is_common_word(initials):
                found.append(initials)
    return found


def body_pairs(organisation: str) -> list[str]:
    """Any two of a body's words, in its order, not next to each other there ('thornbury
    wold' of 'Thornbury and Wold ...', 'ambulance trust'): weaker names than the body's own
    runs of words, which another body's name may hold ('NHS Trust')."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", organisation)
    content = [(i, w.lower()) for i, w in enumerate(words) if w.lower() not in _SMALL]
    return [f"{a} {b}" for (i, a), (j, b) in combinations(content, 2) if j > i + 1]


def body_acronyms(documents: list[DocumentInfo], owners: list[str]) -> set[str]:
    """The acronyms that name organisations in the record: documents' organisations and
    owners written as one acronym (lower case). Kept for the last name index's lists: every
    question asks, and the lists change only with the index."""
    last = _LAST_ACRONYMS[0] if _LAST_ACRONYMS else None
    if last is not None and last[0] is documents and last[1] is owners:
        return set(last[2])
    found = set()
    for doc in documents:
        for word in re.findall(r"\b[A-Z]{2,6}\b", doc.organisation or ""):
            found.add(word.lower())
    for owner in owners:
        if re.fullmatch(r"[A-Z]{2,6}", owner.strip()):
            found.add(owner.strip().lower())
    _LAST_ACRONYMS[:] = [(documents, owners, frozenset(found))]
    return found


_LAST_ACRONYMS: list[tuple[object, object, frozenset[str]]] = []


# the small words inside a kind of body ('fire and rescue authority', 'police and crime')
_KIND_JOINS = frozenset({"and", "&"})
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _kind_heads(organisation: str) -> list[str]:
    """The nouns a body's name says its kind with (stemmed): its last word when the language
    holds it ('… Fire and Rescue Authority': authority), and the word before its first 'of'
    when the name opens on it ('University of Castlebridge': university)."""
    words = _NAME_WORD.findall(organisation)
    heads = [words[-1]] if words else []
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:3]:
        heads.append(words[lowered.index("of") - 1])
    return [stem(w) for w in heads if w.isalpha() and not w.isupper() and is_common_word(w)]


@dataclass(frozen=True)
class KindNamed:
    """A kind of body a question names, read against the bodies' names the papers hold."""

    phrase: str  # as the question writes it ('fire and rescue authorities')
    start: int  # where the phrase starts in the question
    end: int
    bodies: frozenset[str]  # the bodies (as written) of that kind


def kind_named(question: str, organisations: Iterable[str]) -> KindNamed | None:
    """The kind of body ``question`` names: a word that says the kind of some body held
    (:func:`_kind_heads`: 'authorities', 'councils', 'trusts'), with the words just before it
    that the names of such bodies hold ('fire and rescue', 'NHS', 'parish'); the bodies are
    those whose name says that kind and holds each of those words. None when no word of the
    question says a held body's kind. The first such phrase in the question is read."""
    held: dict[str, set[str]] = {}
    for organisation in {o.strip() for o in organisations if o and o.strip()}:
        for head in _kind_heads(organisation):
            held.setdefault(head, set()).add(organisation)
    if not held:
        return None
    words = list(_NAME_WORD.finditer(question))
    for index, word in enumerate(words):
        bodies = held.get(stem(word.group(0)))
        if not bodies:
            continue
        name_stems = {b: {stem(w) for w in _NAME_WORD.findall(b)} for b in bodies}
        start, wanted = index, []
        for before in reversed(words[:index]):
            lowered = before.group(0).lower()
            if lowered in _KIND_JOINS:
                continue
            if lowered in _SMALL or not any(stem(lowered) in s for s in name_stems.values()):
                break
            wanted.append(stem(lowered))
            start = words.index(before)
        kind = frozenset(b for b, s in name_stems.items() if all(w in s for w in wanted))
        first = words[start].start()
        return KindNamed(question[first : word.end()], first, word.end(), kind)
    return None
