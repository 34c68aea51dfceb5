"""The tables a server's warm-up builds are kept per generation: the papers' ref families
(``answers.support.ref_families``, read as positions: a question's family found from them is the
one the rows gave, rows, codes and name), the rows' chunks, the threads; an ingest after the
first question is seen by the next. The papers' numbered bodies follow the papers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.analysis.numbered_bodies import numbered_bodies
from assistant.analysis.ref_codes import code_families, linked_words, words_of
from assistant.answers.support.mentions import normal_texts
from assistant.answers.support.persons import post_words
from assistant.answers.support.quoted_row import quotable_texts
from assistant.answers.support.ref_families import family_scope, ref_families
from assistant.answers.support.subject_roles import _scope_stems
from assistant.answers.support.topics import topic_terms
from assistant.answers.support.warm_tables import warm_tables
from assistant.service import Assistant
from assistant.text import stem, stems
from ingest.model import DocumentInfo
from tests.assistant.conftest import assistant_over
from vectorstore.filters import SearchFilters

_HEAD = "| Ref | Finding | Action | Owner | Due | Status |\n|---|---|---|---|---|---|\n"
_TRACKER = (
    "# Westbrook Borough Council internal audit tracker\n\n"
    + _HEAD
    + "| WB-TRE-1 | Treasury forecasts are not reconciled | Reconcile the forecasts monthly "
    "| Head of Treasury | 31/03/2024 | Not implemented |\n"
    "| WB-TRE-2 | Treasury counterparty limits are not reviewed | Review the limits each year "
    "| Head of Treasury | 30/06/2024 | Complete |\n"
    "| WB-FLE-1 | Vehicle checks are not logged | Log the daily vehicle checks "
    "| Fleet Manager | 31/05/2024 | Not implemented |\n"
    "| WB-FLE-2 | Fuel cards are not reconciled | Reconcile the fuel cards monthly "
    "| Fleet Manager | 31/07/2024 | In progress |\n"
    "| WB-PAY-1 | Payroll starters lack approval | Approve every starter before payment "
    "| Payroll Lead | 30/04/2024 | Not implemented |\n"
)
_LOG = (
    "# Oakmere Trust audit log\n\n"
    + _HEAD
    + "| OT-GRN-1 | Grant claims lack evidence | Keep evidence for every claim "
    "| Finance Lead | 31/01/2025 | Open |\n"
    "| OT-EST-1 | Estate repairs are not prioritised | Rank the repairs by risk "
    "| Estates Lead | 28/02/2025 | Open |\n"
)


@pytest.fixture()
def over_tracker(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Assistant, Path]]:
    folder = tmp_path_factory.mktemp("families")
    (folder / "westbrook_tracker.md").write_text(_TRACKER)
    yield from ((a, folder) for a in assistant_over([folder], real_services, tmp_path_factory, "f"))


def _as_before(q, topic, matched, context):  # type: ignore[no-untyped-def]
    """The family as the rows gave it before it was kept (every row read each question)."""
    loaded = context.register.loaded()
    rows = loaded.at(matched)
    in_scope = {r.id for r in rows}
    every = code_families(loaded.records)
    words, subject = words_of(q.question), {stem(t.lower()) for t in topic}
    kept, codes = [], []
    for doc in dict.fromkeys(r.document.id for r in rows):
        for code, members in every.get(doc, {}).items():
            at = [i for i in linked_words(code, words) if stem(words[i]) in subject]
            held = [r for r in members if r.id in in_scope]
            if at and held:
                codes.append(code)
                kept += [r for r in held if r not in kept]
    return sorted(loaded.position[r.id] for r in kept), codes


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which of the treasury review actions are not implemented?", ["TRE"]),
        ("List the fleet audit actions still in progress", ["FLE"]),
        ("How many payroll actions are there?", ["PAY"]),
        ("Which actions on vehicle checks are outstanding?", None),
    ],
)
def test_a_family_is_the_rows_it_was(
    over_tracker: tuple[Assistant, Path], question: str, named: list[str] | None
) -> None:
    assistant, _ = over_tracker
    context = assistant.context(SearchFilters(), None)
    q = assistant.analyse(question)
    topic = topic_terms(q, context)
    everything = np.arange(len(context.register.all()), dtype=np.int32)
    found = family_scope(q, topic, everything, context)
    positions, codes = _as_before(q, topic, everything, context)
    if found is None:
        assert not codes or not topic
    else:
        assert found.positions.tolist() == positions and found.codes == codes
    assert (found.codes if found else None) == named  # not only empty families compared


def test_a_named_review_finds_its_family(over_tracker: tuple[Assistant, Path]) -> None:
    assistant, _ = over_tracker
    context = assistant.context(SearchFilters(), None)
    q = assistant.analyse("Which of the treasury review actions are not implemented?")
    everything = np.arange(len(context.register.all()), dtype=np.int32)
    found = family_scope(q, topic_terms(q, context), everything, context)
    assert found is not None and found.codes == ["TRE"]
    refs = [r.ref for r in context.register.loaded().at(found.positions)]
    assert refs == ["WB-TRE-1", "WB-TRE-2"]


def test_the_families_are_read_again_after_an_ingest(over_tracker: tuple[Assistant, Path]) -> None:
    assistant, folder = over_tracker
    context = assistant.context(SearchFilters(), None)
    first = ref_families(context)
    assert ref_families(context) is first  # kept
    assert len(first.documents) == 1 and set(first.codes[0]) == {"TRE", "FLE", "PAY"}
    (folder / "oakmere_log.md").write_text(_LOG)
    assistant.services.indexer.ingest_paths([folder / "oakmere_log.md"])
    after = ref_families(assistant.context(SearchFilters(), None))
    assert after is not first and len(after.documents) == 2
    assert {c for codes in after.codes for c in codes} == {"TRE", "FLE", "PAY", "GRN", "EST"}
    assert len(after.document_of) == len(assistant.register.all())


def test_warm_tables_are_read_again_after_an_ingest(over_tracker: tuple[Assistant, Path]) -> None:
    """What the warm-up builds is kept per generation: an ingest after it is seen."""
    assistant, folder = over_tracker
    context = assistant.context(SearchFilters(), None)
    warm_tables(context)
    register = assistant.register
    before = register.chunk_ids()
    assert len(before) == len(register.all()) and all(before)
    assert register.chunk_ids() is before  # kept
    threads = register.threads()
    assert set(threads._slips) == {r.id for r in register.all()}  # every row's slippage read
    kept = {"normal-row-texts", "quoted_row.texts", "post words", "priorities", "row-headings"}
    loaded = register.loaded()
    assert all(register._memo[key][0] is loaded for key in kept | {"ref-code-families"})
    texts = normal_texts(context)
    assert len(texts) == len(register.all()) and any("treasury" in t for t in texts)
    (folder / "oakmere_log.md").write_text(_LOG)
    assistant.services.indexer.ingest_paths([folder / "oakmere_log.md"])
    after = register.chunk_ids()
    assert len(after) == len(register.all()) == len(before) + 2 and all(after)
    refs = {r.ref for t in register.threads().threads for r in t.records}
    assert {"OT-GRN-1", "OT-EST-1"} <= refs
    context = assistant.context(SearchFilters(), None)
    assert normal_texts(context) is not texts and len(normal_texts(context)) == len(after)
    assert len(quotable_texts(context)) == len(after)
    assert "estates" in post_words(context)
    assert register.threads() is not threads  # the new generation's, read when asked
    assert all(register.slip_reasons(r) == [] for r in register.all())  # none has a revision


def test_numbered_bodies_follow_the_papers() -> None:
    """The numbered bodies are kept for the papers read last, and read again when a paper's
    organisation (or the list of papers) changes."""
    docs = [
        DocumentInfo(id=f"d{n}", filename=f"d{n}.md", format="md", sha256=f"{n}", title="Plan",
                     organisation=f"Brackwater Drainage Board {n}")
        for n in (1, 2, 3)
    ]  # fmt: skip
    first = numbered_bodies(docs)
    assert set(first["brackwater drainage board"]) == {1, 2, 3}
    assert numbered_bodies(list(docs)) is first  # the same papers: kept
    docs[2] = docs[2].model_copy(update={"organisation": "Moor Trust"})
    assert set(numbered_bodies(docs)["brackwater drainage board"]) == {1, 2}
    assert numbered_bodies(docs[:1]) == {}


def _scope_stems_as_before(positions: np.ndarray, context: object) -> set[str]:
    rows = context.register.loaded().at(positions)  # type: ignore[attr-defined]
    texts = {r.section or "" for r in rows} | {h for r in rows for h in r.columns}
    return stems(" ".join(texts))


def test_headings_of_rows_are_those_of_the_rows(assistant: Assistant) -> None:
    """A scope's headings and headers, read from the kept per-row table, are the rows' own."""
    context = assistant.context(SearchFilters(), None)
    size = len(context.register.all())
    rng = np.random.default_rng(7)
    subsets = [np.arange(size, dtype=np.int32), np.arange(0, size, 5, dtype=np.int32)]
    subsets += [np.sort(rng.choice(size, n, replace=False)).astype(np.int32) for n in (1, 3, 30)]
    for positions in subsets:
        assert _scope_stems(positions, context) == _scope_stems_as_before(positions, context)
    assert _scope_stems(np.empty(0, dtype=np.int32), context) == set()


def test_headings_are_read_again_after_an_ingest(over_tracker: tuple[Assistant, Path]) -> None:
    assistant, folder = over_tracker
    context = assistant.context(SearchFilters(), None)
    everything = np.arange(len(context.register.all()), dtype=np.int32)
    assert "concern" not in _scope_stems(everything, context)
    (folder / "lead_log.md").write_text(
        "# Lindale Trust log\n\n| Ref | Concern | Response | Lead | Target | Progress |\n"
        "|---|---|---|---|---|---|\n| L1 | Grant claims lack evidence | Keep evidence "
        "| Finance Lead | 31/01/2025 | Open |\n"
    )
    assistant.services.indexer.ingest_paths([folder / "lead_log.md"])
    context = assistant.context(SearchFilters(), None)
    everything = np.arange(len(context.register.all()), dtype=np.int32)
    found = _scope_stems(everything, context)
    assert "concern" in found and found == _scope_stems_as_before(everything, context)
