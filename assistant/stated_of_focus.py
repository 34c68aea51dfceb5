"""'So that was the Head of Estates' action, was it?', 'That area sits with the Treasurer,
doesn't it?', 'It was rated high, right?': a statement the member makes of what the last answer
was about, for the record to confirm or correct.

The sentence is declarative and its subject is a pronoun or a demonstrative ('it', 'that',
'that area', 'this one'), so it names nothing of its own: it points back. What it states is a
value of a row's field, read by the analysis as the rows hold them (an owner, a priority, a
state, a deadline window). When the last answer rested on one row (a row shown, or passages
that all quote the same row), the subject is that row: the statement is asked of it by name,
and the premise rules check the stated value against its cells. Otherwise (several rows, a
value of no field) None: the other rules read the turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous

__all__ = ["STATED_OF_PRONOUN", "stated_of_focus"]

Analyse = Callable[[str], QueryAnalysis]

# a finite verb after the subject: an auxiliary, a contracted 'is'/'has', or a verb in the
# present or past ('sits', 'belonged', 'went')
_FINITE = (
    r"(?:['’]s\b|\s+(?:is|was|are|were|has|had|have|will|would|should|could|must|did|does|do)\b|"
    r"\s+(?:[a-z]{2,}(?<!s)s|[a-z]{2,}ed|went|got|came|fell|lay)\b)"
)
STATED_OF_PRONOUN = re.compile(
    r"^(?:(?:and|so|but|then|now|ok|okay|right|well|oh)[\s,]+)*"
    r"(?P<p>(?:this|that)(?:\s+(?!(?:is|was|has|had|are|were|will|would)\b)[a-z][\w-]*)?|it)"
    rf"(?={_FINITE})"
    # 'it is true that …', 'that is the case for …': a frame, not a statement about a row
    r"(?!(?:['’]s|\s+(?:is|was))\s+(?:true|the\s+case|possible|correct|right|so|likely)\b)",
    re.I,
)


def _asserts_a_field(analysis: QueryAnalysis) -> bool:
    """Whether the statement gives a value of a field rows hold (read by the analysis)."""
    return bool(
        analysis.owner
        or analysis.priority
        or analysis.statuses
        or analysis.due_from
        or analysis.due_to
        or analysis.revised
    )


def stated_of_focus(question: str, previous: Previous | None, analyse: Analyse) -> str | None:
    """``question`` with its pronoun subject put as the one row the last answer rested on,
    when it states a field's value of it; None otherwise (see the module's docstring)."""
    found = STATED_OF_PRONOUN.match(question.strip())
    if found is None or previous is None or not previous.records or not previous.names:
        return None
    if len({r.id for r in previous.records}) != 1:
        return None  # several rows: 'that one' is for the pick rules
    if not _asserts_a_field(analyse(question)):
        return None
    text = question.strip()
    name = previous.names[0]
    return text[: found.start("p")] + name + text[found.end("p") :]
