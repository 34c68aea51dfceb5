"""A follow-up that keeps its ref and moves the scope: to another list of the same paper, or to
another paper.

* 'and R3 in the Audit Commission list?' after a turn about HMIC R3: the turn names a heading
  of the paper (:func:`assistant.analysis.headings.heading_scope`), so its ref is the row under
  that heading, not the R3 of the series the conversation was in.
* 'what about the same ref in Board 6's report?', 'and in Board 1's paper, who has that one?':
  the turn names a paper the row in focus is not of and points at that row ('the same ref',
  'that one', 'it'); the pointer becomes the row's ref, which that paper holds too, and the
  paper the turn names scopes it.

Nothing here names a paper, a list or a ref: the headings, refs and papers are the register's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.analysis.headings import heading_scope, series_ref_rows
from assistant.antecedents import Previous, in_the_same_paper, record_names
from assistant.referring import SINGULAR
from assistant.register import Register
from ingest.errors import GovragError
from vectorstore.identifiers import identifiers

__all__ = ["in_conversation_paper", "same_ref_elsewhere", "same_row", "series_papers"]

# 'the same ref', 'that same one', 'same item in …' opening the turn: the row in focus, as such
_SAME = re.compile(
    r"(?:\b(?:the|that|this)\s+(?:very\s+)?|^\s*(?:(?:and|so|but|ok|okay)[\s,]+)?)same\s+"
    r"(?:ref(?:erence)?|one|action|recommendation|"
    r"item|row|number|finding|issue|point)\b|\b(?:that|this)\s+(?:same\s+)?ref(?:erence)?\b",
    re.I,
)
# 'what about in the sixth report - ': a paper put first, before the question asked there
_FRONTED_PAPER = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|what\s+about|how\s+about)[\s,]+)*(?:in|at|for|from)\s+"
    r"[^,;:–—?]+?\s*(?:[,;:–—]|\s-\s)\s*",
    re.I,
)
# a paper named as where the turn asks: 'in Board 6's report', 'at board 6'
_SCOPE = re.compile(r"\b(?:in|at|for|from|under|within|according\s+to)\s+\S", re.I)
# 'that report', 'this paper': the paper itself, not a row of it
_PAPER_AFTER = re.compile(
    r"\s+(?:report|paper|plan|document|list|tracker|update|log|version|one\s+of)\b", re.I
)


def same_row(question: str) -> bool:
    """Whether ``question`` points at the row in focus as such ('the same ref', 'that same
    one'): it is read against the turn before, whatever else it says."""
    return _SAME.search(question) is not None


def in_conversation_paper(
    question: str, previous: Previous | None, register: Register
) -> str | None:
    """``question`` with its refs read in the conversation's paper
    (:func:`assistant.antecedents.in_the_same_paper`), unless a heading it names places its one
    ref under another list of that paper: then None (the heading scopes it as written)."""
    if previous is not None and previous.records:
        refs = identifiers(question)
        papers = {r.document.id for r in [*previous.records, *previous.pool]}
        if len(refs) == 1 and " " not in refs[0]:
            scoped = heading_scope(
                question, series_ref_rows(register.of_document, papers, refs[0].lower())
            )
            if scoped and not {r.id for r in scoped} & {r.id for r in previous.records}:
                return None
    return in_the_same_paper(question, previous, register)


def same_ref_elsewhere(
    question: str,
    previous: Previous | None,
    register: Register,
    analyse: Callable[[str], QueryAnalysis],
) -> str | None:
    """'what about the same ref in Board 6's report?': the pointer replaced by the ref of the
    one row in focus, when the turn names papers that row is not of and one of them holds the
    same ref (a row with no ref: the row of the same title there, named with its paper, the
    paper put first left out); None otherwise, and for a comparison ('Board 5 has the same item
    - how does its status there compare?' keeps both sides)."""
    if previous is None or not previous.records or identifiers(question):
        return None
    if not _SCOPE.search(question):
        return None  # 'what has it done with HMIC reports?': a paper's word, not its scope
    keys = {(r.ref or "").lower() or r.title for r in previous.records}
    if len(keys) != 1 or len(previous.records) != len({r.document.id for r in previous.records}):
        return None  # several refs or titles, or several rows of one paper: no one row in focus
    ref, title = previous.records[0].ref, previous.records[0].title
    try:
        asked = analyse(question)
    except GovragError:
        return None
    named = set(asked.documents)
    if (
        asked.intent == "compare"
        or not named
        or any(r.document.id in named for r in previous.records)
    ):
        return None
    if ref:
        held = [r for r in register.with_refs([ref.lower()]) if r.document.id in named]
    else:  # a row with no ref: the row of the same title in the papers named
        held = [r for d in sorted(named) for r in register.of_document(d) if r.title == title]
    if len(held) != 1:
        return None  # that paper has no such row (or several): asked as written
    # a row with no ref: its title, in that paper; a bare number is read as a ref as 'item 3'
    name = (f"item {ref}" if re.fullmatch(r"[\d.]+", ref) else ref) if ref else ""
    name = name or record_names(register, held)[0]
    for pointer in (_SAME.search(question), SINGULAR.search(question)):
        if pointer is None or _PAPER_AFTER.match(question, pointer.end()):
            continue
        said = f"{name}'s" if pointer.group(0).lower() == "its" else name
        moved = question[: pointer.start()] + said + question[pointer.end() :]
        fronted = _FRONTED_PAPER.match(moved)
        if ref or fronted is None or fronted.end() > pointer.start():
            return moved
        return moved[fronted.end() :][:1].upper() + moved[fronted.end() + 1 :]
    return None


def series_papers(previous: Previous | None) -> set[str]:
    """The papers of the rows in focus when they are of a series (refs with a prefix, 'HMIC
    R4'): a follow-up naming only these ('R3 in that HMIC list') names no other paper."""
    if previous is None or not previous.records:
        return set()
    if not all(r.ref and " " in r.ref.strip() for r in previous.records):
        return set()
    return {r.document.id for r in [*previous.records, *previous.pool]}
