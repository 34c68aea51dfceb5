"""A later part asking of the other rows of the owner the part before found: 'the officer who
owns X, what is the deadline on their other action?', 'whoever leads X, list their other
items'. The owner is the bridge: the part is asked as the list of that owner's rows, the row
already found left out (the list gives each row's deadline and status)."""

from __future__ import annotations

import re

from assistant.antecedents import Previous

# the owner's other rows, named through the owner: 'their other action', 'his other items',
# 'that officer's other recommendation', 'the other one they hold'
_OWNER = (
    r"(?:their|his|her|(?:that|this|the\s+same)\s+(?:owner|officer|person|post|lead|director|"
    r"manager|head)['’]s)"
)
_ROWS = r"(?:actions?|recommendations?|items?|ones?|rows?|tasks?|points?|entries|entry)"
_OTHER_OF_OWNER = re.compile(
    rf"\b{_OWNER}\s+other\s+(?:[a-z-]+\s+){{0,2}}?{_ROWS}\b|"
    rf"\bthe\s+other\s+{_ROWS}\s+(?:that\s+)?(?:they|he|she)\s+(?:holds?|owns?|leads?|has|have)\b",
    re.I,
)


def owners_other(part: str, previous: Previous | None) -> str | None:
    """'Which actions other than IA-01 are owned by <the owner>?' for a part asking of the
    other rows of the one owner of the rows the part before found; None otherwise."""
    if previous is None or not previous.records or not _OTHER_OF_OWNER.search(part):
        return None
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1:
        return None
    refs = [r.ref for r in previous.records if r.ref]
    left_out = f" other than {' and '.join(refs)}" if refs else ""
    return f"Which actions{left_out} are owned by {owners.pop()}?"
