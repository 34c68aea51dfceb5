"""'How many in that section are medium then?' after a list of the high-priority ones: the count
of the last question's rows with one slot changed (the rating, the state, the owner). The last
list question is asked as a count (:func:`count_of_the_list`), then the follow-up's value takes
the place of the words that set that slot (:func:`swapped_slot`); 'how many of those are …'
counts among the rows shown and is left to the narrowing rules.

    counted_swap("How many in that section are medium then?", previous, analyse)
        -> 'How many medium priority recs in the internal control section …?' | None
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.antecedents import Previous
from assistant.more_rows import count_of_the_list
from assistant.slot_swap import Analyse, swapped_slot
from assistant.text import NOT_IT_ACRONYM

__all__ = ["counted_swap"]

# 'how many in that section are medium?', 'and how many are ongoing then?', 'how many there
# were not started?': a count with a value of its own and no noun of its own
_COUNT_OF_VALUE = re.compile(
    r"^(?:(?:and|so|then|ok|okay|but|right)[\s,]+)*how\s+many\s+"
    r"(?:(?:in|on|from|within)\s+(?:that|this|the\s+same|the)\s+(?:section|list|table|plan|"
    r"paper|report|part|group|tracker|log|register)\s+|there\s+)?"
    r"(?:are|were|is|was|have|had)\s+(?:(?:rated|marked|graded|flagged)\s+(?:as\s+)?)?"
    r"(?P<x>[^?,]+?)\s*(?:,?\s*(?:then|instead|too|by\s+contrast))?\s*[?.!]*$",
    re.I,
)
_POINTING = re.compile(
    rf"\b{NOT_IT_ACRONYM}(?:it|its|they|them|their|those|these|this|that|there|ones?)\b", re.I
)


def counted_swap(question: str, previous: Previous | None, analyse: Analyse) -> str | None:
    """The last list question counted with the slot ``question`` names changed; None when
    ``question`` is not a bare count of a value, or the last turn was no list of rows."""
    found = _COUNT_OF_VALUE.match(question.strip())
    if found is None or previous is None or _POINTING.search(found.group("x")):
        return None
    counted = count_of_the_list("how many is that?", previous)
    if counted is None:
        return None
    value = found.group("x")
    return swapped_slot(f"and the {value} ones?", replace(previous, standalone=counted), analyse)
