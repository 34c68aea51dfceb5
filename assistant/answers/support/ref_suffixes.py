"""The rows whose ref ends in a given ref as its last words ('HMIC R4' and 'Area R4' for 'r4'):
each ref's endings after a space, read once a generation, so that placing a bare ref in a
family of refs reads the few rows that end so, not every row's ref."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

import numpy as np

from assistant.register import Positions, Register
from ingest.model import ActionRecord


def _endings(refs: list[str]) -> dict[str, Positions]:
    """Each ending after a space of each lower-cased ref -> the positions of its rows."""
    held: dict[str, array[int]] = {}
    for position, ref in enumerate(refs):
        for at, char in enumerate(ref):
            if char == " ":
                held.setdefault(ref[at + 1 :], array("i")).append(position)
    return {ending: np.frombuffer(at, dtype=np.int32) for ending, at in held.items()}


def ending_in(register: Register, ref: str) -> list[ActionRecord]:
    """The rows whose ref, in lower case, ends with a space and ``ref`` (lower case), in the
    register's order."""
    endings = register.memo(
        "ref endings", lambda: _endings([(r.ref or "").lower() for r in register.all()])
    )
    found = endings.get(ref)
    return [] if found is None else register.loaded().at(found)


def ending_in_any(register: Register, refs: list[str]) -> list[ActionRecord]:
    """The rows whose ref ends with a space and any of ``refs``, in the register's order."""
    endings = [ending_in(register, ref) for ref in dict.fromkeys(refs)]
    if len(endings) == 1:
        return endings[0]
    position = register.loaded().position
    rows = {r.id: r for found in endings for r in found}
    return sorted(rows.values(), key=lambda r: position[r.id])


def ref_rows(register: Register, documents: Iterable[str], ref: str) -> list[ActionRecord]:
    """:func:`assistant.analysis.headings.series_ref_rows` of the register: the rows of
    ``documents`` whose ref is ``ref`` (lower case), plainly or as its last word, paper by
    paper (in id order), each paper's in order; found from the ref index and the refs'
    endings, not by reading every row of the papers."""
    wanted = set(documents)
    position = register.loaded().position
    rows = {
        r.id: r
        for r in (*register.with_refs([ref]), *ending_in(register, ref))
        if r.document.id in wanted
        and ((held := (r.ref or "").lower()) == ref or held.endswith(" " + ref))
    }
    return sorted(rows.values(), key=lambda r: (r.document.id, position[r.id]))
