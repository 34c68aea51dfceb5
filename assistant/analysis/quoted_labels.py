"""A status quoted as the column writes it ("have the status 'In progress' or 'Partially
implemented'"): the quotation names the value, so a list or count reads it as that filter.

Quotations are blanked from what the filters read (a quoted title asserts nothing:
:func:`~assistant.analysis.patterns.unquoted`); a quotation that is, word for word, a status
value the papers in scope hold is the one exception. The values are the papers' own
(``NameIndex.status_values``), never a list of words.

A quoted value of two parts joined by a dash, a slash or 'and' ('Partially implemented – on
track', 'Complete - ongoing') is a compound label: read word by word its second word would
decide the state, so it is matched as written instead (:func:`compound_labels`) and stays
blanked; states the rest of the question names are added to it when it is asked 'too'
(:func:`beside_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.analysis.patterns import QUOTED
from assistant.analysis.reading import Reading
from assistant.text import folded

# two parts of one label: 'Partially implemented – on track', 'Complete/ongoing', 'X and Y'
_JOINED = re.compile(r"\s+(?:-|and|&)\s+|\s*[–—/]\s*", re.I)
# the other states asked beside the quoted one, not within it: 'count "X" too', 'as well'
_ALSO = re.compile(
    r"\b(?:too|also|as\s+well|includ\w*|plus|along\s+with|together\s+with|or|and)\b", re.I
)


def _scope(held: dict[str, set[str]], documents: list[str]) -> set[str]:
    """The values held by ``documents`` (by every paper when none are named)."""
    wanted = set(documents)  # a name may pick a thousand papers at 100k chunks
    return {v for d, vs in held.items() if not wanted or d in wanted for v in vs}


def is_compound(value: str) -> bool:
    """Whether a held value is two labels joined ('Complete – ongoing'), not one."""
    return len([p for p in _JOINED.split(value) if p.strip()]) >= 2


def in_scope(held: dict[str, set[str]], documents: list[str]) -> set[str]:
    """The values held by ``documents`` (else by every paper, or when they hold none)."""
    return _scope(held, documents) or _scope(held, [])


def compound_labels(question: str, held: dict[str, set[str]], documents: list[str]) -> list[str]:
    """The compound values (of ``documents``, else of any paper) ``question`` quotes, as held."""
    if not QUOTED.search(question):
        return []
    values = in_scope(held, documents)
    out: list[str] = []
    for found in QUOTED.finditer(question):
        inner = folded(found.group(0)[1:-1])
        out += [v for v in sorted(values) if folded(v) == inner and is_compound(v) and v not in out]
    return out


def beside_labels(
    reading: Reading,
    labels: list[str],
    read: tuple[list[str], list[str]],
    value_statuses: Mapping[str, set[str]],
    held_by_paper: dict[str, set[str]],
    documents: list[str],
) -> list[str]:
    """The values a list or count keeps when it quotes the compound ``labels`` (their words
    read): those alone, or with an 'also' cue outside the quotations ('complete ones, count
    "X" too') the values ``read`` from the rest (statuses, values as written) and each label
    ``held`` in scope whose rows are in those statuses (a status written as prose is none)."""
    reading.consume(" ".join(labels))
    statuses, says = set(read[0]), read[1]
    also = _ALSO.search(QUOTED.sub(" ", reading.question))
    if not (statuses or says) or not also:
        return labels
    reading.consume(also.group(0))
    held = sorted(in_scope(held_by_paper, documents))
    widened = says + [v for v in held if value_statuses.get(v, set()) & statuses]
    return list(dict.fromkeys([*labels, *widened]))


def labels_unquoted(
    plain: str, question: str, held: dict[str, set[str]], documents: list[str]
) -> str:
    """``plain`` (the question with quotations blanked) with each quotation of ``question``
    that is a held status value (of ``documents``, or of any paper when none are named)
    written back, less its quotation marks; the same length as ``plain``. A compound value
    stays blanked."""
    if not QUOTED.search(question):
        return plain
    values = {folded(v) for v in _scope(held, documents)}
    out = plain
    for found in QUOTED.finditer(question):
        inner = found.group(0)[1:-1]
        if folded(inner) not in values or len(out) != len(question) or is_compound(inner):
            continue
        start, end = found.start(), found.end()
        out = out[:start] + " " + inner + " " + out[end:]
    return out


def labels_read(
    reading: Reading, held: dict[str, set[str]], documents: list[str]
) -> tuple[str, list[str]]:
    """:func:`labels_unquoted` of the reading's question, and its :func:`compound_labels`."""
    plain = labels_unquoted(reading.plain, reading.question, held, documents)
    return plain, compound_labels(reading.question, held, documents)
