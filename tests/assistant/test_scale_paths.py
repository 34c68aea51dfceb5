"""Work a large record makes slow, done a cheaper way that gives the same result as the plain
way, on the bundled record, other bodies' papers and a body's papers of several years: the
register's one-cell filters decided once per cell value (``assistant.cell_filters``), an
item's series found from the issue postings, a ref's rows from the ref index and its
endings, and paper labels from the papers grouped by title."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from assistant.analysis.carried import paper_when
from assistant.analysis.graded import stated_degree
from assistant.analysis.headings import series_ref_rows
from assistant.analysis.names import NameIndex
from assistant.analysis.paper_order import _title_words
from assistant.analysis.paper_years import held_paper_years
from assistant.analysis.periods import unknown_paper_years
from assistant.analysis.series_order import series_body
from assistant.answers.support.ref_suffixes import ref_rows
from assistant.answers.support.series import item_series, same_item
from assistant.answers.support.series_states import paper_label, paper_labels
from assistant.register import RecordQuery, Register
from assistant.service import Assistant
from assistant.threads import similarity
from ingest.model import ActionRecord, DocumentInfo

_NAMES = ("assistant", "bodies_assistant", "carried_assistant")


def _assistants(request: pytest.FixtureRequest) -> list[Assistant]:
    return [request.getfixturevalue(name) for name in _NAMES]


def _queries(register: Register) -> list[RecordQuery]:
    """Queries with each one-cell filter, built from the register's own values."""
    rows = register.all()
    categories = sorted({r.category for r in rows if r.category})
    owners = sorted({r.owner for r in rows if r.owner})
    refs = sorted({r.ref for r in rows if r.ref})
    said = sorted({r.status_text for r in rows if r.status_text})
    degrees = sorted({d for r in rows if (d := stated_degree(r.status_text))})
    dues = sorted({r.due_date for r in rows if r.due_date})
    moved = sorted({r.revised_from_date for r in rows if r.revised_from_date})
    queries = [
        RecordQuery(no_due=True),
        RecordQuery(dated=True),
        RecordQuery(due_says="ongoing"),
        RecordQuery(due_says="not: ongoing"),
        RecordQuery(slipped=True, no_due=True),
        RecordQuery(min_extensions=1, dated=True),
    ]
    queries += [RecordQuery(category=c) for c in categories[:4]]
    queries += [RecordQuery(category=c.split()[0]) for c in categories[:4]]  # a head, or none
    queries += [RecordQuery(owner_not=o[:12]) for o in owners[:3]]
    queries += [RecordQuery(owner_not=owners[0], owner_or=owners[1:3])] if owners else []
    queries += [RecordQuery(ref_not=refs[:3])] if refs else []
    queries += [RecordQuery(status_says=said[:2])] if said else []
    if dues:
        middle = dues[len(dues) // 2]
        queries += [
            RecordQuery(due_from=dues[0], due_to=middle),
            RecordQuery(due_from=middle),
            RecordQuery(due_to=middle, status=["ongoing", "partial"]),
        ]
    if moved:
        queries += [RecordQuery(revised_from=moved[0]), RecordQuery(revised_to=moved[-1])]
    for degree in degrees[:3]:
        queries += [
            RecordQuery(degree=degree, status=["partial"]),
            RecordQuery(degree=degree, status=["partial", "complete"]),
            RecordQuery(degree=f"{degree} or partly"),
        ]
    return [q.validate() for q in queries]


def test_one_cell_filters_equal_reading_each_row(request: pytest.FixtureRequest) -> None:
    narrowed = 0
    for assistant in _assistants(request):
        register = assistant.register
        rows = register.all()
        for query in _queries(register):
            expected = [r.id for r in rows if register.matches(r, query)]
            assert [r.id for r in register.query(query)] == expected, query
            narrowed += 0 < len(expected) < len(rows)
            themed = replace(query, theme_all=True, theme=None)  # an inert flag left alone
            assert [r.id for r in register.query(themed)] == expected, themed
    assert narrowed > 10  # the filters keep some rows and leave others out


def _series_read_row_by_row(
    record: ActionRecord, every: Sequence[ActionRecord], documents: Sequence[DocumentInfo]
) -> list[ActionRecord]:
    """The item's series as read before: every row of the register compared."""
    by_id = {d.id: d for d in documents}
    paper = by_id.get(record.document.id)
    if paper is None or not series_body(paper) or not paper_when(paper):
        return [record]
    best: dict[str, tuple[float, ActionRecord]] = {}
    for row in every:
        other = by_id.get(row.document.id)
        if other is None or other.id == paper.id or not paper_when(other):
            continue
        if series_body(other) != series_body(paper) or not same_item(row, record):
            continue
        score = similarity(row, record)
        if other.id not in best or score > best[other.id][0]:
            best[other.id] = (score, row)
    rows = [record] + [row for _, row in best.values()]
    return sorted(rows, key=lambda r: paper_when(by_id[r.document.id]))


def test_an_items_series_equals_reading_every_row(request: pytest.FixtureRequest) -> None:
    longer = 0
    for assistant in _assistants(request):
        register = assistant.register
        documents = assistant.documents()
        for record in register.all():
            series = item_series(record, register, documents)
            plain = _series_read_row_by_row(record, register.all(), documents)
            assert [r.id for r in series] == [r.id for r in plain], record.id
            longer += len(series) > 1
    assert longer  # some items are followed through several papers


def test_a_refs_rows_equal_reading_the_papers_rows(request: pytest.FixtureRequest) -> None:
    found = 0
    for assistant in _assistants(request):
        register = assistant.register
        papers = sorted({r.document.id for r in register.all()})
        refs = {(r.ref or "").lower() for r in register.all() if r.ref}
        refs |= {ref.split()[-1] for ref in refs}  # the last word of a series ref
        for ref in sorted(refs):
            for scope in (papers, papers[::2], papers[:1]):
                plain = series_ref_rows(register.of_document, scope, ref)
                assert [r.id for r in ref_rows(register, scope, ref)] == [r.id for r in plain]
                found += len(plain) > 1
    assert found


def test_paper_labels_equal_one_label_at_a_time(request: pytest.FixtureRequest) -> None:
    for assistant in _assistants(request):
        papers = assistant.documents()
        labels = paper_labels(papers, papers)
        assert labels == {p.id: paper_label(p, papers) for p in papers}
        assert paper_labels(papers[:1], papers[1:]) == {
            papers[0].id: paper_label(papers[0], papers[1:])
        }


def test_title_words_are_the_papers_titles_words(assistant: Assistant) -> None:
    papers = assistant.documents()
    words = set(_title_words(papers).split("|"))
    assert "governance" in words and "plans" not in words
    assert _title_words(papers[:1]) != _title_words(papers) or len(papers) == 1


def test_the_name_index_keeps_what_it_read_once() -> None:
    def paper(year: int) -> DocumentInfo:
        return DocumentInfo(
            id=f"p{year}", title=f"Estates Plan {year}/{(year + 1) % 100:02d}", filename="p.txt",
            format="txt", sha256="0", year=year, date=f"{year}-12-04",
        )  # fmt: skip

    index = NameIndex(documents=[paper(2019)], sections={}, owners=[])
    first = held_paper_years(index)
    assert first == {2019, 2020} and held_paper_years(index) is first
    other = replace(index, documents=[paper(2012)])  # another index: its own, read afresh
    assert held_paper_years(other) == {2012, 2013}
    assert unknown_paper_years("What did the 2012 estates plan say?", other) == []
    assert unknown_paper_years("What did the 2012 estates plan say?", index) == ["2012"]
