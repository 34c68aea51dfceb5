"""The posts rows are owned by, read as a follow-up reads them: the head noun of a post (what
'that secretary' or 'this director' points at) and the nouns that name a body ('that
committee' is the body of the paper, not a post that only has the word as a qualifier).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ingest.model import ActionRecord

# the bodies a paper is of or reports to ('that committee', 'this board')
BODY_NOUNS = frozenset(
    "committee board panel council authority partnership trust commission executive cabinet".split()
)


@lru_cache(maxsize=4096)  # a large record's rows repeat a few hundred owners
def owner_heads(owner: str) -> frozenset[str]:
    """The head nouns of an owner's title, of each joint owner: 'secretary' of 'Committee
    Secretary', 'director' of 'Director of Finance', 'council' of '…, Elmsford District
    Council'. 'that committee' is no 'Committee Secretary': the word only qualifies the post."""
    heads = set()
    for part in re.split(r"\s*(?:[/&,;(]|\band\b)\s*", owner):
        head = re.split(r"\s+(?:of|for|to|at|in)\s+", part.strip(" )"), maxsplit=1)[0]
        words = re.findall(r"[A-Za-z]+", head)
        if words:
            heads.add(words[-1].lower())
    return frozenset(heads)


def body_of_paper(noun: str, records: Sequence[ActionRecord]) -> str | None:
    """'that committee', 'this board' after rows of one paper none of whose posts is headed
    by the word: the body of that paper ('the committee in the <title>'); else None."""
    singular = noun.lower().removesuffix("s")
    titles = {r.document.title for r in records}
    if singular not in BODY_NOUNS or len(titles) != 1:
        return None
    if any(singular in owner_heads(r.owner or "") for r in records):
        return None
    return f"the {noun} in the {titles.pop()}"
