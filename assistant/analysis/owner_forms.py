"""An owner the question names in another form than the register's cells: the remit before
the post ('the Finance Director' for 'Director of Finance'), or the post alone where one
owner of the register is that post of something ('the Clerk' for 'Clerk to the Joint
Committee'). The owner returned is the one held, as written, with the words that named it.

Usage::

    owner_in_other_form("what is the Finance Director handling?", ["Director of Finance"])
    # ('Director of Finance', 'Finance Director')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a post 'of'/'to'/'for' its remit: 'Director of Finance', 'Clerk to the Joint Committee'
_POST_OF = re.compile(
    r"^(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?P<link>of|to|for)\s+(?:the\s+)?(?P<remit>.+)$"
)


def _found(question: str, words: str) -> re.Match[str] | None:
    """``words`` as whole words of ``question``, any case."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", question, re.I)


def owner_in_other_form(question: str, owners: Sequence[str]) -> tuple[str, str] | None:
    """The held owner the question names with its remit first or by its post alone, and the
    words that named it; None when it names none, or the post alone fits several owners (or is
    itself an owner of the register)."""
    held = {o.lower() for o in owners}
    inverted: list[tuple[str, str]] = []
    by_post: dict[str, list[str]] = {}
    for owner in owners:
        shape = _POST_OF.match(owner.strip())
        if shape is None:
            continue
        remit = re.sub(r"\s*\(.*\)$", "", shape.group("remit")).strip()
        if shape.group("link") == "of" and len(remit.split()) <= 3:
            variant = f"{remit} {shape.group('post')}"
            if (found := _found(question, variant)) and variant.lower() not in held:
                inverted.append((owner, found.group(0)))
        by_post.setdefault(shape.group("post"), []).append(owner)
    if inverted:
        return max(inverted, key=lambda pair: len(pair[1]))
    for post, holders in by_post.items():
        shortest = min(holders, key=len)
        # one post however its cells go on ('Clerk to the Board and Treasurer' is the same one)
        if any(not h.startswith(shortest) for h in holders) or post.lower() in held:
            continue
        # the post written capitalised after 'the', and no longer name going on after it
        found = re.search(rf"\bthe\s+({re.escape(post)})(?![\w-])(?!\s+[A-Z(])", question)
        if found:
            return shortest, found.group(1)
    return None
