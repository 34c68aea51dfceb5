"""A follow-up that asks something of every row the last answer showed, by a quantifier: 'do
any of them have a revised deadline?', 'what are the notes on each of those?', 'give me the
update for each', 'and each one's rating?'.

The quantifier's pronoun ('them', 'those') or a bare 'each' stands for the rows shown, in the
order shown: it is put as their names, so the question is asked of every one of them (a small
table), not of the first. Only a list the member was shown counts, and only one short enough
to be named (:data:`MAX_NAMED`).
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, join_names
from assistant.one_described import listed

__all__ = ["quantified", "quantifies"]

# 'any of them', 'each of those', 'all of these', 'either of them'
_OF_THEM = re.compile(
    r"\b(?P<q>any|each|all|both|either|neither|none|every\s+one|some)\s+of\s+"
    r"(?P<p>them|those|these|the\s+(?:two|three|four|five|six|seven|eight))\b"
    # 'any of those years' counts periods, not rows; 'each of them has …' is a verb
    r"(?!\s+(?!(?:has|was|is|does|goes|needs|remains|seems|gets)\b)[a-z]{3,}s\b)",
    re.I,
)
# a bare 'each' (or 'each one'): the last word of the question, before a verb, or possessive
_EACH = re.compile(
    r"\b(?P<e>each|each\s+one|every\s+one)(?:(?P<s>['’]s)\b|"
    r"(?=\s*[?.!]*\s*$|\s+(?:has|have|is|was|had|does|did|stands?|got|due)\b))",
    re.I,
)


# 'any of those without an owner?', 'have any of them been implemented?', 'are any of these
# overdue?': whether some rows shown meet a condition, answered by the rows that do
_ANY_MEETS = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|then)[\s,]+)*(?:(?P<aux>are|is|were|was|have|has|had|do|does)"
    r"\s+)?any\s+of\s+(?:them|those|these)\s+(?P<rest>(?![a-z]+ing\b)[^?]+?)\s*[?.!]*\s*$",
    re.I,
)
_PLURAL_AUX = {"is": "are", "was": "were", "has": "have", "do": "", "does": ""}


def _which_meet(question: str, named: str) -> str | None:
    """'any of those <condition>?' as 'Which of <rows> <condition>?' (the narrowing it asks)."""
    found = _ANY_MEETS.match(question)
    if found is None:
        return None
    aux = (found.group("aux") or "").lower()
    verb = _PLURAL_AUX.get(aux, aux)
    rest = found.group("rest")
    return f"Which of {named} {verb + ' ' if verb else ''}{rest}?"


def quantified(question: str, previous: Previous | None) -> str | None:
    """``question`` with its quantifier's pronoun (or a bare 'each') put as the names of the
    rows the last answer showed; None when it quantifies over nothing shown, or the list shown
    has fewer than two rows or more than can be named."""
    if previous is None:
        return None
    rows = listed(previous)
    if not 2 <= len(rows) <= MAX_NAMED:
        return None
    named = join_names([r for r, _ in rows], [n for _, n in rows])
    found = _OF_THEM.search(question)
    meets = _which_meet(question, named) if found is not None else None
    if meets is not None:
        return meets
    if found is not None:
        return question[: found.start("p")] + named + question[found.end("p") :]
    each = _EACH.search(question)
    if each is None:
        return None
    if each.group("s"):  # 'and each one's rating?': each row's
        return question[: each.start()] + f"each of {named}'s" + question[each.end() :]
    return question[: each.start()] + f"each of {named}" + question[each.end() :]


def quantifies(question: str) -> bool:
    """Whether ``question`` quantifies over rows with a pronoun or a bare 'each'."""
    return bool(_OF_THEM.search(question) or _EACH.search(question))
