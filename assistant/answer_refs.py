"""The refs a follow-up's 'it' may be: those the last assistant message named in bold, each
named as the last answer named its record ('R13 in the 2002 summary')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.antecedents import Previous
from assistant.followup_forms import refs_in


class Message(Protocol):
    """A chat message (a :class:`~assistant.followups.Turn`): who said it, and what."""

    role: str
    content: str


def refs_in_answer(history: Sequence[Message]) -> list[str]:
    """Refs the last assistant message named in bold (**R18**, **4.2**, **IA-07**): what 'it' is."""
    for turn in reversed(history):
        if turn.role == "assistant":
            found = []
            for span in re.findall(r"\*\*([^*\n]{1,30})\*\*", turn.content):
                named = refs_in(span.strip())
                if len(named) == 1 and len(named[0]) >= len(span.strip()) - 5:
                    found.append(named[0])
            return list(dict.fromkeys(found))
    return []


def with_papers(refs: list[str], previous: Previous | None) -> list[str]:
    """Refs pointed back at, each named as the last answer named its record ('R13 in the
    2002 summary', not a bare 'R13' another paper has too); a ref it did not show stays bare."""
    if previous is None:
        return refs
    names: dict[str, str] = {}
    for record, name in zip(previous.records, previous.names, strict=False):
        if record.ref:
            names.setdefault(record.ref, name)
    return [names.get(ref, ref) for ref in refs]
