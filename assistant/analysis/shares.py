"""A threshold a yes/no question sets over a set of rows ('Were at least half of the
recommendations met?', 'Did more than a third of the areas fall to one director?', 'Were most
of them complete?'): the comparison and the share, read from a closed class of quantifier and
fraction words, never from a paper's names."""

from __future__ import annotations

import re
from dataclasses import dataclass

# the closed classes of fraction words and comparison words a question sets a share with
# (also read by :mod:`assistant.analysis.part_asks`)
FRACTIONS = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "one half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
}
COMPARISONS = {
    "at least": ">=",
    "no fewer than": ">=",
    "no less than": ">=",
    "more than": ">",
    "over": ">",
    "above": ">",
    "greater than": ">",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "below": "<",
    "at most": "<=",
    "no more than": "<=",
    "up to": "<=",
}
_THRESHOLD = re.compile(
    r"\b(?:(?P<op>"
    + "|".join(sorted(COMPARISONS, key=len, reverse=True))
    + r")\s+)?(?P<share>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r"|\d{1,3}\s*(?:%|per\s*cent|percent))\s+of\b"
    r"|\b(?P<most>most|the majority|a majority|the bulk)\s+of\b",
    re.I,
)


@dataclass(frozen=True)
class Threshold:
    """'at least half': the comparison ('>=') and the share (0.5), with the words as written."""

    op: str
    share: float
    words: str

    def met(self, part: int, whole: int) -> bool:
        """Whether ``part`` of ``whole`` meets the threshold."""
        if whole <= 0:
            return False
        value, share = part / whole, self.share
        return {
            ">=": value >= share,
            ">": value > share,
            "<": value < share,
            "<=": value <= share,
        }[self.op]


def threshold(question: str) -> Threshold | None:
    """The threshold a question sets over a set of rows, or None."""
    found = _THRESHOLD.search(question)
    if found is None:
        return None
    words = found.group(0)[: -len("of")].strip()
    if found.group("most"):
        return Threshold(">", 0.5, words)
    share_text = re.sub(r"\s+", " ", found.group("share").lower())
    number = re.match(r"\d+", share_text)
    share = int(number.group(0)) / 100 if number else FRACTIONS[share_text]
    op = COMPARISONS[re.sub(r"\s+", " ", found.group("op").lower())] if found.group("op") else ">="
    return Threshold(op, share, words)


def share_noun(question: str, nouns: set[str]) -> str | None:
    """The row noun of the set a threshold is set over ('at least half of the PURE
    recommendations' -> 'recommendation'), singular; None when it names none."""
    found = _THRESHOLD.search(question)
    if found is None:
        return None
    for word in re.findall(r"[A-Za-z]+", question[found.end() : found.end() + 60])[:6]:
        low = word.lower()
        singular = low[:-1] if low.endswith("s") else low
        if singular in nouns:
            return singular
    return None
