"""The words of the noun phrase a ref completes: 'the *budget* for R4', "R4's *budget*".

'When will the budget for R4 be agreed?' asks of a thing the row is the complement of, not of
the row: its deadline answers only when that thing is the row's own. 'When will R4 be
reviewed by the board?' names no such thing (the ref is the phrase itself). Read from the
question's word order and its prepositions, never from its subject's words.
"""

from __future__ import annotations

import re

from assistant.analysis.nouns import RECORD_NOUNS

# the auxiliary a 'when' question puts before its subject
_AUX = r"(?:will|would|shall|should|can|could|must|may|might|is|are|was|were|does|do|did|has|have)"
# a preposition joining a thing to the ref, with the record noun the ref may carry
_JOIN = rf"\s+(?:for|of|on|in|at|under|behind|from)\s+(?:the\s+)?(?:(?:{RECORD_NOUNS})\s+)?"
# the words after "R4's" up to a verb or a function word
_STOP = frozenset(
    "be been being is are was were will would to for of in on at by with and or get go come "
    "start begin happen take finish end".split()
)
_AFTER_WORDS = 3


def ref_phrase_heads(question: str, refs: list[str]) -> set[str]:
    """The lower-cased words of the noun phrases in ``question`` whose complement (or owner,
    "R4's X") is one of ``refs``."""
    found: set[str] = set()
    for ref in refs:
        escaped = re.escape(ref)
        before = re.search(
            rf"\b{_AUX}\s+(?P<np>[^?]+?){_JOIN}(?<![\w-]){escaped}(?![\w-])", question, re.I
        )
        if before:
            found |= {
                w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z'][\w'-]*", before["np"])
            }
        after = re.search(rf"(?<![\w-]){escaped}'s\s+(?P<rest>[^?.!,;]+)", question, re.I)
        if after:
            for word in re.findall(r"[A-Za-z][\w'-]*", after["rest"])[:_AFTER_WORDS]:
                if word.lower() in _STOP:
                    break
                found.add(word.lower())
    return found
