"""A row asked for by the value it shares with a row the question describes: 'Which action has
the same owner as X, and when is it due?', 'what else is owned by the same officer as X?',
'which items have the same deadline as X?'. :func:`same_as_parts` spells the two steps out:
X's value first ('Who is responsible for X?', 'When is X due?'), then the other rows holding it
(:mod:`assistant.owners_other`, :mod:`assistant.shared_value` read that part against what the
first found), then whatever else the question asks of them.

Nothing here knows a paper: the words are those of questions about a register's columns."""

from __future__ import annotations

import re

from assistant.analysis.patterns import unquoted

_ROWS = r"(?:actions?|recommendations?|items?|rows?|areas?|findings?|issues?|points?|ones?)"
_HOLDER = (
    r"(?:owner|lead|lead\s+officer|officer|manager|director|head|holder|person|post|team|"
    r"responsible\s+officer)"
)
_FIELD = r"(?P<field>deadline|due\s+date|target\s+date|date|priority|rating|grade|status)"
# 'has the same owner as X', 'is owned by the same person as X', 'shares a deadline with X'
_SAME = re.compile(
    r"\b(?:ha(?:s|ve|d)|share[sd]?|carr(?:y|ies|ied))\s+(?:the\s+same|an?)\s+"
    rf"(?:(?P<holder>{_HOLDER})|{_FIELD})\s+(?:as|with)\s+"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:owned|led|held|run|managed)\s+by\s+the\s+same\s+"
    rf"(?P<by>{_HOLDER})\s+as\s+"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?due\s+(?:on\s+)?the\s+same\s+(?P<day>day|date)\s+as\s+",
    re.I,
)
_NP_END = re.compile(r"\s*(?:,|\?|;|$)")
_QUESTION_HEAD = re.compile(
    rf"^(?:(?:which|what)(?:\s+(?:other\s+)?(?P<scope>(?:[\w'’-]+\s+){{0,3}}?){_ROWS})?|what\s+else|"
    r"anything\s+else|who\s+else)\b",
    re.I,
)


def same_as_parts(question: str) -> list[str] | None:
    """The parts of a question asking for the rows that share a described row's owner, date,
    priority or status; the last part holds what is asked after ('when is it due?'); None when
    the question asks no such thing."""
    text = question.strip()
    blanked = unquoted(text)
    found = _SAME.search(blanked)
    head = _QUESTION_HEAD.match(blanked[: found.start()].strip()) if found else None
    if found is None or head is None:
        return None
    # 'which Kestrel action …': the words between the question word and the row noun say
    # where to look for the row described too
    scope = (head.group("scope") or "").strip()
    scope = scope if re.search(r"[A-Z0-9]", scope) else ""  # a name or a year, not 'urgent'
    end = _NP_END.search(blanked, found.end() + 2)
    np = text[found.end() : end.start() if end else len(text)].strip()
    if len(np) < 3:
        return None
    np = f"{np} ({scope})" if scope and scope.lower() not in np.lower() else np
    tail = text[end.end() :].strip() if end else ""
    tail = re.sub(r"^(?:and|then|also)\s+", "", tail, flags=re.I)
    field = (found.group("field") or "").lower()
    if found.group("holder") or found.group("by"):
        parts = [f"Who is responsible for {np}?", "Which other actions do they own?"]
    elif found.group("day") or field in ("deadline", "due date", "target date", "date"):
        parts = [f"When is {np} due?", "Which other actions have the same date?"]
    else:
        parts = [f"What {field} is {np} given?", f"Which other actions have the same {field}?"]
    if tail and len(tail.split()) >= 2:
        parts.append(tail[:1].upper() + tail[1:])
    return parts
