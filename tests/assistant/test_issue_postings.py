"""A row's issue found again in other papers from the rows sharing a wording stem or its ref
(``carried_rows.rows_like``), not from every row of every paper: the same row as reading every
row, on the bundled record, other bodies' papers (``data/papers/dev``) and papers of several
years; and the per-cell memos of the register's filters give what the cells give."""

from __future__ import annotations

import pytest

from assistant.answers.support.carried_rows import _ref, issue_postings, rows_like, same_row
from assistant.other_paper_row import same_issue
from assistant.register import RecordQuery, Register
from assistant.service import Assistant
from assistant.threads import MIN_LINK, due_within, similarity


def _registers(request: pytest.FixtureRequest) -> list[Register]:
    names = ("assistant", "bodies_assistant", "carried_assistant")
    return [request.getfixturevalue(name).register for name in names]


def test_rows_like_holds_every_row_that_can_be_the_issue_again(
    request: pytest.FixtureRequest,
) -> None:
    for register in _registers(request):
        threads = register.threads()
        seen = 0
        for seed in register.all():
            like = rows_like(seed, register)
            kept = {r.id for rows in like.values() for r in rows}
            thread = threads.thread_of(seed.id)
            linked = thread.record_ids if thread else frozenset()
            for row in register.all():
                can = same_row(row, seed) or (
                    row.id in linked and similarity(row, seed) >= MIN_LINK
                )
                assert not can or row.id in kept, (seed.id, row.id)
            for paper, rows in like.items():  # each paper's rows in the paper's order
                order = [r.id for r in register.of_document(paper)]
                assert [r.id for r in rows] == [i for i in order if i in kept]
            seen += len(kept) < len(register.all())
        assert seen  # the postings leave rows out: fewer rows read than every row


def test_same_issue_from_the_postings_equals_reading_every_row(
    request: pytest.FixtureRequest,
) -> None:
    found = 0
    for register in _registers(request):
        papers = {r.document.id for r in register.all()}
        for seed in register.all():
            like = rows_like(seed, register)
            for paper in papers:
                every = same_issue(seed, register.of_document(paper), register)
                assert same_issue(seed, like.get(paper, []), register) is every
                found += every is not None and paper != seed.document.id
    assert found  # some rows are found again in another paper


def test_same_row_is_symmetric(request: pytest.FixtureRequest) -> None:
    for register in _registers(request):
        rows = register.all()
        for a in rows:
            for b in rows:
                assert same_row(a, b) == same_row(b, a), (a.id, b.id)


def test_the_postings_are_built_once_a_generation(assistant: Assistant) -> None:
    register = assistant.register
    first = issue_postings(register)
    assert issue_postings(register) is first
    by_stem, by_ref, sizes = first
    assert len(sizes) == len(register.all()) and by_stem
    r18 = next(r for r in register.all() if r.ref == "R18")
    assert register.loaded().position[r18.id] in by_ref[_ref(r18)].tolist()


@pytest.mark.parametrize(
    "query",
    [
        RecordQuery(due_from="2008-10-01", due_to="2009-03-31"),
        RecordQuery(due_to="2008-12-31", status=["ongoing", "partial"]),
        RecordQuery(due_from="2009-01-01"),
        RecordQuery(due_says="march 2009"),
        RecordQuery(due_says="not: ongoing"),
    ],
    ids=["window", "until", "from", "says", "says-not"],
)
def test_deadline_filters_equal_reading_each_row(
    request: pytest.FixtureRequest, query: RecordQuery
) -> None:
    query.validate()
    for register in _registers(request):
        expected = [
            r.id
            for r in register.all()
            if (not query.status or r.status in query.status)
            and (
                not (query.due_from or query.due_to) or due_within(r, query.due_from, query.due_to)
            )
            and (not query.due_says or _says_plain(r.due_text, query.due_says))
        ]
        assert [r.id for r in register.query(query)] == expected


def _says_plain(text: str | None, words: str) -> bool:
    """The deadline-cell test read afresh (no memo): with or without hyphens and spaces."""
    if words.startswith("not: "):
        return not _says_plain(text, words[5:])
    squash = "".join
    wanted = squash(c for c in words.lower() if c.isalnum() and c.isascii())
    held = squash(c for c in (text or "").lower() if c.isalnum() and c.isascii())
    return bool(text) and wanted in held
