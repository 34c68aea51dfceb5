"""Linking a question's words to the spellings a paper uses: words split as search splits them,
and names a paper defines once with their acronym ('the Falcon Data Unit (FDU)'). Plain text
functions; the composers' linking (`assistant/answers/support/linking.py`) reads the question
and the papers with them."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9]+")
# small words a name's acronym leaves out ('Director of Finance Services' -> DFS)
_SKIPPED_IN_ACRONYMS = frozenset("of and the for in on to at by with &".split())
# an acronym in brackets ('(FDU)'); the name before it is read back from there, so a long text
# costs one scan, not a backtracking match at every word
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_NAME_BEFORE = re.compile(r"((?:[\w'&-]+[ \t]+){1,10})$")
_LOOK_BACK = 200  # characters: ten words of a name


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text``, split as search splits them ('data-base' -> data, base)."""
    return [w.lower() for w in _WORD.findall(text)]


def acronyms_defined(text: str) -> dict[str, str]:
    """The acronyms ``text`` defines in the form 'Full Name (FN)': acronym -> full name, when
    the acronym's letters are the initials of the name's last words (small words skipped)."""
    found: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        before = _NAME_BEFORE.search(text[max(0, match.start() - _LOOK_BACK) : match.start()])
        if before is None:
            continue
        name_words = before.group(1).split()
        acronym = match.group(1)
        letters = (acronym[:-1] if acronym.endswith("s") else acronym).upper().replace("&", "")
        full = _name_ending_in(name_words, letters)
        if full:
            found.setdefault(acronym, full)
    return found


def _name_ending_in(name_words: list[str], letters: str) -> str | None:
    """The shortest tail of ``name_words`` whose initials (small words skipped, or not) spell
    ``letters``."""
    for start in range(len(name_words) - 1, -1, -1):
        tail = name_words[start:]
        if tail[0].lower() in _SKIPPED_IN_ACRONYMS:
            continue
        initials = "".join(w[0].upper() for w in tail if w.lower() not in _SKIPPED_IN_ACRONYMS)
        every = "".join(w[0].upper() for w in tail if w != "&")
        if len(tail) > len(letters) + 3:
            return None
        if letters in (initials, every):
            return " ".join(tail)
    return None
