"""'Is IA-09 due before or after it?', 'is R4 due later than that one?': a turn that names one
row and compares it with a pronoun. The pronoun is the one row the turn before was about, put
in its place so that both sides are named ('Is IA-09 due before or after IA-07?')."""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import refs_in

# a pronoun standing for the other side of a comparison, after the word that relates them
_COMPARED_PRONOUN = re.compile(
    r"\b(?:than|after|before|with|or|as|against|versus|vs\.?)\s+"
    r"(?P<p>it|that(?:\s+one)?|this(?:\s+one)?|the\s+(?:first|previous|last|other)\s+one)"
    r"(?=\s*(?:[?.,;!]|$|\b(?:is|was|does|did|by|in|and)\b))",
    re.I,
)
# words that compare two things: an order in time, a degree, a sameness
_COMPARING = re.compile(
    r"\b(?:than|before or after|earlier|later|sooner|first|higher|lower|more|less|same|"
    r"different|differ|compare[ds]?|against|versus|vs)\b",
    re.I,
)


def compared_with_focus(question: str, previous: Previous | None) -> str | None:
    """``question`` with its compared pronoun replaced by the row the turn before was about,
    when the question names exactly one other row by ref and compares it; else None."""
    if previous is None or len(previous.records) != 1 or len(previous.names) != 1:
        return None
    found = _compared_pronoun(question)
    focus = previous.records[0].ref
    if found is None or not focus or refs_in(question)[0].lower() == focus.lower():
        return None
    return question[: found.start("p")] + previous.names[0] + question[found.end("p") :]


def compares_with_pronoun(question: str) -> bool:
    """Whether ``question`` names one row by ref and compares it with a pronoun: it is read
    against the turn before even though it names a row of its own."""
    return _compared_pronoun(question) is not None


def _compared_pronoun(question: str) -> re.Match[str] | None:
    """The pronoun standing for the other side, when ``question`` names one row by ref and
    compares it with that pronoun; else None."""
    found = _COMPARED_PRONOUN.search(question)
    if found is None or len(refs_in(question)) != 1:
        return None
    return found if _COMPARING.search(question[: found.start("p")]) else None
