"""A follow-up whose own words are words of one record the turn before rested on, asked of
that record ('how big is the reserve in total?' after a turn about the row on the levy
reserve; 'how many teams comply so far?' after one about the row whose progress note counts
the teams complying).

Such a question points back by its content, not by a pronoun: asked as written over the whole
record it finds the words elsewhere or nowhere. The record is the one of the last answer's
records (at most :data:`MAX_NAMED`) whose text (title, issue, action, progress, every cell)
holds more of the question's content words than any other; it must hold at least one, and no
other record may hold as many. A question naming a ref or a paper of its own, one asking for
a list ('which actions …') or who or when, stands alone; so does one that, asked as written,
finds an answer (the chat asks it first: :meth:`assistant.conversation.Chat._grounded`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.analysis import GENERIC
from assistant.antecedents import MAX_NAMED, Previous
from assistant.followup_forms import refs_in
from assistant.text import stems
from ingest.model import ActionRecord

MAX_WORDS = 14  # longer questions carry a subject of their own
# the kinds of rows a list question asks for: that is a new list, not a follow-up of one row
_LIST_KIND = re.compile(
    r"\b(?:actions|recommendations|records|items|areas|issues|findings|rows|papers|reports|"
    r"documents|points)\b",
    re.I,
)
_WHO_WHEN = re.compile(r"^(?:(?:and|so|but|then)[\s,]+)?(?:by\s+)?(?:who|whom|whose|when)\b", re.I)
_ASKING = frozenset(
    "what which whats is are was were there be been to for the a an any of it its this that how "
    "much many does do did has have had and so now far yet still ones one they them their in on "
    "at by with from into out up down".split()
)


def _content(text: str) -> set[str]:
    """The stems of ``text``'s words that carry a topic."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)
    kept = " ".join(w for w in words if w.lower() not in _ASKING and w.lower() not in GENERIC)
    return {s for s in stems(kept) if len(s) > 2}


def _record_text(record: ActionRecord) -> str:
    cells = " ".join(v for k, v in record.columns.items() if v and v != record.ref)
    parts = (record.title, record.finding, record.action, record.progress, cells)
    return " ".join(p for p in parts if p)


def may_rest_on_focus(question: str) -> bool:
    """Whether ``question`` is of the form this rule reads: short, naming no ref, not asking
    for a list of rows, nor who or when (of a record, those read its owner or date columns,
    while the question's own words ask of someone or something its text names)."""
    return (
        len(question.split()) <= MAX_WORDS
        and not _WHO_WHEN.match(question.strip())
        and not refs_in(question)
        and not _LIST_KIND.search(question)
        and bool(_content(question))
    )


def on_focus_row(
    question: str, previous: Previous | None, named: Collection[str] = ()
) -> str | None:
    """``question`` asked of the one record of ``previous`` whose text holds most of its
    content words ('… for R7?'); None when no record holds any, or two hold as many. When the
    question seems to name other papers (``named``: 'the board' may be a title's word), the
    record must hold two of its words: one shared word is then no sign it points back."""
    found = focus_row(question, previous, named)
    return None if found is None else found[0]


def outweighs(
    question: str, row: ActionRecord, found: list[ActionRecord], named: Collection[str]
) -> bool:
    """Whether the row in focus answers ``question`` better than ``found``, the rows it rests
    on asked as written: the question names no paper, the row holds at least
    :data:`FOCUS_EVIDENCE` of its content words, and the rows found are all of other papers
    and hold no more of its words than the row with one word to spare, unless the question
    names the year of their paper and not the row's (the conversation's
    paper and row weigh that much: 'what changed to bring planning and budget together?'
    after a row whose note says so, not another paper's row on planning)."""
    if named or not found:
        return False
    asked = _content(question)
    held = len(asked & stems(_record_text(row)))
    if held < FOCUS_EVIDENCE:
        return False
    best = max(len(asked & stems(_record_text(r))) for r in found)
    if found[0].id == row.id and any(r.document.id != row.document.id for r in found):
        # the answer as written leads with the row in focus and spreads to other papers: asked
        # of the row, the sentences of its own that hold the words asked are the ones quoted
        return held >= best
    if any(r.document.id == row.document.id for r in found):
        return False
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    if years and str(row.year) not in years and any(str(r.year) in years for r in found):
        return False  # 'by 2017, who …': the year asked is the other paper's, not the row's
    return held + 1 >= best


FOCUS_EVIDENCE = 2  # the content words a row in focus must hold to outweigh a fresh search


def focus_row(
    question: str,
    previous: Previous | None,
    named: Collection[str] = (),
    first_of_ties: bool = False,
) -> tuple[str, ActionRecord] | None:
    """:func:`on_focus_row`'s question, with the record it is asked of; with
    ``first_of_ties``, a tie after a passage answer is the row it quoted first."""
    if previous is None or not previous.records or not may_rest_on_focus(question):
        return None
    names = {r.id: n for r, n in zip(previous.records, previous.names, strict=False)}
    rows = list({r.id: r for r in previous.records}.values())
    if len(rows) > MAX_NAMED or len(names) < len(rows):
        return None
    asked = _content(question)
    # a passage answer quotes its records best first: between rows holding as many words,
    # the one it quoted first is what it was about (otherwise a tie names no row)
    scored = sorted(
        ((len(asked & stems(_record_text(r))), -i) for i, r in enumerate(rows)), reverse=True
    )
    best, index = scored[0][0], -scored[0][1]
    tied = len(scored) > 1 and scored[1][0] == best
    if best == 0 or (tied and not (first_of_ties and previous.quoted and index == 0)):
        return None
    if named and rows[index].document.id not in named and best < 2:
        return None
    return f"{question.strip().rstrip(' ?.')} for {names[rows[index].id]}?", rows[index]
