"""A follow-up that opens by acknowledging the last answer: 'ok, and when are they due?',
'thanks - who owns the second one?', 'great. are any of them done?'.

The acknowledgement is said to the assistant, not asked of the record: the turn is read from
the word after it, as if it had opened there. Only interjections of assent or thanks count,
and only when a break (a comma, a dash, a stop) or the opening of a question follows them, so
'right of way' or 'fine print' stay part of what is asked.
"""

from __future__ import annotations

import re

# the interjections of assent and thanks English opens a reply with (a closed class of words;
# not 'no', which opens 'No. 7: …', nor 'ta', which is an abbreviation too)
_ASSENT = (
    r"ok(?:ay)?|o\.k\.?|right|alright|all\s+right|great|good|cool|fine|sure|perfect|lovely|"
    r"nice|brilliant|excellent|understood|noted|got\s+it|i\s+see|thanks|thank\s+you|"
    r"thanks\s+a\s+lot|many\s+thanks|cheers|hmm+|ah|oh|aha|yes|yep|yeah"
)
# what may open the question proper when no punctuation sets the acknowledgement off
_QUESTION_OPENING = (
    r"and|so|but|then|now|also|what|what's|whats|who|who's|whos|whom|whose|when|which|how|"
    r"where|why|is|are|was|were|do|does|did|can|could|would|will|has|have|had|tell|show|"
    r"list|give|please"
)
_ACKNOWLEDGED = re.compile(
    rf"^\s*(?:(?:{_ASSENT})(?:\s+(?:then|so|thanks|thank\s+you))?)"
    rf"(?:\s*[,.!;:\u2013\u2014-]+\s*|\s+(?=(?:{_QUESTION_OPENING})\b))"
    r"(?P<rest>\S.*)$",
    re.I | re.S,
)


def unacknowledged(question: str) -> str | None:
    """``question`` from the word after an opening acknowledgement ('ok and who owns them?':
    'and who owns them?'), or None when it opens with none or nothing is asked after it."""
    found = _ACKNOWLEDGED.match(question)
    if found is None:
        return None
    rest = found.group("rest").strip()
    if len(rest.split()) < 2:  # 'ok, thanks': nothing asked
        return None
    return rest[:1].upper() + rest[1:] if rest[:1].islower() and rest[:2] != "i " else rest
