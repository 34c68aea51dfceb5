"""A demonstrative that is a pronoun, not a determiner: 'how far was *that* met?', 'has *this*
been done?', 'was *that* completed on time?'. The word after it is then the clause's verb (a
past participle, by its form), not a noun naming a thing the last answer spoke of: 'met' is
no 'Recommendation met' to look up in the last answer's text. Read by
:func:`assistant.referring.point_back`.
"""

from __future__ import annotations

import re

from assistant.answers.support.frame import IRREGULAR_PARTICIPLES

__all__ = ["pronoun_subject"]

# a form of 'be' or 'have' before a subject pronoun ('was that', 'has this'), and what may
# follow a participle closing the clause (the end, a preposition, an adverb of time or degree)
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|was|were|are|has|had|have|been|be)\s+$", re.I)
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[?.!,;:]|$)|\s+(?:on|by|in|at|to|for|yet|already|fully|now|then|before|after|with|"
    r"as|and|or|so|since|until|completely|partly|partially|properly|successfully)\b",
    re.I,
)


def _verb_form(word: str) -> bool:
    """A past participle by its form: '-ed', 'been', or an irregular verb's."""
    word = word.lower()
    if word == "been" or word in IRREGULAR_PARTICIPLES:
        return True
    return len(word) >= 5 and word.endswith("ed")


def pronoun_subject(question: str, match: re.Match[str]) -> bool:
    """Whether a demonstrative ('that', 'this') is a pronoun standing as the subject of a
    passive or perfect clause, the word after it being the verb ('how far was that met?', 'has
    this been done?', 'was that completed on time?'), not the determiner of a noun ('was that
    programme delivered?'): after a form of 'be' or 'have', before a participle that ends the
    clause."""
    if not _AUXILIARY_BEFORE.search(question[: match.start()]):
        return False
    if match.group(2).lower() in ("been", "being"):
        return True  # 'has this been done?': the perfect goes on to its participle
    return _verb_form(match.group(2)) and _CLAUSE_GOES_ON.match(question, match.end()) is not None
