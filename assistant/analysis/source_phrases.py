"""Where a question says a thing came from, not what it is about: 'in response to the
auditors' call for X', 'according to the panel', 'as reported by the board'."""

from __future__ import annotations

import re

# Where the question says a thing came from, not what it is about: 'in response to the
# auditors' call for X', 'according to the panel', 'as reported by the board'. The source is
# the noun phrase up to the next preposition or clause; its words may be said otherwise.
_SOURCE = re.compile(
    r"\b(?P<cue>(?:in )?(?:response|reply|answer) to|(?:responding|replying|answering) to|"
    r"according to|as (?:reported|set out|stated|"
    r"noted|requested) (?:in|by))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<source>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?='s\b|’s\b|\s+(?:for|on|of|about|to|that|"
    r"which|in|over|and)\b|\s*[?,.;]|\s*$)",
    re.I,
)


def source_words(question: str) -> set[str]:
    """The words (lower case) of the phrases naming where a thing came from ('in response to
    the auditors' call'): they frame the question, they do not name its subject."""
    return {
        w.lower().strip("'’")
        for m in _SOURCE.finditer(question)
        for w in re.findall(r"[\w'’-]+", f"{m.group('cue')} {m.group('source')} {_said(m)}")
        if len(w.strip("'’")) > 1
    }


# what the source said, framing too: 'the panel's remark (about X)', 'HMIC's point (on Y)'
_SAID = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+)?(?:points?|comments?|remarks?|concerns?|observations?|"
    r"criticisms?|questions?|query|queries|requests?|challenges?|findings?)\b",
    re.I,
)


def _said(found: re.Match[str]) -> str:
    said = _SAID.match(found.string[found.end() :])
    return said.group(0) if said else ""
