"""Issue threads and slippage: on the bundled record, and on small made-up histories whose
answers are known exactly."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.register import RecordQuery
from assistant.service import Assistant
from assistant.threads import ThreadIndex, same_action
from ingest.model import ActionRecord, DocumentRef


def record(doc: int, ref: str | None, title: str, **fields: Any) -> ActionRecord:
    """A record of made-up report ``doc`` (report dated 31 March of 2000 + doc)."""
    year = 2000 + doc
    document = DocumentRef(
        id=f"d{doc}", title=f"Report {year}", filename=f"d{doc}.txt", date=f"{year}-03-31"
    )
    data: dict[str, Any] = {
        "id": f"d{doc}:{ref or title[:8]}",
        "document": document,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": title,
        "themes": ["partnership"],
        "source_text": title,
        "source_start": 0,
        "source_end": len(title),
        "report_date": f"{year}-03-31",
        "year": year,
    }
    data.update(fields)
    return ActionRecord(**data)


# -- the bundled record -------------------------------------------------------------------------
def refs(thread: Any) -> list[tuple[str, str]]:
    return [(r.document.id[:3], r.ref or "") for r in thread.records]


def test_the_partnership_thread_runs_from_2002_to_2017(assistant: Assistant) -> None:
    index = assistant.register.threads()
    thread = index.thread_of("004_8a3584b528f67d05-txt:R5")  # 2002: principles for partner working
    assert thread is not None
    assert refs(thread) == [("004", "R5"), ("000", "3"), ("002", "R5"), ("001", "8")]
    assert thread.years == [2002, 2008, 2017] and len(thread.documents) == 4
    assert thread.title == "Strategic Partnerships"
    assert index.later(thread.records[1])[-1].title == "Strategic Partnerships"


def test_the_risk_management_thread_spans_three_reports(assistant: Assistant) -> None:
    thread = assistant.register.threads().thread_of("000_f60702f293bad3c1-txt:4")
    assert thread is not None
    assert refs(thread) == [("000", "4"), ("002", "R15"), ("001", "9")]
    assert thread.years == [2008, 2017] and len(thread.documents) == 3
    assert "risk management" in thread.themes[:1]


def test_recurring_threads_are_ranked_by_span_then_reports(assistant: Assistant) -> None:
    threads = assistant.register.threads().recurring()
    spans = [(t.years[-1] - t.years[0], len(t.documents)) for t in threads]
    assert spans == sorted(spans, reverse=True)
    assert all(len(t.documents) >= 2 for t in threads)
    assert threads[0].title == "Strategic Partnerships"
    partnership = assistant.register.threads().recurring("partnership")
    assert [t.title for t in partnership] == ["Strategic Partnerships"]


def test_the_slipped_set_since_2008_is_exact(assistant: Assistant) -> None:
    slipped = assistant.register.query(RecordQuery(slipped=True, since=2008))
    assert [r.id for r in slipped] == [
        "000_f60702f293bad3c1-txt:2",  # HR policies: November 2008 -> March 2009
        "000_f60702f293bad3c1-txt:3",  # partnership: December 2008 -> March 2009
    ]
    partnership = assistant.register.query(
        RecordQuery(slipped=True, since=2008, theme=["partnership"])
    )
    assert [r.ref for r in partnership] == ["3"]
    slip = assistant.register.slippage(partnership[0])
    assert (slip.original_due, slip.current_due, slip.extensions, slip.months_slipped) == (
        "2008-12-31",
        "2009-03-31",
        1,
        3,
    )
    # Threads join different actions on one issue; their deadlines are not compared, so the
    # 2002 partner-working principles (complete) did not "slip" because 2008's work is ongoing.
    principles = assistant.register.by_id()["004_8a3584b528f67d05-txt:R5"]
    assert principles.status == "complete"
    assert not assistant.register.slip_reasons(principles)


# -- made-up histories --------------------------------------------------------------------------
def test_a_re_reported_action_counts_every_extension() -> None:
    history = [
        record(1, "R1", "Agree a partnership protocol", due_date="2001-06-30", status="ongoing"),
        record(
            2,
            "R1",
            "Agree a partnership protocol",
            due_date="2002-03-31",
            revised_from_text="September 2001",
            revised_from_date="2001-09-30",
            status="ongoing",
        ),
        record(3, "R1", "Agree a partnership protocol", due_date="2003-12-31", status="partial"),
    ]
    index = ThreadIndex(history)
    assert len(index.threads) == 1 and len(index.threads[0].records) == 3
    first = index.slippage(history[0])
    # later deadline in 2002 (and a revision stated there), later again in 2003
    assert first.extensions == 3
    assert (first.original_due, first.current_due, first.months_slipped) == (
        "2001-06-30",
        "2003-12-31",
        30,
    )
    assert any("gives a later deadline 2003-12-31 (2 times)" in r for r in first.reasons)
    second = index.slippage(history[1])
    assert second.extensions == 2 and second.original_due == "2001-09-30"
    last = index.slippage(history[2])
    assert last.extensions == 0 and not last.slipped
    assert RecordQuery(min_extensions=2)  # the register filter exists for 'more than once'


def test_a_worse_status_later_is_slippage_and_overdue_is_read_from_the_report_date() -> None:
    history = [
        record(1, "R2", "Publish the protocol", due_date="2000-12-31", status="partial"),
        record(2, "R2", "Publish the protocol", due_date="2000-12-31", status="not_started"),
    ]
    index = ThreadIndex(history)
    first = index.slippage(history[0])
    assert first.overdue_at_report  # due 2000-12-31, partial at the report date 2001-03-31
    assert any("shows a worse status (not started)" in r for r in first.reasons)
    second = index.slippage(history[1])
    assert second.overdue_at_report and len(second.reasons) == 1
    on_time = ThreadIndex([record(1, "R3", "Sign the protocol", due_date="2001-12-31")])
    assert not on_time.slippage(on_time.records[0]).slipped


def test_different_actions_on_one_issue_are_threaded_but_not_compared() -> None:
    history = [
        record(
            1,
            "R5",
            "Definition of principles for partner working",
            due_date="2001-09-30",
            status="complete",
        ),
        record(
            2,
            "8",
            "Strategic partnerships without a lead",
            due_date="2003-03-31",
            status="ongoing",
            section="Areas",
        ),
    ]
    others = [  # a theme shared by every record says nothing; here 'partnership' is rare
        record(doc, f"F{doc}", f"Budget line {doc}", themes=["finance/budget"], ordinal=2)
        for doc in (1, 2, 3, 4)
    ]
    index = ThreadIndex(history + others)
    assert index.thread_of("d2:8") is index.thread_of("d1:R5")
    assert not same_action(history[0], history[1])
    assert not index.slippage(history[0]).slipped


def test_each_report_gives_a_thread_at_most_one_record() -> None:
    history = [
        record(1, "R1", "Partnership toolkit for staff"),
        record(2, "A", "Partnership toolkit for staff", ordinal=1),
        record(2, "B", "Partnership toolkit for staff and partners", ordinal=2),
    ]
    index = ThreadIndex(history)
    thread = index.thread_of("d1:R1")
    assert thread is not None and [r.id for r in thread.records] == ["d1:R1", "d2:A"]
    assert index.thread_of("d2:B") is not thread


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        (
            "Which actions slipped more than once?",
            "No actions in the record slipped more than once",
        ),
        (
            "Which deadlines were revised more than once?",
            "No actions in the record had a deadline revised more than once",
        ),
    ],
)
def test_more_than_once_is_a_filter_on_extensions(
    assistant: Assistant, question: str, fragment: str
) -> None:
    answer = assistant.ask(question)
    assert answer.query.min_extensions == 2 and "zero-match" in answer.notes
    assert answer.answer.startswith(fragment)


def test_a_recurrence_answer_follows_the_thread_citing_each_appearance(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Has risk management been a recurring weakness?")
    line = next(x for x in answer.answer.splitlines() if "(thread " in x)
    assert line.startswith("- *Assurance Framework*")
    assert "2008 item 4" in line and "2008 R15" in line and "2017 item 9" in line
    cited = {c.ref for c in answer.citations}
    assert {"4", "R15", "9"} <= cited


def test_a_recurrence_question_without_a_subject_lists_what_recurs(assistant: Assistant) -> None:
    answer = assistant.ask("Which findings keep recurring?")
    assert answer.route == "recurring" and not answer.abstained
    lines = answer.answer.splitlines()
    assert lines[1].startswith("- *Strategic Partnerships* (2002–2017): 2002 R5 [1] → 2008 item 3")
    assert "Themes found in most reports" in answer.answer
    assert {c.ref for c in answer.citations} >= {"R5", "3", "8", "4", "R15", "9"}


def test_how_often_a_deadline_moved_is_answered_from_slippage(assistant: Assistant) -> None:
    answer = assistant.ask("How often did the partnership deadline move?")
    assert answer.route == "register" and [r.ref for r in answer.records] == ["3"]
    assert "deadline moved once" in answer.answer


def test_a_row_is_due_in_a_window_when_any_date_of_its_deadline_cell_is() -> None:
    from assistant.threads import due_within

    row = ActionRecord(
        id="pier:1", document=DocumentRef(id="pier", title="Pier plan", filename="pier.docx"),
        ordinal=1, title="Repair the pier", due_text="Sept 2008\nSept 2008\nMarch 2009",
        due_date="2009-03-31", source_text="Repair the pier", source_start=0, source_end=15,
    )  # fmt: skip
    assert due_within(row, None, "2008-10-31")  # its first actions fall due in September
    assert due_within(row, "2009-01-01", None)
    assert not due_within(row, None, "2008-06-30")
    moved = row.model_copy(
        update={"due_text": "December 2008 → March 2009", "revised_from_date": "2008-12-31"}
    )
    assert not due_within(moved, None, "2008-12-31")  # the deadline it was moved from
