"""Two things named in a 'which of A and B …' question whose clause ranks them ('Which of R3
and R7 has the earlier deadline?', 'which of the audit item and the HR item is due later?'):
a comparison of the two, not a list of rows. Rows named in the plural ('which of the actions
and recommendations were done first?') are no pair of sides."""

from __future__ import annotations

import re

# a side: any words but a plural row noun, up to 'and' / the verb of the ranking clause
_SIDE = (
    r"(?:(?!\b(?:actions|recommendations|items|areas|issues|findings|points|records|rows)\b)"
    r"[^,;:?])+?"
)
_VERB = (
    r"(?:is|was|are|were|has|had|have|comes?|came|falls?|fell|will|does|did|got|carries|"
    r"carried|ranks?|ranked)"
)
_RANK = (
    r"(?:earlier|later|sooner|first|last|earliest|latest|higher|lower|highest|lowest|more|"
    r"less|fewer|greater|bigger|longer|shorter)"
)
WHICH_OF_PAIR = re.compile(
    rf"^which\s+of\s+(?:the\s+two,?\s+)?(?P<a>{_SIDE})\s+and\s+(?P<b>{_SIDE})\s+{_VERB}\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{_RANK}\b",
    re.I,
)
