"""A statement asked as a question by a tag after it ('A has more X than B - true?', 'A is
due later than B, right?'): read as the yes/no question it stands for ('Does A have more X
than B?'), from a closed class of tags and of the auxiliaries that open the question."""

from __future__ import annotations

import re

# the tag that asks whether the statement before it holds, and whatever follows it ('Give
# both numbers.')
_TAG = re.compile(
    r"\s*[-–—,:;]?\s*(?:(?:is|isn't|was) (?:that|this|it) )?(?:true|right|correct|so)\s*\?.*$",
    re.I | re.S,
)
# the statement's verb and what it says of its subject: 'A [has] more X than B'
_STATED = re.compile(
    r"^(?P<a>.+?)\s+(?P<verb>has|have|had|is|are|was|were)\s+(?P<rest>(?:\w+\s+){0,2}?"
    r"(?:more|fewer|less|\w+er)\b.*\bthan\b.+)$",
    re.I | re.S,
)
_ASKED_BY = {"has": "does", "have": "do", "had": "did"}


def as_asked(text: str) -> str:
    """``text`` as the yes/no question its statement and tag stand for; ``text`` itself when
    it is no statement with a tag."""
    tag = _TAG.search(text)
    stated = _STATED.match(text[: tag.start()]) if tag and tag.start() else None
    if stated is None:
        return text
    verb = stated.group("verb").lower()
    # 'than B has (partially implemented ones)': the verb repeated of B ends side B
    rest = re.sub(
        r"(\bthan\s+.+?)\s+(?:has|have|had|is|are|was|were|does|do|did)\b.*$",
        r"\1",
        stated["rest"],
        flags=re.I | re.S,
    )
    if verb in _ASKED_BY:
        return f"{_ASKED_BY[verb].capitalize()} {stated['a']} have {rest}?"
    return f"{verb.capitalize()} {stated['a']} {rest}?"
