"""Clauses joined inside one sentence: where 'and', 'but' or 'while' starts a clause with a
subject of its own ('The policy was approved in May 2013 and staff training will follow'), or
a verb of its own after the same subject ('The group was set up in June 2011 and reported in
March 2012'). A time binds to the clause it stands in: May 2013 is the policy's approval, not
the training's.

    own_subject_clauses(text) -> list[str]   # split only where a new subject starts
    joined_clauses(text) -> list[str]        # split there and before a joined past verb
"""

from __future__ import annotations

import re

# a joining word before a clause with a subject of its own ('… approved in May 2013 and staff
# training will follow'): the time before it is the first subject's, not the second's. A
# verb joined to the same subject ('was set up in June 2011 and reported in March 2012') is
# a clause too, its time its own
_OWN_SUBJECT = (
    r"(?=(?!(?:then|later|subsequently|also|was|were|is|are|has|have|had|will|would)\b)[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are|has|have|had|will|would|shall|can|could|may|"
    r"might|must|should)\b)"
)
_NEW_SUBJECT = re.compile(rf"\s(?:and|but|while|whilst|whereas|although)\s{_OWN_SUBJECT}")
_JOINED = re.compile(
    rf"{_NEW_SUBJECT.pattern}|"
    r"\s(?:and|but)\s(?=(?:then\s+|later\s+|subsequently\s+)?[a-z]+ed\b)"
)
# a word that makes a clause of what precedes a joining word: an auxiliary or a past form
_VERB = re.compile(
    r"\b(?:is|are|was|were|been|has|have|had|will|would|shall|can|could|may|might|must|"
    r"should|[a-z]{2,}ed|went|began|begun|met|held|set|put|sent|made|took|gave|became)\b"
)


def joined_clauses(clause: str) -> list[str]:
    """``clause`` split where a joining word starts a clause of its own (:data:`_JOINED`),
    each piece before it having a verb ('The policy and procedures were approved' stays
    whole: 'The policy' is no clause)."""
    return _split(_JOINED, clause)


def own_subject_clauses(clause: str) -> list[str]:
    """``clause`` split only where a joining word starts a clause with a subject of its own:
    a verb joined to the same subject keeps it ('was procured and installed in March')."""
    return _split(_NEW_SUBJECT, clause)


def _split(joins: re.Pattern[str], clause: str) -> list[str]:
    pieces: list[str] = []
    for piece in joins.split(clause):
        if pieces and not _VERB.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} and {piece}"  # no verb: part of the next clause
        else:
            pieces.append(piece)
    return pieces
