"""Whether a follow-up's question names a subject of its own, or asks only for a column of
whatever its topic is: 'and budgetary control - what progress is noted?' asks the progress of
budgetary control; 'what's the latest update?' names nothing beyond the column it asks.

A word is a column's when ingest would read it as the header of one (:func:`match_header`,
by its synonyms: 'update', 'note', 'deadline', 'lead'), or it says which of a column's values
('latest', 'original'); a lone participle read as the subject ('what progress is noted?') is
the verb, not a subject."""

from __future__ import annotations

import re

from assistant.antecedents import subject_of
from ingest.columns import Role, match_header

__all__ = ["own_subject"]

_STOP = frozenset(
    "the a an of on in to for and or with about that which this its their is are was were be "
    "been it they them there what who when which how why where does do did has have had will "
    "would can could should s re".split()
)
_WHICH_VALUE = frozenset(
    "latest current most recent last new original first final originally initially first "
    "currently now previously before earlier".split()
)


def own_subject(asked: str) -> bool:
    """Whether a question names something of its own beyond the words that ask for a column
    ('when's the deadline?', 'what's the latest update?' do not; 'how many SIP reviews relate
    to costs?' does)."""
    subject = subject_of(asked) or ""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", subject) if w.lower() not in _STOP]
    if len(words) == 1 and words[0].lower().endswith("ed"):
        return False
    return any(not _column_word(w) for w in words)


def _column_word(word: str) -> bool:
    """Whether ``word`` names a column of a record or says which of its values."""
    if word.lower() in _WHICH_VALUE:
        return True
    found = match_header(word)
    return found.role is not Role.OTHER and found.basis == "synonym"
