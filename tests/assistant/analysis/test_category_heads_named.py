"""A category named by the label it opens with ('under condition C2' of 'Condition C2: estate
and facilities'): the category, when no other category in scope opens with the same label; the
code in that label is no row's ref then, even where another paper holds a ref 'C2'."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_COLLEGE = DocumentInfo(
    id="college",
    filename="college.html",
    format="html",
    sha256="c",
    title="Conditions of Funding - Improvement Actions",
    organisation="Dunmere College",
    date="2024-05-01",
    year=2024,
)
_DEPOT = DocumentInfo(
    id="depot",
    filename="depot.md",
    format="md",
    sha256="d",
    title="Depot Inspection Tracker",
    organisation="Dunmere Transport",
    date="2024-05-01",
    year=2024,
)
_ROWS = [
    # document, category, ref, title
    (_COLLEGE, "Condition C1: teaching quality", None, "Lesson observations are irregular"),
    (_COLLEGE, "Condition C2: estate and facilities", None, "Roof repairs are behind plan"),
    (_COLLEGE, "Condition C2: estate and facilities", None, "Fire doors are not inspected"),
    (_COLLEGE, "Internal audit - Finance", None, "Petty cash is not counted"),
    (_COLLEGE, "Internal audit - Payroll", None, "Overtime is not approved"),
    (_DEPOT, None, "C2", "Bus wash water is not recycled"),
]  # fmt: skip


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"{doc.id}:{n}",
            document=doc.ref(),
            category=category,
            ref=ref,
            ordinal=n,
            title=title,
            status="ongoing",
            columns={"Issue": title},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (doc, category, ref, title) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([_COLLEGE, _DEPOT], records)


def test_a_category_named_by_its_opening_label() -> None:
    index = _index()
    for question in (
        "Which Dunmere College actions under condition C2 are still open?",
        "How many actions fall under Condition C2?",
    ):
        q = analyse(question, index)
        assert q.category == "Condition C2: estate and facilities", question
        assert not q.refs, question


def test_a_label_several_categories_open_with_names_none_of_them() -> None:
    q = analyse("How many internal audit actions are open?", _index())
    assert q.category not in ("Internal audit - Finance", "Internal audit - Payroll")
    q = analyse("What does C2 say?", _index())
    assert q.refs == ["C2"] and q.category is None
