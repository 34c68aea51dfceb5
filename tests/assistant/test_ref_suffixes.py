"""The rows whose ref ends in a bare ref, read from each ref's endings kept per generation, are
the rows a scan of every ref finds, in order: on the bundled record, other bodies' papers
(``data/papers/dev``) and papers of several years."""

from __future__ import annotations

import pytest

from assistant.analysis.headings import series_ref_rows
from assistant.answers.support.ref_suffixes import ending_in, ending_in_any
from assistant.service import Assistant


@pytest.mark.parametrize("name", ["assistant", "bodies_assistant", "carried_assistant"])
def test_endings_equal_a_scan_of_every_ref(request: pytest.FixtureRequest, name: str) -> None:
    register = request.getfixturevalue(name).register
    rows = register.all()
    asked = {w for r in rows for w in (r.ref or "").lower().split()}
    asked |= {" ".join((r.ref or "").lower().split()[-2:]) for r in rows} | {"r4", "zz 9", ""}
    ended = 0
    for want in sorted(asked):
        scan = [r.id for r in rows if (r.ref or "").lower().endswith(" " + want)]
        assert [r.id for r in ending_in(register, want)] == scan, want
        ended += bool(scan)
    for pair in (sorted(asked)[:2], sorted(asked)[-2:], ["r4", "r2"]):
        scan = [r.id for r in rows if any((r.ref or "").lower().endswith(" " + w) for w in pair)]
        assert [r.id for r in ending_in_any(register, pair)] == scan, pair
    assert ended or name != "assistant"  # the bundled record has series refs ("HMIC R4")


def test_a_family_ref_is_placed_by_its_prefix(assistant: Assistant) -> None:
    rows = [r for r in assistant.register.all() if (r.ref or "").lower().startswith("hmic ")]
    assert rows, "the bundled record has a family of HMIC refs"
    want = rows[0].ref.split()[-1]  # type: ignore[union-attr]
    answer = assistant.ask(f"What does {want} in that HMIC list say?")
    assert answer.records and all(
        (r.ref or "").lower() == f"hmic {want.lower()}" for r in answer.records[:1]
    )


@pytest.mark.parametrize("name", ["assistant", "bodies_assistant"])
def test_series_rows_of_the_papers_holding_the_ref_equal_every_papers(
    request: pytest.FixtureRequest, name: str
) -> None:
    register = request.getfixturevalue(name).register
    papers = {r.document.id for r in register.all()}
    for want in sorted({(r.ref or "").lower().split()[-1] for r in register.all() if r.ref}):
        holding = {r.document.id for r in (*register.with_refs([want]), *ending_in(register, want))}
        every = series_ref_rows(register.of_document, papers, want)
        assert series_ref_rows(register.of_document, papers & holding, want) == every, want
        assert {r.document.id for r in every} <= holding
