"""A wh-word typed with its verb clitic ('what's the cost', 'who's the chair'), read as the two
words it stands for, so the wh-phrase's head is found whichever way the question is typed."""

from __future__ import annotations

import re

_WH_CLITIC = re.compile(r"\b(what|who|when|where|which|how)['’]s\b|\b(what)s\b", re.I)


def wh_unclitic(question: str) -> str:
    """``question`` with a wh-word's clitic 's written out: "What's the cost?" -> "What is the
    cost?"; "whats", typed without its apostrophe, likewise."""
    return _WH_CLITIC.sub(lambda m: f"{m[1] or m[2]} is", question)
