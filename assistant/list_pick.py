"""What 'the second one' or 'the other one' picks from: the last list the member was shown.

A list answer stays the antecedent of ordinals until a newer list answer replaces it
(:func:`carry_list`), so 'and the third one?' picks from it even when the turn in between was
answered from the papers' passages or about one row (:func:`picked`).
"""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, record_names
from assistant.followup_forms import NOT_THOSE, ORDINAL, ORDINALS, OTHER
from assistant.register import Register
from ingest.model import ActionRecord

# a list named up to this many rows: 'the twelfth' of a long list is still named
LISTED_NAMES = MAX_NAMED * 4


def carry_list(current: Previous, earlier: Previous | None, register: Register) -> Previous:
    """``current`` with the last list shown: its own rows when it listed several, else the
    list the turn before carried."""
    if not current.quoted and len(current.records) >= 2:
        current.listed = list(current.records)
        current.listed_names = record_names(register, current.listed[:LISTED_NAMES])
    elif earlier is not None:
        current.listed, current.listed_names = earlier.listed, earlier.listed_names
    return current


def list_before_passages(previous: Previous) -> Previous:
    """The turn before ``previous`` when ``previous`` quoted passages rather than listing rows
    ('and is the other one done?' after a question answered from the text picks from the
    list shown before it); else ``previous``."""
    if previous.before is not None and (previous.quoted or not previous.records):
        return previous.before
    return previous


# 'when did the committee last meet?', 'what was first agreed?': an ordinal with no article
# and no noun, before another word, says when — it picks nothing
_ADVERB_ORDINAL = re.compile(
    r"(?:first|last)\s+(?!(?:one|ones|item|action|recommendation|record|area|issue)s?\b)"
    # 'first of those', 'last of them': a place in the list shown, not a time
    r"(?!of\s+(?:those|these|them|the)\b)[a-z]+",
    re.I,
)


# 'first' or 'last' with no article and no row noun: an adverb of time or order ('which was
# due first', 'what happened last'), unless 'one of', 'pick', … before it asks for a place
_BARE_ADVERB = re.compile(r"first|last", re.I)
_PICK_BEFORE = re.compile(
    r"(?:^|\b(?:the|its|their|your|my|our|and|what\s+about|how\s+about))\W*$", re.I
)


def _ordered(previous: Previous, index: int) -> tuple[list[ActionRecord], list[str]]:
    """The list an ordinal at ``index`` counts in, with the rows' names: the last answer's
    rows when it listed several; the list the last turn picked from when it showed one row, or
    fewer than the place asked ('which one is about X?' then 'and the fifth one?'); the last
    list shown when the last turn quoted passages or showed one row of no list."""
    single = len(previous.records) < 2 and not previous.pool_names
    if previous.listed_names and (previous.quoted or single):
        return previous.listed, previous.listed_names
    one = len(previous.records) == 1 or (
        index >= len(previous.names) and len(previous.pool_names) > index
    )
    if one:
        return previous.pool, previous.pool_names
    return previous.records, previous.names


def picked(
    question: str, previous: Previous | None
) -> tuple[int, int, list[ActionRecord], list[str]] | None:
    """The records a question picks out of what came before, with the span that picks them:
    'the second one' (of the last list shown, or of the list the last turn picked from),
    'the other one' (what that list leaves once the last turn's records are taken out)."""
    if previous is None:
        return None
    other = OTHER.search(question) or NOT_THOSE.search(question)
    if other and not previous.pool:
        previous = list_before_passages(previous)
    if other and previous.pool:
        shown = {r.id for r in previous.records}
        left = [
            (r, n)
            for r, n in zip(previous.pool, previous.pool_names, strict=False)
            if r.id not in shown
        ]
        if left and len(left) <= MAX_NAMED:
            return other.start(), other.end(), [r for r, _ in left], [n for _, n in left]
    ordinal = ORDINAL.search(question)
    if ordinal is None or _ADVERB_ORDINAL.match(question, ordinal.start()):
        return None
    if not (previous.records or previous.pool or previous.listed):
        previous = list_before_passages(previous)  # a turn that showed no row: the rows before
    if _BARE_ADVERB.fullmatch(ordinal.group(0)) and not _PICK_BEFORE.search(
        question[: ordinal.start()]
    ):
        return None  # 'which was due first - A or B?': when, not which of a list
    index = ORDINALS.get(ordinal.group(1).lower())
    if index is None:
        index = int(re.sub(r"\D", "", ordinal.group(1))) - 1
    records, names = _ordered(previous, index)
    records = records[: len(names)]
    if len(names) < 2:
        return None
    if not -len(names) <= index < len(names):
        return None
    end = ordinal.end()
    clause = _PAPER_ORDER.match(question, end)
    if clause is not None:  # 'the second of those, in the order the log lists them'
        records, names = in_paper_order(records, names)
        end = clause.end()
    return ordinal.start(), end, [records[index]], [names[index]]


# a clause after an ordinal saying it counts in the paper's own order, not the answer's:
# 'in the order the log lists them', 'as the report lists them', 'in table order'
_PAPER_ORDER = re.compile(
    r"\s*,?\s*(?:(?:in|by)\s+(?:the\s+)?(?:order|sequence)\s+(?:(?:that|in\s+which)\s+)?"
    r"(?:the|its|their|this|that)\s+[a-z]+\s+(?:lists?|shows?|gives?|has|sets?\s+out|"
    r"puts?|numbers?)\s+(?:them|those|these|it)|(?:as|where)\s+(?:the|its|their)\s+[a-z]+\s+"
    r"(?:lists?|shows?|numbers?|sets?\s+out)\s+(?:them|those|these)|in\s+(?:the\s+)?"
    r"(?:table|paper|log|list|report)(?:['’]s)?\s+(?:own\s+)?order|in\s+(?:the\s+)?order\s+"
    r"(?:listed|given|shown|written))\b",
    re.I,
)


def in_paper_order(
    records: list[ActionRecord], names: list[str]
) -> tuple[list[ActionRecord], list[str]]:
    """The rows in the order their papers list them (each paper's rows by their place in it,
    the papers in the order the answer first showed them), with their names."""
    papers: dict[str, int] = {}
    for record in records:
        papers.setdefault(record.document.id, len(papers))
    pairs = sorted(
        zip(records, names, strict=True), key=lambda p: (papers[p[0].document.id], p[0].ordinal)
    )
    return [r for r, _ in pairs], [n for _, n in pairs]
