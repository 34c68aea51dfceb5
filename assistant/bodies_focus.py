"""'What does that paper say about training?' after an answer listing bodies or papers.

An answer naming bodies ('which fire authorities are covered?') rests on no row: its papers
are what the conversation is about. 'that paper', 'this report', 'the same tracker', 'that one'
then is the one paper it showed, put as its body's paper ('Severnside Fire and Rescue
Authority's paper'), which the question's analysis reads as that paper; after several, it is
each of them, named by their bodies, so the turn keeps to what was shown instead of reading
'that paper' as words to search.

    paper_of_bodies("what does that paper say about training?", previous, organisation)
        -> "what does Severnside Fire and Rescue Authority's paper say about training?"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.antecedents import Previous

__all__ = ["paper_of_bodies"]

_THAT_PAPER = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:paper|report|document|plan|tracker|log|register|"
    r"update|one|body)\b(?!\s*['’])",
    re.I,
)
_MAX_PAPERS = 4  # more than this is a survey, not papers in focus


def _owned(body: str) -> str:
    return f"{body}'" if body.endswith("s") else f"{body}'s"


def paper_of_bodies(
    question: str, previous: Previous | None, organisation: Callable[[str], str]
) -> str | None:
    """``question`` with 'that paper' put as the paper (or papers) an answer about bodies or
    papers showed, by its body; None when the last answer rested on rows, showed no paper or
    too many, or the question points at no paper."""
    if previous is None or previous.records or not previous.document_ids:
        return None
    found = _THAT_PAPER.search(question)
    if found is None:
        return None
    bodies = list(dict.fromkeys(organisation(d).strip() for d in previous.document_ids))
    if "" in bodies or not 0 < len(bodies) <= _MAX_PAPERS:
        return None
    if len(bodies) == 1:
        named = f"{_owned(bodies[0])} paper"
    else:
        named = f"the papers of {', '.join(bodies[:-1])} and {bodies[-1]}"
    return question[: found.start()] + named + question[found.end() :]
