"""Several papers named by their bodies' numbers at once ('Partnerships 1, 3, 6 and 9', 'the
boards 2 and 5', 'statements 4 and 7'): when the bodies of the record are one name followed
by a number ('… Waste Partnership 8'), a word of that name (or a paper's noun) followed by a
run of numbers names the paper of each body so numbered.

Nothing here knows a body: the numbered names are read from the papers' organisations."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.series_order import closing_number
from ingest.model import DocumentInfo

# a paper's noun standing for the body's paper ('statements 3 and 5')
_PAPER_NOUNS = {
    "statement",
    "report",
    "paper",
    "tracker",
    "update",
    "plan",
    "log",
    "return",
}
_NUMBER_RUN = (
    r"(?:nos?\.?\s+|numbers?\s+)?(\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*(?:and|&|or)\s+\d{1,3}))"
)
# one number, or a run of them ('Hollin Moor 8', "Partnership 8's")
_ONE_OR_RUN = (
    r"(?:nos?\.?\s+|numbers?\s+)?(\d{1,3}(?:(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&|or)\s+\d{1,3})?)"
)


# the last papers read (the list itself, their ids and organisations) and their numbered
# bodies: every question reads them (about 20 ms over 5,000 papers), and they change only
# with the papers; the same list again (one generation's name index) is not read again
_Key = tuple[tuple[str, str | None], ...]
_LAST: list[tuple[Sequence[DocumentInfo], _Key, dict[str, dict[int, list[str]]]]] = []


def numbered_bodies(documents: Sequence[DocumentInfo]) -> dict[str, dict[int, list[str]]]:
    """The name stems several bodies share with a number after them ('hollin moor waste
    partnership' -> {1: [its papers], 2: [...]}); only stems with two or more numbers (do not
    modify: the last papers' are kept)."""
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is documents and len(documents) == len(last[1]):
        return last[2]
    key = tuple((d.id, d.organisation) for d in documents)
    if last is not None and last[1] == key:
        _LAST[:] = [(documents, key, last[2])]
        return last[2]
    found = _numbered(documents)
    _LAST[:] = [(documents, key, found)]
    return found


def _numbered(documents: Sequence[DocumentInfo]) -> dict[str, dict[int, list[str]]]:
    found: dict[str, dict[int, list[str]]] = {}
    for doc in documents:
        closing = closing_number(doc.organisation or "")
        if closing is None:
            continue
        stem = re.sub(r"\s+", " ", closing.stem.lower())
        found.setdefault(stem, {}).setdefault(closing.number, []).append(doc.id)
    return {stem: numbers for stem, numbers in found.items() if len(numbers) >= 2}


def papers_numbered(
    question: str, documents: Sequence[DocumentInfo], least: int = 2
) -> tuple[list[str], str]:
    """The papers of the bodies a run of ``least`` or more numbers names after a word of their
    shared name or a paper's noun ('Partnerships 1, 3 and 9', with ``least`` 1 'Hollin Moor 8'
    too), in the order asked, and the words that name them; ([], '') when none is so named or
    a number names no body."""
    for stem, numbers in numbered_bodies(documents).items():
        words = {w for w in re.findall(r"[a-z]+", stem) if len(w) > 2} | _PAPER_NOUNS
        heads = "|".join(sorted(words, key=len, reverse=True))
        run = _NUMBER_RUN if least >= 2 else _ONE_OR_RUN
        pattern = re.compile(
            # the name's words before the number are all read ('Hollin Moor 8')
            rf"\b(?:(?:{heads})(?:e?s)?\s+)*(?:{heads})(?:e?s)?(?:['’]s?)?\s+{run}(?![\d/.-]\d)\b",
            re.I,
        )
        for match in pattern.finditer(question):
            asked = [int(n) for n in re.findall(r"\d+", match.group(1))]
            if len(set(asked)) < least or any(n not in numbers for n in asked):
                continue
            papers = [p for n in dict.fromkeys(asked) for p in numbers[n]]
            return papers, match.group(0)
    return [], ""
