"""Follow-ups bound to the right antecedent (issue 14, forty-third session).

- a detail asked of the row in focus by its words is asked of that row even when the answer as
  written leads with it (it spreads to other papers' rows, and quotes the row's opening, not the
  sentence holding the words asked);
- a quoted row's sentence that holds the question's other words is quoted first;
- 'they' who act and 'it' that speaks, after a turn answered from prose, are the paper's body:
  the question is kept as written (and asked within that paper), not given the last subject;
- every word that asks for the owner is read as asking it ('who's accountable for X?' searches
  X, not 'accountable');
- a reason a row's own paper does not give is read from the same row in another report of its
  body.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.context import AnswerContext
from assistant.answers.support import cause_elsewhere
from assistant.antecedents import Previous
from assistant.evidence import Evidence
from assistant.focus_words import outweighs
from assistant.followups import Turn, rewrite_by_rules
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentInfo, DocumentRef


def _paper(pid: str, year: int, body: str = "Valley Transport") -> DocumentInfo:
    return DocumentInfo(
        id=pid,
        filename=f"{pid}.txt",
        format="txt",
        sha256=pid,
        title="Audit action log",
        organisation=body,
        date=f"{year}-03-01",
        year=year,
    )


def _row(paper: DocumentInfo, ref: str, title: str, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"{paper.id}:{ref}",
        "document": DocumentRef(id=paper.id, title=paper.title, filename=paper.filename),
        "ref": ref,
        "ordinal": 1,
        "title": title,
        "source_text": title,
        "source_start": 0,
        "source_end": len(title),
        "year": paper.year,
    }
    return ActionRecord(**{**data, **fields})


A, B = _paper("a", 2025), _paper("b", 2026)
ROW_A = _row(A, "4", "Ferry timetable boards are out of date.", progress="Waiting for the port.")
ROW_B = _row(B, "4", "Ferry timetable boards are out of date.")
OTHER = _row(B, "5", "Bus shelter lighting is faulty in the depot yard.")
ELSEWHERE = _row(A, "9", "Bus shelter lighting is faulty in the depot yard.")


def test_the_row_the_answer_leads_with_is_asked_of_when_it_holds_the_words() -> None:
    asked = "what timetable boards work was done meanwhile?"
    assert outweighs(asked, ROW_B, [ROW_B, ELSEWHERE], set())
    # another row leads: the answer as written stands
    assert not outweighs(asked, ROW_B, [OTHER, ROW_B], set())
    # it alone found: the answer as written is about it already
    assert not outweighs(asked, ROW_B, [ROW_B], set())
    # too few of its words in the row: no reason to move
    assert not outweighs("what was done meanwhile?", ROW_B, [ROW_B, ELSEWHERE], set())


def _after_prose(question: str) -> str | None:
    previous = Previous("how much is that workshop costing?", [], [])
    history = [
        Turn(role="user", content="who are they doing a workshop with?"),
        Turn(role="assistant", content="We look forward to a workshop with a firm."),
        Turn(role="user", content="how much is that workshop costing?"),
        Turn(role="assistant", content="The record does not cover its cost."),
    ]
    return rewrite_by_rules(question, history, previous)


def test_they_who_act_and_it_that_speaks_after_prose_are_kept_as_written() -> None:
    assert _after_prose("and which board are they writing delivery plans for?") is None
    assert _after_prose("where did it admit progress was slower?") is None
    assert _after_prose("which contractors have they appointed for the building works?") is None
    # a question with no subject words of its own still takes the last turn's subject
    assert _after_prose("what did they make recommendations about?") is not None


def test_who_is_accountable_asks_the_owner_and_searches_the_subject() -> None:
    names = NameIndex.from_records([A, B], [ROW_A, ROW_B, OTHER])
    q = analyse("who's accountable for the depot lighting?", names)
    assert q.fields == ["owner"]
    assert "accountable" not in q.terms and "lighting" in q.terms
    assert "answerable" not in analyse("who is answerable for the depot lighting?", names).terms


def _causes(row: ActionRecord, chunk_id: str) -> list[Evidence]:
    note = row.progress or ""
    if "Waiting" not in note:
        return []
    return [Evidence(note, 0, row.document, chunk_id, None, row.ref, row.id, "Notes", 0, row.year)]


def test_a_reason_only_another_report_of_the_row_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {"a": [ROW_A], "b": [ROW_B, OTHER]}
    monkeypatch.setattr(cause_elsewhere, "rows_like", lambda seed, register: rows)
    context = cast(
        AnswerContext,
        SimpleNamespace(documents=[A, B], register=None, record_chunk_id=lambda rid: "c"),
    )
    found = cause_elsewhere.cause_in_other_report(ROW_B, context, _causes)
    assert found is not None and found[0].id == ROW_A.id
    assert found[1].text == "Waiting for the port."
    # another body's paper with the same row is no other report of it
    C = _paper("c", 2025, body="Hill Rail")
    rows = {"c": [_row(C, "4", ROW_A.title, progress="Waiting for the port.")], "b": [ROW_B]}
    context = cast(
        AnswerContext,
        SimpleNamespace(documents=[B, C], register=None, record_chunk_id=lambda rid: "c"),
    )
    assert cause_elsewhere.cause_in_other_report(ROW_B, context, _causes) is None


def test_a_detail_asked_of_a_quoted_row_quotes_its_sentence(assistant: Assistant) -> None:
    question = (
        "what interim work was done meanwhile for "
        "“There is no dynamic interface between the HR and Finance…”?"
    )
    answer = assistant.ask(question).answer
    assert answer.lstrip("- ").startswith("Interim work has been carried out")
    assert "reconcile staffing establishments" in answer


def test_a_row_with_a_note_or_another_rows_ref_reads_no_other_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = cast(
        AnswerContext,
        SimpleNamespace(documents=[A, B], register=None, record_chunk_id=lambda rid: "c"),
    )
    # the row speaks in its own note (a cause the cause words do not catch): that is its answer
    noted = _row(B, "4", ROW_B.title, progress="The post is vacant.")
    monkeypatch.setattr(cause_elsewhere, "rows_like", lambda seed, register: {"a": [ROW_A]})
    assert cause_elsewhere.cause_in_other_report(noted, context, _causes) is None
    # the same ref over other wording ('HB03' of another board) is another row
    other = _row(A, "4", "Quay lighting is faulty at night.", progress="Waiting for the port.")
    monkeypatch.setattr(cause_elsewhere, "rows_like", lambda seed, register: {"a": [other]})
    assert cause_elsewhere.cause_in_other_report(ROW_B, context, _causes) is None
