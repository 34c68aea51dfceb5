"""Whether a premise gives a row to an owner ('DM10 was given to the X', 'owned by the X', "the
X's action", 'the X leads it') rather than only naming the owner ('why did the MPA need HR
policies?'): a premise of the first kind is checked against the row's owner cell."""

from __future__ import annotations

import re


def given_to(premise: str | None, owner: str) -> bool:
    """Whether ``premise`` gives the row to ``owner`` ('DM10 was given to the X', 'owned by
    the X', "the X's action", 'the X leads it'), not only names it ('the MPA need HR
    policies')."""
    if not premise:
        return False
    who = rf"(?:the\s+)?{re.escape(owner)}"
    return bool(
        re.search(
            rf"\b(?:given|assigned|allocated|handed|passed|delegated)\s+(?:over\s+)?to\s+{who}\b"
            rf"|\b(?:owned|led|held|run|managed|taken)\s+(?:on\s+)?by\s+{who}\b"
            rf"|\b{re.escape(owner)}['’]s\b"
            rf"|\b{re.escape(owner)}\s+(?:owns?|leads?|holds?|runs?|manages?)\b",
            premise,
            re.I,
        )
    )
