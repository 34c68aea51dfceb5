"""The status values a question asks for when it names others only to set them aside: 'fully
met, not the ones only partly met', 'assessed as Met (not Partly met or Not met)'.

A value named inside a negation, a complement or a contrast that follows the value asked
('(not …)', ', not …', 'rather than …') is left out; the rest are the ones asked. A contrast
before which no value is named ('still open (Not met or Not yet due)') sets nothing aside: its
'not' may be a value's own word.
"""

from __future__ import annotations

from assistant.analysis.held_status import HeldStatus, held_status_named
from assistant.analysis.names import NameIndex
from assistant.analysis.negated_states import contrast_spans, excluding_cue
from assistant.analysis.reading import negation_before


def asked_values(
    question: str, held: HeldStatus, name_index: NameIndex, documents: list[str]
) -> list[str]:
    """The held values named outside a negation, complement or contrast, when others are
    named inside one; empty when none is set aside."""
    # a contrast after a value named outside it; one that opens the question's values is a
    # value of its own ('still open (Not met or Not yet due)')
    contrasts = [(a, b) for a, b in contrast_spans(question) if any(at < a for at in held.starts)]
    aside = [
        negation_before(question, at)
        or excluding_cue(question, at)
        or any(a <= at < b for a, b in contrasts)
        for at in held.starts
    ]
    if not any(aside) or all(aside):
        return []

    def named(text: str) -> set[str]:
        found = held_status_named(text, name_index.status_values, documents)
        return set(found.values) if found else set()

    kept = {v for t, out in zip(held.texts, aside, strict=True) if not out for v in named(t)}
    gone = {v for t, out in zip(held.texts, aside, strict=True) if out for v in named(t)}
    return [v for v in held.values if v in kept and v not in gone]
