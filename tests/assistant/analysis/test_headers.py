"""A paper's own column header names the field it holds ('what RAG rating', 'the risk rating',
'what grading'): which field a header holds is read from the register's rows, and a header two
papers use for different fields names neither. Bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.headers import headers_named
from assistant.analysis.model import FieldName
from assistant.answers.router import choose_route
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.xlsx",
        format="xlsx",
        sha256=key,
        title="Audit tracker",
        organisation=organisation,
        date="2024-10-01",
        year=2024,
    )


_ROWS = [  # doc, ref, title, {header: cell}, status as written, priority, owner
    ("trust", "T1", "Ligature checks are not recorded", {"RAG": "Red", "Exec lead": "Chief Nurse"},
     "Red", None, "Chief Nurse"),
    ("trust", "T2", "Bank staff rates are not approved", {"RAG": "Green", "Exec lead": "Chief People Officer"},
     "Green", None, "Chief People Officer"),
    ("board", "B1", "Fuel cards are shared between drivers", {"Risk rating": "High", "Stage": "Open"},
     "Open", "High", None),
    ("board", "B2", "Pool vehicle bookings are not logged", {"Risk rating": "Low", "Stage": "Closed"},
     "Closed", "Low", None),
    ("college", "C1", "Learner attendance is not checked", {"Grade": "Medium", "Date": "Open"},
     "Open", "Medium", None),
    ("college", "C2", "Bursary payments lack approval", {"Grade": "High", "Date": "31/03/2025"},
     "Closed", "High", None),
]  # fmt: skip
_NORMAL = {"Red": "not_started", "Green": "complete", "Open": "ongoing", "Closed": "complete"}


def _index() -> NameIndex:
    docs = {
        "trust": _doc("trust", "Pellingham Community Health Trust"),
        "board": _doc("board", "Marrowby Valley Transport Board"),
        "college": _doc("college", "Corrisford Sixth Form College"),
    }
    records = [
        ActionRecord(
            id=f"{doc}:{ref}",
            document=docs[doc].ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status=_NORMAL[said],
            status_text=said,
            priority=priority,
            owner=owner,
            columns={"Ref": ref, "Finding": title, **cells},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (doc, ref, title, cells, said, priority, owner) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records(list(docs.values()), records)


def test_a_header_holds_the_field_its_cells_carry() -> None:
    held = _index().header_fields
    assert held["trust"][("rag",)] == "status"
    assert held["board"][("risk", "rating")] == "priority"
    assert held["college"][("grade",)] == "priority"
    assert ("date",) not in held["college"]  # a date in one row, a status in the other
    assert ("stage",) in held["board"] and ("exec", "lead") not in held["trust"]  # general words


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Pellingham: what RAG rating does the ligature checks finding carry?", "status"),
        ("what's the RAG on the trust's bank staff rates point", "status"),
        ("Which risk rating did the transport board give the fuel cards finding?", "priority"),
        ("corrisford college - what grading was the learner attendance point given", "priority"),
    ],
)  # fmt: skip
def test_a_papers_header_names_the_field_asked(question: str, field: str) -> None:
    q = analyse(question, _index())
    assert q.fields == [field], question
    assert not {"rag", "rating", "grading"} & set(q.terms), q.terms
    assert choose_route(q) == "field", question


def test_a_word_of_the_same_stem_but_another_meaning_names_no_header() -> None:
    held: dict[str, dict[tuple[str, ...], FieldName]] = {"d": {("responsibility",): "owner"}}
    assert headers_named("How did the board's response to the review go?", held, []) == []
    assert headers_named("what responsibilities does it list", held, []) == [
        ("owner", "responsibilities")
    ]
