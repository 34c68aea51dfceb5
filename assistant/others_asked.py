"""A follow-up asking for other records than the ones in focus ('what else does that lead
own?', 'which other actions …', '… other than those'), and the question that leaves them out
('…, other than R11?')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import EXCLUDING
from assistant.followup_forms import refs_in
from assistant.text import and_list
from ingest.model import ActionRecord

# 'what else does that lead own?', 'which other actions does she hold?', 'any other
# recommendations for the MPA?': more records of the same kind, not the ones in focus
_ELSE = re.compile(
    r"^\s*(?:and\s+|so\s+)?what\s+else\b|"
    r"\b(?:which|what|any|the)\s+other\s+(?!ones?\b)[a-z]+s\b",
    re.I,
)


# 'other than those', 'apart from that one', 'besides them': a complement pointing back
_BACK = re.compile(
    rf"(?P<cue>{EXCLUDING.pattern})(?:those|these|them|it|that one|this one|the ones? "
    r"(?:above|listed|before)|the (?:last|previous) ones?)\b",
    re.I,
)


def asks_for_others(question: str) -> bool:
    """'what else …', 'which other actions …', '… other than those': the records in focus
    are not wanted again."""
    return bool(_ELSE.search(question) or _BACK.search(question))


def leaving_out(question: str, standalone: str, records: Sequence[ActionRecord]) -> str:
    """``standalone`` leaving out the records in focus, when ``question`` asks for the others
    ('what else does that director own?' after 'who owns R11?' -> '…, other than R11?'): the
    analyser reads the complement as an exclusion. Unchanged when the question names refs of
    its own, already excludes something, or the records in focus have no refs."""
    if not records or len(records) > 8 or not all(r.ref for r in records):
        return standalone
    back = _BACK.search(standalone)
    if not back and (
        not _ELSE.search(question) or refs_in(standalone) or EXCLUDING.search(standalone)
    ):
        return standalone
    refs: list[str] = []
    for record in records:
        ref = str(record.ref)
        name = f"item {ref}" if re.fullmatch(r"[\d.]+", ref) else ref
        if name not in refs:
            refs.append(name)
    named = and_list(refs)
    if back:  # the pronoun is the records in focus
        return standalone[: back.start()] + back.group("cue") + named + standalone[back.end() :]
    return f"{standalone.rstrip(' ?.')}, other than {named}?"
