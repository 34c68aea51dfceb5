"""'And the estates one?', 'what about the information management one?': a row of the paper in
focus named by its own words, after a turn about one row of that paper.

One-anaphora ('the <description> one') picks from a list when one was shown
(:func:`assistant.one_described.described_one`). After a turn about a single row there is no
list: the description is then read against the rows of that row's paper, as the row's
neighbours ('the next one', :mod:`assistant.neighbour_row`) are. It must pick exactly one row
other than the one in focus, by its title holding every content word of it, else by its
cells holding them; a description that is a paper's title words names the paper, not a row.
A turn asking nothing besides the phrase asks the last question again, of that row.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous, record_names
from assistant.one_described import (
    BY_PLACE,
    ELLIPTICAL,
    MODIFIER,
    ONE,
    holds,
    listed,
    longest_pick,
    wanted,
)
from assistant.referring import ask_of
from assistant.register import Register
from assistant.text import stems
from ingest.model import ActionRecord

__all__ = ["sibling_row"]


def _by_title(
    pre: str, rows: list[tuple[ActionRecord, str]]
) -> tuple[int, list[tuple[ActionRecord, str]]] | None:
    """The one row whose title holds every word of the description before 'one' (a row's
    short name is its title's words: 'the information management one'); None when none or
    several do."""
    said = wanted(pre)
    chosen = [(r, n) for r, n in rows if said and holds(said, stems(r.title))]
    return (0, chosen) if len(chosen) == 1 else None


def sibling_row(
    question: str, previous: Previous | None, register: Register
) -> tuple[str, Previous] | None:
    """The last question asked again of the row of the focus row's paper that 'the
    <description> one' in ``question`` picks, with a turn about that row; None when the turn
    before was about no one row, a list was shown, the question asks more than the phrase, or
    the description picks no row, several, or the row in focus."""
    if previous is None or not previous.records or len(listed(previous)) >= 2:
        return None
    if len(previous.records) > 1 and not previous.quoted:
        return None
    focus = previous.records[0]
    rows = sorted(register.of_document(focus.document.id), key=lambda r: r.ordinal)
    named = list(zip(rows, record_names(register, rows), strict=True))
    for found in ONE.finditer(question):
        pre, post = found.group("pre"), found.group("post")
        words = {w.lower() for w in pre.split()}
        if found.group("head").lower() != "one" or not words or words & (BY_PLACE | {"of"}):
            continue  # 'the next one' is a neighbour; 'the backlog of ones': another noun
        if re.search(r"\d", pre):
            continue  # 'the 2024 one': a paper
        post = post if MODIFIER.match(post) else ""
        picked = _by_title(pre, named) or longest_pick(pre, post, named, False)
        if picked is None or picked[1][0][0].id == focus.id:
            continue
        stop = found.start("post") + picked[0]
        if not ELLIPTICAL.fullmatch(question[: found.start()] + question[stop:]):
            return None  # 'the X one - who owns it?': the topic rules read it
        row, name = picked[1][0]
        return ask_of(previous.standalone.rstrip(" ?."), previous, name), Previous(
            name, [row], [name]
        )
    return None
