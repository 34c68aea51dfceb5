"""'Who chairs its audit committee?', 'when does their board meet?', 'who chairs that body's
board?': a possessive before a part of an organisation (its board, committee, chair, trustees,
auditors) points at the body whose paper the conversation is on, not at the row in focus nor
its owner — a row has no committee, a post has no board. The possessive is put as that body's
name, as its paper gives it; a possessive before a row's column ('its deadline', 'their
owner') is left to the usual rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.antecedents import Previous

__all__ = ["body_part"]

# parts of an organisation that a paper names as the body's own
_PART = (
    r"(?:(?:[a-z]+\s+){0,3}?(?:board|committee|panel|council|cabinet|executive|trustees|"
    r"governors|members|auditors?|chair(?:man|woman|person)?|chief\s+executive|"
    r"management\s+team))"
)
_POSSESSIVE = re.compile(
    r"\b(?P<pos>its|their|(?:that|this|the\s+same)\s+(?:body|organi[sz]ation|authority|"
    r"council|trust|partnership|service|board|commission(?:ers)?|panel|committee)['’]s?)\s+"
    rf"(?P<part>{_PART})\b",
    re.I,
)


def body_part(
    question: str, previous: Previous | None, organisation: Callable[[str], str]
) -> str | None:
    """``question`` with a possessive before a part of an organisation put as the name of the
    one body the turn before rested on ('who chairs its audit committee?' -> 'who chairs
    Pellingford Botanic Gardens' audit committee?'); None when there is no such possessive,
    or the turn rested on papers of no body or of several."""
    if previous is None:
        return None
    found = _POSSESSIVE.search(question)
    if found is None:
        return None
    ids = [r.document.id for r in previous.records] or list(previous.document_ids)
    bodies = {organisation(i).strip() for i in dict.fromkeys(ids)}
    bodies.discard("")
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    owned = f"{body}'" if body.endswith("s") else f"{body}'s"
    return question[: found.start("pos")] + owned + question[found.end("pos") :]
