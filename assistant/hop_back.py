"""A two-step question whose first step points back ('Whoever leads on it - what other actions
are theirs?', 'whoever owns that one, what else do they hold?'): the first step is resolved
against the turn before on its own ('Who leads on it?' -> 'Who leads on OR-9?') and written
back into the question, so the row the conversation is on is the bridge, and 'they' is
whoever that step finds.

Nothing here knows a paper: the step is the one :func:`embedded_hop` reads."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis.hops import embedded_hop
from assistant.bridging import has_own_subject

_WHO = re.compile(r"Who\s+(?P<vp>.+?)\?", re.S)


def hop_pointing_back(asked: str, resolve: Callable[[str], str]) -> str | None:
    """``asked`` with its first step's words resolved by ``resolve`` when that step points
    back (names no subject of its own); None when it has no such step or nothing resolves."""
    hop = embedded_hop(asked)
    if hop is None or len(hop) != 2 or has_own_subject(hop[0]):
        return None
    step = _WHO.fullmatch(hop[0])
    if step is None or step["vp"] not in asked:
        return None
    resolved = _WHO.fullmatch(resolve(hop[0]).strip())
    if resolved is None or resolved["vp"] == step["vp"]:
        return None
    return asked.replace(step["vp"], resolved["vp"], 1)
