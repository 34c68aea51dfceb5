"""'Who chairs its audit committee?', 'when does their board meet?', 'who chairs that body's
board?': a possessive before a part of an organisation (its board, committee, chair, trustees,
auditors) points at the body whose paper the conversation is on, not at the row in focus nor
its owner — a row has no committee, a post has no board. The possessive is put as that body's
name, as its paper gives it; a possessive before a row's column ('its deadline', 'their
owner') is left to the usual rules.

After a turn about several bodies' papers and no row ('which of them are fire and rescue
authorities?'), a plural pronoun ('do both have X?', 'do they mention Y?', 'when did each of
them meet?') stands for those bodies, and is put as their names.
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
        return bodies_meant(question, previous, organisation)
    ids = [r.document.id for r in previous.records] or list(previous.document_ids)
    bodies = {organisation(i).strip() for i in dict.fromkeys(ids)}
    bodies.discard("")
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    owned = f"{body}'" if body.endswith("s") else f"{body}'s"
    return question[: found.start("pos")] + owned + question[found.end("pos") :]


# a plural pronoun standing for what the turn before was about, not before a noun of its own
_PLURAL = re.compile(
    r"\b(?:(?:both|each|either|all|any)\s+of\s+(?P<of>them)|(?P<both>both)(?!\s+of\b)|they|them)\b"
    r"(?!\s+(?:two|three|four|papers?|reports?|bodies|organi[sz]ations|ones?)\b)",
    re.I,
)
# 'which of them are councils?': one of them picked, left to the rules of picks and kinds
_PICK = re.compile(r"\b(?:which|how\s+many|what)\s+(?:ones\s+)?of\s+them\b", re.I)
MOST_BODIES = 4  # named in full; more are no longer a question's subject


def bodies_meant(
    question: str, previous: Previous, organisation: Callable[[str], str]
) -> str | None:
    """``question`` with its plural pronoun put as the bodies of the papers the turn before
    rested on, when it rested on no row and on two to four papers, each of its own body ('do
    both have X?' -> 'do Severnside Fire and Rescue Authority and Brackenmoor Fire and Rescue
    Authority have X?'); else None."""
    found = _PLURAL.search(question)
    if found is None or previous.records or _PICK.search(question):
        return None
    ids = list(dict.fromkeys(previous.document_ids))
    bodies = list(dict.fromkeys(organisation(i).strip() for i in ids))
    if not 2 <= len(ids) <= MOST_BODIES or len(bodies) != len(ids) or "" in bodies:
        return None
    named = ", ".join(bodies[:-1]) + f" and {bodies[-1]}"
    if found.group("of"):  # 'each of them': each of the bodies
        return question[: found.start("of")] + named + question[found.end("of") :]
    return question[: found.start()] + named + question[found.end() :]
