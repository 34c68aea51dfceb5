"""'The one about money owed by staff who've left - how much has come back?' after a list: a
row of what was shown, described in the member's own words, which need not be the row's.

The lexical pick (:func:`assistant.referring.described_pick`) takes the listed row whose title
and action hold the description's words. When no listed row holds any of them, the
description is a paraphrase ('money owed by staff who've left' for 'overpayments to leavers'),
and the choice is scored by meaning instead: the description and each listed row's title,
issue and action are embedded, and the row nearest the description is taken when it is
clearly nearer than the next (:data:`MARGIN`) and near enough at all (:data:`FLOOR`). Else
None: the lexical rules read the question as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.antecedents import Previous
from assistant.referring import ONE_DESCRIBED, SINGULAR, described_words, refer, row_words
from ingest.columns import cosine
from ingest.model import ActionRecord

__all__ = ["nearest_described"]

Embed = Callable[[Sequence[str]], list[list[float]]]
MARGIN = 0.08  # the nearest row must be this much nearer (cosine) than the next
FLOOR = 0.20  # and at least this near: a description of nothing shown picks nothing
_TRAILING = re.compile(r"[?.!\s]+$")


def _issue(record: ActionRecord) -> str:
    parts = (record.title, record.finding, record.action)
    return " ".join(dict.fromkeys(p for p in parts if p))


def _shown(previous: Previous) -> list[tuple[ActionRecord, str]]:
    """The rows the description may pick: the last answer's, with the list they came from."""
    seen: dict[str, tuple[ActionRecord, str]] = {}
    for record, name in [
        *zip(previous.records, previous.names, strict=False),
        *zip(previous.pool, previous.pool_names, strict=False),
    ]:
        seen.setdefault(record.id, (record, name))
    return list(seen.values())


def nearest_described(question: str, previous: Previous | None, embed: Embed) -> str | None:
    """``question`` ('the one about X - <asked>') asked of the shown row nearest X in meaning,
    when no shown row holds a word of X; None otherwise (see the module's docstring)."""
    found = ONE_DESCRIBED.match(question.strip())
    if previous is None or found is None or found.group("kind").lower() != "one":
        return None
    rows = _shown(previous)
    wanted = described_words(found.group("x"))
    if len(rows) < 2 or not wanted or any(wanted & row_words(r) for r, _ in rows):
        return None
    try:
        vectors = embed([found.group("x"), *(_issue(r) for r, _ in rows)])
    except (RuntimeError, ValueError, OSError):
        return None
    scores = sorted(((cosine(vectors[0], v), i) for i, v in enumerate(vectors[1:])), reverse=True)
    best, index = scores[0]
    if best < FLOOR or best - scores[1][0] < MARGIN:
        return None
    target = rows[index][1]
    asked = found.group("q").strip()
    if SINGULAR.search(asked):
        asked = SINGULAR.sub(lambda m: refer(m, target), asked, count=1)
    else:
        asked = f"{_TRAILING.sub('', asked)} for {target}?"
    return asked[:1].upper() + asked[1:]
