"""The degree a row's own status states it was met to ('Recommendation met: significantly'):
read one way wherever the record is graded (the names of the degrees, comparisons by degree).

The degree is the adverb that grades 'met' as the paper's status line does: after 'met' and a
colon or dash anywhere in the status ('met: partially (see note)', 'met :completely'), or
next to 'met' where the status ends with it ('Recommendation met partially', 'partly met.').
An adverb after 'met' inside a progress note ('the board met quarterly to review it') says how
often something met, not how far a recommendation was met, and is not a degree."""

from __future__ import annotations

import re
from functools import lru_cache

_STATED = re.compile(
    r"\bmet\s*[:\u2013\u2014-]\s*([A-Za-z]{3,}ly)\b"  # 'met: significantly', 'met – partly'
    r"|\bmet\s+([A-Za-z]{3,}ly)\W*$"  # 'Recommendation met partially.' ending the status
    r"|\b([A-Za-z]{3,}ly)\s+met\W*$",  # 'Partially met'
    re.I,
)


@lru_cache(maxsize=65536)
def stated_degree(status_text: str | None) -> str | None:
    """The degree word a status grades its row by, lower case ('significantly'); None when
    the status states none. Kept per cell: a comparison by degree reads every row's."""
    found = _STATED.search(status_text or "")
    if not found:
        return None
    return next(g for g in found.groups() if g).lower()
