"""'Is it due before or after the one about the annual report's financial info?': a row named by
'the one about X' that the last answer did not show, inside a question otherwise resolved. It is
the row of the paper in focus (the one paper of the rows the last answer rested on) whose title
and action hold the most of X's words, more than any other row of that paper and at least half
of them; its name is put for the phrase. Else None: the phrase stays as the member wrote it.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous, record_names
from assistant.referring import described_words, row_words
from assistant.register import Register

__all__ = ["one_in_paper"]

_ONE_ABOUT = re.compile(
    r"\bthe\s+one\s+(?:about|on|for|concerning|regarding|covering)\s+(?P<x>[^?,;:–—()]+?)"
    r"\s*(?=[?,;:–—()]|\s-\s|$)",
    re.I,
)


def one_in_paper(standalone: str, previous: Previous | None, register: Register) -> str | None:
    """``standalone`` with 'the one about X' put as the name of the row of the paper in focus
    that X describes (see the module's docstring); None when there is no such phrase or row."""
    found = _ONE_ABOUT.search(standalone)
    if found is None or previous is None or not previous.records:
        return None
    papers = {r.document.id for r in previous.records}
    if len(papers) != 1:
        return None
    wanted = described_words(found.group("x"))
    if len(wanted) < 2:
        return None
    shown = {r.id for r in previous.records}
    rows = [r for r in register.all() if r.document.id in papers and r.id not in shown]
    scored = sorted(((len(wanted & row_words(r)), i) for i, r in enumerate(rows)), reverse=True)
    if not scored or 2 * scored[0][0] < len(wanted):
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    name = record_names(register, [rows[scored[0][1]]])[0]
    return standalone[: found.start()] + name + standalone[found.end() :]
