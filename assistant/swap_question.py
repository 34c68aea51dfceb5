"""'And if it's the low ones, who owns them?', 'and the medium one - when is it due?': a
follow-up that changes one slot of an earlier question (:mod:`assistant.slot_swap`) and asks a
question of its own about the rows that change finds, in one turn.

The follow-up is split where its question starts (after a comma, a dash or a colon); the part
before it is read as a slot change ('if it's the low ones' reads as 'and the low ones?') of
the nearest earlier question that has that slot (a turn that narrowed a list to 'those marked
complete' has no rating to change; the question it narrowed does); the changed question is
answered, and the question after the comma is resolved against its rows ('who owns them?' ->
'Who owns AGS 7?').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.antecedents import Previous, previous_of
from assistant.one_described import described_rows
from assistant.register import Register
from assistant.slot_swap import Analyse, swapped_slot
from ingest.errors import GovragError

__all__ = ["swap_then_ask", "swapped_earlier"]

MAX_BACK = 3  # earlier questions a slot change may reach back to

_ASKING = (
    r"(?:who|whom|whose|when|what|which|where|why|how|is|are|was|were|has|have|had|does|do|"
    r"did|will|can|could)(?:['’]s|['’]re)?\b"
)
_BUNDLE = re.compile(
    rf"^(?P<head>[^,;:–—?]+?)\s*(?:,|;|:|\s[-–—]\s)\s*(?P<tail>{_ASKING}[^?]*\??)\s*$", re.I
)
# 'what if it's the high ones', 'and if we take the medium ones': a slot change, as 'and …'
_IF = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|now|then)[\s,]+)*(?:what\s+)?if\s+(?:it['’]s|it\s+is|it\s+was|"
    r"they['’]re|they\s+are|they\s+were|we\s+(?:take|look\s+at|mean|want|go\s+with)|"
    r"you\s+(?:take|look\s+at)|i\s+(?:mean|want|take))\s+",
    re.I,
)

# what opens a follow-up before the phrase it is about: 'and', 'what about'
_OPENER = re.compile(r"^\s*(?:(?:and|or|but|so|then|now|also|what\s+about|how\s+about)\s+)*", re.I)
Ask = Callable[[str, "dict[str, object] | None"], Answer]
Resolve = Callable[[str, Previous], str]


def _as_change(head: str) -> str:
    """The part naming the new value as a bare slot change ('and the low ones?')."""
    return _IF.sub("and ", head.strip(), count=1).rstrip(" ?") + "?"


def swapped_earlier(question: str, previous: Previous | None, analyse: Analyse) -> str | None:
    """The nearest earlier question (the last, then the one it resolved through) with the slot
    ``question`` changes, changed; None when none has it."""
    turn, back = previous, 0
    while turn is not None and back < MAX_BACK:
        swapped = swapped_slot(question, turn, analyse)
        if swapped:
            return swapped
        turn, back = turn.before, back + 1
    return None


def swap_then_ask(
    question: str,
    previous: Previous | None,
    analyse: Analyse,
    ask: Ask,
    register: Register,
    resolve: Resolve,
) -> str | None:
    """The standalone question of a slot change bundled with a question (see the module), or
    of a bare 'what if it's the low ones?'; None when ``question`` is not of that form."""
    if previous is None:
        return None
    bundle = _BUNDLE.match(question)
    head, tail = (bundle.group("head"), bundle.group("tail")) if bundle else (question, "")
    if not bundle and not _IF.match(question):
        return None  # a bare 'and the low ones?' is the slot swap's own
    if described_rows(_OPENER.sub("", head), previous):
        return None  # 'and the one about X, has it begun?': a shown row picked, no slot changed
    changed = swapped_earlier(_as_change(head), previous, analyse)
    if changed is None or not tail:
        return changed
    try:
        answer = ask(changed, None)
    except GovragError:
        return None
    if not answer.records:
        return None
    resolved = resolve(tail[:1].upper() + tail[1:], previous_of(changed, answer, register))
    return None if resolved.lower() == tail.lower() else resolved
