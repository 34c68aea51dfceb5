"""Refs held with a space inside ('PT 2.1', 'GOV 3.10') are read whole from a question,
whatever the case and spacing; the pieces a ref pattern would make ('PT 2', '1') are not refs.
The refs are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.held_refs import spaced_refs_written
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(id="d", filename="d.html", format="html", sha256="d", title="Follow-up")
_REFS = ["PT 2.1", "PT 2.10", "GOV 3", "HR-4"]


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"d:{ref}",
            document=_DOC.ref(),
            ref=ref,
            ordinal=n,
            title=f"Row {n}",
            status="ongoing",
            columns={},
            source_text="x",
            source_start=0,
            source_end=1,
        )
        for n, ref in enumerate(_REFS, 1)
    ]
    return NameIndex.from_records([_DOC], records)


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Who owns PT 2.1?", ["PT 2.1"]),
        ("who owns pt 2.10 and when is it due", ["PT 2.10"]),
        ("Is GOV 3 done, and PT 2.1?", ["GOV 3", "PT 2.1"]),
        ("What is the status of HR-4?", ["HR-4"]),
    ],
)
def test_a_held_ref_with_a_space_is_read_whole(question: str, refs: list[str]) -> None:
    assert sorted(analyse(question, _index()).refs) == sorted(refs)


def test_a_longer_held_ref_is_not_read_as_a_shorter_one() -> None:
    held = {r.lower(): r for r in _REFS}
    assert spaced_refs_written("what about PT 2.10?", held) == ["PT 2.10"]
