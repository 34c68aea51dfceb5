"""Word tests a large record repeats over thousands of rows, done a cheaper way that gives the
same result as the plain way, on the bundled record, other bodies' papers
(``data/papers/dev``) and a body's papers of several years: a text's stems among a few wanted
ones without stemming a text that cannot hold them (``text.stems_among``), a row's words read
from the register's stem ids (``other_paper_row._held_words``), the name phrases tried only
when the question has their first word (``targets._phrases_starting``), the rows stating a
pending predicate (``_pending_rows``) and an answer's records in the order shown
(``shown_order``) reading only the cited papers' records, and a paper's records whose progress
speaks of themes kept with the register (``progress_speaking``)."""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from assistant.analysis import targets
from assistant.analysis.reading import TO_COME, pending_objects
from assistant.answers.composers import register as register_composer
from assistant.answers.model import Answer
from assistant.answers.support.progress_themes import progress_speaking
from assistant.evidence import coverage
from assistant.other_paper_row import _held_words
from assistant.service import Assistant
from assistant.shown_order import shown_order
from assistant.text import record_text, stem, stems, stems_among
from ingest.model import ActionRecord
from ingest.themes import THEME_NAMES, speaks_of

_NAMES = ("assistant", "bodies_assistant", "carried_assistant")
_GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold.jsonl"


def _assistants(request: pytest.FixtureRequest) -> list[Assistant]:
    return [request.getfixturevalue(name) for name in _NAMES]


def _cells(record: ActionRecord) -> list[str]:
    cells = [record.due_text, record.status_text, record.progress, *record.columns.values()]
    return [c for c in cells if c]


def _wanted_sets(rows: list[ActionRecord]) -> list[set[str]]:
    """Stems of the register's own words, long and short, common and rare, with a word no
    row has, an unstemmed word in capitals and a phrase (what a question's weights hold)."""
    words = sorted({stem(w) for r in rows for w in re.findall(r"[A-Za-z]+", record_text(r))})
    short = [w for w in words if len(w) < 4]
    long_ = [w for w in words if len(w) >= 4]
    return [
        set(long_[:3]),
        set(long_[-4:]),
        set(long_[::97]),
        {"approv", "case"},
        {"zzqx", "qqvw"},
        {"Risk", "PURE", "risk management"},
        set(short[:2]) | set(long_[5:7]),
        set(),
    ]


def test_stems_among_equal_stems_intersected(request: pytest.FixtureRequest) -> None:
    held = skipped = 0
    for assistant in _assistants(request):
        rows = assistant.register.all()
        texts = [record_text(r) for r in rows] + [c for r in rows for c in _cells(r)]
        texts += ["İstanbul Kelvin ＫＥＹ approvals", "Approved. The CASE is made; pilots"]
        for wanted in _wanted_sets(rows):
            for text in texts:
                found = stems_among(text, wanted)
                assert found == stems(text) & wanted
                held += bool(found)
                skipped += not found
            weights = {w: 1.0 + n for n, w in enumerate(sorted(wanted))}
            for text in texts[:400]:
                plain = stems(text)
                total = sum(weights.values())
                expected = (
                    sum(v for t, v in weights.items() if t in plain) / total if total else 0.0
                )
                assert coverage(text, weights) == expected
    assert held > 100 and skipped > 100


def test_held_words_from_the_register_equal_stemming_the_row(
    request: pytest.FixtureRequest,
) -> None:
    counted = 0
    for assistant in _assistants(request):
        register = assistant.register
        rows = register.all()
        for wanted in _wanted_sets(rows):
            held = _held_words(wanted, register)
            for row in rows:
                plain = len(wanted & stems(record_text(row)))
                assert held(row) == plain
                counted += plain > 0
            copy = rows[0].model_copy(update={"title": rows[0].title + " approvals case"})
            assert held(copy) == len(wanted & stems(record_text(copy)))  # not the register's
    assert counted > 50


def _questions() -> list[str]:
    gold = [json.loads(line)["question"] for line in _GOLD.read_text().splitlines() if line]
    return [
        *gold,
        "What did the auditor's report say about the budget?",
        "Which inspector findings were about partnership working?",
        "the annual governance statement and the action plan progress",
        "",
    ]


def test_name_phrases_by_first_word_name_as_every_phrase(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def every(name_index: Any, firsts: set[str | None]) -> list[str]:
        return name_index.kept("phrases longest first", lambda: targets._longest_first(name_index))

    named = 0
    for assistant in _assistants(request):
        name_index, documents = assistant._state()
        questions = _questions()
        questions += [f"What does the {d.title} say about risk?" for d in documents if d.title]
        found = [targets.named_targets(q, name_index) for q in questions]
        with monkeypatch.context() as patched:
            patched.setattr(targets, "_phrases_starting", every)
            plain = [targets.named_targets(q, name_index) for q in questions]
        assert found == plain
        named += sum(bool(f[0] or f[1]) for f in found)
    assert named > 100


def _plain_pending(question: str, loose: list[str], rows: list[ActionRecord]) -> Any:
    """``_pending_rows`` as it read every sentence of every cell."""
    objects = pending_objects(question, loose)
    if not objects:
        return None
    wanted = {stem(w) for w in objects}
    stating: dict[int, bool] = {}
    whole: set[int] = set()
    for position, record in enumerate(rows):
        for cell in _cells(record):
            for sentence in re.split(r"(?<=[.;])\s+", cell):
                said = wanted & stems(sentence)
                if said:
                    coming = bool(TO_COME.search(sentence))
                    stating[position] = stating.get(position, False) or coming
                    if coming and len(wanted) > 1 and said == wanted:
                        whole.add(position)
    to_come = [p for p, pending in stating.items() if pending]
    kept = sorted(whole or to_come or stating)
    return (objects, kept, bool(whole)) if 0 < len(kept) < len(rows) else None


def test_pending_rows_equal_reading_every_sentence(request: pytest.FixtureRequest) -> None:
    frames = [
        ("Where has a business case not yet been approved?", ["business", "case", "approved"]),
        ("Which actions are still waiting for the policy to be agreed?", ["policy", "agreed"]),
        ("Which areas are yet to be piloted?", ["piloted"]),
        ("Where is the strategy still awaiting approval?", ["strategy", "approval"]),
        ("Which reviews have not yet been completed?", ["reviews", "completed"]),
        ("Where is training still to be delivered?", ["training", "delivered"]),
    ]
    found_any = 0
    for assistant in _assistants(request):
        register = assistant.register
        rows = register.all()
        matched = np.arange(len(rows), dtype=np.int32)
        context = SimpleNamespace(register=register)
        for question, loose in frames:
            q = assistant.analyse(question)
            for n in (len(rows), max(1, len(rows) // 3)):
                found = register_composer._pending_rows(q, loose, matched[:n], context)  # type: ignore[arg-type]
                plain = _plain_pending(question, loose, rows[:n])
                if plain is None:
                    assert found is None
                    continue
                assert found is not None
                assert (found[0], found[1].tolist(), found[2]) == plain
                found_any += 1
    assert found_any


def _plain_shown(answer: Answer) -> list[ActionRecord]:
    """``shown_order`` as it grouped every record of the answer."""
    records = list(answer.records)
    if len(records) < 2 or not answer.citations:
        return records
    first: dict[int, int] = {}
    by_document: dict[str, list[tuple[int, ActionRecord]]] = {}
    by_ref: dict[tuple[str, str], list[int]] = {}
    for i, record in enumerate(records):
        by_document.setdefault(record.document.id, []).append((i, record))
        if record.ref:
            by_ref.setdefault((record.document.id, str(record.ref).lower()), []).append(i)
    marked: dict[int, int] = {}
    for marker in re.finditer(r"\[(\d+)\]", answer.answer):
        marked.setdefault(int(marker.group(1)), marker.start())
    for citation in answer.citations:
        at = marked.get(citation.n, -1)
        if at < 0:
            continue
        if citation.ref:
            hits = by_ref.get((citation.document.id, str(citation.ref).lower()), [])
        elif citation.start is not None:
            hits = [
                i
                for i, r in by_document.get(citation.document.id, [])
                if r.source_start <= citation.start < r.source_end
            ]
        else:
            hits = []
        for i in hits:
            first[i] = min(first.get(i, at), at)
    end = len(answer.answer) + 1
    return [records[i] for i in sorted(range(len(records)), key=lambda i: (first.get(i, end), i))]


def test_shown_order_reading_the_cited_papers_equals_reading_every_record(
    request: pytest.FixtureRequest,
) -> None:
    moved = 0
    questions = [
        "List every action on partnerships across the record.",
        "Which recommendations are complete?",
        "Risk management keeps coming up. List all the actions about risk across the years.",
        "Which actions are overdue?",
        "Who owns the actions on training?",
    ]
    for assistant in _assistants(request):
        rows = assistant.register.all()
        for question in questions:
            answer = assistant.ask(question)
            # the same answer with other papers' records among its own, and reversed
            extra = [r for r in islice(reversed(rows), 40)]
            for records in (answer.records, [*extra, *answer.records], answer.records[::-1]):
                variant = answer.model_copy(update={"records": records})
                found = shown_order(variant)
                assert [r.id for r in found] == [r.id for r in _plain_shown(variant)]
                moved += [r.id for r in found] != [r.id for r in records]
    assert moved


def test_progress_speaking_kept_equals_testing_each_record(
    request: pytest.FixtureRequest,
) -> None:
    spoken = 0
    for assistant in _assistants(request):
        register = assistant.register
        papers = sorted({r.document.id for r in register.all()})
        for themes in ([t] for t in THEME_NAMES):
            for paper in papers:
                plain = [
                    r for r in register.of_document(paper) if speaks_of(r.progress, set(themes))
                ]
                found = progress_speaking(register, paper, themes)
                assert [r.id for r in found] == [r.id for r in plain]
                found.clear()  # a copy: the kept list stays
                again = progress_speaking(register, paper, list(reversed(themes)))
                assert [r.id for r in again] == [r.id for r in plain]
                spoken += bool(plain)
        mixed = list(THEME_NAMES[:3])
        for paper in papers:
            plain = [r for r in register.of_document(paper) if speaks_of(r.progress, set(mixed))]
            assert progress_speaking(register, paper, mixed) == plain
    assert spoken > 10
