"""The size of a change, from the two ends a sentence gives.

'By how much did X rise?', 'how much is that an increase?': the record often writes a change
by its two ends ('£142m of reductions rising to £166m', 'from 68% to 75%') and not by the
difference. The answer is then the difference, worked out in code and said so: the first line
gives it and both ends; the sentence is quoted, cited, below it. Read from the frame of the
question (the kind 'change') and the shape of the sentence ('X rising/increasing/falling to
Y', 'from X to Y'), never from the subject's words.
"""

from __future__ import annotations

import re

from assistant.analysis import answer_type, unquoted
from assistant.evidence import Evidence, coverage

_SUM = (
    r"(?P<cur{n}>[£$€])\s?(?P<num{n}>\d[\d,]*(?:\.\d+)?)\s?(?P<unit{n}>million|billion|bn|m|k)?\b"
)
_PCT = r"(?P<num{n}>\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent)"
_TO = (
    r"(?:,?\s+(?:\w+\s+){0,4}?(?:ris(?:ing|es|en)|r[oi]se|increas(?:ing|es|ed)|grow(?:ing|s|n)|"
    r"grew|going\s+up|up|fall(?:ing|s|en)?|fell|decreas(?:ing|es|ed)|reduc(?:ing|es|ed)|"
    r"dropp(?:ing|ed)|down|mov(?:ing|es|ed)|chang(?:ing|es|ed))\s+to|\s+to)\s+"
)
_ENDS = [
    re.compile(rf"(?:\bfrom\s+)?{_SUM.format(n=1)}.{{0,60}}?{_TO}{_SUM.format(n=2)}", re.I),
    re.compile(rf"(?:\bfrom\s+)?\b{_PCT.format(n=1)}.{{0,60}}?{_TO}{_PCT.format(n=2)}", re.I),
]
# the question asks the size of the change in so many words: 'by how much', 'how much did X
# rise', 'what was the increase' (a verb or the change's own noun, not a noun such as
# 'reductions' that names the thing measured)
_ASKS_SIZE = re.compile(
    r"\bby\s+how\s+much\b|\bby\s+what\s+(?:amount|margin)\b|"
    r"\bhow\s+much\s+(?:did|does|do|has|have|had|will|would|is|was)\b[^?]{0,80}?\b(?:r[io]sen?|"
    r"increased?|decreased?|f[ae]ll(?:en)?|gr[eo]wn?|dropped|drop|climbed|climb|"
    r"(?:go|gone|went)\s+(?:up|down))\b|"
    r"\bhow\s+much\s+(?:of\s+an?\s+)?(?:increase|rise|decrease|fall|difference)\b|"
    r"\bwhat\s+(?:is|was)\s+the\s+(?:size\s+of\s+the\s+)?(?:increase|rise|decrease|fall|"
    r"difference|change)\b",
    re.I,
)
_UNITS = {"": 1.0, "k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
SUBJECT_MIN = 0.5  # of the question's weight the sentence must hold


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _UNITS[(unit or "").lower()]


def _written(value: float, currency: str, unit: str | None) -> str:
    scale = _UNITS[(unit or "").lower()]
    shown = value / scale
    text = f"{shown:,.2f}".rstrip("0").rstrip(".")
    return f"{currency}{text}{unit or ''}"


def change_between(question: str, evidence: list[Evidence], weights: dict[str, float]) -> list[str]:
    """The line stating the difference between the two ends of a change ('**£24m** — from
    £142m to £166m, a rise of £24m') when a question asking the size of a change meets them in
    the best sentence about its subject that does not state the difference; else no line."""
    asked = unquoted(question)
    if answer_type(asked) != "change" or not _ASKS_SIZE.search(asked) or not weights:
        return []
    for item in evidence[:6]:
        if coverage(item.text, weights) < SUBJECT_MIN:
            continue
        for pattern in _ENDS:
            found = pattern.search(item.text)
            if found is None:
                continue
            groups = found.groupdict()
            unit = groups.get("unit2") or groups.get("unit1")
            first = _value(found["num1"], groups.get("unit1") or unit)
            second = _value(found["num2"], unit)
            if first == second:
                return []
            change = abs(second - first)
            way = "rise" if second > first else "fall"
            if "cur1" in groups:
                currency = groups["cur2"] or groups["cur1"]
                size = _written(change, currency, unit)
                ends = f"{found['cur1']}{found['num1']}{groups.get('unit1') or ''} to "
                ends += f"{currency}{found['num2']}{unit or ''}"
            else:
                size = f"{change:,.2f}".rstrip("0").rstrip(".") + " percentage points"
                ends = f"{found['num1']}% to {found['num2']}%"
            return [
                f"**{size}** — from {ends}, a {way} of {size} (worked out from the two figures):"
            ]
    return []
