"""A premise that every row of a set is done ('since all of X's high-priority recommendations
were implemented, …', 'the committee closed every recommendation — which was closed last?'),
checked against the register: the rows the rest of the question's filters keep, with the state
set aside, and those of them not complete. No number is needed: the rows are counted."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.analysis.nouns import is_row_noun
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite, doc_label, record_name, safe_text
from assistant.answers.support.topics import filtered
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord

_DONE = (
    r"(?:implemented|completed?|closed|finished|delivered|achieved|met|done|actioned|"
    r"resolved|cleared|signed\s+off|put\s+in\s+place)"
)
_QUANTIFIER = r"(?:all|every|each)"
# 'all (of) the X recommendations were (fully) implemented', 'every X has been closed'
_ALL_THEN_DONE = re.compile(
    rf"\b{_QUANTIFIER}\b[^?;]{{0,90}}?\b(?:were|are|was|is|have|has|had|got|been)\s+"
    rf"(?:(?:all|now|since|already|been|fully|completely|successfully)\s+)*(?P<done>{_DONE})\b",
    re.I,
)
# 'why were all (ten of) the X recommendations implemented?': the auxiliary before the set
_AUX_ALL_DONE = re.compile(
    rf"(?:\b(?:were|are|have|has|had)\s+|^\s*){_QUANTIFIER}\b[^?;]{{0,90}}?\s+(?:been\s+)?"
    rf"(?:(?:fully|completely|successfully)\s+)?(?P<done>{_DONE})\b",
    re.I,
)
# 'closed every X', 'implemented all of the X'
_DONE_THEN_ALL = re.compile(rf"\b(?P<done>{_DONE})\s+(?:(?:of|the)\s+)*{_QUANTIFIER}\b", re.I)
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
    r"thirty|forty|fifty)"
)
_NUMBERED = re.compile(rf"\b{_QUANTIFIER}\s+(?:of\s+)?(?:the\s+)?{_NUMBER}\b", re.I)
_CLAUSE_END = re.compile(r"[,;:?!]|\s[—–-]\s")
_SHOWN = 6
_NOUN_REACH = 60  # how far past 'closed every' the quantified noun may stand


def _state(record: ActionRecord) -> str:
    if record.status_text:
        return safe_text(record.status_text)
    return "no status given" if record.status == "unknown" else record.status.replace("_", " ")


def _claimed_done(q: QueryAnalysis, nouns: Callable[[], set[str]]) -> str | None:
    """The word of finishing the premise gives every row ('implemented'); None without one.
    ``nouns`` gives what the papers call their rows, read only when a premise quantifies."""
    for text in (q.premise, q.question if q.premise is None else None):
        if not text:
            continue
        found = (
            _ALL_THEN_DONE.search(text) or _DONE_THEN_ALL.search(text) or _AUX_ALL_DONE.search(text)
        )
        if found is None:
            continue
        numbered = _NUMBERED.search(found.group(0))
        if numbered and (
            re.search(r"\d", numbered.group(0))
            or not _names_rows(found.group(0)[numbered.end() :], nouns())
        ):
            continue  # 'all 45 milestones': a figure's premise, which the prose's figures check;
            # 'all ten recommendations' (a number in words) is the set of rows, counted
        # the phrase the quantifier heads, within its clause: 'all its lone-working staff, has
        # that recommendation been signed off?' quantifies staff, not the rows
        at = found.start() + next(re.finditer(_QUANTIFIER, found.group(0), re.I)).start()
        if found.re is _DONE_THEN_ALL:
            at = found.end()
        quantified = _CLAUSE_END.split(text[at : found.end() + _NOUN_REACH], maxsplit=1)[0]
        if _names_rows(quantified, nouns()):  # 'all their farm visits': no rows of the register
            return found.group("done").lower()
    return None


def _names_rows(words: str, nouns: set[str]) -> bool:
    """Whether a noun the register calls its rows stands in ``words``."""
    return any(is_row_noun(word, nouns) for word in re.findall(r"[a-z]+", words.lower()))


def universal_premise(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> str | None:
    """The correction of a premise that every row of a named set is done, when the register
    holds rows of that set not complete: how many of how many, and those rows with their
    status, cited; None when the premise holds, names no set, or asserts no such thing."""
    if not (q.documents or q.section or q.priority or q.owner or q.themes):
        return None
    done = _claimed_done(q, context.row_nouns)
    if done is None:
        return None
    scope_query = q.model_copy(
        update={"statuses": [], "status_says": [], "degree": None, "slipped": False, "refs": []}
    )
    loaded = context.register.loaded()
    scope = loaded.at(filtered(scope_query, context))
    left = [r for r in scope if r.status != "complete"]
    if not scope or not left:
        return None
    where = doc_label(None, scope[0]) if len({r.document.id for r in scope}) == 1 else "the record"
    shown = "; ".join(
        f"{record_name(r)}: {_state(r)}"
        + cite(builder, r, context.record_chunk_id(r.id), r.status_text, r.due_text, r.title)
        for r in left[:_SHOWN]
    )
    more = f"; and {len(left) - _SHOWN} more" if len(left) > _SHOWN else ""
    return (
        f"**No — not all were {done}: {len(left)} of the {len(scope)} in {where} are not "
        f"complete.** {shown}{more}."
    )
