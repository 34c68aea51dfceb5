"""A column asked again with another word before it: 'and the revised one?' after 'what was
the original deadline of R4?' is the last question, of the revised deadline."""

from __future__ import annotations

import re

from assistant.followup_forms import FIELD_NOUNS, refs_in, singular_noun

# 'and the revised one?', 'what about the current status?': a column asked again with another
# word before it, the rest of the question left out
_MODIFIED_COLUMN = re.compile(
    r"^(?:(?:and|or|but|so|then|now|what\s+about|how\s+about)\s+)*(?:the|its|their)\s+"
    r"(?P<mod>(?!(?:same|other|last|first|next|second|third|two)\b)[a-z]+)\s+"
    r"(?P<noun>[a-z]+)\s*[?.!]*$",
    re.I,
)
# a column named in the last question, with the word before it: 'the original deadline'
_COLUMN_IN = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z]+\s+)?(?P<noun>" + "|".join(sorted(FIELD_NOUNS)) + r")s?\b",
    re.I,
)


# a word that sets one value of a column against another by time or order ('original',
# 'revised', 'current', 'latest', 'new', 'final'): by its ending, or the short ones
_CONTRASTING = re.compile(r"^(?:[a-z]+(?:al|ed|ent|est|ous|ier|ior|ial)|new|old|next)$", re.I)
# (the same class of words is allowed before the noun of followup_forms._ANAPHORIC_NP)


def column_again(question: str, last: str) -> str | None:
    """'and the revised one?' after 'what was the original deadline of R4?': the last question,
    of the revised deadline ('one' stands for the column it asked); 'and the current status?'
    after 'what was the original timescale of R4?': the last question, of that column. None
    unless the question is such a fragment and the last question asked a column."""
    found = _MODIFIED_COLUMN.match(question.strip())
    if found is None:
        return None
    noun = found.group("noun").lower()
    noun = noun if noun in FIELD_NOUNS else singular_noun(noun)
    if noun != "one" and noun not in FIELD_NOUNS:
        return None
    if not _CONTRASTING.search(found.group("mod")):
        return None  # 'the depot one' is a new subject, not another column
    asked = _COLUMN_IN.search(last)
    if asked is None:
        # 'and the original date?' after 'when is F1 due?' (the column asked by its verb, no
        # noun to swap): that column of the one row the last question named
        named = refs_in(last)
        if noun == "one" or len(named) != 1:
            return None
        return f"What is the {found.group('mod').lower()} {noun} of {named[0]}?"
    head = asked.group("noun") if noun == "one" else noun
    said = f"the {found.group('mod').lower()} {head}"
    return f"{last[: asked.start()]}{said}{last[asked.end() :]}".rstrip(" ?.") + "?"
