"""The one row an answer quoting several singled out, when the user's topic fits more than one.

'What did HMIC ask the MPA itself to do about resource leverage?' quotes two rows on resource
leverage; 'what has it done about it?' then means the one the question singled out by its
owner: the row the MPA alone holds. 'Anything on training in the 2008 plan?' quotes one row by
its title ('Provide regular financial training for members') and another only by sentences
of its progress note; 'who owns it?' means the row the answer presented as the action. The
rows are narrowed in turn by what the question asked of them (an owner it named, held by
the row as its whole owner) and by how the answer showed them (by title); the first step that
leaves one row decides.

    single_out([(row, name), …], previous_question_analysis, answer_text) -> name | None
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import QueryAnalysis
from ingest.model import ActionRecord


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def _names_owner(question: str, row: ActionRecord) -> bool:
    """Whether ``question`` names the row's whole owner ('the MPA itself' of a row the MPA
    holds; not of one held by 'Director of Resources/MPA')."""
    owner = _norm(row.owner)
    return bool(owner) and re.search(rf"\b{re.escape(owner)}\b", _norm(question)) is not None


def single_out(
    found: Sequence[tuple[ActionRecord, str]], asked: QueryAnalysis | None, text: str
) -> str | None:
    """The name of the one row of ``found`` (rows the topic fits, with their names) that the
    question ``asked`` singled out by its owner (the value the row holds, named whole in the
    question), else the one whose title the answer ``text`` quoted; None when neither leaves
    exactly one."""
    question = asked.question if asked is not None else ""
    steps = [
        lambda row: _names_owner(question, row),  # held by the owner the question named
        lambda row: bool(row.title) and row.title in text,  # shown as the action itself
    ]
    for step in steps:
        kept = list(dict.fromkeys(name for row, name in found if step(row)))
        if len(kept) == 1:
            return kept[0]
    return None
