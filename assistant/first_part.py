"""The first part of a question asked in several parts ('and what else do they own - when is
it due?' -> 'and what else do they own'): the part a chat turn reads against the turn before."""

from __future__ import annotations

import re

from assistant.analysis import question_parts


def first_part(question: str) -> str | None:
    """The first part of ``question`` when it is asked in several parts; else None."""
    opening = _OPENING.match(question)  # 'and what else do they own - when is it due?'
    start = opening.end() if opening else 0
    body = question[start:]
    parts = question_parts(body)
    head = parts[0].rstrip("?.! ") if len(parts) >= 2 else ""
    if not head or not body.lower().startswith(head.lower()):
        return None
    return question[: start + len(head)]


_OPENING = re.compile(r"^\s*(?:(?:and|so|but|then|ok|okay)[\s,]+)?", re.I)
