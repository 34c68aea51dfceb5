"""Words of a list's question left out of its filter that the listed rows' own item text holds.

'What were the specific cost areas HMIC said the MPS needed to understand better?': 'cost'
names the subject; 'needed', 'understand', 'better' stand in a clause no filter reads. Once the
subject has narrowed the rows, such a word that some of them (not all) hold in their own item
cells (title, finding, agreed action: never the progress note) says which of them are meant:
the rows holding the most of those words are kept. The words are read against the rows, never
against a list of one paper's words; a word no row holds narrows nothing.

A word that only frames which rows ('the *specific* areas', 'the *particular* items') is no
subject word at all: :data:`SPECIFYING`.
"""

from __future__ import annotations

import numpy as np

from assistant.answers.context import AnswerContext
from assistant.register import Positions
from assistant.text import stem_of, stems

# adjectives that single out rows without saying what they are about ('the specific areas',
# 'which particular actions', 'the exact items'): the frame of the question, never a subject
SPECIFYING = frozenset(
    """specific specifically particular particularly exact exactly precise precisely individual
    certain various respective distinct separate""".split()
)


def specifying(topic: list[str]) -> list[str]:
    """``topic`` less the words that only single rows out (:data:`SPECIFYING`)."""
    return [t for t in topic if t.lower() not in SPECIFYING]


def _item_stems(positions: Positions, context: AnswerContext) -> list[set[str]]:
    records = context.register.loaded().at(positions)
    return [stems(" ".join(c for c in (r.title, r.finding, r.action) if c)) for r in records]


def held_narrowing(
    loose: list[str], positions: Positions, context: AnswerContext
) -> tuple[Positions, list[str]] | None:
    """The rows at ``positions`` whose item cells hold the most of the ``loose`` words, and
    those words (every row, when all hold as many: the words are the subject's own); None
    when no row holds any."""
    if not len(positions) or not loose:
        return None
    wanted = {stem_of(w.lower()): w for w in loose if w.isalpha() and w.lower() not in SPECIFYING}
    held = _item_stems(positions, context)
    counts = np.array([len(wanted.keys() & h) for h in held], dtype=np.int32)
    best = int(counts.max()) if len(counts) else 0
    if best == 0:
        return None
    keep = counts == best
    kept = [h for h, k in zip(held, keep, strict=True) if k]
    words = sorted({wanted[s] for h in kept for s in wanted.keys() & h})
    return positions[keep], words
