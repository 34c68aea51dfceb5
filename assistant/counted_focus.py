"""What a 'how many' question counts, as the conversation's subject after an answer from text.

'How many improvement areas are there?', then 'and how many activities sit behind them?'
answered from a sentence ('a total of 45 activities / milestones …'): its subject points back
with 'them', yet what it asks about is new, the activities. A later 'how many of those are
done?' counts those, not the areas. The counted noun becomes the focus only when the answer
rested on no row: after rows, 'those' are the rows shown.

    counted_focus("and how many activities sit behind them?", answer, "the 2017 report")
        -> 'activities in the 2017 report' | None
"""

from __future__ import annotations

import re

from assistant.analysis import counted_noun
from assistant.answers.model import Answer
from vectorstore.bm25 import STOPWORDS

__all__ = ["counted_focus"]

_POINTING = re.compile(r"(?:it|its|they|them|their|these|those|this|that|ones?)", re.I)
MIN_LETTERS = 3


def counted_focus(question: str, answer: Answer, paper: str = "") -> str | None:
    """The noun ``question`` counts, in ``paper``, when ``answer`` was drawn from the papers'
    text (no row); None after an answer about rows, or when it counts a pointing word or
    nothing."""
    if answer.records:
        return None
    noun = counted_noun(question)
    if not noun or len(noun) < MIN_LETTERS or noun.lower() in STOPWORDS:
        return None
    if _POINTING.fullmatch(noun) or not re.search(rf"\b{re.escape(noun)}\b", question):
        return None
    return f"{noun} in {paper}" if paper else noun
