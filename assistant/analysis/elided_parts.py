"""A later part that repeats the question of the part before with its predicate left out:
'Which of X's recommendations are done, and which aren't?', 'Who has replied and who
hasn't?', '… and which are?'.

The part is only a question word and an auxiliary (negated or not): it asks the part before's
question again, with the auxiliary it gives, so 'which aren't' is 'Which of X's
recommendations are not done?'. A part before whose verb is no auxiliary ('which met the
deadline') is left as it is.
"""

from __future__ import annotations

import re

_AUX = r"(?:is|are|was|were|has|have|had|can|will|should)"
# 'which aren't?', 'and who hasn't yet?', 'which ones are?', 'which have not?'
_ELIDED = re.compile(
    rf"^(?:and\s+|but\s+)?(?P<wh>which|who|what)(?:\s+ones?)?\s+(?P<aux>{_AUX})"
    r"(?P<neg>n't|\s+not)?(?:\s+(?:yet|so|either|still))?\s*[?.!]*$",
    re.I,
)
# the part before: a question word and its noun phrase, an auxiliary, the predicate
_FULL = re.compile(
    rf"^(?P<wh>which|who|what)\b(?P<np>[^?]*?)\s+(?P<aux>{_AUX})\s+(?:not\s+)?(?P<pred>[^?]+?)\s*[?.!]*$",
    re.I,
)


# 'and how many have been completed?': a count whose noun is left out, the part before's
_COUNT_ELIDED = re.compile(
    rf"^(?:and\s+|but\s+)?how\s+many\s+(?:of\s+(?:them|those|these)\s+)?(?P<rest>{_AUX}\b.+)$",
    re.I,
)
# the verb after the counted noun phrase: an auxiliary or a past form ('sat', 'featured'); a
# count through 'do' ('how many findings does the log hold') lends no noun
_PAST = r"(?:\w+ed|sat|stood|came|went|made|took|got|ran|fell|saw|grew|rose|met|held|found)"
_COUNT_NOUN = re.compile(
    rf"\bhow\s+many\s+(?P<np>(?:(?!(?:{_AUX}|do|does|did)\b)[\w/'-]+\s+){{0,3}}?"
    rf"(?!(?:{_AUX}|do|does|did)\b)[\w/'-]+)\s+(?:{_AUX}|{_PAST})\b",
    re.I,
)


def _counted_again(part: str, before: str) -> str | None:
    """'how many have been completed?' after 'how many activities were there?': 'How many
    activities have been completed?' — the count of the same noun."""
    elided = _COUNT_ELIDED.match(part.strip())
    if elided is None:
        return None
    counted = _COUNT_NOUN.search(before)
    if counted is None:
        return None
    return f"How many {counted.group('np')} {elided.group('rest').rstrip(' ?.!')}?"


def restored(part: str, before: str) -> str:
    """``part`` with the predicate of ``before`` put back; unchanged when it elides nothing or
    ``before`` has no auxiliary to take it from."""
    counted = _counted_again(part, before)
    if counted is not None:
        return counted
    elided = _ELIDED.match(part.strip())
    if elided is None:
        return part
    full = _FULL.match(before.strip())
    if full is None:
        return part
    aux = elided.group("aux").lower()
    negated = " not" if elided.group("neg") else ""
    np = full.group("np")
    return f"{full.group('wh').capitalize()}{np} {aux}{negated} {full.group('pred')}?"


def restore_elided(parts: list[str]) -> list[str]:
    """Each later part with an elided predicate restored from the part before it."""
    out = parts[:1]
    for part in parts[1:]:
        out.append(restored(part, out[-1]))
    return out
