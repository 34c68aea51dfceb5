"""'And the remaining risk there?', 'any lead there?', 'the latest there?': a noun phrase and
'there', with no verb: an attribute asked of what the turn before was about.

Read as an elliptical 'and <subject>?' it would swap the last question's subject for the noun
phrase, and 'there' would be left pointing at nothing. It is asked instead as 'what is <the
noun phrase> for <what the turn before was about>?': the user's own subject phrase with its
paper when that turn was answered from passages (the passages answer it in its words), else
the one row it was about.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import PRONOUN_ONLY

__all__ = ["attribute_there"]

# an opening word, a determiner, then up to six words of a noun phrase, 'there', the end
_NP_THERE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|right|then)\b[\s,]*)*"
    r"(?P<np>(?:the|any|some)\s+(?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)"
    r"\s+there\s*[?.!]*\s*$",
    re.I,
)
# a word that makes the phrase a clause ('the lead there is …'): not a bare noun phrase
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should)\b",
    re.I,
)


def attribute_there(question: str, previous: Previous | None) -> str | None:
    """'what is <the noun phrase> for <focus>?' for a verbless '<noun phrase> there?'; None
    for any other question, or when the turn before was about nothing one phrase can name."""
    found = _NP_THERE.match(question)
    if previous is None or found is None:
        return None
    phrase = found.group("np")
    if _VERB.search(phrase) or PRONOUN_ONLY.search(phrase):
        return None
    if previous.quoted and previous.focus:
        target = previous.focus
    elif len(previous.names) == 1:
        target = previous.names[0]
    elif not previous.names and previous.focus:
        target = previous.focus
    else:
        return None
    last = phrase.split()[-1].lower()
    verb = "are" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "is"
    return f"what {verb} {phrase} for {target}?"
