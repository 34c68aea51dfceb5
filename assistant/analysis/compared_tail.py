"""A question about one paper with another paper compared after a comma ('Who presented the
2017 governance report to the panel, compared with MOPAC's December 2017 plan?'): the same
question asked of each paper, the first as written and the second with the other paper put
where the first paper stood; the answers, side by side, give each side's value of the same
aspect."""

from __future__ import annotations

import re

from assistant.analysis.patterns import PAPER_NOUN

_TAIL = re.compile(
    r",\s*(?:as\s+)?(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+"
    r"(?P<other>[^,?]+?)\s*[?.!]?\s*$",
    re.I,
)
# a paper named by a determiner or a possessive, then up to six words, then a paper noun that
# does not begin a name ('the Audit Panel', 'the Audit Commission' are no papers)
_PAPER = (
    r"(?:\b(?i:the|this|that|its|their)\s+|\b[\w&.-]+['’]s\s+)"
    rf"(?:[\w'’/&.-]+\s+){{0,6}}(?i:{PAPER_NOUN})\b(?!\s+[A-Z][a-z])"
)
PAPER_PHRASE = re.compile(_PAPER)
_ASKS = re.compile(
    r"^\s*(?:who|whom|whose|when|what|which|where|how|is|are|was|were|did|does)\b", re.I
)


def compared_parts(question: str) -> list[str] | None:
    """[the question of the first paper, the same question of the paper compared], or None
    when the question does not end in a paper compared after a comma, or its head names no
    single paper to put the other in place of."""
    tail = _TAIL.search(question)
    if tail is None:
        return None
    head = question[: tail.start()].strip()
    other = tail.group("other").strip()
    if not _ASKS.match(head) or not PAPER_PHRASE.fullmatch(other):
        return None
    named = list(PAPER_PHRASE.finditer(head))
    if len(named) != 1:
        return None
    first = named[0]
    second = head[: first.start()] + other + head[first.end() :]
    return [f"{head.rstrip('?. ')}?", f"{second.rstrip('?. ')}?"]
