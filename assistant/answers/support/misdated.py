"""A date the question gives its subject that the record contradicts: 'what came out of the
*December* workshop?' when the sentence about the workshop sets it 'on 16 January'. The
question's month or year, read where it names the subject (not a date filter), is checked
against the dates the sentence about that subject writes; when the sentence writes another
date and never the question's, the premise is corrected with the held date."""

from __future__ import annotations

import re

from assistant.evidence import Evidence, coverage

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = r"(?:" + "|".join(_MONTHS) + r")"
# a date as a sentence writes it: '16 January', 'January 16', 'January 2018', 'in 2018'
_HELD = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+(?:19|20)\d\d)?|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|{_MONTH}(?:\s+(?:19|20)\d\d)?)\b",
    re.I,
)
# the question's month naming its subject, before the noun it qualifies ('the December
# workshop'); not a time the question is set in ('in December', 'the December 2017 report')
_ASKED = re.compile(
    rf"(?<!\bin\s)(?<!\bon\s)(?<!\bby\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bbefore\s)"
    rf"(?<!\bafter\s)\b(?P<month>{_MONTH})\s+(?=[a-z])(?!(?:19|20)\d\d)",
    re.I,
)
SUBJECT_SHARE = 0.5  # of the question's weight the sentence must hold to be about its subject


def misdated(
    question: str, evidence: list[Evidence], weights: dict[str, float]
) -> tuple[str, str, Evidence] | None:
    """(the question's date, the held date, the sentence) when the best sentence about the
    subject writes a date and never the question's month; None otherwise."""
    asked = _ASKED.search(question)
    if asked is None:
        return None
    month = asked["month"].lower()
    subject = {t: w for t, w in weights.items() if t[:3] != month[:3]}
    if not subject:
        return None
    best = max(evidence, key=lambda e: (coverage(e.text, subject), -e.rank), default=None)
    if best is None or coverage(best.text, subject) < SUBJECT_SHARE:
        return None
    held = [m.group(0) for m in _HELD.finditer(best.text)]
    if not held or any(month in h.lower() for h in held):
        return None
    return asked["month"], held[0], best
