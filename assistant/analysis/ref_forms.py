"""Refs read against the refs the papers hold, not against a pattern alone.

A sub-ref is the held row it names however it is written: 'REC 12(a)', 'rec 12 (b)', '12a' (the
row 'REC 12a', its prefix left off when no other held ref ends so), 'ICT-SEC-11(b)'. Read by the
ref pattern alone it would be its parent ('12', 'ICT-SEC-11') or nothing. A word joined to a
number by a hyphen and written in lower case ('tier-1', 'phase-2', 'post-2020') is an ordinary
word, unless the register holds it or holds refs of its shape (letters of that length, the
hyphen, a number: 'ia-07' beside 'IA-05').
"""

from __future__ import annotations

import re

# a held ref ending in a sub-mark: 'REC 12a', 'ICT-SEC-11b', '3.2a', '4(b)', 'R7(ii)'
_HELD_SUB = re.compile(
    r"^(?P<parent>.*\d)\s*(?:\(\s*(?P<paren>[a-z]{1,4}|\d{1,2})\s*\)|(?P<mark>[a-z]))$", re.I
)
_WORD_NUMBER = re.compile(r"^(?P<word>[A-Za-z]+)-(?P<number>\d+)$")
_RUN = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]")


def read_as_held(question: str, found: list[str], refs: dict[str, str]) -> list[str]:
    """``found`` (the refs read from ``question``) with each sub-ref the register holds
    (``refs``: lower -> as held) in place of the pieces read of it, and without the lower-case
    hyphenated words the register's refs are not shaped like."""
    for held, pieces in _sub_refs_written(question, refs):
        read = [held if f.lower() in pieces else f for f in found]  # in the first piece's place
        found = list(dict.fromkeys(read if held in read else [*read, held]))
    return [f for f in found if not _ordinary_word(f, question, refs)]


def _sub_refs_written(question: str, refs: dict[str, str]) -> list[tuple[str, set[str]]]:
    """(held sub-ref, the lower-case pieces a ref reader makes of it) for each held sub-ref
    the question writes, with or without brackets, its prefix or spaces."""
    written = []
    tails: dict[str, int] = {}
    subs = [(low, m) for low in refs if (m := _HELD_SUB.match(low))]
    for low, _ in subs:
        tail = low.rsplit(" ", 1)[-1]
        tails[tail] = tails.get(tail, 0) + 1
    for low, match in subs:
        parent = match.group("parent")
        mark = match.group("paren") or match.group("mark")
        forms = [parent]
        head, _, last = parent.rpartition(" ")
        if head and tails.get(low.rsplit(" ", 1)[-1], 0) == 1:
            forms.append(last)  # '12a' for 'REC 12a': no other held ref ends so
        for form in forms:
            spelt = r"\s*".join(re.escape(p) for p in form.split())
            pattern = rf"(?<![\w./-]){spelt}\s*(?:\(\s*{mark}\s*\)|{mark}\b)"
            if re.search(pattern, question, re.I):
                pieces = {low, parent, last, *parent.split()}
                written.append((refs[low], {p for p in pieces if p}))
                break
    return written


def _ordinary_word(ref: str, question: str, refs: dict[str, str]) -> bool:
    """Whether ``ref`` is a lower-case word joined to a number ('tier-1') that the register
    neither holds nor holds refs shaped like."""
    if ref.lower() in refs or not _WORD_NUMBER.match(ref):
        return False
    spots = re.findall(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", question, re.I)
    if not spots or any(c.isupper() for s in spots for c in s):
        return False
    shape = _shape(ref)
    return not any(_shape(held) == shape for held in refs.values())


def _shape(ref: str) -> str:
    """Letters by their count, digits as one mark, joins as written: 'IA-07' -> 'a2-9'."""
    runs = _RUN.findall(ref)
    return "".join(f"a{len(r)}" if r.isalpha() else "9" if r.isdigit() else r for r in runs)
