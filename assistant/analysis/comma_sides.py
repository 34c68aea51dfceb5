"""The two sides of an 'A or B' after a colon or a dash when a side's own name holds a comma
('Which met earlier: Heronsgate's Audit and Risk Committee or North Tyneford's Audit, Risk and
Governance Committee?'): the comma is the name's when a word of a name follows it (a capital,
then lower-case letters), never a clause after the sides (', and who owns them?') nor a list
of refs ('R1, R2 or R3')."""

from __future__ import annotations

import re

_NAMED = r"[^,:;—–]+?(?:,\s+[A-Z][a-z]{2,}[^,:;—–]*?)*"
_COMMA_NAMED = re.compile(rf"(?:[:;—–]|\s-\s)\s*(?P<a>{_NAMED})\s+or\s+(?P<b>{_NAMED})$")


def comma_named(text: str) -> re.Match[str] | None:
    """The sides 'a' and 'b' of ``text`` (a question without its closing mark) when a side's
    name holds a comma; None when neither does, or the sides are not so written."""
    found = _COMMA_NAMED.search(text)
    return found if found and "," in found["a"] + found["b"] else None
