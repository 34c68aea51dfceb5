"""A slip asked of a row ('how far did X slip?', 'how long was X delayed?') is measured from the
row's two deadline cells when it was moved later, and corrected when the row shows no move
and is not past its deadline unfinished."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answers.support.moved_from import move_measured
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord, DocumentRef

DOC = DocumentRef(id="k-txt", filename="k.txt", title="Depot Tracker", date="2021-05-01")
SOURCE = "K-3\tThe depot has no fire plan.\tJan-21 (was Sep-20)\tOpen"


class _Catalog:
    """The one invented document, one page, read from no scan."""

    def document_text(self, document_id: str) -> str:
        return SOURCE

    def pages(self, document_id: str) -> list[dict[str, int]]:
        return [{"start": 0, "number": 1}]

    def document(self, document_id: str) -> SimpleNamespace:
        return SimpleNamespace(ocr_pages={})


def _row(old: str | None, new: str) -> ActionRecord:
    return ActionRecord(
        id="k-txt:K-3",
        document=DOC,
        ref="K-3",
        ordinal=1,
        title="The depot has no fire plan.",
        status="ongoing",
        status_text="Open",
        status_basis="stated",
        due_text="Jan-21 (was Sep-20)",
        due_date=new,
        revised_from_text="Sep-20" if old else None,
        revised_from_date=old,
        report_date="2021-05-01",
        source_text=SOURCE,
        source_start=0,
        source_end=len(SOURCE),
    )


def _measured(question: str, row: ActionRecord) -> str | None:
    q = SimpleNamespace(question=question, refs=[])
    builder = CitationBuilder(_Catalog())  # type: ignore[arg-type]
    return move_measured(q, row, builder, None, "K-3", "(Depot Tracker)")  # type: ignore[arg-type]


def test_a_later_move_is_measured_in_months() -> None:
    row = _row("2020-09-30", "2021-01-31")
    for question in (
        "How far did the depot fire plan slip?",
        "by how many months was the fire plan put back?",
        "How long was the depot fire plan delayed?",
    ):
        said = _measured(question, row)
        assert said is not None and "by 4 months" in said and "Sep-20" in said, question


def test_no_size_asked_or_no_move_is_not_measured() -> None:
    assert _measured("Why did the depot fire plan slip?", _row("2020-09-30", "2021-01-31")) is None
    assert _measured("How far did the depot fire plan slip?", _row(None, "2021-01-31")) is None
