"""Which section of a paper a question places a ref in, by the words of the sections' headings.

One paper may hold several lists of rows, each numbered from R1 under its own heading ('Audit
Commission … Recommendations', 'HMIC Inspection … (Recommendations)'), and a series may carry
its heading's word in its refs ('HMIC R3' beside a plain 'R3'). 'R3 in the Audit Commission
list' or 'R2 in the 2008 HMIC inspection' then means the row under the heading those words name.
The headings are the records' own ``section`` fields; a word counts when its stem is a stem of
one heading's words and not of the paper's title (the title names the paper, not the list), nor
of the text of the rows under another heading (there it may describe that row: 'R2 … key HMIC
reports'), nor a generic row or paper noun, a number or the ref itself.

    heading_scope("what's R2 in the HMIC inspection?", rows)  # the rows under that heading
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.analysis.patterns import GENERIC
from assistant.text import stems
from ingest.model import ActionRecord

__all__ = ["heading_scope", "heading_words", "series_ref_rows"]

_GENERIC_STEMS = stems(" ".join(GENERIC)) | stems(
    "list lists table tables section sections schedule summary recommend recommended the of and "
    "for in on to"
)
_NUMBER = re.compile(r"^\d[\d/.-]*$")


def heading_words(heading: str, titles: Sequence[str] = ()) -> set[str]:
    """The stems of ``heading`` that may name it: none of the titles' stems, no generic noun,
    no number."""
    taken = set().union(*(stems(t) for t in titles)) if titles else set()
    return {s for s in stems(heading) - taken - _GENERIC_STEMS if not _NUMBER.match(s)}


def heading_scope(question: str, rows: Sequence[ActionRecord]) -> list[ActionRecord] | None:
    """Of ``rows`` (rows of one paper one ref names, under at least two headings), those under
    the one heading whose own words the question uses most (see the module); None when the rows
    are of several papers or under one heading, or no heading, or two headings alike, is named."""
    if len({row.document.id for row in rows}) != 1:
        return None  # rows of several papers: which paper is the papers' names' to say
    by_heading: dict[str, list[ActionRecord]] = {}
    for row in rows:
        if row.section:
            by_heading.setdefault(row.section, []).append(row)
    if len(by_heading) < 2:
        return None
    asked = stems(question)
    for row in rows:  # the ref's number ('R2' of 'HMIC R2') is no heading's word
        asked -= stems((row.ref or "").rsplit(" ", 1)[-1])
    titles = sorted({row.document.title for row in rows})
    text = {h: set().union(*(stems(r.source_text) for r in held)) for h, held in by_heading.items()}
    scores = {
        h: len(asked & heading_words(h, titles) - set().union(*(text[o] for o in text if o != h)))
        for h in by_heading
    }
    best = max(scores.values())
    if best == 0 or sum(1 for s in scores.values() if s == best) > 1:
        return None
    return next(by_heading[h] for h, s in scores.items() if s == best)


def series_ref_rows(
    of_document: Callable[[str], list[ActionRecord]], documents: Iterable[str], ref: str
) -> list[ActionRecord]:
    """The rows of ``documents`` (read by ``of_document``) whose ref is ``ref`` (lower case),
    plainly or as the last word of a series ref ('hmic r2' for 'r2'): the rows
    :func:`heading_scope` chooses among, paper by paper in order."""
    return [
        r
        for document in sorted(documents)
        for r in of_document(document)
        if (held := (r.ref or "").lower()) == ref or held.endswith(" " + ref)
    ]
