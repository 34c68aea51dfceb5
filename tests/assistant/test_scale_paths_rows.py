"""More work a large record makes slow, done a cheaper way that gives the same result as the
plain way, on the bundled record, other bodies' papers (``data/papers/dev``) and a body's
papers of several years: a paper's rows kept by owner with each owner cell decided once
(``Register.matching``), paper labels among a thousand papers of one title, the two values
a comparison's sides name read once per distinct cell, the papers marking a part withheld
read once a generation, and the numbered bodies of the same papers not read again."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace as dataclass_replace
from itertools import pairwise

import pytest

from assistant.analysis.graded import stated_degree
from assistant.analysis.numbered_bodies import numbered_bodies
from assistant.answers.composers.documents import _WITHHELD_LINE, withheld
from assistant.answers.context import DocumentTexts
from assistant.answers.model import Answer
from assistant.answers.support.series_states import paper_label, paper_labels
from assistant.answers.support.tallies import side_values
from assistant.register import RecordQuery
from assistant.service import Assistant
from assistant.text import degree_root
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.filters import SearchFilters

_NAMES = ("assistant", "bodies_assistant", "carried_assistant")


def _assistants(request: pytest.FixtureRequest) -> list[Assistant]:
    return [request.getfixturevalue(name) for name in _NAMES]


def _owner_queries(rows: list[ActionRecord]) -> list[RecordQuery]:
    """Owner filters built from the register's own owner cells: whole, a word of one, with
    another owner, alone or shared, and beside other filters."""
    owners = sorted({r.owner for r in rows if r.owner})
    words = sorted({w for o in owners for w in re.findall(r"[A-Za-z]{4,}", o)})
    queries = [RecordQuery(owner=o) for o in owners[:6]]
    queries += [RecordQuery(owner=w) for w in words[:6]]
    queries += [RecordQuery(owner=owners[0], owner_or=owners[1:3])] if owners else []
    queries += [RecordQuery(owner=o, owner_only=True) for o in owners[:3]]
    queries += [RecordQuery(owner=o, owner_shared=True) for o in owners[:3]]
    queries += [RecordQuery(owner=o, status=["complete"]) for o in owners[:3]]
    queries += [RecordQuery(owner=o, owner_not=o[:6]) for o in owners[:2]]  # none left
    queries += [RecordQuery(status=["partial", "ongoing"]), RecordQuery()]  # no owner asked
    return [q.validate() for q in queries]


def test_rows_kept_by_owner_equal_matching_each_row(request: pytest.FixtureRequest) -> None:
    narrowed = 0
    for assistant in _assistants(request):
        register = assistant.register
        rows = register.all()
        papers = sorted({r.document.id for r in rows})
        for query in _owner_queries(rows):
            for records in [rows, *(register.of_document(p) for p in papers)]:
                plain = [r.id for r in records if register.matches(r, query)]
                assert [r.id for r in register.matching(records, query)] == plain, query
                again = register.matching(records, query)  # the cells decided already
                assert [r.id for r in again] == plain
                narrowed += 0 < len(plain) < len(records)
    assert narrowed > 10  # the owner filters keep some rows and leave others out


def _paper(n: int, title: str, body: str | None, date: str | None = None) -> DocumentInfo:
    return DocumentInfo(
        id=f"p{n}", title=title, organisation=body, filename=f"p{n}.txt", format="txt",
        sha256="0", date=date, year=int(date[:4]) if date else None,
    )  # fmt: skip


def test_labels_among_many_papers_of_one_title_equal_one_at_a_time() -> None:
    papers = [
        _paper(n, "Audit action log", f"Harbour Board {n % 3}", f"20{10 + n % 7}-0{1 + n % 9}-1{n % 10}")
        for n in range(40)
    ]  # fmt: skip
    papers += [
        _paper(40, "Audit action log", "Harbour Board 1"),
        _paper(41, "Plan", None, "2019-05-01"),
    ]
    papers += [_paper(42, "Plan", None, "2020-05-01"), _paper(43, "Annual report 2021", "Vale")]
    papers += [papers[3]]  # a paper given twice
    one_body = [replace_body(p, "Harbour Board") for p in papers[:10]]
    for wanted, among in (
        (papers, papers),
        (papers[:5], papers[5:]),
        (papers[::3], papers[1::2]),
        (one_body, one_body),
        (one_body[:2], papers),
    ):
        labels = paper_labels(wanted, among)
        assert labels == {p.id: paper_label(p, among) for p in wanted}
    assert len(set(paper_labels(papers, papers).values())) > 20  # the labels tell them apart


def replace_body(paper: DocumentInfo, body: str) -> DocumentInfo:
    return paper.model_copy(update={"organisation": body})


def test_side_values_read_from_distinct_cells(request: pytest.FixtureRequest) -> None:
    compared = 0
    for assistant in _assistants(request):
        rows = assistant.register.all()
        priorities = sorted({r.priority for r in rows if r.priority})
        said = sorted({r.status_text for r in rows if r.status_text})
        sides = [[a, b] for a, b in pairwise(priorities)]
        sides += [[f"more {a.lower()}", f"{b} ones"] for a, b in pairwise(said)]
        sides += [["met significantly", "met moderately"], ["partly", "fully met"]]
        for pair in sides:
            found = side_values(pair, rows)
            plain = _plain_side_values(pair, rows)
            assert ((found[0], found[1]) if found else None) == plain
            if found:
                value_of: Callable[[ActionRecord], str | None] = found[2]
                assert all(value_of(r) == _plain_value(found[0], r) for r in rows)
                compared += 1
    assert compared  # some sides name two values the rows hold


def _plain_value(field: str, record: ActionRecord) -> str | None:
    if field == "priority":
        return record.priority.lower() if record.priority else None
    return stated_degree(record.status_text)


def _plain_side_values(
    sides: list[str], records: list[ActionRecord]
) -> tuple[str, list[str]] | None:
    """:func:`side_values` as read before: every row's value read from the row."""
    for field in ("priority", "degree"):
        held = {v for r in records if (v := _plain_value(field, r))}
        named = []
        for side in sides:
            words = {degree_root(w) for w in re.findall(r"[A-Za-z]+", side)}
            found = [v for v in sorted(held) if degree_root(v) in words]
            named.append(found[0] if len(found) == 1 else None)
        if all(named) and len(set(named)) == len(sides) == 2:
            return field, [n for n in named if n]
    return None


def test_papers_marking_a_part_withheld_are_read_once(request: pytest.FixtureRequest) -> None:
    answered = 0
    for assistant in _assistants(request):
        context = assistant.context(SearchFilters(), None)
        parts = [
            m.group("part")
            for doc in context.documents
            for m in _WITHHELD_LINE.finditer(context.document_text(doc.id))
        ]
        questions = [f"What does {part} set out?" for part in parts[:3]]
        questions += [
            "What is in Appendix 1?",
            "Show me the restricted annex.",
            "What does Schedule 2 list?",
            "Which items does Part B of the plan cover?",
        ]
        for question in questions:
            q = assistant.analyse(question)
            first = withheld(q, assistant.context(SearchFilters(), None))
            again = withheld(q, assistant.context(SearchFilters(), None))  # marks read before
            assert _dump(first) == _dump(again), question
            answered += first is not None
        marks: dict[str, bool] = assistant.register.memo("papers marking a part withheld", dict)
        assert len(marks) == len(context.documents)  # every paper looked at once
        for doc in context.documents:
            text = context.document_text(doc.id)
            assert marks[doc.id] == (_WITHHELD_LINE.search(text) is not None)
        assert any(marks.values()) == bool(parts)
    assert answered  # a part the bundled record withholds was named


def _dump(answer: Answer | None) -> object:
    if answer is None:
        return None
    dumped = answer.model_dump()
    dumped.pop("timings_ms", None)
    return dumped


def test_numbered_bodies_of_the_same_papers_are_read_once() -> None:
    papers = [
        _paper(n, f"Waste plan {n}", f"Hollin Moor Waste Partnership {n % 4 + 1}") for n in range(8)
    ]
    first = numbered_bodies(papers)
    assert (
        set(first) == {"hollin moor waste partnership"}
        and len(first["hollin moor waste partnership"]) == 4
    )
    assert numbered_bodies(papers) is first  # the same list: not read again
    assert numbered_bodies(list(papers)) == first  # an equal list: the same bodies
    fewer = [p for p in papers if p.organisation and not p.organisation.endswith(("3", "4"))]
    assert numbered_bodies(fewer) == {
        "hollin moor waste partnership": {1: ["p0", "p4"], 2: ["p1", "p5"]}
    }
    renamed = [replace_body(p, "Vale Council") for p in papers]
    assert numbered_bodies(renamed) == {}  # other papers: read afresh
    assert numbered_bodies(papers) == first


def test_a_generations_texts_are_read_once_and_kept_bounded(
    request: pytest.FixtureRequest,
) -> None:
    for assistant in _assistants(request):
        first = assistant.context(SearchFilters(), None)
        second = assistant.context(SearchFilters(), None)
        assert isinstance(first.texts, DocumentTexts) and first.texts is second.texts
        for doc in first.documents:
            assert first.document_text(doc.id) == assistant.services.catalog.document_text(doc.id)
            assert second.citations().text(doc.id) is first.document_text(doc.id)  # read once
        row = next(r for r in assistant.register.all() if r.ref and r.owner)
        question = f"Who owns {row.ref} of {row.document.filename}?"
        shared = assistant.answerer.answer(assistant.analyse(question), first)
        fresh = assistant.answerer.answer(
            assistant.analyse(question), dataclass_replace(first, texts={})
        )
        assert _dump(shared) == _dump(fresh) and shared.citations
    kept = DocumentTexts(limit=2)
    for name in ("a", "b", "c"):
        kept[name] = name.upper()
    assert dict(kept) == {"b": "B", "c": "C"}  # the first read left
