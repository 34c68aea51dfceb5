"""What a row's status means, read from the paper's own status value: done, partial, in
progress, not started, overdue, or set aside (closed without being carried out).

The register's normalised status (``ingest.status``) reads 'Superseded' or 'Closed -
transferred' as complete: the action needs no more work. It was not carried out, though, so a
question taking it as done ('when was it completed?', 'has it been implemented?') rests on a
false premise, and a status shown as 'complete' misleads. A value is set aside when its words
say the action was overtaken, replaced, withdrawn, cancelled, merged or moved elsewhere, or is
no longer needed - unless that word is the row's own action done ('Transfer the contract to
the council' marked 'Transferred', 'Replace the boilers' marked 'Replaced'), or it is negated.

    set_aside(said, action="") -> bool
    status_kind(status, said, progress="", action="") -> StatusKind
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.text import stem

StatusKind = Literal[
    "done", "partial", "in_progress", "overdue", "not_started", "set_aside", "unknown"
]

# an action closed without being carried out: overtaken, replaced, withdrawn, moved elsewhere
SET_ASIDE = re.compile(
    r"\b(?:supersed\w*|withdrawn|withdrew|cancel+ed|rescinded|replaced|overtaken|"
    r"no\s+longer\s+(?:required|needed|applicable|relevant|necessary|pursued)|not\s+applicable|"
    r"merged|subsumed|absorbed|transferred|folded\s+into|rolled\s+into|incorporated\s+into|"
    r"discontinued|abandoned|dropped|not\s+(?:being\s+)?(?:taken\s+forward|pursued))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|nor)\s+(?:yet\s+|been\s+|be\s+)?$", re.I)
_OVERDUE = re.compile(r"\b(?:overdue|past\s+(?:its\s+)?due|late)\b", re.I)


def _verb_root(word: str) -> str:
    """'superseded' -> 'supersed', 'transferred' -> 'transfer', 'merged' -> 'merg'."""
    low = word.lower().split()[0]
    root = re.sub(r"(?:ed|d)$", "", low)
    return stem(re.sub(r"(rr|ll)$", lambda m: m.group(0)[0], root))


def set_aside(said: str | None, action: str | None = "") -> bool:
    """Whether the status value ``said`` says the action was set aside rather than done; not
    when its verb is the row's own ``action`` ('Replace the old boilers': 'Replaced'), nor
    negated ('Not withdrawn')."""
    if not said:
        return False
    own = {stem(w) for w in re.findall(r"[a-z]+", (action or "").lower())}
    for found in SET_ASIDE.finditer(said):
        if _NEGATED.search(said[: found.start()]):
            continue
        root = _verb_root(found.group(0))
        if any(o.startswith(root) or root.startswith(o) for o in own if len(o) >= 4):
            continue  # the row's own action, done
        return True
    return False


# a note that opens by saying the action was set aside: 'Superseded by …', 'Merged into …'
_OPENS = re.compile(
    rf"^\W*(?:this\s+(?:action|recommendation)\s+(?:was|has\s+been)\s+)?{SET_ASIDE.pattern}", re.I
)


def status_kind(
    status: str, said: str | None, progress: str | None = "", action: str | None = ""
) -> StatusKind:
    """The meaning of a row's status: its normalised ``status`` (``ingest.status``), unless its
    status value ``said`` - or, when that is only a word of closing, the opening of its
    ``progress`` note - says the action was set aside; 'overdue' when the value says so."""
    if set_aside(said, action):
        return "set_aside"
    if (
        status == "complete"
        and progress
        and _OPENS.search(progress)
        and set_aside(progress, action)
    ):
        return "set_aside"  # 'Closed' and 'Replaced by the regional strategy.'
    if status == "complete":
        return "done"
    if status == "ongoing":
        return "overdue" if said and _OVERDUE.search(said) else "in_progress"
    if status in ("partial", "not_started"):
        return status  # type: ignore[return-value]
    return "unknown"
