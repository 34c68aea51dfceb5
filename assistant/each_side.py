"""A later part asked of every row the part before found, by a word that counts them as a
whole: 'Which is due first, A or B, and is either finished?', '… and are both owned by the
same post?', '… and has any of them slipped?'.

The quantifier ('either', 'both', 'each', 'neither', 'any/all/none of them') stands for the
rows, not for one of them: the part is asked of all the rows the part before named (up to
``MAX_NAMED``), each answered in turn (see :func:`assistant.bridging.bridge`).
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous
from assistant.referring import joined_previous

# the quantifier as the part's subject or object, with nothing named after it
_EACH = re.compile(
    r"\b(?:either|both|each|neither)(?:\s+(?:of\s+(?:them|these|those|the\s+two)|one|ones))?"
    r"(?!\s+(?:the|a|an|of\s+the|[a-z]+(?:s|tion|ment)\b))"
    r"|\b(?:any|all|none|one)\s+of\s+(?:them|these|those|the\s+two)\b",
    re.I,
)


def of_each_side(part: str, previous: Previous | None) -> str | None:
    """``part`` asked of every row the part before found, when its subject is a quantifier
    over them; None when it has none or the part before found fewer than two rows."""
    if previous is None or not 2 <= len(previous.records) <= MAX_NAMED:
        return None
    if _EACH.search(part) is None:
        return None
    return f"{part.rstrip('?. ')} ({joined_previous(previous)})?"
